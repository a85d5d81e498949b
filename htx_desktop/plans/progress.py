"""Progress against a plan's targets, for a unit and a date range: what the Overview and `htx-cli progress` show.

`compute(database, plan=..., unit_code=..., start=..., end=..., phase_code=...)` fills in the
defaults (plan: see `catalogue.default_plan`; unit: the installation's; phase: the one containing
`end` or today; range: from the phase's start to today, or to the phase's end when it is over)
and returns a `Progress` of plain values. `by_commune` and `yearly` give the commune table and the
chart; `drilldown.records` the records behind a figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from htx_desktop.errors import HtxError
from htx_desktop.messages import tr
from htx_desktop.plans import catalogue, templates
from htx_desktop.plans.areas import area_codes
from htx_desktop.plans.catalogue import IndicatorInfo, PhaseInfo, PlanInfo
from htx_desktop.plans.indicators import COUNT, DATED, FORMULAS, MILESTONE, SHARE, Achieved
from htx_desktop.plans.targets import Target, elapsed_share, number_text, percentage, status
from htx_desktop.services import units
from htx_desktop.services.common import today as current_day
from htx_desktop.storage.database import Database, bulk_cache
from htx_desktop.storage.models import Installation


@dataclass(frozen=True)
class IndicatorProgress:
    code: str
    name: str
    description: str
    measure: str
    share: bool  # achieved is a percentage of `denominator` records
    target: Target | None
    achieved: float | None
    numerator: float
    denominator: int | None
    percentage: float | None  # achieved ÷ goal × 100
    status: str  # targets.MET, ON_TRACK, BEHIND, NO_TARGET, NO_DATA
    reads_as: str = COUNT  # indicators.COUNT, SHARE, MILESTONE, DATED
    latest: date | None = None  # a milestone's date, the latest dated record
    pending: int = 0  # records not counted yet for want of data (see `pending_text`)
    pending_what: str = ""
    since_start: Achieved | None = None  # a later phase: the same figure since the plan began
    plan_start: date | None = None

    @property
    def target_text(self) -> str:
        return self.target.text() if self.target else "—"

    @property
    def achieved_text(self) -> str:
        figure = self._figure_text(self.achieved, self.numerator, self.denominator, self.latest)
        return f"{figure} (+{self.pending_text})" if self.pending else figure

    def _figure_text(self, achieved: float | None, numerator: float, denominator: int | None,
                     latest: date | None) -> str:
        if self.reads_as == MILESTONE:
            return tr("plans.milestone.done", day=f"{latest:%d/%m/%Y}") if latest else tr("plans.milestone.not_yet")
        if achieved is None:
            return "—"
        if self.reads_as == SHARE:
            return f"{number_text(round(achieved, 1))}% ({number_text(numerator)}/{number_text(denominator or 0)})"
        if self.reads_as == DATED and latest is not None:
            return tr("plans.latest", count=number_text(achieved), day=f"{latest:%d/%m/%Y}")
        return number_text(achieved)

    @property
    def pending_text(self) -> str:
        """"2 chưa có số liệu lao động": records the figure leaves out until their data is entered."""
        return tr("plans.pending", count=number_text(self.pending), what=self.pending_what) if self.pending else ""

    @property
    def since_start_figure(self) -> str:
        """The same figure since the plan began (a later phase), or "" for the first phase."""
        if self.since_start is None or self.plan_start is None:
            return ""
        figure = self.since_start
        return self._figure_text(figure.value, figure.numerator, figure.denominator, figure.latest)

    @property
    def since_start_text(self) -> str:
        """The figure since the plan began with its first day, e.g. "5 (từ 01/01/2023)"."""
        figure = self.since_start_figure
        return tr("plans.since_start", day=f"{self.plan_start:%d/%m/%Y}", achieved=figure) if figure else ""

    @property
    def percentage_text(self) -> str:
        return "—" if self.percentage is None else f"{number_text(round(self.percentage, 1))}%"

    @property
    def status_text(self) -> str:
        return tr(f"plans.status.{self.status}")

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "measure": self.measure,
            "target": self.target_text if self.target else None,
            "target_kind": self.target.kind if self.target else None,
            "target_low": self.target.low if self.target else None,
            "target_high": self.target.high if self.target else None,
            "achieved": None if self.achieved is None else round(self.achieved, 2),
            "numerator": self.numerator,
            "denominator": self.denominator,
            "percentage": None if self.percentage is None else round(self.percentage, 1),
            "status": self.status,
            "description": self.description,
            "latest": self.latest.isoformat() if self.latest else None,
            "pending": self.pending,
            "pending_text": self.pending_text or None,
            "since_plan_start": None if self.since_start is None else {
                "from": self.plan_start.isoformat() if self.plan_start else None,
                "achieved": None if self.since_start.value is None else round(self.since_start.value, 2),
                "numerator": self.since_start.numerator,
                "denominator": self.since_start.denominator,
            },
        }


@dataclass(frozen=True)
class Progress:
    plan: PlanInfo
    phase: PhaseInfo
    unit_code: str
    unit_name: str
    start: date
    end: date  # the as-of date
    elapsed: float  # share of the phase's time gone by `end`
    rows: tuple[IndicatorProgress, ...]

    def row(self, code: str) -> IndicatorProgress:
        return next(row for row in self.rows if row.code == code)


@dataclass(frozen=True)
class Period:
    """A resolved request: which plan, phase, unit and dates."""

    plan: PlanInfo
    phase: PhaseInfo
    unit_code: str
    unit_name: str
    start: date
    end: date


def judge(indicator: IndicatorInfo, phase: PhaseInfo, achieved: Achieved, elapsed: float,
          target: Target | None = None, since_start: Achieved | None = None,
          plan_start: date | None = None) -> IndicatorProgress:
    formula = FORMULAS.get(indicator.code)
    target = target if target is not None else indicator.targets.get(phase.code)
    reads_as = formula.reads_as if formula else COUNT
    share_of_goal = percentage(target, achieved.value)
    if reads_as in (MILESTONE, DATED) and share_of_goal is not None:  # done or not: 300% would mean nothing
        share_of_goal = min(share_of_goal, 100.0)
    return IndicatorProgress(
        indicator.code, indicator.name, formula.description if formula else "", indicator.measure,
        bool(formula and formula.share), target, achieved.value, achieved.numerator, achieved.denominator,
        share_of_goal, status(target, achieved.value, elapsed), reads_as, achieved.latest, achieved.pending,
        formula.pending_text if formula else "", since_start, plan_start if since_start else None,
    )


def since_plan_start(period: Period) -> date | None:
    """The plan's first day, when the period starts later (a later phase: "đến năm 2030" counts
    from the start); None when the period already starts there."""
    first = min((phase.starts_on for phase in period.plan.phases), default=period.start)
    return first if first < period.start else None


def resolve(session: Session, plan: str | None = None, unit_code: str | None = None, start: date | None = None,
            end: date | None = None, phase_code: str | None = None, today: date | None = None) -> Period:
    today = today or current_day()
    installation = session.get(Installation, 1)
    unit_code = unit_code or (installation.unit_code if installation else None)
    if not unit_code:
        raise HtxError(tr("db_not_initialised", path="?"))
    unit = units.get_unit(session, unit_code)
    chosen = catalogue.find(session, plan) if plan else catalogue.default_plan(session)
    if phase_code:
        phase = chosen.phase(phase_code)
    else:
        phase = chosen.phase_on(end or today)
    start = start or phase.starts_on
    end = end or max(phase.starts_on, min(today, phase.ends_on))
    if start > end:
        raise HtxError(tr("plans.from_after_to", start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"))
    return Period(chosen, phase, unit.code, unit.name, start, end)


def measure(session: Session, period: Period) -> Progress:
    with bulk_cache(session):  # see `dashboard`: each page read once, not per indicator
        codes = area_codes(session, period.unit_code)
        elapsed = elapsed_share(period.phase.starts_on, period.phase.ends_on, period.end)
        first_day = since_plan_start(period)
        rows = []
        for indicator in period.plan.indicators:
            formula = FORMULAS.get(indicator.code)
            if formula is None:  # a code from a newer version of the program: shown, not computed
                continue
            achieved = formula(session, codes, period.start, period.end)
            since = formula(session, codes, first_day, period.end) if first_day and formula.cumulative else None
            rows.append(judge(indicator, period.phase, achieved, elapsed, since_start=since, plan_start=first_day))
        return Progress(period.plan, period.phase, period.unit_code, period.unit_name, period.start, period.end,
                        elapsed, tuple(rows))


def prepare(database: Database, plan: str | None = None, unit_code: str | None = None) -> None:
    """Check the unit, and add the templates to a database made before them.

    A refused request must change nothing, so an unknown unit or plan is refused before anything
    is added.
    """
    with database.read() as session:
        if unit_code:
            units.get_unit(session, unit_code)
        if not templates.templates_missing(session):
            return
        if plan:
            known = {p.code.casefold() for p in catalogue.plans(session)} | {str(p.id) for p in catalogue.plans(session)}
            known |= {seed.code.casefold() for seed in templates.TEMPLATES}
            known |= {str(templates.plan_uuid(seed.code)) for seed in templates.TEMPLATES}
            if plan.strip().casefold() not in known:
                raise HtxError(tr("plans.unknown_plan", plan=plan.strip()))
    catalogue.ensure_templates(database)


def compute(database: Database, plan: str | None = None, unit_code: str | None = None, start: date | None = None,
            end: date | None = None, phase_code: str | None = None, today: date | None = None) -> Progress:
    prepare(database, plan, unit_code)
    with database.read() as session:
        return measure(session, resolve(session, plan, unit_code, start, end, phase_code, today))
