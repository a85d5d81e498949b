"""Outreach, support, job reports, commendations and funding in the core: each validation rule,
the services (write, read back, delete and restore, roles), the lists' filters, the histories of a
cooperative and a person, and the upgrade of older activity rows to schema 0006."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import create_engine

from actors import ADMIN
from htx_desktop.domain import validation
from htx_desktop.domain.enums import UserRole
from htx_desktop.domain.records import (
    AttendanceData,
    CommendationData,
    CooperativeData,
    FundingData,
    JobReportData,
    OutreachData,
    PersonData,
    PostData,
    SupportData,
    TrainingData,
)
from htx_desktop.errors import HtxError, NotFound, ValidationError
from htx_desktop.security.access import Actor
from htx_desktop.services import activities, cooperatives, people, trainings, users
from htx_desktop.services.listing import SOURCES, ListFilters
from htx_desktop.storage import migrations
import raw_db

TODAY = date(2026, 11, 30)


def outreach(**changes) -> OutreachData:  # type: ignore[no-untyped-def]
    return replace(OutreachData("Luật Hợp tác xã năm 2023", "06046", date(2025, 3, 12), participants=45,
                                female_participants=40), **changes)


def support(**changes) -> SupportData:  # type: ignore[no-untyped-def]
    return replace(SupportData(uuid.uuid4(), "trade_fair", date(2025, 5, 1)), **changes)


def job(**changes) -> JobReportData:  # type: ignore[no-untyped-def]
    return replace(JobReportData(uuid.uuid4(), 2025, date(2025, 12, 20), 5, 12), **changes)


# --- validation: each rule can fail ----------------------------------------------------------

def test_a_valid_record_of_each_kind_has_no_errors():
    assert validation.check_outreach(outreach(), TODAY) == {}
    assert validation.check_support(support(), TODAY) == {}
    assert validation.check_job_report(job(), TODAY) == {}
    assert validation.check_funding(FundingData("06046", "credit", 1_000_000, date(2025, 1, 1), "Vay vốn"), TODAY) == {}


def test_outreach_women_cannot_be_more_than_participants():
    errors = validation.check_outreach(outreach(participants=30, female_participants=45), TODAY)
    assert errors == {"female_participants": "Số nữ tham dự (45) không được lớn hơn số người tham dự (30)."}


def test_outreach_topic_and_date_are_required_and_the_date_not_in_the_future():
    errors = validation.check_outreach(outreach(title=" ", held_on=None), TODAY)
    assert errors == {"title": "Chủ đề không được để trống.", "held_on": "Ngày tổ chức không được để trống."}
    assert "held_on" in validation.check_outreach(outreach(held_on=date(2026, 12, 1)), TODAY)


def test_a_social_media_post_names_its_platform_and_only_a_post_has_one():
    assert validation.check_outreach(outreach(kind="social_post"), TODAY) == {
        "platform": "Bài đăng mạng xã hội: hãy chọn Facebook hoặc Zalo."}
    assert validation.check_outreach(outreach(kind="social_post", platform="zalo"), TODAY) == {}
    assert "platform" in validation.check_outreach(outreach(kind="meeting", platform="zalo"), TODAY)
    assert "kind" in validation.check_outreach(outreach(kind="webinar"), TODAY)


def test_outreach_counts_cannot_be_negative():
    assert "participants" in validation.check_outreach(outreach(participants=-1, female_participants=None), TODAY)


def test_support_needs_a_cooperative_a_kind_and_a_date():
    errors = validation.check_support(SupportData(None, "", None), TODAY)
    assert set(errors) == {"cooperative_id", "kind", "given_on"}
    assert errors["cooperative_id"] == "HTX/THT không được để trống."


def test_a_loan_needs_its_amount_and_lender_and_only_a_loan_has_a_lender():
    errors = validation.check_support(support(kind="loan"), TODAY)
    assert errors == {"amount": "Khoản vay: hãy nhập số tiền vay.",
                      "loan_source": "Khoản vay: hãy nhập nơi cho vay (ví dụ Ngân hàng Chính sách xã hội, Agribank)."}
    assert validation.check_support(support(kind="loan", amount=50_000_000, loan_source="VBSP"), TODAY) == {}
    assert "loan_source" in validation.check_support(support(loan_source="Agribank"), TODAY)
    assert "amount" in validation.check_support(support(amount=-5), TODAY)


def test_the_new_kinds_of_support_are_accepted():
    for kind in ("ecommerce", "growing_area_code", "strengthening", "insurance", "graduate_salary"):
        assert validation.check_support(support(kind=kind), TODAY) == {}


def test_a_job_report_is_not_dated_before_its_year():
    assert validation.check_job_report(job(year=2025, reported_on=date(2024, 12, 20)), TODAY) == {
        "reported_on": "Ngày báo cáo (20/12/2024) không thể trước năm báo cáo 2025."}
    assert validation.check_job_report(job(year=2025, reported_on=date(2026, 1, 15)), TODAY) == {}


def test_a_job_report_needs_a_year_not_in_the_future_and_counts_not_negative():
    assert set(validation.check_job_report(job(year=None), TODAY)) == {"year"}
    assert set(validation.check_job_report(job(year=2027, reported_on=date(2026, 1, 1)), TODAY)) == {"year"}
    errors = validation.check_job_report(job(new_female_jobs=-1, stable_female_jobs=None), TODAY)
    assert set(errors) == {"new_female_jobs", "stable_female_jobs"}


def test_a_commendation_names_its_recipient():
    base = CommendationData("Giấy khen", "06046", "person", "commune", date(2025, 9, 1))
    assert validation.check_commendation(base, TODAY) == {"person_id": "Hãy chọn người được khen thưởng."}
    assert validation.check_commendation(replace(base, recipient_kind="group"), TODAY) == {
        "cooperative_id": "Hãy chọn HTX/THT được khen thưởng."}
    assert validation.check_commendation(replace(base, recipient_kind="union_branch"), TODAY) == {}
    assert "level" in validation.check_commendation(replace(base, recipient_kind="union_branch", level="world"), TODAY)


def test_funding_needs_a_positive_amount_a_known_source_and_what_it_was_for():
    errors = validation.check_funding(FundingData("06046", "socialised", 0, date(2025, 1, 1), ""), TODAY)
    assert set(errors) == {"source", "amount", "purpose"}
    assert errors["amount"] == "Số tiền phải lớn hơn 0."


# --- services ----------------------------------------------------------------------------------

@pytest.fixture
def coop(db):
    return cooperatives.create(db, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046"), ADMIN)


@pytest.fixture
def group(db):
    return cooperatives.create(db, CooperativeData(name="THT Miến dong Bình Độ", unit_code="06046", kind="group"),
                               ADMIN)


def test_each_kind_is_written_read_back_updated_deleted_and_restored(db, coop):
    kinds = [
        (activities.OUTREACH, outreach(kind="social_post", platform="facebook", audience="  Hội viên  ")),
        (activities.SUPPORT, support(cooperative_id=coop, kind="loan", amount=50_000_000, loan_source="VBSP")),
        (activities.JOBS, job(cooperative_id=coop)),
        (activities.COMMENDATIONS, CommendationData("Giấy khen", "06046", "cooperative", "commune",
                                                    date(2025, 9, 1), cooperative_id=coop)),
        (activities.FUNDING, FundingData("06046", "sponsorship", 2_000_000, date(2025, 2, 2), "Hội nghị")),
    ]
    for kind, data in kinds:
        record_id = kind.create(db, data, ADMIN)
        stored = kind.get(db, record_id)
        assert stored == replace(data, audience="Hội viên") if kind is activities.OUTREACH else stored == data
        kind.update(db, record_id, stored, ADMIN)
        kind.delete(db, record_id, ADMIN)
        with pytest.raises(NotFound):
            kind.get(db, record_id)
        kind.restore(db, record_id, ADMIN)
        assert kind.get(db, record_id) == stored


def test_an_invalid_record_is_refused_and_nothing_is_written(db, coop):
    with pytest.raises(ValidationError) as refused:
        activities.OUTREACH.create(db, outreach(participants=10, female_participants=11), ADMIN)
    assert set(refused.value.errors) == {"female_participants"}
    with db.read() as session:
        assert SOURCES["outreach"].ids(session, ListFilters()) == []


def test_support_for_a_cooperative_that_does_not_exist_is_refused(db):
    with pytest.raises(NotFound):
        activities.SUPPORT.create(db, support(), ADMIN)


def test_a_commendation_to_a_cooperative_must_be_of_the_kind_chosen(db, coop, group):
    data = CommendationData("Giấy khen", "06046", "cooperative", "commune", date(2025, 9, 1), cooperative_id=group)
    with pytest.raises(ValidationError) as refused:
        activities.COMMENDATIONS.create(db, data, ADMIN)
    assert refused.value.errors == {"cooperative_id": "“THT Miến dong Bình Độ” là tổ hợp tác; hãy chọn "
                                                      "“Tổ hợp tác” ở ô Khen thưởng cho."}
    with pytest.raises(ValidationError):
        activities.COMMENDATIONS.create(db, replace(data, recipient_kind="group", cooperative_id=coop), ADMIN)
    assert activities.COMMENDATIONS.create(db, replace(data, recipient_kind="group"), ADMIN)


def test_a_commendation_keeps_only_the_recipient_of_its_kind(db, coop):
    hoa = people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046"), ADMIN)
    data = CommendationData("Bằng khen", "06046", "union_branch", "province", date(2025, 9, 1), person_id=hoa,
                            cooperative_id=coop)
    stored = activities.COMMENDATIONS.get(db, activities.COMMENDATIONS.create(db, data, ADMIN))
    assert stored.person_id is None and stored.cooperative_id is None
    with db.read() as session:
        rows = SOURCES["commendations"].rows(session, SOURCES["commendations"].ids(session, ListFilters()), "admin")
    assert rows[0].recipient == "Hội LHPN Xã Tràng Định"


def test_a_viewer_may_not_record_activities(db, coop):
    users.create(db, "xem", "mat-khau-chi-xem", UserRole.VIEWER, actor=ADMIN)
    with pytest.raises(HtxError, match="vai trò Xem"):
        activities.FUNDING.create(db, FundingData("06046", "credit", 1, date(2025, 1, 1), "x"), Actor("xem", "viewer"))


# --- lists ---------------------------------------------------------------------------------------

def ids(db, source: str, **filters) -> list:  # type: ignore[no-untyped-def]
    with db.read() as session:
        found = SOURCES[source].ids(session, ListFilters(**filters))
        return [SOURCES[source].name_of(row) for row in SOURCES[source].rows(session, found, "admin")]


def test_support_and_jobs_are_found_by_their_cooperative_without_diacritics(db, coop, group):
    activities.SUPPORT.create(db, support(cooperative_id=coop, given_on=date(2024, 5, 1)), ADMIN)
    activities.SUPPORT.create(db, support(cooperative_id=group, kind="strengthening"), ADMIN)
    activities.JOBS.create(db, job(cooperative_id=group, year=2024, reported_on=date(2024, 12, 1)), ADMIN)
    assert ids(db, "support", text="mien dong") == ["THT Miến dong Bình Độ"]
    assert ids(db, "support", kind="trade_fair") == ["HTX Chè Bản Piềng"]
    assert ids(db, "support", year=2024) == ["HTX Chè Bản Piềng"]
    assert ids(db, "support", unit_codes=("06040",)) == []
    assert ids(db, "jobs", year=2024) == ["THT Miến dong Bình Độ"] and ids(db, "jobs", year=2025) == []


def test_outreach_and_funding_are_found_by_words_of_their_topic(db):
    activities.OUTREACH.create(db, outreach(), ADMIN)
    activities.OUTREACH.create(db, outreach(title="Hội thi ý tưởng khởi nghiệp", kind="contest"), ADMIN)
    activities.FUNDING.create(db, FundingData("06046", "credit", 1_000, date(2025, 1, 1), "Hội nghị sơ kết"), ADMIN)
    assert ids(db, "outreach", text="hop tac xa") == ["Luật Hợp tác xã năm 2023"]
    assert ids(db, "outreach", kind="contest") == ["Hội thi ý tưởng khởi nghiệp"]
    assert ids(db, "funding", text="so ket") == ["Hội nghị sơ kết"] and ids(db, "funding", text="tap huan") == []


# --- histories on the cooperative's and the person's forms ---------------------------------------

def test_a_cooperative_history_lists_its_support_and_jobs_newest_first(db, coop, group):
    activities.SUPPORT.create(db, support(cooperative_id=coop, given_on=date(2024, 5, 1)), ADMIN)
    activities.SUPPORT.create(db, support(cooperative_id=coop, kind="strengthening", given_on=date(2025, 6, 1)), ADMIN)
    activities.SUPPORT.create(db, support(cooperative_id=group), ADMIN)
    activities.JOBS.create(db, job(cooperative_id=coop), ADMIN)
    assert [line.kind for line in activities.support_of(db, coop)] == ["strengthening", "trade_fair"]
    assert [(line.year, line.new_female_jobs) for line in activities.jobs_of(db, coop)] == [(2025, 5)]


def test_a_person_history_lists_trainings_attended_and_posts(db, coop):
    hoa = people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046"), ADMIN)
    held = trainings.create(db, TrainingData("Tập huấn quản trị", "06046", "governance", date(2025, 3, 1)), ADMIN)
    missed = trainings.create(db, TrainingData("Tập huấn số", "06046", "digital", date(2025, 4, 1)), ADMIN)
    trainings.set_attendance(db, AttendanceData(held, hoa, completed=True), ADMIN)
    trainings.set_attendance(db, AttendanceData(missed, hoa, attended=False), ADMIN)
    cooperatives.add_post(db, PostData(hoa, coop, "director", date(2024, 1, 1)), ADMIN)
    assert [(line.title, line.completed) for line in activities.trainings_of(db, hoa)] == [("Tập huấn quản trị", True)]
    assert [(line.role, line.cooperative_name) for line in activities.posts_held(db, hoa)] == [
        ("director", "HTX Chè Bản Piềng")]


# --- the upgrade of older rows ----------------------------------------------------------------------

def test_schema_0006_maps_old_funding_sources_and_fills_the_new_fields(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0005")
    connection = raw_db.connect(path)
    stamp = "'s', '06046', 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 0"
    connection.execute("INSERT INTO units (id, site_id, owner_unit, version, created_at, updated_at, deleted, code, "
                       "name, name_key, kind, division_type, national) VALUES ('u', " + stamp
                       + ", '06046', 'Xã Tràng Định', 'xa trang dinh', 'commune', 'xã', 1)")
    connection.execute(f"INSERT INTO cooperatives (id, site_id, owner_unit, version, created_at, updated_at, deleted, "
                       f"name, name_key, kind, unit_code, status, union_supported, ecommerce, digital_tools, "
                       f"value_chain, traditional_craft, trademark, traceability, agri_insurance) VALUES "
                       f"('g', {stamp}, 'THT Miến', 'tht mien', 'group', '06046', 'active', 0, 0, 0, 0, 0, 0, 0, 0)")
    for number, source in enumerate(("central_budget", "local_budget", "national_target_programme", "union",
                                     "socialised", "other")):
        connection.execute(f"INSERT INTO funding_entries (id, site_id, owner_unit, version, created_at, updated_at, "
                           f"deleted, unit_code, spent_on, source, amount, purpose) VALUES "
                           f"('f{number}', {stamp}, '06046', '2024-03-01', '{source}', 1000, 'Hội nghị sơ kết')")
    connection.execute(f"INSERT INTO job_reports (id, site_id, owner_unit, version, created_at, updated_at, deleted, "
                       f"cooperative_id, reported_on, new_female_jobs, stable_female_jobs) VALUES "
                       f"('j', {stamp}, 'g', '2024-12-20', 3, 7)")
    connection.execute(f"INSERT INTO commendations (id, site_id, owner_unit, version, created_at, updated_at, deleted, "
                       f"title, level, given_on, unit_code, cooperative_id) VALUES "
                       f"('c', {stamp}, 'Giấy khen', 'commune', '2024-05-01', '06046', 'g')")
    connection.execute(f"INSERT INTO outreach_events (id, site_id, owner_unit, version, created_at, updated_at, deleted, "
                       f"title, held_on, unit_code, format) VALUES "
                       f"('o', {stamp}, 'Tuyên truyền Luật HTX', '2024-05-01', '06046', 'in_person')")
    connection.commit()
    migrations.upgrade(engine)
    rows = dict(connection.execute("SELECT id, source FROM funding_entries").fetchall())
    assert rows == {"f0": "other", "f1": "provincial_budget", "f2": "national_target_programme", "f3": "other",
                    "f4": "sponsorship", "f5": "other"}
    assert connection.execute("SELECT DISTINCT purpose_key FROM funding_entries").fetchall() == [("hoi nghi so ket",)]
    assert connection.execute("SELECT year FROM job_reports").fetchone() == (2024,)
    assert connection.execute("SELECT recipient_kind FROM commendations").fetchone() == ("group",)
    assert connection.execute("SELECT kind, title_key FROM outreach_events").fetchone() == (
        "meeting", "tuyen truyen luat htx")
    connection.close()
    engine.dispose()
