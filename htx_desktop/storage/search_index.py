"""The index behind filter-as-you-type: substrings of the diacritic-free search keys, found at once.

SQLite: one FTS5 table per searched table (`people_search` for `people.name_key`...) with the
`trigram` tokenizer, an external-content index of the key (it stores no copy of the text) kept in
step by triggers, so every writer (the forms, the Excel import, sync imports, even a plain
`sqlite3` shell) updates it. `case_sensitive 1`: the keys and queries are already folded by
`text.search_key`, so the index compares exactly what `LIKE` on the key compares.
Beside it, `people_search_words` lists every word (run of non-spaces) any key has held, kept by
triggers too: a query of one or two letters has no trigram, but the few words that contain a rare
one ("qz") are phrases the trigram index finds (see `services.search`). Words are only added
(a word no key holds any more finds no row), so the list is small: the names of a province.

PostgreSQL: a `pg_trgm` GIN index on each key column, which the planner uses for
`LIKE '%…%'` by itself, and one on the key without its first letter (`later_key`): the few keys
that hold a word but do not start with it, when most that hold it start with it ("nguyen"). Where
the extension cannot be created the search stays a plain scan and the log says so. The word lists
are there too, kept by statement triggers (one insert of the new words per statement, however
many rows a sync import writes). (SQLite needs FTS5 and the trigram tokenizer, SQLite 3.34 or later: every
Python 3.11 build has them.)

A later revision that rebuilds a searched table (Alembic batch mode copies it to a new table)
drops its triggers and renumbers its rows: `install` runs after every upgrade, finds the missing
triggers and rebuilds that table's index.
"""

from __future__ import annotations

import logging

from typing import Any

from sqlalchemy import Connection, func

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


def words_table(table: str) -> str:
    return f"{index_table(table)}_words"


def later_index(table: str) -> str:
    return f"{index_table(table)}_later"


def later_key(column: Any) -> Any:
    """The key without its first letter: it holds a word exactly when the key holds it anywhere
    but at its start (PostgreSQL indexes it: see the module's docstring)."""
    return func.substr(column, 2)


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
            _install_words(connection, table, column, existing)
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
        _install_words(connection, table, column, existing)


def _words_of(key: str) -> str:
    """SQL: the words of the key expression, the `value`s of a json_each (json_quote escapes the
    key, whose spaces then split it into a JSON array of strings)."""
    return f"""json_each('[' || replace(json_quote({key}), ' ', '","') || ']')"""


def _install_words(connection: Connection, table: str, column: str, existing: set[str]) -> None:
    words = words_table(table)
    triggers = {f"{words}_insert", f"{words}_update"}
    if words in existing and triggers <= existing:
        return
    connection.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {words} (word TEXT PRIMARY KEY) WITHOUT ROWID")
    for name in triggers:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    add = f"INSERT OR IGNORE INTO {words}(word) SELECT value FROM {_words_of('new.' + column)} WHERE value <> '';"
    connection.exec_driver_sql(f"CREATE TRIGGER {words}_insert AFTER INSERT ON {table} BEGIN {add} END")
    connection.exec_driver_sql(f"CREATE TRIGGER {words}_update AFTER UPDATE OF {column} ON {table} BEGIN {add} END")
    connection.exec_driver_sql(f"INSERT OR IGNORE INTO {words}(word) SELECT words.value FROM {table}, "
                               f"{_words_of(table + '.' + column)} AS words WHERE words.value <> ''")


def _install_postgresql(connection: Connection) -> None:
    for table, column in SEARCHED.items():
        _install_postgresql_words(connection, table, column)
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception as error:  # no right to create extensions, or not installed on the server
        log.warning("pg_trgm not available (%s): filtering scans the search keys", error)
        return
    for table, column in SEARCHED.items():
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {index_table(table)} ON {table} USING gin ({column} gin_trgm_ops)")
        connection.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {later_index(table)} ON {table} "
                                   f"USING gin (substr({column}, 2) gin_trgm_ops)")


def _install_postgresql_words(connection: Connection, table: str, column: str) -> None:
    words = words_table(table)
    triggers = connection.exec_driver_sql(
        f"SELECT count(*) FROM pg_trigger WHERE tgrelid = '{table}'::regclass "
        f"AND tgname IN ('{words}_insert', '{words}_update')").scalar()
    if triggers == 2:  # and the list they keep: installed already
        return
    connection.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {words} (word TEXT PRIMARY KEY)")
    # Transition tables cannot go with a column list (UPDATE OF): every update adds its rows' words.
    connection.exec_driver_sql(f"""CREATE OR REPLACE FUNCTION {words}_add() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {words}(word) SELECT DISTINCT word
            FROM written, unnest(string_to_array(written.{column}, ' ')) AS word
            WHERE word <> '' ON CONFLICT DO NOTHING;
            RETURN NULL;
        END $$""")
    for event in ("insert", "update"):
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {words}_{event} ON {table}")
        connection.exec_driver_sql(f"CREATE TRIGGER {words}_{event} AFTER {event.upper()} ON {table} REFERENCING "
                                   f"NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION {words}_add()")
    connection.exec_driver_sql(f"INSERT INTO {words}(word) SELECT DISTINCT word FROM {table}, "
                               f"unnest(string_to_array({table}.{column}, ' ')) AS word WHERE word <> '' "
                               "ON CONFLICT DO NOTHING")


def uninstall_words(connection: Connection) -> None:
    for table in SEARCHED:
        words = words_table(table)
        for suffix in ("insert", "update"):
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {words}_{suffix}")
            else:
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {words}_{suffix} ON {table}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {words}")
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {words}_add()")


def uninstall_later(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        for table in SEARCHED:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS {later_index(table)}")


def uninstall(connection: Connection) -> None:
    uninstall_words(connection)
    uninstall_later(connection)
    for table in SEARCHED:
        if connection.dialect.name == "sqlite":
            for suffix in ("insert", "delete", "update"):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {index_table(table)}_{suffix}")
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {index_table(table)}")
        elif connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS {index_table(table)}")
