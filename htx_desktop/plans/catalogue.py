"""Reading plans: the list, one plan with its phases, indicators and targets, and the default plan."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.domain.enums import UnitKind
from htx_desktop.errors import HtxError
from htx_desktop.messages import language, tr
from htx_desktop.plans import templates
from htx_desktop.plans.indicators import FORMULAS
from htx_desktop.plans.targets import Target
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import Indicator, IndicatorTarget, Installation, Plan, PlanPhase, Unit


@dataclass(frozen=True)
class PhaseInfo:
    id: uuid.UUID
    code: str
    name: str
    starts_on: date
    ends_on: date

    def contains(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


@dataclass(frozen=True)
class IndicatorInfo:
    id: uuid.UUID
    code: str
    name: str
    measure: str
    position: int
    targets: dict[str, Target] = field(default_factory=dict)  # phase code -> target

    @property
    def share(self) -> bool:
        formula = FORMULAS.get(self.code)
        return formula is not None and formula.share


@dataclass(frozen=True)
class PlanInfo:
    id: uuid.UUID
    code: str
    name: str
    unit_code: str
    unit_name: str
    is_template: bool
    decision_no: str | None
    issued_on: date | None
    notes: str | None
    phases: tuple[PhaseInfo, ...]
    indicators: tuple[IndicatorInfo, ...]

    def phase(self, code: str) -> PhaseInfo:
        for phase in self.phases:
            if phase.code == code:
                return phase
        raise HtxError(tr("plans.unknown_phase", plan=self.code, phase=code))

    def phase_on(self, day: date) -> PhaseInfo:
        """The phase containing the day; else the latest that started before it; else the first."""
        if not self.phases:
            raise HtxError(tr("plans.no_phase", plan=self.code))
        inside = [phase for phase in self.phases if phase.contains(day)]
        if inside:
            return inside[0]
        started = [phase for phase in self.phases if phase.starts_on <= day]
        return started[-1] if started else self.phases[0]


def _indicator_name(row: Indicator) -> str:
    """The plan's own wording; in English the formula's name when the plan kept the standard wording."""
    formula = FORMULAS.get(row.code)
    if language() == "en" and formula is not None and row.name == formula.names[0]:
        return formula.names[1]
    return row.name


def _live(model):  # type: ignore[no-untyped-def]
    return select(model).where(model.deleted.is_(False))


def plans(session: Session) -> list[PlanInfo]:
    """Every plan, own plans first, then the templates; each with phases, indicators and targets."""
    rows = session.scalars(_live(Plan).order_by(Plan.is_template, Plan.code)).all()
    ids = [row.id for row in rows]
    phases: dict[uuid.UUID, list[PlanPhase]] = {}
    for phase in session.scalars(_live(PlanPhase).where(PlanPhase.plan_id.in_(ids)).order_by(PlanPhase.starts_on)):
        phases.setdefault(phase.plan_id, []).append(phase)
    indicators: dict[uuid.UUID, list[Indicator]] = {}
    for row in session.scalars(
        _live(Indicator).where(Indicator.plan_id.in_(ids)).order_by(Indicator.position, Indicator.code)
    ):
        indicators.setdefault(row.plan_id, []).append(row)
    phase_codes = {phase.id: phase.code for found in phases.values() for phase in found}
    targets: dict[uuid.UUID, dict[str, Target]] = {}
    for target in session.scalars(_live(IndicatorTarget).where(IndicatorTarget.phase_id.in_(list(phase_codes)))):
        targets.setdefault(target.indicator_id, {})[phase_codes[target.phase_id]] = Target(
            target.kind, float(target.low or 0), None if target.high is None else float(target.high), target.version
        )
    names = dict(session.execute(select(Unit.code, Unit.name).where(Unit.code.in_({r.unit_code for r in rows}))).all())
    return [
        PlanInfo(
            row.id, row.code, row.name, row.unit_code, names.get(row.unit_code, row.unit_code), row.is_template,
            row.decision_no, row.issued_on, row.notes,
            tuple(PhaseInfo(p.id, p.code, p.name, p.starts_on, p.ends_on) for p in phases.get(row.id, [])),
            tuple(
                IndicatorInfo(i.id, i.code, _indicator_name(i), i.measure, i.position, targets.get(i.id, {}))
                for i in indicators.get(row.id, [])
            ),
        )
        for row in rows
    ]


def find(session: Session, plan: str | uuid.UUID) -> PlanInfo:
    """A plan by its id or its code (case ignored)."""
    wanted = str(plan).strip()
    for info in plans(session):
        if str(info.id) == wanted.lower() or info.code.casefold() == wanted.casefold():
            return info
    raise HtxError(tr("plans.unknown_plan", plan=wanted))


def _ancestors(session: Session, code: str) -> list[str]:
    """The unit, then the units above it (parent link, or the current unit an old one maps to)."""
    found: list[str] = []
    while code and code not in found:
        found.append(code)
        unit = session.scalar(select(Unit).where(Unit.code == code))
        if unit is None:
            break
        code = unit.current_code or unit.parent_code or ""
    return found


def province_of(session: Session, code: str) -> str | None:
    kinds = dict(session.execute(select(Unit.code, Unit.kind).where(Unit.code.in_(_ancestors(session, code)))).all())
    return next((c for c in _ancestors(session, code) if kinds.get(c) == UnitKind.PROVINCE), None)


def default_plan(session: Session) -> PlanInfo:
    """The plan for the installation's unit (or the nearest unit above, whose plan came down by sync);
    else the template of its province (Lạng Sơn: Tràng Định; others: Nam Định); else the first."""
    every = plans(session)
    if not every:
        raise HtxError(tr("plans.no_plan"))
    installation = session.get(Installation, 1)
    if installation is not None:
        own = [plan for plan in every if not plan.is_template]
        chain = _ancestors(session, installation.unit_code)
        if installation.upstream_code and installation.upstream_code not in chain:
            chain.insert(1, installation.upstream_code)
        for code in chain:
            mine = [plan for plan in own if plan.unit_code == code]
            if mine:
                return max(mine, key=lambda plan: (plan.issued_on or date.min, plan.code))
        seed = templates.template_for_province(province_of(session, installation.unit_code))
        for plan in every:
            if plan.id == templates.plan_uuid(seed.code):
                return plan
    return next((plan for plan in every if plan.is_template), every[0])


def ensure_templates(database: Database) -> None:
    """Databases set up before the templates existed get them, in their own small transaction."""
    with database.read() as session:
        if not templates.templates_missing(session):
            return
    with database.system_transaction() as session:
        templates.ensure_templates(session)


def list_plans(database: Database) -> list[PlanInfo]:
    ensure_templates(database)
    with database.read() as session:
        return plans(session)
