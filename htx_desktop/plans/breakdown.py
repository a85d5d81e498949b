"""Progress broken down: per commune of an aggregating unit, and per year for the chart.

Per commune, a share indicator is judged against the area's floor (100% of managers trained is
asked of every commune). A count has no commune target unless the aggregator made a plan for that
commune with the same indicator and phase code; without one the cell shows the figure, not judged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from htx_desktop.plans import catalogue
from htx_desktop.plans.areas import area_codes, commune_rows
from htx_desktop.plans.catalogue import IndicatorInfo
from htx_desktop.plans.indicators import FORMULAS, Achieved
from htx_desktop.plans.progress import IndicatorProgress, Period, Progress, judge, since_plan_start
from htx_desktop.plans.targets import NO_TARGET, Target, elapsed_share
from htx_desktop.storage.database import bulk_cache

#: The main figures of the chart by year; for a share, its numerator (how many were strengthened).
CHART_CODES = ("new_coops_founded", "new_groups_founded", "strengthened_share", "new_female_jobs")


@dataclass(frozen=True)
class CommuneTable:
    indicators: tuple[IndicatorInfo, ...]
    communes: tuple[tuple[str, str], ...]  # (code, name)
    cells: dict[tuple[str, str], IndicatorProgress]  # (commune code, indicator code) -> progress

    def cell(self, commune_code: str, indicator_code: str) -> IndicatorProgress:
        return self.cells[(commune_code, indicator_code)]


def _commune_targets(session: Session, communes: set[str], phase_code: str) -> dict[tuple[str, str], Target]:
    """Targets of plans the aggregator made for single communes: (commune, indicator code) -> target."""
    found: dict[tuple[str, str], Target] = {}
    for plan in catalogue.plans(session):
        if plan.is_template or plan.unit_code not in communes:
            continue
        for indicator in plan.indicators:
            target = indicator.targets.get(phase_code)
            if target is not None:
                found.setdefault((plan.unit_code, indicator.code), target)
    return found


def by_commune(session: Session, period: Period) -> CommuneTable:
    return dashboard(session, period)[1]


def dashboard(session: Session, period: Period) -> tuple[Progress, CommuneTable]:
    """The unit's progress and its commune table from one grouped query per indicator.

    Each record counts for exactly one unit, so the unit's figure is the sum over the unit codes.
    """
    with bulk_cache(session):
        rows = commune_rows(session, period.unit_code)
        codes = area_codes(session, period.unit_code)
        elapsed = elapsed_share(period.phase.starts_on, period.phase.ends_on, period.end)
        own_targets = _commune_targets(session, {code for code, _ in rows.communes}, period.phase.code)
        indicators = tuple(i for i in period.plan.indicators if i.code in FORMULAS)
        cells: dict[tuple[str, str], IndicatorProgress] = {}
        overall: list[IndicatorProgress] = []
        first_day = since_plan_start(period)
        for indicator in indicators:
            formula = FORMULAS[indicator.code]
            since_day = first_day if first_day and formula.cumulative else None
            grouped, since = formula.by_unit_and_since(session, codes, period.start, period.end, since_day)
            per_commune: dict[str, list[Achieved]] = {}
            for unit, part in grouped.items():
                row = rows.row_of.get(unit)
                if row is not None:
                    per_commune.setdefault(row, []).append(part)
            whole = formula.combined(list(grouped.values()))  # the units' figures, not the query again
            if formula.pending is not None:
                whole = replace(whole, pending=formula.pending_count(session, codes, period.start, period.end))
            overall.append(judge(indicator, period.phase, whole, elapsed, since_start=since, plan_start=first_day))
            area_target = indicator.targets.get(period.phase.code)
            for code, _name in rows.communes:
                target = own_targets.get((code, indicator.code)) or (area_target if formula.share else None)
                judged = judge(indicator, period.phase, formula.combined(per_commune.get(code, [])), elapsed, target)
                cells[(code, indicator.code)] = judged if target is not None else _unjudged(judged)
        progress = Progress(period.plan, period.phase, period.unit_code, period.unit_name, period.start, period.end,
                            elapsed, tuple(overall))
        return progress, CommuneTable(indicators, rows.communes, cells)


def _unjudged(progress: IndicatorProgress) -> IndicatorProgress:
    return replace(progress, target=None, percentage=None, status=NO_TARGET)


@dataclass(frozen=True)
class YearlyFigures:
    years: tuple[int, ...]
    series: dict[str, tuple[float, ...]]  # indicator code -> one figure per year


def yearly(session: Session, unit_code: str, first_year: int, as_of: date,
           codes: tuple[str, ...] = CHART_CODES) -> YearlyFigures:
    """Each main figure for each calendar year from `first_year` to the year of `as_of` (cut at it)."""
    with bulk_cache(session):  # the same pages read again for every year: decrypted once
        area = area_codes(session, unit_code)
        years = tuple(range(first_year, as_of.year + 1))
        series: dict[str, tuple[float, ...]] = {}
        for code in codes:
            formula = FORMULAS[code]
            values = []
            for year in years:
                achieved = formula(session, area, date(year, 1, 1), min(date(year, 12, 31), as_of))
                values.append(achieved.numerator)
            series[code] = tuple(values)
        return YearlyFigures(years, series)
