"""Power cuts in the tests (issue 13, section 3): run a command as the program runs it, kill it
with SIGKILL after a given time, and read a database's whole state afterwards."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import raw_db
from htx_desktop.storage.search_index import SEARCHED, index_table, is_index_table
from conftest import copy_with_keys

#: Columns that differ between two complete runs of the same command: clock times (also
#: `last_..._at`), and the random id and encrypted digest of an exported file.
VARYING = frozenset({"at", "file_id", "digest"})


def state(path: Path, varying: frozenset[str] = VARYING) -> dict[str, list[tuple]]:
    """Every row of every table, less the `varying` columns and the search index, after an integrity
    check (the index's own included)."""
    connection = raw_db.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for index in (index_table(name) for name in SEARCHED if index_table(name) in tables):
            # The search index agrees with its rows; its own pages are FTS5's business, not compared.
            connection.execute(f"INSERT INTO \"{index}\"(\"{index}\") VALUES ('integrity-check')")
        tables = [table for table in tables if not is_index_table(table)]
        found = {}
        for table in tables:
            names = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            kept = [name for name in names if name not in varying and not re.fullmatch(r"last_\w+_at", name)]
            columns = ", ".join(f'"{name}"' for name in kept)
            found[table] = sorted(connection.execute(f'SELECT {columns} FROM "{table}"').fetchall(), key=repr)
        return found
    finally:
        connection.close()


def fresh(source: Path, target: Path) -> Path:
    """A copy of the database, with no journal of an earlier copy left beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    return copy_with_keys(source, target)


def run_python(argv: list[str], kill_after: float | None) -> str:
    """Run Python with these arguments; with `kill_after`, SIGKILL it after that many seconds.
    'killed' or 'finished' (a run that ends otherwise fails the test with its error output)."""
    process = subprocess.Popen([sys.executable, *argv], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "HTX_LANG": "vi"})
    if kill_after is not None:
        try:
            process.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
    _out, err = process.communicate(timeout=180)
    if process.returncode == -signal.SIGKILL:
        return "killed"
    assert process.returncode == 0, err
    return "finished"


def run(argv: list[str], kill_after: float | None) -> str:
    """The command line (`htx-cli ARGV`), killed after `kill_after` seconds when given."""
    return run_python(["-m", "htx_desktop.cli.main", *argv], kill_after)
