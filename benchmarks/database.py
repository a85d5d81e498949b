"""The database a benchmark measures: a copy of `--db`, upgraded to the current schema.

`--db` is never written: opening SQLite in WAL mode and upgrading both write, so the benchmark
works on a copy in a temporary folder (its HTX_HOME too, for the backup an upgrade makes first).
A server database (`--db postgresql+psycopg://…`) is measured in place, in read-only sessions,
and must already be at the current schema (`htx-cli --db URL` upgrades it).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def environment_variable(name: str, value: str) -> Iterator[None]:
    """`name` set to `value` in this process, then as it was (unset if it was)."""
    saved = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = saved


@contextmanager
def copied(db: Path) -> Iterator[Path]:
    """A copy of `db` at the current schema, in a folder removed afterwards."""
    from htx_desktop.storage.database import open_database

    with tempfile.TemporaryDirectory(prefix="htx-bench-") as folder, \
            environment_variable("HTX_HOME", str(Path(folder) / "home")):
        target = Path(folder) / "bench.sqlite3"
        shutil.copy(db, target)
        open_database(target).dispose()  # upgrades the copy if it is older
        yield target


@contextmanager
def read_only(url: str) -> Iterator[Any]:
    """The server database at `url`, open, every session of it read-only (PostgreSQL refuses any
    write), refused unless it is at the current schema (opening it would upgrade it)."""
    from sqlalchemy import create_engine, inspect, text

    from htx_desktop.storage.database import open_database
    from htx_desktop.storage.migrations import HEAD_REVISION

    read_only_option = f"{os.environ.get('PGOPTIONS') or ''} -c default_transaction_read_only=on".strip()
    with environment_variable("PGOPTIONS", read_only_option):
        engine = create_engine(url)
        try:
            with engine.connect() as connection:
                revision = (connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                            if inspect(connection).has_table("alembic_version") else None)
        finally:
            engine.dispose()
        if revision != HEAD_REVISION:
            raise SystemExit(f"{url}: schema {revision}, not {HEAD_REVISION}: upgrade it first (htx-cli --db URL)")
        database = open_database(url)
        try:
            yield database
        finally:
            database.dispose()


@contextmanager
def at_head(db: Path | str) -> Iterator[Any]:
    """The copy, open (a `storage.database.Database`); a server database in place, read-only."""
    from htx_desktop.storage.database import open_database

    if isinstance(db, str):
        with read_only(db) as database:
            yield database
        return
    with copied(db) as path:
        database = open_database(path)
        try:
            yield database
        finally:
            database.dispose()
