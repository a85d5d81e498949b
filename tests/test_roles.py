"""Roles enforced in the service layer: what an administrator, a data-entry officer and a viewer may
change, by every path, with the database left exactly as it was after a refusal."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from databases import digest
from sync_helpers import Node, connect, dispose, make_nodes, snapshot, sync_templates  # noqa: F401

from actors import ADMIN
from htx_desktop import messages
from htx_desktop.demo.generator import generate
from htx_desktop.domain.enums import InstallationRole, UserRole
from htx_desktop.domain.records import (
    AttendanceData,
    CooperativeData,
    OcopProductData,
    PersonData,
    PostData,
    TrainingData,
    YearFiguresData,
)
from htx_desktop.errors import HtxError
from htx_desktop.plans import editing
from htx_desktop.security.access import SYSTEM, Actor
from htx_desktop.services import cooperatives, installation, people, trainings, users
from htx_desktop.services.listing import SOURCES
from htx_desktop.storage.database import open_database
from htx_desktop.sync import conflicts, keyring, receipts, service

ENTRY = Actor("lan", UserRole.DATA_ENTRY.value)
VIEWER = Actor("xem", UserRole.VIEWER.value)
NATIONAL_ID = "020190004321"  # a woman born in 1990


@pytest.fixture
def staffed(db, db_path):  # type: ignore[no-untyped-def]
    """The commune's database with its administrator, a data-entry officer, a viewer and some records."""
    users.create(db, "lan", "mat-khau-nhap-lieu", UserRole.DATA_ENTRY, "Hoàng Thị Lan", actor=ADMIN)
    users.create(db, "xem", "mat-khau-chi-xem", UserRole.VIEWER, "Lò Văn Xem", actor=ADMIN)
    coop = cooperatives.create(db, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046",
                                                   founded_on=date(2020, 1, 1)), ADMIN)
    person = people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046", birth_year=1990,
                                          national_id=NATIONAL_ID, priority_groups=["trafficking_survivor"]),
                           ADMIN)
    training = trainings.create(db, TrainingData(title="Quản trị HTX", unit_code="06046", topic="governance",
                                                 starts_on=date(2025, 3, 1)), ADMIN)
    return {"coop": coop, "person": person, "training": training}


def record_writes(ids: dict[str, uuid.UUID]) -> dict[str, object]:
    """Every way of changing records, each as a call taking the database and the actor."""
    coop, person, training = ids["coop"], ids["person"], ids["training"]
    return {
        "cooperative.create": lambda db, a: cooperatives.create(db, CooperativeData(name="HTX Mới", unit_code="06046"), a),
        "cooperative.update": lambda db, a: cooperatives.update(db, coop, CooperativeData(name="Đổi tên", unit_code="06046"), a),
        "year_figures": lambda db, a: cooperatives.set_year_figures(db, coop, YearFiguresData(year=2024, workers=10, female_workers=7), a),
        "post.add": lambda db, a: cooperatives.add_post(db, PostData(person, coop, "board_chair", date(2021, 1, 1)), a),
        "ocop.add": lambda db, a: cooperatives.add_ocop_product(db, coop, OcopProductData(name="Chè xanh", stars=3, certified_on=date(2023, 5, 1)), a),
        "person.create": lambda db, a: people.create(db, PersonData(full_name="Lý Thị Mới", unit_code="06046"), a),
        "person.update": lambda db, a: people.update(db, person, PersonData(full_name="Nông Thị Hoa", unit_code="06046", birth_year=1991), a),
        "training.create": lambda db, a: trainings.create(db, TrainingData(title="Lớp mới", unit_code="06046", topic="governance", starts_on=date(2025, 4, 1)), a),
        "training.update": lambda db, a: trainings.update(db, training, TrainingData(title="Đổi", unit_code="06046", topic="governance", starts_on=date(2025, 4, 1)), a),
        "attendance.set": lambda db, a: trainings.set_attendance(db, AttendanceData(training, person, attended=True), a),
        "attendance.remove": lambda db, a: trainings.remove_attendance(db, training, person, a),
        "cooperative.delete": lambda db, a: cooperatives.delete(db, coop, a),
        "cooperative.restore": lambda db, a: cooperatives.restore(db, coop, a),
        "person.delete": lambda db, a: people.delete(db, person, a),
        "training.delete": lambda db, a: trainings.delete(db, training, a),
        "plan.create": lambda db, a: editing.create_plan(db, editing.PlanDraft("Kế hoạch", "06046"), actor=a),
        "conflict.resolve": lambda db, a: conflicts.resolve_conflict(db, 1, actor=a),
    }


