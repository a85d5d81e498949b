"""A person's rights over her data: export of everything held about her, correction audited,
erasure that blanks her and travels by sync; administrators only."""

from __future__ import annotations

import json
import stat
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sync_helpers import connect, dispose, make_nodes, sync_templates  # noqa: F401

from actors import ADMIN
from htx_desktop.domain.enums import UserRole
from htx_desktop.domain.records import AttendanceData, CooperativeData, PersonData, PostData, TrainingData
from htx_desktop.errors import HtxError
from htx_desktop.security.access import Actor, Permission
from htx_desktop.services import cooperatives, people, personal_data, trainings, users
from htx_desktop.storage.models import AuditEntry, Commendation, Person
from htx_desktop.sync import service

ENTRY = Actor("lan", UserRole.DATA_ENTRY.value)
VIEWER = Actor("xem", UserRole.VIEWER.value)
NATIONAL_ID = "020190004321"
SECRETS = ("Nông Thị Hoa", "Nong Thi Hoa", NATIONAL_ID, "0912345678", "Thôn Bản Piềng", "trafficking_survivor",
           "Tày", "bị lừa bán năm 2019", "1990")


def hoa(**changes: object) -> PersonData:
    values = dict(full_name="Nông Thị Hoa", unit_code="06046", sex="female", birth_year=1990, ethnicity="Tày",
                  phone="0912345678", national_id=NATIONAL_ID, address="Thôn Bản Piềng",
                  priority_groups=["trafficking_survivor"], notes="bị lừa bán năm 2019", cadre_level="commune")
    return PersonData(**(values | changes))


def add_records(database, unit: str = "06046") -> dict[str, object]:  # type: ignore[no-untyped-def]
    person = people.create(database, hoa(unit_code=unit), ADMIN)
    coop = cooperatives.create(database, CooperativeData(name="HTX Chè Bản Piềng", unit_code=unit), ADMIN)
    cooperatives.add_post(database, PostData(person, coop, "director", date(2021, 1, 1)), ADMIN)
    training = trainings.create(database, TrainingData(title="Quản trị HTX", unit_code=unit, topic="governance",
                                                       starts_on=date(2025, 3, 1), ends_on=date(2025, 3, 3)), ADMIN)
    trainings.set_attendance(database, AttendanceData(training, person, attended=True, completed=True), ADMIN)
    with database.transaction(ADMIN, Permission.RECORDS) as session:
        session.add(Commendation(title="Giấy khen phụ nữ làm kinh tế giỏi", level="commune",
                                 given_on=date(2024, 3, 8), unit_code=unit, person_id=person))
    return {"person": person, "coop": coop, "training": training}


@pytest.fixture
def staffed(db):  # type: ignore[no-untyped-def]
    users.create(db, "lan", "mat-khau-nhap-lieu", UserRole.DATA_ENTRY, "Hoàng Thị Lan", actor=ADMIN)
    users.create(db, "xem", "mat-khau-chi-xem", UserRole.VIEWER, "Lò Văn Xem", actor=ADMIN)
    return add_records(db)


def person_text(database, person_id) -> str:  # type: ignore[no-untyped-def]
    """Every column of the person row and every audit entry about it, as one text."""
    with database.read() as session:
        row = session.get(Person, person_id)
        columns = {column.key: getattr(row, column.key) for column in row.__mapper__.column_attrs}
        entries = session.scalars(select(AuditEntry.changes).where(AuditEntry.row_id == str(person_id))).all()
    return repr(columns) + "\n".join(entries)


