"""The demo-data generator: plausible, valid, deterministic data in the installation's area."""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from htx_desktop.demo import activities, generator
from htx_desktop.demo import vocabulary as v
from htx_desktop.domain import validation
from htx_desktop.domain.enums import InstallationRole
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
from htx_desktop.services import cooperatives as cooperative_service
from htx_desktop.services.installation import initialise
from htx_desktop.storage.base import Base
from htx_desktop.storage.database import Database, open_database
from htx_desktop.storage.models import (
    Attendance,
    Cooperative,
    CooperativeYear,
    Installation,
    OcopProduct,
    Person,
    Post,
    Training,
    Unit,
)
from htx_desktop.text import search_key
from actors import ADMIN

COMMUNE = "06046"  # Xã Tràng Định, Lạng Sơn (province 20)


def _fresh(folder: Path) -> Database:
    initialise(folder / "d.db", COMMUNE, InstallationRole.COMMUNE)
    return open_database(folder / "d.db")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int]]]:
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HTX_HOME", str(folder / "home"))
        database = _fresh(folder)
        lines: list[str] = []
        counts = generator.generate(database, "commune", seed=7, progress=lines.append, actor=ADMIN)
        assert len(lines) == len(counts)
        yield database, counts
        database.dispose()


def _fields(row: object, record: type) -> dict[str, object]:
    return {name: getattr(row, name) for name in record.__dataclass_fields__ if hasattr(row, name)}


def test_counts_are_in_the_expected_ranges(demo: tuple[Database, dict[str, int]]) -> None:
    database, counts = demo
    assert 36 <= counts["cooperatives"] <= 44
    assert 1_100 <= counts["people"] <= 1_300
    assert 100 <= counts["trainings"] <= 140
    assert 3_000 <= counts["attendances"] <= 5_000
    assert 3 * counts["cooperatives"] <= counts["posts"] <= 7 * counts["cooperatives"]
    for table in ("cooperative_years", "outreach_events", "support_actions", "job_reports", "commendations",
                  "funding_entries", "ocop_products"):
        assert counts[table] > 0, table
    with database.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in counts:
                assert session.scalar(select(func.count()).select_from(table)) == counts[table.name]
        kinds = Counter(session.scalars(select(Cooperative.kind)))
        assert 0.4 < kinds["cooperative"] / counts["cooperatives"] < 0.8
        statuses = Counter(session.scalars(select(Cooperative.status)))
        assert statuses["active"] > counts["cooperatives"] / 2


def test_every_row_passes_validation(demo: tuple[Database, dict[str, int]]) -> None:
    today = date.today()  # taken now: a module-wide one is yesterday's for a suite run across midnight
    database, _ = demo
    with database.read() as session:
        founded = {}
        for row in session.scalars(select(Cooperative)):
            founded[row.id] = row.founded_on
            assert validation.check_cooperative(CooperativeData(**_fields(row, CooperativeData)), today) == {}
            assert row.founded_on is not None and date(1997, 1, 1) <= row.founded_on
            assert (row.status == "dissolved") == (row.dissolved_on is not None)
            assert (row.tax_code is not None) == (row.kind == "cooperative")
            assert row.tax_code is None or (len(row.tax_code) == 10 and row.tax_code.isdigit())
        for row in session.scalars(select(CooperativeYear)):
            assert validation.check_year_figures(YearFiguresData(**_fields(row, YearFiguresData)), today) == {}
            assert 2023 <= row.year <= 2025 and row.year >= founded[row.cooperative_id].year
        for row in session.scalars(select(OcopProduct)):
            assert validation.check_ocop(OcopProductData(**_fields(row, OcopProductData)), today) == {}
        for row in session.scalars(select(Person)):
            data = PersonData(**_fields(row, PersonData))
            data.priority_groups = row.priority_groups.split(",") if row.priority_groups else []
            assert validation.check_person(data, today) == {}, row.full_name
            assert row.priority_groups == ",".join(sorted(data.priority_groups))
            assert row.national_id is None or row.national_id.startswith("020")
            assert row.phone is None or (len(row.phone) == 10 and row.phone[:3] in v.PHONE_PREFIXES)
        for row in session.scalars(select(Post)):
            data = PostData(**_fields(row, PostData))
            assert validation.check_post(data, today, founded[row.cooperative_id]) == {}
        for row in session.scalars(select(Training)):
            assert validation.check_training(TrainingData(**_fields(row, TrainingData)), today) == {}
            assert date(2023, 1, 1) <= row.starts_on <= date(2026, 11, 30)
            for text in (row.organiser, row.place, row.title):
                assert text is None or activities.fits(text, row.starts_on), (text, row.starts_on)
        for row in session.scalars(select(Attendance)):
            assert validation.check_attendance(AttendanceData(**_fields(row, AttendanceData))) == {}


