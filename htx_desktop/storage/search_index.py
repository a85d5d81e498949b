"""The index behind filter-as-you-type: substrings of the diacritic-free search keys, found at once.

SQLite: one FTS5 table per searched table (`people_search` for `people.name_key`...) with the
`trigram` tokenizer, an external-content index of the key (it stores no copy of the text) kept in
step by triggers, so every writer (the forms, the Excel import, sync imports, even a plain
`sqlite3` shell) updates it. `case_sensitive 1`: the keys and queries are already folded by
`text.search_key`, so the index compares exactly what `LIKE` on the key compares.

PostgreSQL: a `pg_trgm` GIN index on each key column, which the planner uses for
`LIKE '%…%'` by itself; where the extension cannot be created the search stays a plain scan and
the log says so. (SQLite needs FTS5 and the trigram tokenizer, SQLite 3.34 or later: every
Python 3.11 build has them.)

A later revision that rebuilds a searched table (Alembic batch mode copies it to a new table)
drops its triggers and renumbers its rows: `install` runs after every upgrade, finds the missing
triggers and rebuilds that table's index.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection

log = logging.getLogger(__name__)

#: table -> its search-key column
SEARCHED: dict[str, str] = {
    "people": "name_key",
    "cooperatives": "name_key",
    "trainings": "title_key",
    "outreach_events": "title_key",
    "funding_entries": "purpose_key",
}

#: Terms shorter than this have no trigram: they are matched with LIKE.
TRIGRAM = 3


def index_table(table: str) -> str:
    return f"{table}_search"


def is_index_table(name: str | None) -> bool:
    """An FTS5 table of ours or one of its shadow tables (not in the models: Alembic leaves them be)."""
    return bool(name) and any(name == index_table(t) or name.startswith(index_table(t) + "_") for t in SEARCHED)


def install(connection: Connection) -> None:
    """Create what is missing of the search index (idempotent; runs inside the upgrade's transaction)."""
    if connection.dialect.name == "sqlite":
        _install_sqlite(connection)
    elif connection.dialect.name == "postgresql":
        _install_postgresql(connection)


def _install_sqlite(connection: Connection) -> None:
    existing = {name for (name,) in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    for table, column in SEARCHED.items():
        fts = index_table(table)
        triggers = {f"{fts}_insert", f"{fts}_delete", f"{fts}_update"}
        if fts in existing and triggers <= existing:
            continue
        if fts not in existing:
            # Needs FTS5 and SQLite 3.34 or later, as every Python 3.11 build has: without them the
            # upgrade fails and the backup is put back, rather than a search that fails later.
            connection.exec_driver_sql(
                f"CREATE VIRTUAL TABLE {fts} USING fts5({column}, content='{table}', content_rowid='rowid', "
                "tokenize='trigram case_sensitive 1')")
        for name in triggers:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        delete = f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.rowid, old.{column});"
        insert = f"INSERT INTO {fts}(rowid, {column}) VALUES (new.rowid, new.{column});"
        connection.exec_driver_sql(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END")
        connection.exec_driver_sql(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END")
        connection.exec_driver_sql(
            f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {column} ON {table} BEGIN {delete} {insert} END")
        connection.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _install_postgresql(connection: Connection) -> None:
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception as error:  # no right to create extensions, or not installed on the server
        log.warning("pg_trgm not available (%s): filtering scans the search keys", error)
        return
    for table, column in SEARCHED.items():
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {index_table(table)} ON {table} USING gin ({column} gin_trgm_ops)")


def uninstall(connection: Connection) -> None:
    for table in SEARCHED:
        if connection.dialect.name == "sqlite":
            for suffix in ("insert", "delete", "update"):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {index_table(table)}_{suffix}")
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {index_table(table)}")
        elif connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS {index_table(table)}")
