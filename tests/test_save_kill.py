"""Power cuts while saving and while upgrading (issue 13, section 3), as `test_sync_kill.py` does
for sync: the program is killed with SIGKILL at random moments of

- an Excel import of a few thousand people (`htx-cli import-excel`: one transaction),
- a run of saves through the service layer (one transaction per person saved, as the forms save),
- the upgrade of a database made at revision 0005 to the current schema (as opening it does),

and each time the database passes `PRAGMA integrity_check` and holds exactly the state before or
after the transaction: for the saves, the state after some number of whole saves.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest
from kill_helpers import VARYING, fresh, run, run_python, state
from sync_helpers import tell

from htx_desktop.domain.enums import InstallationRole
from htx_desktop.services.installation import initialise
from htx_desktop.storage.migrations import HEAD_REVISION
from import_files import PEOPLE_HEADERS, workbook

SEED = 11
#: 75 kills here, beside the 200 of sync import and export (test_sync_kill.py): under two minutes on
#: a busy 2-core machine.
KILLS = {"import": 25, "saves": 25, "upgrade": 25}
ROWS = 3_000
SAVES = 120
#: Columns two complete runs of the same saves fill differently (random ids, clock versions, times).
RUN_VARYING = VARYING | {"id", "row_id", "version", "created_at", "updated_at", "clock"}
DATA = Path(__file__).parent / "data"
SURNAMES = ("Nguyễn", "Hoàng", "Lương", "Nông", "Vi", "Lộc", "Triệu", "Hà", "Đinh", "Mã")
GIVEN = ("Hường", "Mai", "Lan", "Thương", "Nguyệt", "Duyên", "Phượng", "Hạnh", "Yến", "Ánh")

SAVE_DRIVER = """
import sys
from htx_desktop.domain.records import PersonData
from htx_desktop.security.access import SYSTEM
from htx_desktop.services import people
from htx_desktop.storage.database import open_database

database = open_database(sys.argv[1])
for number in range(int(sys.argv[2])):
    people.create(database, PersonData(full_name="Lộc Thị Hoa", unit_code="06046", birth_year=1980 + number % 30,
                                       notes=f"lưu số {number:04d}"), SYSTEM)
"""
UPGRADE_DRIVER = "import sys; from htx_desktop.storage.database import open_database; open_database(sys.argv[1])"


@pytest.fixture
def commune(tmp_path) -> Path:  # type: ignore[no-untyped-def]
    """A commune's database without users, as `init` makes it (no sign-in writes a log-in entry)."""
    path = tmp_path / "xa.sqlite3"
    initialise(path, "06046", InstallationRole.COMMUNE)
    return path


def timed(command, path: Path) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    assert command(path, None) == "finished"
    return time.perf_counter() - started


def killed_runs(source: Path, tmp_path: Path, command, kills: int, varying=VARYING):  # type: ignore[no-untyped-def]
    """`command` run once on a copy of `source` to the end, then `kills` times on fresh copies, each
    killed at a random moment of that span: the state before, the state after the whole run, and
    each killed run's ending ("killed" or "finished") with the state it left."""
    before = state(source, varying)
    complete = fresh(source, tmp_path / "complete.sqlite3")
    span = timed(command, complete)
    after = state(complete, varying)
    chance = random.Random(SEED)
    work = tmp_path / "killed.sqlite3"
    runs = []
    for _ in range(kills):
        fresh(source, work)
        ended = command(work, chance.uniform(0.05, span * 1.1))
        runs.append((ended, state(work, varying)))
    return before, after, runs


@pytest.mark.slow
def test_an_excel_import_killed_at_random_moments_leaves_before_or_after(commune, tmp_path, pytestconfig):
    rows = [PEOPLE_HEADERS] + [[n, f"{SURNAMES[n % 10]} Thị {GIVEN[n // 10 % 10]}", 1950 + n // 100, None, "Nữ",
                                "Tày", None] for n in range(ROWS)]
    sheet = workbook(tmp_path / "ds.xlsx", rows)

    def command(path, kill_after):  # type: ignore[no-untyped-def]
        return run(["--db", str(path), "import-excel", str(sheet), "--kind", "people"], kill_after)

    before, after, runs = killed_runs(commune, tmp_path, command, KILLS["import"], RUN_VARYING)
    assert len(after["people"]) == len(before["people"]) + ROWS
    outcomes = Counter()
    for ended, found in runs:
        assert found in (before, after), "an import killed midway left a database between before and after"
        outcomes[f"import {ended}, database {'before' if found == before else 'after'}"] += 1
    tell(pytestconfig, f"\nkilled Excel imports of {ROWS:,} rows (seed {SEED}): {dict(sorted(outcomes.items()))}")
    assert outcomes["import killed, database before"] and outcomes["import finished, database after"]


