"""Power cuts during sync (issue 13, section 3): `sync import` and `sync export` run as the
command line runs them, and are killed with SIGKILL at many random moments. Each time the database
passes `PRAGMA integrity_check` and holds exactly the state before the command or the state a
complete run leaves; a sync file, where one was left under its real name, is whole.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sync_helpers import (
    add_cooperative,
    connect,
    dispose,
    fill_with_people,
    make_nodes,
    sync_templates,  # noqa: F401  (fixture)
    tell,
)

from htx_desktop.storage.database import open_database
from htx_desktop.sync import service
from actors import ADMIN
import raw_db

RECORDS = 4_000
#: 200 kills in all, as issue 13 asks; about two minutes on a CI runner.
KILLS = {"import": 110, "export": 90}
SEED = 13
#: Columns that differ between two complete runs of the same command: clock times (also
#: `last_..._at`), and the random id and encrypted digest of an exported file.
VARYING = {"at", "file_id", "digest"}


def state(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, less the columns that vary from run to run, after an integrity check."""
    connection = raw_db.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = {}
        for table in tables:
            names = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            kept = [name for name in names if name not in VARYING and not re.fullmatch(r"last_\w+_at", name)]
            columns = ", ".join(f'"{name}"' for name in kept)
            found[table] = sorted(connection.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)
        return found
    finally:
        connection.close()


def fresh(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copy(source, target)
    return target


def run(argv: list[str], kill_after: float | None) -> str:
    """Run the CLI; with `kill_after`, SIGKILL it after that many seconds. 'killed' or 'finished'."""
    process = subprocess.Popen([sys.executable, "-m", "htx_desktop.cli.main", *argv],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "HTX_LANG": "vi"})
    if kill_after is not None:
        try:
            process.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
    _out, err = process.communicate(timeout=120)
    if process.returncode == -signal.SIGKILL:
        return "killed"
    assert process.returncode == 0, err
    return "finished"


@pytest.mark.slow
def test_sync_import_and_export_killed_at_random_moments_leave_before_or_after(tmp_path, sync_templates,  # noqa: F811
                                                                                pytestconfig):
    nodes = make_nodes(tmp_path, sync_templates, "xa", "tinh")
    xa, tinh = nodes["xa"], nodes["tinh"]
    chance = random.Random(SEED)
    outcomes: Counter[str] = Counter()
    try:
        connect(xa, tinh)
        add_cooperative(xa, "Hợp tác xã Chè Khau Phạ")
        fill_with_people(xa, RECORDS)
        usb = tmp_path / "usb"
        usb.mkdir()
        sync_file = service.export_file(xa.db, usb, actor=ADMIN).path
        for node in (xa, tinh):
            node.db.dispose()

        # import: the province's database, before and after the whole file
        before = state(tinh.path)
        complete = fresh(tinh.path, tmp_path / "tinh-complete.sqlite3")
        started = time.perf_counter()
        run(["--db", str(complete), "sync", "import", str(sync_file)], None)
        span = time.perf_counter() - started
        after = state(complete)
        assert before != after
        work = tmp_path / "tinh-killed.sqlite3"
        for _ in range(KILLS["import"]):
            fresh(tinh.path, work)
            ended = run(["--db", str(work), "sync", "import", str(sync_file)], chance.uniform(0.05, span * 1.1))
            found = state(work)
            assert found in (before, after), "an import killed midway left a database between before and after"
            outcomes[f"import {ended}, database {'before' if found == before else 'after'}"] += 1

        # export: the commune's database, and the file it writes
        before = state(xa.path)
        complete = fresh(xa.path, tmp_path / "xa-complete.sqlite3")
        out = tmp_path / "out-complete"
        out.mkdir()
        started = time.perf_counter()
        run(["--db", str(complete), "sync", "export", "--out", str(out)], None)
        span = time.perf_counter() - started
        after = state(complete)
        assert before != after
        work = tmp_path / "xa-killed.sqlite3"
        receiver = open_database(tinh.path)
        try:
            for number in range(KILLS["export"]):
                fresh(xa.path, work)
                out = tmp_path / f"out-{number}"
                out.mkdir()
                ended = run(["--db", str(work), "sync", "export", "--out", str(out)],
                            chance.uniform(0.05, span * 1.1))
                found = state(work)
                assert found in (before, after), "an export killed midway left a database between before and after"
                files = sorted(out.glob("*.htxsync"))
                assert not (files and found == before), "a file numbered by a sequence the database did not count"
                for file in files:  # a file under its real name is whole: the province can open it
                    assert service.preview_file(receiver, file, actor=ADMIN).tables["people"]["new"] == RECORDS
                leftovers = [path.name for path in out.iterdir() if path not in files]
                outcomes[f"export {ended}, database {'before' if found == before else 'after'}, "
                         f"{len(files)} file(s){', temporary file left' if leftovers else ''}"] += 1
        finally:
            receiver.dispose()
    finally:
        dispose(nodes)
        tell(pytestconfig, f"\nkilled sync commands (seed {SEED}): {dict(sorted(outcomes.items()))}")
    assert any(key.startswith("import killed, database before") for key in outcomes)
