"""The audit trail as the administrator reads it: log-in history, changes filtered by user, record
(diacritic-blind) and dates, paged in SQL, record names instead of ids."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from actors import ADMIN, ADMIN_PASSWORD
from htx_desktop.domain.enums import UserRole
from htx_desktop.domain.records import CooperativeData, PersonData
from htx_desktop.errors import HtxError
from htx_desktop.security.access import Actor
from htx_desktop.services import audit, cooperatives, people, users
from htx_desktop.services.audit import AuditQuery
from htx_desktop.storage.base import utcnow
from htx_desktop.storage.models import AuditEntry

ENTRY = Actor("lan", UserRole.DATA_ENTRY.value)
VIEWER = Actor("xem", UserRole.VIEWER.value)
LOGINS = AuditQuery(kind=audit.LOGINS)


@pytest.fixture
def staffed(db):  # type: ignore[no-untyped-def]
    users.create(db, "lan", "mat-khau-nhap-lieu", UserRole.DATA_ENTRY, "Hoàng Thị Lan", actor=ADMIN)
    users.create(db, "xem", "mat-khau-chi-xem", UserRole.VIEWER, "Lò Văn Xem", actor=ADMIN)
    return db


def logins(db) -> list[tuple[str, str, str, tuple]]:  # type: ignore[no-untyped-def]
    return [(line.username, line.action, line.record, line.changes) for line in audit.page(db, LOGINS, ADMIN)][::-1]


def test_log_in_history_holds_successes_failures_and_the_lock_out(staffed):
    users.authenticate(staffed, "lan", "mat-khau-nhap-lieu")
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(HtxError):
            users.authenticate(staffed, "lan", "sai-mat-khau")
    with pytest.raises(HtxError, match="khóa"):
        users.authenticate(staffed, "lan", "mat-khau-nhap-lieu")  # right password, still locked
    with pytest.raises(HtxError):
        users.authenticate(staffed, "ai-do", "doan-mo")

    history = logins(staffed)
    assert history[0] == ("lan", "login", "lan", ())
    assert history[1:5] == [("lan", "login_failed", "lan", (("reason", None, "wrong_password"),))] * 4
    assert history[5] == ("lan", "locked", "lan", ())
    assert history[6] == ("lan", "login_failed", "lan", (("reason", None, "locked"),))
    assert history[7][:2] == ("ai-do", "login_failed") and history[7][3] == (("reason", None, "unknown_user"),)
    assert audit.count(staffed, LOGINS, ADMIN) == 8
    assert all(line.action not in audit.LOGIN_ACTIONS for line in audit.page(staffed, AuditQuery(), ADMIN))
    assert [line.action_label for line in audit.page(staffed, LOGINS, ADMIN, limit=3)] == [
        "Đăng nhập sai", "Đăng nhập sai", "Khóa tài khoản"]


def test_changes_by_record_are_found_without_diacritics_and_named_not_numbered(staffed):
    hoa = people.create(staffed, PersonData(full_name="Nông Thị Hoa", unit_code="06046"), ADMIN)
    people.create(staffed, PersonData(full_name="Lý Thị Mai", unit_code="06046"), ADMIN)
    coop = cooperatives.create(staffed, CooperativeData(name="HTX Chè Hoà Bình", unit_code="06046"), ADMIN)
    people.update(staffed, hoa, PersonData(full_name="Nông Thị Hoa", unit_code="06046", phone="0912345678"), ENTRY)

    lines = audit.page(staffed, AuditQuery(record="nong thi hoa"), ADMIN)

    assert [(line.username, line.action, line.record) for line in lines] == [
        ("lan", "update", "Nông Thị Hoa"), ("admin", "insert", "Nông Thị Hoa")]
    assert lines[0].changes == (("phone", None, "0912345678"),)
    found = {line.record for line in audit.page(staffed, AuditQuery(record="hoa"), ADMIN)}
    assert found == {"Nông Thị Hoa", "HTX Chè Hoà Bình"}
    assert audit.page(staffed, AuditQuery(record="không có ai"), ADMIN) == []
    assert {line.record for line in audit.page(staffed, AuditQuery(username="lan"), ADMIN)} == {"Nông Thị Hoa"}
    assert audit.count(staffed, AuditQuery(record="HOÀ BÌNH"), ADMIN) == 1
    assert str(coop) not in {line.record for line in audit.page(staffed, AuditQuery(), ADMIN)}


def test_dates_filter_whole_days_and_pages_come_from_sql(staffed):
    for number in range(25):
        people.create(staffed, PersonData(full_name=f"Người {number:02}", unit_code="06046"), ADMIN)
    with staffed.system_transaction() as session:  # ten of them were written a month ago
        old = session.query(AuditEntry.id).filter(AuditEntry.table_name == "people").order_by(AuditEntry.id).limit(10)
        session.execute(update(AuditEntry).where(AuditEntry.id.in_(old.scalar_subquery()))
                        .values(at=utcnow() - timedelta(days=30)))
    today, month_ago = date.today(), date.today() - timedelta(days=30)
    people_only = dict(record="nguoi")

    assert audit.count(staffed, AuditQuery(start=today, **people_only), ADMIN) == 15
    assert audit.count(staffed, AuditQuery(end=month_ago, **people_only), ADMIN) == 10
    assert audit.count(staffed, AuditQuery(start=month_ago, end=month_ago, **people_only), ADMIN) == 10
    assert audit.count(staffed, AuditQuery(end=month_ago - timedelta(days=1), **people_only), ADMIN) == 0
    first, second = (audit.page(staffed, AuditQuery(**people_only), ADMIN, offset=offset, limit=20)
                     for offset in (0, 20))
    assert [line.record for line in first][:2] == ["Người 24", "Người 23"]
    assert len(first) == 20 and len(second) == 5
    assert {line.record for line in first}.isdisjoint({line.record for line in second})


@pytest.mark.parametrize("actor", [ENTRY, VIEWER], ids=["data_entry", "viewer"])
def test_only_an_administrator_reads_the_audit_trail(staffed, actor):
    for read in (lambda: audit.page(staffed, AuditQuery(), actor), lambda: audit.count(staffed, LOGINS, actor),
                 lambda: audit.usernames(staffed, actor)):
        with pytest.raises(HtxError, match="không được phép"):
            read()


def test_user_filter_lists_account_holders_and_everyone_in_the_trail(staffed):
    users.authenticate(staffed, "admin", ADMIN_PASSWORD)
    with pytest.raises(HtxError):
        users.authenticate(staffed, "khach", "doan-mo")
    assert audit.usernames(staffed, ADMIN) == ["admin", "khach", "lan", "xem"]
