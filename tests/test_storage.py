"""The database: SQLite settings, stamping of sync columns, tombstones, audit, atomic transactions."""

import json
import sqlite3
import threading
import uuid
from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from htx_desktop.domain.records import CooperativeData, YearFiguresData
from htx_desktop.errors import HtxError
from htx_desktop.services import cooperatives
from htx_desktop.storage.database import open_database
from htx_desktop.storage.models import AuditEntry, Cooperative, CooperativeYear, Installation, Person
from actors import ADMIN
from htx_desktop.domain.enums import UserRole
from htx_desktop.security.access import Actor
import raw_db


def test_sqlite_runs_in_wal_with_foreign_keys_and_busy_timeout(db):
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 30000


def test_foreign_keys_are_enforced(db):
    with pytest.raises(IntegrityError):
        with db.system_transaction() as session:
            session.add(Person(full_name="Lò Thị Ón", name_key="lo thi on", sex="female", unit_code="99999"))


def test_one_row_of_figures_per_cooperative_and_year(db):
    cooperative_id = cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    with pytest.raises(IntegrityError):
        with db.system_transaction() as session:
            for _ in range(2):
                session.add(CooperativeYear(cooperative_id=cooperative_id, year=2024, id=uuid.uuid4()))


def test_writes_are_stamped_with_site_version_owner_and_times(db):
    site = db.installation().site_id
    first = cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    second = cooperatives.create(db, CooperativeData(name="HTX Hồi", unit_code="06046"), actor=ADMIN)
    with db.read() as session:
        a, b = session.get(Cooperative, first), session.get(Cooperative, second)
        assert a.site_id == b.site_id == site
        assert a.owner_unit == "06046"
        assert 0 < a.version < b.version
        assert a.created_at.tzinfo is not None
        clock = session.get(Installation, 1).clock
    assert clock == b.version  # the clock survives a restart


def test_an_update_bumps_the_version_and_writes_an_audit_entry(db):
    from htx_desktop.services import users

    users.create(db, "lan", "mat-khau-cua-lan", UserRole.DATA_ENTRY, actor=ADMIN)
    lan = Actor("lan", UserRole.DATA_ENTRY.value)
    cooperative_id = cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046"), lan)
    with db.read() as session:
        before = session.get(Cooperative, cooperative_id).version
    cooperatives.update(db, cooperative_id, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046"), lan)
    with db.read() as session:
        assert session.get(Cooperative, cooperative_id).version > before
        entries = session.scalars(select(AuditEntry).where(AuditEntry.row_id == str(cooperative_id))).all()
    assert [entry.action for entry in entries] == ["insert", "update"]
    assert entries[1].username == "lan"
    assert json.loads(entries[1].changes) == {"name": ["HTX Chè", "HTX Chè Bản Piềng"]}


def test_sensitive_fields_are_masked_in_the_audit_trail(db):
    from htx_desktop.domain.records import PersonData
    from htx_desktop.services import people

    people.create(db, PersonData("Lò Thị Ón", "06046", birth_year=1990, national_id="020190004321",
                                 priority_groups=["violence_survivor"]), actor=ADMIN)
    with db.read() as session:
        changes = session.scalars(select(AuditEntry.changes).where(AuditEntry.table_name == "people")).one()
    assert "020190004321" not in changes and "violence_survivor" not in changes
    assert json.loads(changes)["national_id"] == [None, "***"]


def test_synced_rows_cannot_be_hard_deleted(db):
    cooperative_id = cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    with pytest.raises(RuntimeError):
        with db.system_transaction() as session:
            session.delete(session.get(Cooperative, cooperative_id))
    with db.read() as session:
        assert session.get(Cooperative, cooperative_id) is not None


def test_a_failing_action_leaves_nothing_half_written(db):
    cooperative_id = cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    with pytest.raises(ZeroDivisionError):
        with db.system_transaction() as session:
            session.get(Cooperative, cooperative_id).name = "Đổi tên"
            session.add(CooperativeYear(cooperative_id=cooperative_id, year=2024))
            session.flush()
            1 / 0
    with db.read() as session:
        assert session.get(Cooperative, cooperative_id).name == "HTX Chè"
        assert session.scalars(select(CooperativeYear)).all() == []
        assert len(session.scalars(select(AuditEntry)).all()) == 1


def test_write_transactions_take_the_write_lock_at_once(db, db_path):
    """BEGIN IMMEDIATE: a second writer waits instead of failing half-way through its action."""
    with db.system_transaction():
        other = raw_db.connect(db_path, timeout=0.1, isolation_level=None)
        with pytest.raises(raw_db.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()


def test_concurrent_writers_both_succeed(db):
    errors = []

    def write(name):
        try:
            cooperatives.create(db, CooperativeData(name=name, unit_code="06046"), actor=ADMIN)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(f"HTX số {i}",)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with db.read() as session:
        versions = session.scalars(select(Cooperative.version)).all()
    assert len(set(versions)) == 8


def test_opening_a_missing_file_explains_how_to_create_it(tmp_path):
    with pytest.raises(HtxError, match="Không tìm thấy cơ sở dữ liệu"):
        open_database(tmp_path / "missing.sqlite3")
    assert not (tmp_path / "missing.sqlite3").exists()


def test_opening_a_file_that_is_not_a_database_is_refused_clearly(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(HtxError, match="Không mở được cơ sở dữ liệu"):
        open_database(junk)


def test_dates_round_trip(db):
    cooperative_id = cooperatives.create(
        db, CooperativeData(name="HTX Chè", unit_code="06046", founded_on=date(2023, 3, 8))
    , actor=ADMIN)
    cooperatives.set_year_figures(db, cooperative_id, YearFiguresData(2024, workers=12, female_workers=9), actor=ADMIN)
    assert cooperatives.get(db, cooperative_id).founded_on == date(2023, 3, 8)
