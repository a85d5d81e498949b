"""A 100,000-record sync file: an import killed midway leaves the database exactly as it was."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import datetime, timezone

import pytest
from sync_helpers import (
    connect,
    dispose,
    make_nodes,
    snapshot,
    sync_templates,  # noqa: F401  (fixture)
)

from htx_desktop.storage.hlc import HybridClock
from htx_desktop.sync import service
from htx_desktop.text import search_key
from actors import ADMIN

RECORDS = 100_000
FAMILY = ["Nguyễn", "Hoàng", "Nông", "Lộc", "Hà", "Lương", "Vi", "Triệu"]
GIVEN = ["Thị Hoa", "Thị Mai", "Thị Lan", "Thị Hạnh", "Văn Minh", "Thị Thu", "Thị Nga", "Thị Duyên"]


def fill_with_people(node, count: int) -> None:  # type: ignore[no-untyped-def]
    """`count` people of the commune, stamped as this installation would stamp them.

    Written with sqlite3 in SQLAlchemy's storage forms (UUID as 32 hex digits, times as text),
    because going through the ORM would take longer than the test itself.
    """
    me = node.db.installation()
    node.db.dispose()
    clock = HybridClock(me.clock)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    family = [(name, search_key(name)) for name in FAMILY]
    given = [(name, search_key(name)) for name in GIVEN]
    rows = []
    for number in range(count):
        (last, last_key), (first, first_key) = family[number % 8], given[(number // 8) % 8]
        rows.append((uuid.uuid4().hex, me.site_id, me.unit_code, clock.tick(), now, now, 0,
                     f"{last} {first} {number}", f"{last_key} {first_key} {number}", 1950 + number % 55,
                     "female", "Tày", f"020{number:09d}", me.unit_code, "Thôn Nà Lầm",
                     "ethnic_minority" if number % 3 else ""))
    connection = sqlite3.connect(node.path)
    with connection:
        connection.executemany(
            "INSERT INTO people (id, site_id, owner_unit, version, created_at, updated_at, deleted, full_name,"
            " name_key, birth_year, sex, ethnicity, national_id, unit_code, address, priority_groups)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        connection.execute("UPDATE installation SET clock = ?", (clock.last,))
    connection.close()


def counts_and_integrity(path) -> tuple[dict[str, int], str]:  # type: ignore[no-untyped-def]
    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        counts = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
        return counts, connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.slow
def test_import_of_100000_records_killed_midway_leaves_the_database_as_it_was(tmp_path, sync_templates):  # noqa: F811
    nodes = make_nodes(tmp_path, sync_templates, "xa", "tinh")
    xa, tinh = nodes["xa"], nodes["tinh"]
    try:
        connect(xa, tinh)
        fill_with_people(xa, RECORDS)
        started = time.perf_counter()
        exported = service.export_file(xa.db, tmp_path, actor=ADMIN)
        export_seconds = time.perf_counter() - started
        assert exported.counts == {"people": RECORDS}
        tinh.db.dispose()
        before_snapshot = snapshot(tinh)
        before_counts, _ = counts_and_integrity(tinh.path)

        command = [sys.executable, "-m", "htx_desktop.cli.main", "--db", str(tinh.path), "sync", "import",
                   str(exported.path), "--progress"]
        process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})
        line = ""
        while not line.startswith("write "):
            line = process.stderr.readline()
            assert line, "the import ended before it began writing"
        process.send_signal(signal.SIGKILL)  # as a power cut would: no clean-up runs
        process.wait(timeout=30)
        process.stderr.close()
        assert process.returncode == -signal.SIGKILL
        assert int(line.split()[1].split("/")[0]) < RECORDS  # killed midway, not at the end

        after_counts, integrity = counts_and_integrity(tinh.path)
        assert integrity == "ok"
        assert after_counts == before_counts
        assert snapshot(tinh) == before_snapshot

        started = time.perf_counter()
        result = subprocess.run([*command[:-1], "--json"], capture_output=True, text=True, timeout=120)
        import_seconds = time.perf_counter() - started
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        assert report["tables"]["people"]["new"] == RECORDS
        counts, integrity = counts_and_integrity(tinh.path)
        assert counts["people"] == RECORDS and integrity == "ok"
        print(f"\n100,000 records: file {exported.size:,} bytes, export {export_seconds:.1f} s, "
              f"import (CLI, new process) {import_seconds:.1f} s")
    finally:
        dispose(nodes)