def test_export_holds_the_person_her_posts_attendances_commendations_and_history(db, staffed, tmp_path):
    person = staffed["person"]
    people.update(db, person, hoa(phone="0987654321"), ADMIN)

    files = personal_data.export_person(db, person, tmp_path / "hoa", ADMIN)

    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    record = data["person"]
    assert record["full_name"] == "Nông Thị Hoa" and record["national_id"] == NATIONAL_ID
    assert record["priority_groups"] == ["trafficking_survivor"] and record["phone"] == "0987654321"
    assert {"birth_year", "ethnicity", "address", "notes", "cadre_level", "unit_code", "sex"} <= set(record)
    assert [(p["cooperative"], p["role"], p["started_on"]) for p in data["posts"]] == [
        ("HTX Chè Bản Piềng", "director", "2021-01-01")]
    assert [(a["training"], a["training_starts_on"], a["completed"]) for a in data["attendances"]] == [
        ("Quản trị HTX", "2025-03-01", True)]
    assert [c["title"] for c in data["commendations"]] == ["Giấy khen phụ nữ làm kinh tế giỏi"]
    assert [entry["action"] for entry in data["audit"]] == ["insert", "update"]
    assert data["audit"][1]["changes"]["phone"] == ["0912345678", "0987654321"]
    for path in (files.json_path, files.xlsx_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    book = load_workbook(files.xlsx_path)
    assert book.sheetnames == ["Thông tin", "Chức vụ", "Tập huấn", "Khen thưởng", "Lịch sử thay đổi"]
    values = [cell for row in book["Thông tin"].iter_rows(values_only=True) for cell in row]
    assert "Nông Thị Hoa" in values and NATIONAL_ID in values
    assert [row[-1] for row in book["Tập huấn"].iter_rows(values_only=True)][1:] == ["2025-03-03"]
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


def test_export_is_recorded_in_the_audit(db, staffed, tmp_path):
    personal_data.export_person(db, staffed["person"], tmp_path / "hoa.json", ADMIN)
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert (entry.username, entry.row_id, json.loads(entry.changes)) == (
        "admin", str(staffed["person"]), {"file": [None, "hoa.json"]})


def test_export_where_no_file_can_be_written_is_refused_and_records_nothing(db, staffed, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(HtxError, match="Không ghi được"):
        personal_data.export_person(db, staffed["person"], blocker / "hoa", ADMIN)
    with db.read() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).all() == []


@pytest.mark.parametrize("actor", [ENTRY, VIEWER], ids=["data_entry", "viewer"])
def test_only_an_administrator_may_export_or_erase(db, staffed, tmp_path, actor):
    person = staffed["person"]
    with pytest.raises(HtxError, match="không được phép"):
        personal_data.export_person(db, person, tmp_path / "hoa", actor)
    with pytest.raises(HtxError, match="không được phép"):
        personal_data.erase(db, person, actor)
    assert list(tmp_path.glob("hoa*")) == []
    assert people.get(db, person, "admin").national_id == NATIONAL_ID


def test_a_correction_in_the_person_form_is_audited_with_who_and_what(db, staffed):
    person = staffed["person"]
    people.update(db, person, hoa(address="Thôn Nà Pàn", national_id="020190009999"), ENTRY)
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.row_id == str(person))
                                .order_by(AuditEntry.id.desc())).first()
    changes = json.loads(entry.changes)
    assert (entry.action, entry.username) == ("update", "lan")
    assert changes == {"address": ["Thôn Bản Piềng", "Thôn Nà Pàn"], "national_id": ["***", "***"]}


def test_erasure_blanks_every_personal_field_and_keeps_nothing_identifying(db, staffed):
    person = staffed["person"]
    people.update(db, person, hoa(phone="0987654321"), ADMIN)

    personal_data.erase(db, person, ADMIN)

    with db.read() as session:
        row = session.get(Person, person)
        assert row.deleted and row.full_name == "Đã xóa theo yêu cầu"
        assert (row.birth_year, row.ethnicity, row.phone, row.national_id, row.address, row.notes) == (None,) * 6
        assert row.priority_groups == ""
        assert (row.sex, row.unit_code, row.cadre_level) == ("female", "06046", "commune")  # kept: see module
        erasure = session.scalars(select(AuditEntry).where(AuditEntry.action == "erase")).one()
    text = person_text(db, person)
    for secret in SECRETS + ("0987654321",):
        assert secret not in text
    assert erasure.username == "admin"
    assert json.loads(erasure.changes) == {field: ["***", None] for field in personal_data.PERSONAL_FIELDS}
    with pytest.raises(HtxError, match="đã được xóa"):
        personal_data.erase(db, person, ADMIN)


def test_erased_person_travels_as_a_tombstone_and_the_receiver_ends_blanked(tmp_path, sync_templates):  # noqa: F811
    nodes = make_nodes(tmp_path, sync_templates, "xa", "tinh")
    try:
        xa, tinh = nodes["xa"], nodes["tinh"]
        connect(xa, tinh)
        usb = tmp_path / "usb"
        usb.mkdir()
        person = add_records(xa.db)["person"]
        service.import_file(tinh.db, service.export_file(xa.db, usb, actor=ADMIN).path, actor=ADMIN)
        assert people.get(tinh.db, person, "admin").national_id == NATIONAL_ID

        personal_data.erase(xa.db, person, ADMIN)
        exported = service.export_file(xa.db, usb, actor=ADMIN)
        assert exported.counts["people"] == 1
        report = service.import_file(tinh.db, exported.path, actor=ADMIN)

        assert report.total("changed") == 1
        with tinh.db.read() as session:
            row = session.get(Person, person)
            assert row.deleted and row.full_name == "Đã xóa theo yêu cầu"
            assert (row.national_id, row.phone, row.address, row.birth_year, row.priority_groups) == (
                None, None, None, None, "")
        text = person_text(tinh.db, person)
        for secret in SECRETS:
            assert secret not in text
    finally:
        dispose(nodes)
