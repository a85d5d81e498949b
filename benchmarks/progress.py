"""A province's Overview and `progress --unit 20 --by-commune`, warm, beside one grouped count.

Warm: the figures computed a second time in the same process, as the Overview does when the
officer comes back to it (the first time also pays for opening the file and Python's imports).
The floor is one raw grouped query of the same database, `SELECT unit_code, count(*) FROM people
GROUP BY unit_code` through sqlite3: the least any per-commune figure can cost. Target: each
under 1 s. The whole `htx-cli progress --unit 20 --by-commune` process is reported too, beside
a process that runs the floor query. Needs `--db`, a province made with
`htx-cli --db D init --unit 20 --role aggregator && htx-cli --db D demo --scale province`;
D may be a PostgreSQL URL (`postgresql+psycopg://user@/htx?host=/socket/dir`), measured in place,
read-only, the floor then being the same query through the driver's own connection.

A province office has users, so its database is encrypted (SQLCipher): on a SQLite file the warm
figures are measured a second time on an encrypted copy, made once per run beside the plain copy
as an office makes it (its first administrator added through `services.protection`, which
converts the file; about a minute for the province, said on stderr), each beside the same
grouped count read through SQLCipher with the copy's key.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Figure, child, in_turns, python
from benchmarks.database import at_head, copied

UNIT = "20"
FLOOR_SQL = "SELECT unit_code, count(*) FROM people GROUP BY unit_code"
ADMIN, PASSWORD = "benchmark-admin", "benchmark-password-1"


def run(args: argparse.Namespace) -> list[Figure]:
    if args.db is None:
        return []
    figures = []
    with at_head(args.db) as database:
        figures += _warm(database, args.runs, "")
        if database.path is None:  # a server database: the process reads it in place, read-only too
            figures.append(_process(database.url, python(
                f"from sqlalchemy import create_engine, text; create_engine({database.url!r}).connect()"
                f".execute(text({FLOOR_SQL!r})).fetchall()"), args.runs))
        else:
            database.dispose()  # its last connection closed: the WAL is written back into the file
            encrypted = _encrypted_copy(database.path)
            try:
                figures += _warm(encrypted, args.runs, ", encrypted")
            finally:
                encrypted.dispose()
    if not isinstance(args.db, str):
        with copied(args.db) as path:
            figures.append(_process(str(path), python(
                f"import sqlite3; sqlite3.connect({str(path)!r}).execute({FLOOR_SQL!r}).fetchall()"), args.runs))
    return figures


def _warm(database: Any, runs: int, label: str) -> list[Figure]:
    """Progress by commune and the Overview computed warm on `database`, beside the grouped count."""
    from htx_desktop.plans import breakdown
    from htx_desktop.plans import progress as service
    from htx_desktop.services import overview

    service.prepare(database, None, UNIT)

    def by_commune() -> float:
        started = time.perf_counter()
        with database.read() as session:
            breakdown.dashboard(session, service.resolve(session, None, UNIT, None, None, None))
        return time.perf_counter() - started

    def summary() -> float:
        started = time.perf_counter()
        with database.read() as session:
            overview.summary(session)
        return time.perf_counter() - started

    raw = _raw_connection(database)

    def floor() -> float:
        started = time.perf_counter()
        cursor = raw.cursor()
        cursor.execute(FLOOR_SQL)
        cursor.fetchall()
        cursor.close()
        return time.perf_counter() - started

    by_commune(), summary(), floor()  # the first time: file and imports
    ours, headline, least = in_turns(runs, by_commune, summary, floor)
    raw.close()
    return [Figure(f"progress by commune, province{label} (warm)", ours, "s", least, "one grouped count", limit=1.0),
            Figure(f"Overview headline figures, province{label} (warm)", headline, "s", least, "one grouped count",
                   limit=1.0)]


def _encrypted_copy(plain: Path) -> Any:
    """An encrypted copy of the (plain, current) database at `plain`, beside it, open: its first
    administrator is added as an office does, and the program converts the file."""
    from htx_desktop.services import protection
    from htx_desktop.storage.database import open_database

    target = plain.with_name("encrypted.sqlite3")
    shutil.copyfile(plain, target)
    print("progress: making an encrypted copy of the province (about a minute)…", file=sys.stderr, flush=True)
    database = open_database(target)
    try:
        protection.create_first_admin(database, ADMIN, PASSWORD)
    except BaseException:
        database.dispose()
        raise
    assert database.is_encrypted
    return database


def _raw_connection(database: Any) -> Any:
    """A plain DB-API connection to the database: sqlite3 on the file (SQLCipher with its key if it is
    encrypted), or the server's driver."""
    if database.path is None:
        return database.engine.raw_connection()
    if database.data_key is not None:
        from htx_desktop.storage import sqlcipher

        return sqlcipher.connect(database.path, database.data_key)
    import sqlite3

    return sqlite3.connect(database.path)


def _process(db: str, floor_command: list[str], runs: int) -> Figure:
    command = [sys.executable, "-m", "htx_desktop.cli.main", "--db", db, "progress", "--unit", UNIT, "--by-commune"]
    process, floor_process = in_turns(runs, lambda: child(command).seconds,
                                      lambda: child(floor_command).seconds)
    return Figure("htx-cli progress --unit 20 --by-commune (process)", process, "s", floor_process,
                  "process running one grouped count")


if __name__ == "__main__":
    from benchmarks.common import main

    raise SystemExit(main(run))