def test_text_is_nfc_and_keys_match(demo: tuple[Database, dict[str, int]]) -> None:
    database, counts = demo
    with database.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name not in counts:
                continue
            for row in session.execute(select(table)):
                for value in row:
                    if isinstance(value, str):
                        assert unicodedata.is_normalized("NFC", value), (table.name, value)
        for name, key in session.execute(select(Person.full_name, Person.name_key)):
            assert key == search_key(name)
        for name, key in session.execute(select(Cooperative.name, Cooperative.name_key)):
            assert key == search_key(name)
        for title, key in session.execute(select(Training.title, Training.title_key)):
            assert key == search_key(title)


def test_sync_columns_and_clock(demo: tuple[Database, dict[str, int]]) -> None:
    database, counts = demo
    with database.read() as session:
        installation = session.get(Installation, 1)
        assert installation is not None
        versions: list[int] = []
        for table in Base.metadata.sorted_tables:
            if table.name in counts:
                sites = set(session.scalars(select(table.c.site_id).distinct()))
                assert sites == {installation.site_id}
                assert set(session.scalars(select(table.c.owner_unit).distinct())) == {COMMUNE}
                versions += session.scalars(select(table.c.version))
        assert len(set(versions)) == len(versions)
        assert installation.clock == max(versions)