def admin_writes(tmp_path: Path) -> dict[str, object]:
    """What only an administrator may do."""
    card = tmp_path / "card.htxkey"
    return {
        "user.create": lambda db, a: users.create(db, "moi", "mat-khau-moi-1", UserRole.VIEWER, actor=a),
        "user.update": lambda db, a: users.update(db, 1, UserRole.ADMIN, True, "mat-khau-khac-1", actor=a),
        "upstream": lambda db, a: keyring.set_upstream(db, "06040", a),
        "keys.trust": lambda db, a: keyring.trust_card_file(db, card, a),
        "keys.revoke": lambda db, a: keyring.revoke_key(db, "20", "mất máy", a),
        "keys.replace": lambda db, a: keyring.replace_own_keys(db, tmp_path, "đổi khóa", actor=a),
        "demo": lambda db, a: generate(db, "commune", actor=a),
    }


def sync_writes(tmp_path: Path) -> dict[str, object]:
    missing = tmp_path / "khong-co.htxsync"
    return {
        "export": lambda db, a: service.export_file(db, tmp_path, actor=a),
        "import": lambda db, a: service.import_file(db, missing, actor=a),
        "preview": lambda db, a: service.import_file(db, missing, actor=a, dry_run=True),
        "import_folder": lambda db, a: service.import_folder(db, tmp_path, actor=a),
        "receipt": lambda db, a: receipts.write_receipt(db, "20", tmp_path, a),
        "import_receipt": lambda db, a: receipts.import_receipt(db, missing, a),
    }


def test_a_viewer_cannot_change_anything_by_any_path(staffed, db, db_path, tmp_path):
    keyring.write_card(db, tmp_path / "card.htxkey")
    paths = {**record_writes(staffed), **admin_writes(tmp_path), **sync_writes(tmp_path)}
    before = digest(db.engine)
    files = sorted(tmp_path.iterdir())
    for name, write in paths.items():
        with pytest.raises(HtxError) as refused:
            write(db, VIEWER)
        assert refused.value.message.startswith("Tài khoản “xem” (vai trò Xem) không được phép"), name
    assert digest(db.engine) == before
    assert sorted(tmp_path.iterdir()) == files  # no sync file, receipt or card written


def test_data_entry_changes_records_but_not_users_keys_or_settings(staffed, db, db_path, tmp_path):
    for name, write in record_writes(staffed).items():
        if name in ("plan.create", "conflict.resolve"):
            continue  # a commune makes no plans; no conflict to review here: refused for other reasons
        write(db, ENTRY)
    with db.read() as session:
        from sqlalchemy import select

        from htx_desktop.storage.models import AuditEntry

        who = set(session.scalars(select(AuditEntry.username).where(AuditEntry.username != "admin")))
    assert who == {"lan"}  # the audit trail names the officer
    keyring.write_card(db, tmp_path / "card.htxkey")
    before = digest(db.engine)
    for name, write in admin_writes(tmp_path).items():
        with pytest.raises(HtxError) as refused:
            write(db, ENTRY)
        assert "chỉ người quản trị" in refused.value.message, name
    assert digest(db.engine) == before


def test_plans_and_conflicts_pass_the_role_check_for_data_entry(staffed, db):
    """Refused by the installation's own rules (a commune makes no plans), not by the role."""
    with pytest.raises(HtxError, match="cấp tổng hợp"):
        editing.create_plan(db, editing.PlanDraft("Kế hoạch", "06046"), actor=ENTRY)
    with pytest.raises(HtxError) as refused:
        conflicts.resolve_conflict(db, 1, actor=ENTRY)
    assert "không được phép" not in refused.value.message


def test_the_administrator_manages_users_and_the_receiving_unit(staffed, db):
    users.create(db, "moi", "mat-khau-moi-1", UserRole.VIEWER, actor=ADMIN)
    assert keyring.set_upstream(db, "06040", ADMIN) == "Xã Thất Khê"
    assert db.installation().upstream_code == "06040"
    assert [u.username for u in users.list_users(db)] == ["admin", "lan", "moi", "xem"]


def test_the_role_stored_for_the_user_decides_not_the_one_claimed(staffed, db, db_path):
    before = digest(db.engine)
    with pytest.raises(HtxError, match="“xem” \\(vai trò Xem\\)"):
        users.create(db, "moi", "mat-khau-moi-1", UserRole.ADMIN, actor=Actor("xem", UserRole.ADMIN.value))
    with pytest.raises(HtxError, match="“ai-do” không có hoặc đã bị vô hiệu hóa"):
        cooperatives.delete(db, staffed["coop"], Actor("ai-do", UserRole.ADMIN.value))
    with pytest.raises(HtxError, match="phải đăng nhập"):
        cooperatives.delete(db, staffed["coop"], SYSTEM)  # no user on a database that has users
    assert digest(db.engine) == before


