"""Where the tests' databases live: SQLite files by default; with HTX_TEST_DB=postgres, PostgreSQL
databases on the server HTX_TEST_POSTGRES_URL names (`.ci/run` starts a throwaway one).

On PostgreSQL each template (an initialised installation, made once per test session) is a
database of its own, and each test gets a fresh copy of it (`CREATE DATABASE … TEMPLATE …`, a
file copy on the server, as fast as copying the SQLite file), dropped when the test ends.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url

ON_POSTGRES = os.environ.get("HTX_TEST_DB") == "postgres"
SERVER = os.environ.get("HTX_TEST_POSTGRES_URL")
if ON_POSTGRES and not SERVER:
    raise pytest.UsageError("HTX_TEST_DB=postgres needs HTX_TEST_POSTGRES_URL (a server whose databases we may make)")

#: mark a test that reads or writes the SQLite file itself (sqlite3, file copies, backups)
sqlite_only = pytest.mark.skipif(ON_POSTGRES, reason="works on the SQLite file itself")

_RUN = uuid.uuid4().hex[:8]  # databases of this test run carry it in their names
_templates: set[str] = set()
_made: set[str] = set()  # copies: dropped when their test ends (`drop_leftovers`) even if it kept them open


def url_of(name: str) -> str:
    assert SERVER is not None
    return make_url(SERVER).set(database=name).render_as_string(hide_password=False)


def _on_server(*statements: str) -> None:
    engine = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def make_template(label: str, fill: Callable[[str], None]) -> str:
    """A new, empty database that `fill(url)` makes into an installation; its name is returned."""
    name = f"htx_{_RUN}_tpl_{label}"
    _on_server(f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"')
    _templates.add(name)
    fill(url_of(name))
    return name


def copy_of(template: str, *, kept: bool = False) -> str:
    """The URL of a fresh copy of a template database (no connection to the template may be open).
    A `kept` copy outlives the test that made it (a module's fixture): its maker drops it."""
    name = f"htx_{_RUN}_{uuid.uuid4().hex[:12]}"
    _on_server(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    if not kept:
        _made.add(name)
    return url_of(name)


def drop(url_or_name: str) -> None:
    name = make_url(url_or_name).database if "://" in url_or_name else url_or_name
    _on_server(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _made.discard(name)
    _templates.discard(name)


def drop_leftovers() -> None:
    """Drop the copies no test dropped (one that kept its nodes open, say), with their connections."""
    if _made:
        _on_server(*(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)' for name in sorted(_made)))
        _made.clear()


def rows_of(engine: Engine, tables: list[str]) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """Every row of those tables, sorted, on either kind of database."""
    with engine.connect() as connection:
        return {table: sorted((tuple(row) for row in connection.execute(text(f"SELECT * FROM {table}"))), key=repr)
                for table in tables}


def digest(engine: Engine) -> str:
    """A digest of every row of every table: equal digests, the same data."""
    with engine.connect() as connection:
        tables = sorted(inspect(connection).get_table_names())
    return hashlib.sha256(repr(rows_of(engine, tables)).encode("utf-8")).hexdigest()
