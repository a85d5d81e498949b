"""The service layer as the GUI and CLI use it."""

import unicodedata
from datetime import date

import pytest
from sqlalchemy import select

from htx_desktop.domain.records import CooperativeData, OcopProductData, PersonData, PostData, YearFiguresData
from htx_desktop.errors import HtxError, NotFound, ValidationError
from htx_desktop.services import cooperatives, people, search
from htx_desktop.storage.models import Cooperative, Person
from actors import ADMIN


def make_cooperative(db, name="Hợp tác xã Chè Tân Cương", **extra):
    return cooperatives.create(db, CooperativeData(name=name, unit_code="06046", **extra), actor=ADMIN)


def make_person(db, name="Nguyễn Thị Lan", sex="female", birth_year=1984, **extra):
    return people.create(db, PersonData(full_name=name, unit_code="06046", sex=sex, birth_year=birth_year, **extra), actor=ADMIN)


def test_text_is_stored_in_nfc_even_when_typed_decomposed(db):
    cooperative_id = make_cooperative(db, name=unicodedata.normalize("NFD", " Hợp tác xã  Hồi "))
    stored = cooperatives.get(db, cooperative_id).name
    assert stored == "Hợp tác xã Hồi"
    assert unicodedata.is_normalized("NFC", stored)


def test_search_ignores_diacritics_case_and_word_order(db):
    make_cooperative(db)
    make_person(db)
    make_person(db, name="Nguyễn Văn Lâm", sex="male")
    with db.read() as session:
        assert [hit.name for hit in search.search(session, "hop tac xa")] == ["Hợp tác xã Chè Tân Cương"]
        assert [hit.name for hit in search.search(session, "nguyen thi lan")] == ["Nguyễn Thị Lan"]
        assert [hit.name for hit in search.search(session, "LAN nguyen")] == ["Nguyễn Thị Lan"]
        decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Lan")
        assert [hit.name for hit in search.search(session, decomposed)] == ["Nguyễn Thị Lan"]
        assert search.search(session, "100%") == []


def test_deleted_records_are_not_found_and_can_be_restored(db):
    cooperative_id = make_cooperative(db)
    cooperatives.delete(db, cooperative_id, actor=ADMIN)
    with db.read() as session:
        assert search.search(session, "tan cuong") == []
        assert session.get(Cooperative, cooperative_id).deleted  # a tombstone, not gone
    with pytest.raises(NotFound):
        cooperatives.get(db, cooperative_id)
    cooperatives.restore(db, cooperative_id, actor=ADMIN)
    assert cooperatives.get(db, cooperative_id).name == "Hợp tác xã Chè Tân Cương"


def test_unknown_unit_is_refused_and_nothing_is_written(db):
    with pytest.raises(HtxError, match="Không có đơn vị hành chính mã “12345”"):
        cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="12345"), actor=ADMIN)
    with db.read() as session:
        assert session.scalars(select(Cooperative)).all() == []


def test_invalid_input_reports_every_field(db):
    with pytest.raises(ValidationError) as caught:
        people.create(db, PersonData(full_name="", unit_code="06046", birth_year=1800, phone="123"), actor=ADMIN)
    assert set(caught.value.errors) == {"full_name", "birth_year", "phone"}
    with db.read() as session:
        assert session.scalars(select(Person)).all() == []


def test_woman_chair_and_mostly_female_workers_are_derived(db):
    cooperative_id = make_cooperative(db, founded_on=date(2020, 1, 1))
    chair = make_person(db)
    director = make_person(db, name="Hoàng Văn Nam", sex="male")
    cooperatives.add_post(db, PostData(director, cooperative_id, "director", date(2020, 1, 1)), actor=ADMIN)
    cooperatives.set_year_figures(db, cooperative_id, YearFiguresData(2024, workers=12, female_workers=9), actor=ADMIN)
    with db.read() as session:
        [row] = cooperatives.rows(session, [cooperative_id])
    assert not row.women_managed and row.many_jobs_for_women and row.female_worker_share == 0.75

    cooperatives.add_post(db, PostData(chair, cooperative_id, "board_chair", date(2021, 1, 1)), actor=ADMIN)
    cooperatives.add_ocop_product(db, cooperative_id, OcopProductData("Chè Tân Cương", 4), actor=ADMIN)
    with db.read() as session:
        [row] = cooperatives.rows(session, [cooperative_id])
    assert row.women_managed and row.ocop_stars == 4


def test_ending_the_only_womans_post_ends_women_management(db):
    cooperative_id = make_cooperative(db, founded_on=date(2020, 1, 1))
    post_id = cooperatives.add_post(db, PostData(make_person(db), cooperative_id, "director", date(2020, 1, 1)), actor=ADMIN)
    cooperatives.end_post(db, post_id, date(2024, 12, 31), actor=ADMIN)
    with db.read() as session:
        assert not cooperatives.facts(session, [cooperative_id], date(2025, 6, 1))[cooperative_id].women_managed
        assert cooperatives.facts(session, [cooperative_id], date(2024, 6, 1))[cooperative_id].women_managed


def test_year_figures_are_one_row_per_year_and_can_be_corrected(db):
    cooperative_id = make_cooperative(db)
    cooperatives.set_year_figures(db, cooperative_id, YearFiguresData(2024, workers=10, female_workers=4), actor=ADMIN)
    cooperatives.set_year_figures(db, cooperative_id, YearFiguresData(2024, workers=10, female_workers=6), actor=ADMIN)
    figures = cooperatives.year_figures(db, cooperative_id)
    assert [(f.year, f.female_workers) for f in figures] == [(2024, 6)]


def test_likely_duplicate_person_is_found_ignoring_diacritics(db):
    existing = make_person(db)
    assert people.likely_duplicates(db, "NGUYEN THI LAN", 1984, "06046") == [existing]
    assert people.likely_duplicates(db, "Nguyễn Thị Lan", 1990, "06046") == []
    assert people.likely_duplicates(db, "Nguyễn Thị Lan", 1984, "06046", exclude=existing) == []


def test_viewers_never_see_national_id_or_priority_groups(db):
    person_id = make_person(db, national_id="020184001234", priority_groups=["trafficking_survivor"])
    assert people.get(db, person_id, role="viewer").national_id is None
    assert people.get(db, person_id, role="viewer").priority_groups == []
    assert people.get(db, person_id, role="data_entry").national_id == "020184001234"
    with db.read() as session:
        [viewer_row] = people.rows(session, [person_id], "viewer")
        [admin_row] = people.rows(session, [person_id], "admin")
    assert viewer_row.national_id is None and viewer_row.priority_groups == ()
    assert admin_row.priority_groups == ("trafficking_survivor",)


def test_initialise_stores_the_administrators_full_name(tmp_path):
    from htx_desktop.domain.enums import InstallationRole
    from htx_desktop.services import installation, users
    from htx_desktop.storage.database import open_database

    target = tmp_path / "htx.sqlite3"
    installation.initialise(target, "06046", InstallationRole.COMMUNE, admin="mai", password="mat-khau-dai",
                            full_name="Hoàng Thị Mai")
    database = open_database(target)
    try:
        assert [(u.username, u.full_name) for u in users.list_users(database)] == [("mai", "Hoàng Thị Mai")]
    finally:
        database.dispose()
