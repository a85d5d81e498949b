"""The grouped figures of a district-size demo equal the figures computed one unit at a time.

The Overview and `progress --by-commune` read each indicator with one grouped query (and the
index-steered plans of `storage.planning`); here every cell is checked against the formula run
for that commune's units alone, the area's row and its since-start figure against the formula
run for the whole area, and the Overview's counts against plain counts of the rows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from htx_desktop.cli.main import main
from htx_desktop.domain.enums import CooperativeKind, CooperativeStatus
from htx_desktop.plans import breakdown, progress
from htx_desktop.plans.areas import area_codes, commune_rows
from htx_desktop.plans.indicators import FORMULAS
from htx_desktop.services import overview
from htx_desktop.storage.database import open_database
from htx_desktop.storage.models import Attendance, Cooperative, Person, Training

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("district")
    patch = pytest.MonkeyPatch()
    patch.setenv("HTX_HOME", str(folder / "home"))
    path = folder / "district.sqlite3"
    try:
        assert main(["--db", str(path), "init", "--unit", "20", "--role", "aggregator"]) == 0
        assert main(["--db", str(path), "demo", "--scale", "district", "--seed", "5"]) == 0
    finally:
        patch.undo()
    return path


@pytest.mark.parametrize("phase", ["2025", "2030"])
def test_each_commune_cell_and_the_area_row_equal_the_formula_run_for_those_units_alone(district, phase):
    database = open_database(district)
    try:
        progress.prepare(database, None, "20")
        with database.read() as session:
            period = progress.resolve(session, None, "20", None, date(2027, 6, 30), phase)
            whole, table = breakdown.dashboard(session, period)
            rows = commune_rows(session, "20")
            area = area_codes(session, "20")
            first_day = progress.since_plan_start(period)
            assert (first_day is not None) == (phase == "2030")
            assert any(table.cell(code, i.code).numerator for code, _ in table.communes for i in table.indicators)
            for indicator in table.indicators:
                formula = FORMULAS[indicator.code]
                for code, _name in table.communes:
                    alone = formula(session, rows.members(code), period.start, period.end)
                    cell = table.cell(code, indicator.code)
                    assert (cell.numerator, cell.denominator or 0) == (alone.numerator, alone.denominator or 0), \
                        (indicator.code, code)
                row = next(r for r in whole.rows if r.code == indicator.code)
                direct = formula(session, area, period.start, period.end)
                assert (row.numerator, row.denominator, row.pending) == (
                    direct.numerator, direct.denominator, direct.pending), indicator.code
                if first_day is not None and formula.cumulative:
                    since = formula(session, area, first_day, period.end)
                    assert (row.since_start.numerator, row.since_start.denominator) == (
                        since.numerator, since.denominator)
    finally:
        database.dispose()


def test_the_overview_counts_equal_plain_counts_of_the_rows(district):
    database = open_database(district)
    try:
        with database.read() as session:
            summary = overview.summary(session, date(2027, 6, 30))
            coops = session.execute(select(Cooperative.kind, Cooperative.status, Cooperative.deleted)).all()
            alive = [kind for kind, status, deleted in coops if not deleted and status != CooperativeStatus.DISSOLVED]
            persons = [sex for sex, deleted in session.execute(select(Person.sex, Person.deleted)) if not deleted]
            completed = [1 for done, deleted in session.execute(select(Attendance.completed, Attendance.deleted))
                         if done and not deleted]
            trainings = [1 for (deleted,) in session.execute(select(Training.deleted)) if not deleted]
        assert summary.cooperatives == alive.count(CooperativeKind.COOPERATIVE)
        assert summary.groups == alive.count(CooperativeKind.GROUP)
        assert (summary.people, summary.women) == (len(persons), persons.count("female"))
        assert (summary.trainings, summary.completions) == (len(trainings), len(completed))
        assert 0 < summary.women_managed <= summary.cooperatives + summary.groups
    finally:
        database.dispose()