def test_a_disabled_account_and_a_demoted_one_lose_their_rights_at_once(staffed, db):
    with db.read() as session:
        from sqlalchemy import select

        from htx_desktop.storage.models import User

        lan_id = session.scalar(select(User.id).where(User.username == "lan"))
    users.update(db, lan_id, UserRole.VIEWER, True, actor=ADMIN)
    with pytest.raises(HtxError, match="vai trò Xem"):
        cooperatives.delete(db, staffed["coop"], ENTRY)  # the session still says data entry
    users.update(db, lan_id, UserRole.DATA_ENTRY, False, actor=ADMIN)
    with pytest.raises(HtxError, match="vô hiệu hóa"):
        cooperatives.delete(db, staffed["coop"], ENTRY)


def test_refusals_are_in_english_with_htx_lang_en(staffed, db, monkeypatch):
    monkeypatch.setenv("HTX_LANG", "en")
    messages.set_language(None)
    with pytest.raises(HtxError) as refused:
        people.delete(db, staffed["person"], VIEWER)
    assert refused.value.message == (
        "The account “xem” (role: Viewer) may not add, change or delete records."
    )


def test_a_database_without_users_needs_none_but_roles_still_count(tmp_path):
    path = tmp_path / "khong-nguoi-dung.sqlite3"
    installation.initialise(path, "06046", InstallationRole.COMMUNE)
    database = open_database(path)
    try:
        coop = cooperatives.create(database, CooperativeData(name="HTX Chè", unit_code="06046"), SYSTEM)
        with pytest.raises(HtxError, match="không được phép"):
            cooperatives.delete(database, coop, Actor("", UserRole.VIEWER.value))
        admin = users.create(database, "quantri", "mat-khau-quan-tri", UserRole.ADMIN, actor=SYSTEM)
        assert admin.role == "admin"
        with pytest.raises(HtxError, match="phải đăng nhập"):  # from now on it is protected
            users.create(database, "khac", "mat-khau-khac-1", UserRole.ADMIN, actor=SYSTEM)
    finally:
        database.dispose()


def test_a_viewer_never_receives_national_ids_or_priority_groups(staffed, db):
    for actor, sees in ((ADMIN, True), (ENTRY, True), (VIEWER, False)):
        assert actor.may_see_sensitive is sees
        record = people.get(db, staffed["person"], actor.role)
        with db.read() as session:
            (row,) = SOURCES["people"].rows(session, [staffed["person"]], actor.role)
        if sees:
            assert record.national_id == row.national_id == NATIONAL_ID
            assert record.priority_groups == list(row.priority_groups) == ["trafficking_survivor"]
        else:
            assert record.national_id is None and row.national_id is None
            assert record.priority_groups == [] and row.priority_groups == ()


@pytest.fixture
def staffed_nodes(tmp_path, sync_templates):  # noqa: F811
    made = make_nodes(tmp_path, sync_templates, "xa", "tinh")
    connect(made["xa"], made["tinh"])
    for username, role in (("quantri", UserRole.ADMIN), ("lan", UserRole.DATA_ENTRY), ("xem", UserRole.VIEWER)):
        users.create(made["xa"].db, username, f"mat-khau-{username}", role, actor=SYSTEM if username == "quantri"
                     else Actor("quantri", "admin"))
    yield made
    dispose(made)


def test_data_entry_runs_sync_and_a_viewer_is_refused(staffed_nodes, tmp_path):
    xa: Node = staffed_nodes["xa"]
    out = tmp_path / "outbox"
    out.mkdir()
    cooperatives.create(xa.db, CooperativeData(name="HTX Chè Khau Phạ", unit_code="06046"), ENTRY)
    before = snapshot(xa)
    with pytest.raises(HtxError, match="không được phép xuất, nhập tệp đồng bộ"):
        service.export_file(xa.db, out, actor=VIEWER)
    assert snapshot(xa) == before and list(out.iterdir()) == []
    result = service.export_file(xa.db, out, actor=ENTRY)
    assert result.path.exists() and result.counts["cooperatives"] == 1
    tinh: Node = staffed_nodes["tinh"]
    service.import_file(tinh.db, result.path, actor=SYSTEM)  # the province has no users
    receipt = receipts.write_receipt(tinh.db, "06046", out, SYSTEM)
    with pytest.raises(HtxError, match="không được phép"):
        receipts.import_receipt(xa.db, receipt.path, VIEWER)
    assert receipts.import_receipt(xa.db, receipt.path, ENTRY).status
