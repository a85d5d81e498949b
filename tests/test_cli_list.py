"""`htx-cli list KIND`: the live records of each of the eight kinds, with ids and names, read
through the list screens' own sources, as the command's role may see them."""

from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest

from actors import ADMIN, ADMIN_PASSWORD
from htx_desktop.cli.main import main
from htx_desktop.domain.enums import UserRole
from htx_desktop.domain.records import (
    AttendanceData,
    CommendationData,
    CooperativeData,
    FundingData,
    JobReportData,
    OutreachData,
    PersonData,
    SupportData,
    TrainingData,
)
from htx_desktop.services import activities, cooperatives, people, trainings, users

NATIONAL_ID = "020190004321"


@pytest.fixture
def filled(db, db_path):  # type: ignore[no-untyped-def]
    """One record of each kind, and one deleted support that no list shows."""
    users.create(db, "xem", "mat-khau-chi-xem", UserRole.VIEWER, actor=ADMIN)
    coop = cooperatives.create(db, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046"), ADMIN)
    hoa = people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046", birth_year=1990,
                                       national_id=NATIONAL_ID, priority_groups=["trafficking_survivor"]), ADMIN)
    course = trainings.create(db, TrainingData("Tập huấn quản trị HTX", "06046", "governance", date(2025, 3, 1)), ADMIN)
    trainings.set_attendance(db, AttendanceData(course, hoa), ADMIN)
    activities.SUPPORT.create(db, SupportData(coop, "loan", date(2025, 4, 1), 50_000_000, "Agribank"), ADMIN)
    gone = activities.SUPPORT.create(db, SupportData(coop, "trade_fair", date(2025, 5, 1)), ADMIN)
    activities.SUPPORT.delete(db, gone, ADMIN)
    activities.JOBS.create(db, JobReportData(coop, 2025, date(2025, 12, 20), 5, 12), ADMIN)
    activities.OUTREACH.create(db, OutreachData("Luật Hợp tác xã năm 2023", "06046", date(2025, 3, 12),
                                                participants=45, female_participants=40), ADMIN)
    activities.COMMENDATIONS.create(db, CommendationData("Giấy khen của Chủ tịch UBND xã", "06046", "person",
                                                         "commune", date(2025, 9, 1), person_id=hoa), ADMIN)
    activities.FUNDING.create(db, FundingData("06046", "national_target_programme", 15_000_000, date(2025, 10, 10),
                                              "In tài liệu tuyên truyền"), ADMIN)
    db.dispose()
    return db_path


def run(capsys, monkeypatch, *argv, user="admin", password=ADMIN_PASSWORD):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HTX_USER", user)
    monkeypatch.setenv("HTX_PASSWORD", password)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


NAMES = {
    "cooperatives": "HTX Chè Bản Piềng",
    "people": "Nông Thị Hoa",
    "trainings": "Tập huấn quản trị HTX",
    "support": "HTX Chè Bản Piềng",
    "jobs": "HTX Chè Bản Piềng",
    "outreach": "Luật Hợp tác xã năm 2023",
    "commendations": "Nông Thị Hoa",
    "funding": "In tài liệu tuyên truyền",
}


@pytest.mark.parametrize("kind", list(NAMES))
def test_list_gives_each_live_record_with_its_id_and_name(capsys, monkeypatch, filled, kind):
    code, out, err = run(capsys, monkeypatch, "--db", str(filled), "list", kind, "--json")
    assert code == 0, err
    records = json.loads(out)
    assert [record["name"] for record in records] == [NAMES[kind]]  # the deleted support is not listed
    assert len(records[0]["id"]) == 36 and records[0]["unit_code"] == "06046"
    code, out, err = run(capsys, monkeypatch, "--db", str(filled), "list", kind)
    assert code == 0 and NAMES[kind] in out and records[0]["id"] in out and "Xã Tràng Định (06046)" in out


def test_list_shows_what_the_screens_show_of_each_kind(capsys, monkeypatch, filled):
    code, out, _ = run(capsys, monkeypatch, "--db", str(filled), "list", "support", "--json")
    support = json.loads(out)[0]
    assert (support["kind"], support["amount"], support["loan_source"]) == ("loan", 50_000_000, "Agribank")
    code, out, _ = run(capsys, monkeypatch, "--db", str(filled), "list", "jobs", "--json")
    job = json.loads(out)[0]
    assert (job["year"], job["new_female_jobs"], job["stable_female_jobs"]) == (2025, 5, 12)
    code, out, _ = run(capsys, monkeypatch, "--db", str(filled), "list", "trainings", "--json")
    assert json.loads(out)[0]["attendees"] == 1


def test_an_administrator_sees_national_ids_and_a_viewer_never_does(capsys, monkeypatch, filled):
    code, out, _ = run(capsys, monkeypatch, "--db", str(filled), "list", "people", "--json")
    assert json.loads(out)[0]["national_id"] == NATIONAL_ID
    for kind in NAMES:
        for extra in (["--json"], []):
            code, out, err = run(capsys, monkeypatch, "--db", str(filled), "list", kind, *extra,
                                 user="xem", password="mat-khau-chi-xem")
            assert code == 0, err
            assert NATIONAL_ID not in out and "trafficking" not in out
    code, out, _ = run(capsys, monkeypatch, "--db", str(filled), "list", "people", "--json",
                       user="xem", password="mat-khau-chi-xem")
    person = json.loads(out)[0]
    assert person["name"] == "Nông Thị Hoa" and "national_id" not in person and "priority_groups" not in person


def test_an_unknown_kind_is_bad_usage(capsys, monkeypatch, filled):
    code, _, err = run(capsys, monkeypatch, "--db", str(filled), "list", "activities")
    assert code == 2 and "activities" in err


def test_an_empty_list_says_so(capsys, monkeypatch, db_path):
    code, out, _ = run(capsys, monkeypatch, "--db", str(db_path), "list", "funding")
    assert code == 0 and out.strip() == "Không tìm thấy kết quả nào."
    code, out, _ = run(capsys, monkeypatch, "--db", str(db_path), "list", "funding", "--json")
    assert json.loads(out) == []


def test_a_long_list_is_read_a_part_at_a_time_in_its_order(capsys, monkeypatch, db, db_path):
    """A province's 300,000 people are more ids than one query may carry (65,535 parameters on
    PostgreSQL): the list is read in parts, and comes out whole and in the screens' order."""
    from htx_desktop.services import list_source

    names = [f"Lò Thị {letter}" for letter in "GEDCBAF"]
    for name in names:
        people.create(db, PersonData(full_name=name, unit_code="06046"), ADMIN)
    db.dispose()
    monkeypatch.setattr(list_source, "ROWS_PER_QUERY", 3)  # seven people: three parts, the last of one
    code, out, err = run(capsys, monkeypatch, "--db", str(db_path), "list", "people", "--json")
    assert code == 0, err
    assert [record["name"] for record in json.loads(out)] == sorted(names)