def test_units_are_real_communes_of_the_province(demo: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo
    with database.read() as session:
        communes = set(
            session.scalars(select(Unit.code).where(Unit.parent_code == "20", Unit.kind == "commune"))
        )
        used = set(session.scalars(select(Cooperative.unit_code)))
        used |= set(session.scalars(select(Person.unit_code)))
        used |= set(session.scalars(select(Training.unit_code)))
        assert used == {COMMUNE} and used <= communes


def test_people_mostly_women_with_names_of_their_ethnic_group(demo: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo
    surnames = {
        "Mông": v.HMONG_SURNAMES, "Dao": v.DAO_SURNAMES, "Thái": v.THAI_SURNAMES,
        "Tày": v.TAY_NUNG_SURNAMES, "Nùng": v.TAY_NUNG_SURNAMES, "Kinh": v.KINH_SURNAMES,
    }
    with database.read() as session:
        people = session.execute(select(Person.full_name, Person.sex, Person.ethnicity, Person.birth_year)).all()
        cadres = session.scalar(select(func.count()).where(Person.cadre_level.is_not(None)))
        priority = session.scalar(select(func.count()).where(Person.priority_groups != ""))
    women = sum(1 for row in people if row.sex == "female")
    assert 0.78 < women / len(people) < 0.92
    assert all(1955 <= row.birth_year <= 2005 for row in people)
    assert cadres > 0 and 0.08 < priority / len(people) < 0.25
    ethnicities = Counter(row.ethnicity for row in people)
    for group in ("Mông", "Dao", "Tày", "Nùng", "Kinh"):
        assert ethnicities[group] > 0, group
    for name, sex, ethnicity, _ in people:
        if ethnicity in surnames:
            assert name.split(" ")[0] in surnames[ethnicity], (name, ethnicity)
        if ethnicity == "Mông" and sex == "female":
            assert name.split(" ")[1] == "Thị" and name.split(" ")[2] in v.HMONG_FEMALE_GIVEN


def test_cooperatives_mostly_women_managed(demo: tuple[Database, dict[str, int]]) -> None:
    database, _ = demo
    with database.read() as session:
        ids = list(session.scalars(select(Cooperative.id).where(Cooperative.status != "dissolved")))
        facts = cooperative_service.facts(session, ids)
        per_coop = Counter(session.scalars(select(Post.cooperative_id)))
    assert all(3 <= count <= 7 for count in per_coop.values())
    assert sum(fact.women_managed for fact in facts.values()) >= 0.85 * len(ids)
    many = sum(fact.many_jobs_for_women for fact in facts.values())
    assert many > 0.5 * len(ids)


def _fingerprint(database: Database) -> str:
    digest = hashlib.sha256()
    with database.read() as session:
        for model, column in ((Cooperative, Cooperative.name), (Person, Person.full_name),
                              (Training, Training.title), (Attendance, Attendance.person_id),
                              (Post, Post.role)):
            for row in sorted(session.execute(select(model.id, column)).all()):
                digest.update(f"{row[0]}|{row[1]}\n".encode())
    return digest.hexdigest()


def test_same_seed_same_data(demo: tuple[Database, dict[str, int]], tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTX_HOME", str(tmp_path / "home"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = _fresh(tmp_path / "a"), _fresh(tmp_path / "b")
    try:
        generator.generate(first, "commune", seed=7, actor=ADMIN)
        generator.generate(second, "commune", seed=8, actor=ADMIN)
        assert _fingerprint(first) == _fingerprint(demo[0])
        assert _fingerprint(second) != _fingerprint(first)
    finally:
        first.dispose()
        second.dispose()


def test_refuses_a_database_with_cooperatives(demo: tuple[Database, dict[str, int]]) -> None:
    database, counts = demo
    with pytest.raises(HtxError) as caught:
        generator.generate(database, "commune", actor=ADMIN)
    assert str(counts["cooperatives"]) in caught.value.message
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == counts["people"]


def test_a_failure_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTX_HOME", str(tmp_path / "home"))
    database = _fresh(tmp_path)

    def broken(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(activities, "funding_entries", broken)
    try:
        clock = database.installation().clock  # type: ignore[union-attr]
        with pytest.raises(RuntimeError):
            generator.generate(database, "commune", actor=ADMIN)
        with database.read() as session:
            for model in (Cooperative, Person, Training, Attendance):
                assert session.scalar(select(func.count()).select_from(model)) == 0
        assert database.installation().clock == clock  # type: ignore[union-attr]
    finally:
        database.dispose()


def test_unknown_scale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTX_HOME", str(tmp_path / "home"))
    database = _fresh(tmp_path)
    try:
        with pytest.raises(ValueError):
            generator.generate(database, "country", actor=ADMIN)
    finally:
        database.dispose()


@pytest.mark.slow
def test_district_scale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTX_HOME", str(tmp_path / "home"))
    database = _fresh(tmp_path)
    try:
        counts = generator.generate(database, "district", seed=3, actor=ADMIN)
        assert 900 <= counts["cooperatives"] <= 1_100
        assert 27_000 <= counts["people"] <= 33_000
        assert 2_700 <= counts["trainings"] <= 3_300
        assert 80_000 <= counts["attendances"] <= 120_000
        with database.read() as session:
            units = set(session.scalars(select(Cooperative.unit_code).distinct()))
            assert len(units) == 10 and COMMUNE in units
            province = set(session.scalars(select(Unit.parent_code).where(Unit.code.in_(units))))
            assert province == {"20"}
            # Attendances come from people of the training's commune.
            mismatched = session.scalar(
                select(func.count())
                .select_from(Attendance)
                .join(Training, Training.id == Attendance.training_id)
                .join(Person, Person.id == Attendance.person_id)
                .where(Training.unit_code != Person.unit_code)
            )
            assert mismatched == 0
            owners = session.execute(select(Person.owner_unit, Person.unit_code).distinct()).all()
            assert all(owner == unit for owner, unit in owners)
    finally:
        database.dispose()
