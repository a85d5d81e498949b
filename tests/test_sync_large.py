"""A 100,000-record sync file: an import killed midway leaves the database exactly as it was."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from sync_helpers import (
    connect,
    counts_and_integrity,
    dispose,
    fill_with_people,
    make_nodes,
    snapshot,
    sync_templates,  # noqa: F401  (fixture)
)

from htx_desktop.sync import service
from actors import ADMIN

RECORDS = 100_000
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