def _after_saves(before: dict, after: dict, saved: int) -> dict:
    """The state after the first `saved` saves: what the complete run added, less the later saves'
    rows (each row of a save, its audit entry included, names it: "lưu số 0042")."""
    state_ = {}
    for table, rows in after.items():
        old = list(before[table])
        added = list(rows)
        for row in old:
            added.remove(row)
        later = [row for row in added if any(f"lưu số {n:04d}" in repr(row) for n in range(saved, SAVES))]
        state_[table] = sorted(old + [row for row in added if row not in later], key=repr)
    return state_


@pytest.mark.slow
def test_saves_through_the_services_killed_at_random_moments_leave_whole_saves(commune, tmp_path, pytestconfig):
    driver = tmp_path / "save_driver.py"
    driver.write_text(SAVE_DRIVER, encoding="utf-8")

    def command(path, kill_after):  # type: ignore[no-untyped-def]
        return run_python([str(driver), str(path), str(SAVES)], kill_after)

    before, after, runs = killed_runs(commune, tmp_path, command, KILLS["saves"], RUN_VARYING)
    assert len(after["people"]) == len(before["people"]) + SAVES
    outcomes = Counter()
    for ended, found in runs:
        saved = len(found["people"]) - len(before["people"])
        assert found == _after_saves(before, after, saved), f"a save killed midway left part of it ({saved} whole)"
        outcomes[f"saves {ended}, {'none' if not saved else 'all' if saved == SAVES else 'some'} saved"] += 1
    tell(pytestconfig, f"\nkilled runs of {SAVES} saves (seed {SEED}): {dict(sorted(outcomes.items()))}")
    assert outcomes["saves killed, some saved"]


def _old_database(path: Path) -> Path:
    """The database made at revision 0005, with enough outreach events that the upgrade (which
    rebuilds that table and computes a search key for each title) takes a while, and without its
    users: a database with users is also encrypted when it is opened, with a new key each time,
    which this process could not read (that conversion is tested in test_encryption.py)."""
    fresh(DATA / "htx-schema-0005.sqlite3", path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
            INSERT INTO outreach_events (title, held_on, unit_code, format, participants, female_participants,
                                         id, site_id, owner_unit, version, created_at, updated_at, deleted)
            SELECT 'Nói chuyện chuyên đề số ' || i, '2024-05-01', '06046', 'in_person', 40, 30,
                   lower(hex(randomblob(16))), 'site', '06046', i, '2024-05-01 00:00:00.000000',
                   '2024-05-01 00:00:00.000000', 0 FROM n""")
        connection.execute("DELETE FROM users")
    connection.close()
    return path


@pytest.mark.slow
def test_an_upgrade_killed_at_random_moments_leaves_the_old_or_the_new_schema(tmp_path, pytestconfig):
    old = _old_database(tmp_path / "old.sqlite3")

    def command(path, kill_after):  # type: ignore[no-untyped-def]
        return run_python(["-c", UPGRADE_DRIVER, str(path)], kill_after)

    before, after, runs = killed_runs(old, tmp_path, command, KILLS["upgrade"])
    assert after["alembic_version"] == [(HEAD_REVISION,)] and before["alembic_version"] == [("0005",)]
    outcomes = Counter()
    for ended, found in runs:
        assert found in (before, after), "an upgrade killed midway left a database between the two schemas"
        outcomes[f"upgrade {ended}, database {'old' if found == before else 'new'}"] += 1
    tell(pytestconfig, f"\nkilled upgrades 0005 -> {HEAD_REVISION} (seed {SEED}): {dict(sorted(outcomes.items()))}")
    assert outcomes["upgrade killed, database old"]
