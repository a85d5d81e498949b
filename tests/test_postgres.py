"""The same storage and services on PostgreSQL, as an aggregating office may use.

Runs when HTX_TEST_POSTGRES_URL names an empty database we may wipe (`.ci/run` starts one).
"""

import os
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from htx_desktop.domain.enums import InstallationRole
from htx_desktop.domain.records import CooperativeData, PersonData, PostData, YearFiguresData
from htx_desktop.services import cooperatives, installation, people, search, stats
from htx_desktop.services.overview import summary
from htx_desktop.storage.database import open_database
from actors import ADMIN

URL = os.environ.get("HTX_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="HTX_TEST_POSTGRES_URL is not set")


@pytest.fixture
def pg():
    engine = create_engine(URL)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    installation.initialise(URL, "06046", InstallationRole.COMMUNE, admin="admin", password="mat-khau-dai")
    database = open_database(URL)
    yield database
    database.dispose()


def test_records_search_and_derived_facts_work_on_postgresql(pg):
    cooperative_id = cooperatives.create(
        pg, CooperativeData(name="Hợp tác xã Chè Tân Cương", unit_code="06046", founded_on=date(2020, 1, 1))
    , actor=ADMIN)
    chair = people.create(pg, PersonData(full_name="Nguyễn Thị Lan", unit_code="06046", birth_year=1984), actor=ADMIN)
    cooperatives.add_post(pg, PostData(chair, cooperative_id, "board_chair", date(2020, 1, 1)), actor=ADMIN)
    cooperatives.set_year_figures(pg, cooperative_id, YearFiguresData(2024, workers=12, female_workers=9), actor=ADMIN)
    cooperatives.set_year_figures(pg, cooperative_id, YearFiguresData(2024, workers=12, female_workers=10), actor=ADMIN)
    with pg.read() as session:
        assert [hit.name for hit in search.search(session, "hop tac xa")] == ["Hợp tác xã Chè Tân Cương"]
        [row] = cooperatives.rows(session, [cooperative_id])
        counts = stats.row_counts(session)
        figures = summary(session)
    assert row.women_managed and row.many_jobs_for_women
    assert counts["units"] == 3355 and counts["cooperative_years"] == 1 and counts["audit_entries"] == 5
    assert figures.women_managed == 1
    assert pg.revision() is not None and pg.installation().unit_code == "06046"


def test_plan_templates_and_every_indicator_compute_on_postgresql(pg):
    from htx_desktop.plans import breakdown, catalogue, drilldown, progress
    from htx_desktop.plans.indicators import FORMULAS

    tea = cooperatives.create(pg, CooperativeData(name="HTX Chè", unit_code="06046", founded_on=date(2024, 3, 1),
                                                  union_supported=True, union_support_on=date(2024, 3, 1)), actor=ADMIN)
    chair = people.create(pg, PersonData(full_name="Nông Thị Lan", unit_code="06046", birth_year=1984,
                                         cadre_level="commune"), actor=ADMIN)
    cooperatives.add_post(pg, PostData(chair, tea, "board_chair", date(2024, 3, 1)), actor=ADMIN)
    assert {plan.code for plan in catalogue.list_plans(pg)} == {"KH-TRANGDINH-2023", "KH-NAMDINH-2023"}
    result = progress.compute(pg, phase_code="2025", end=date(2024, 12, 31))
    assert (result.row("new_coops_many_jobs").achieved, result.row("new_coops_many_jobs").pending) == (0, 1)
    cooperatives.set_year_figures(pg, tea, YearFiguresData(year=2024, workers=10, female_workers=6), actor=ADMIN)
    result = progress.compute(pg, phase_code="2025", end=date(2024, 12, 31))
    assert result.row("new_coops_many_jobs").achieved == 1  # more than half of its workers are women
    assert (result.row("managers_trained").numerator, result.row("managers_trained").denominator) == (0, 1)
    with pg.read() as session:
        period = progress.resolve(session, unit_code="20", phase_code="2025")
        whole, table = breakdown.dashboard(session, period)
        for code, formula in FORMULAS.items():  # every formula runs, and drills down, on PostgreSQL
            formula(session, ["06046"], date(2023, 1, 1), date(2025, 12, 31))
            drilldown.records(session, code, ["06046"], date(2023, 1, 1), date(2025, 12, 31))
    assert table.cell("06046", "new_coops_many_jobs").achieved == whole.row("new_coops_many_jobs").achieved == 1


def test_the_demo_builds_a_province_office_on_postgresql_as_on_sqlite(tmp_path, capsys):
    """`htx-cli --db postgresql+psycopg://… init/demo` as the README tells an aggregating office:
    the same rows as the same demo on SQLite, and its progress computed there."""
    import json

    from htx_desktop.cli.main import main

    engine = create_engine(URL)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    results = {}
    for name, db in (("postgresql", URL), ("sqlite", str(tmp_path / "tinh.sqlite3"))):
        assert main(["--db", db, "init", "--unit", "20", "--role", "aggregator"]) == 0
        assert main(["--db", db, "demo", "--scale", "commune", "--seed", "7"]) == 0
        capsys.readouterr()
        assert main(["--db", db, "stats", "--json"]) == 0
        counts = json.loads(capsys.readouterr().out)
        assert main(["--db", db, "progress", "--unit", "20", "--json"]) == 0
        results[name] = (counts, json.loads(capsys.readouterr().out))
    counts, progress = results["postgresql"]
    engine = create_engine(URL)
    with engine.connect() as connection:  # analysed after the bulk load (-1: never), so queries plan well
        assert connection.execute(text("SELECT reltuples FROM pg_class WHERE relname = 'attendances'")).scalar() > 0
    engine.dispose()
    assert counts["cooperatives"] == 40 and counts["people"] == 1_200 and counts["attendances"] > 3_000
    assert results["postgresql"] == results["sqlite"]
    assert any(row["achieved"] for row in progress)
