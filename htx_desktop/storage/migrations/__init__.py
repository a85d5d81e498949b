"""Alembic migrations, kept inside the package so the installer bundles them.

`HEAD_REVISION` lets start-up compare a database's revision without importing Alembic; a test
checks that it names the real head of the revision chain.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

HEAD_REVISION = "0006"

SCRIPT_LOCATION = Path(__file__).resolve().parent


def _config(connection: object | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


def revisions() -> list[str]:
    """Every revision, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def is_known(revision: str) -> bool:
    return revision in revisions()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_config(connection), target)


def new_revision(message: str) -> None:
    """Developers: write a new revision from the difference between the models and head."""
    import tempfile

    from alembic import command
    from sqlalchemy import create_engine

    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{folder}/head.sqlite3")
        upgrade(engine)
        with engine.begin() as connection:
            number = f"{len(revisions()) + 1:04d}"
            command.revision(_config(connection), message=message, autogenerate=True, rev_id=number)
        engine.dispose()
