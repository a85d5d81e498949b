"""Alembic migrations, kept inside the package so the installer bundles them.

`HEAD_REVISION` lets start-up compare a database's revision without importing Alembic; a test
checks that it names the real head of the revision chain.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine

from htx_desktop.messages import MESSAGES, tr
from htx_desktop.storage import search_index

HEAD_REVISION = "0011"

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
    """Run the revisions up to `target` in one transaction.

    On SQLite, foreign keys are off while they run: a revision that rebuilds a table others refer
    to (batch mode copies `people` to a new table and drops the old one) fails with "FOREIGN KEY
    constraint failed" otherwise. The PRAGMA cannot change inside a transaction, so it is set on
    the connection before the transaction begins and set back after; before the commit,
    `PRAGMA foreign_key_check` must find no row pointing nowhere, or nothing is committed.
    """
    from alembic import command

    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _set_foreign_keys(connection, False)
        try:
            with connection.begin():
                command.upgrade(_config(connection), target)
                if target == "head":  # a later revision may have rebuilt a searched table
                    search_index.install(connection)
                if sqlite:
                    _check_foreign_keys(connection)
        finally:
            if sqlite:
                _set_foreign_keys(connection, True)


def _set_foreign_keys(connection: Connection, on: bool) -> None:
    """Straight on the driver's connection: SQLAlchemy would begin a transaction first."""
    connection.connection.driver_connection.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = ", ".join(sorted({row[0] for row in broken}))
        raise ForeignKeyCheckFailed(tr("upgrade_rows_point_nowhere", count=len(broken), tables=tables))


class ForeignKeyCheckFailed(Exception):
    """A revision left rows pointing to rows that are not there; nothing of it was committed."""


MESSAGES.update({
    "upgrade_rows_point_nowhere": (
        "{count} dòng trong bảng {tables} trỏ tới bản ghi không còn",
        "{count} rows of {tables} refer to rows that do not exist",
    ),
})


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
