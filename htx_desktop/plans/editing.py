"""An aggregating unit's own plans: create one (from scratch or from a template), add phases and
indicators, set or clear targets. Each action is one transaction; refusals change nothing.

The rows are ordinary synced rows owned by the aggregator's unit; the sync file carries them down
to its communes (plans are reference data, see `sync.scope.REFERENCE_TABLES`). A target has one
id per indicator and phase everywhere (`templates.target_uuid`), so edits merge.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.domain.enums import InstallationRole, TargetKind
from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.messages import tr
from htx_desktop.plans import catalogue
from htx_desktop.plans.indicators import formula
from htx_desktop.plans.templates import target_uuid
from htx_desktop.security.access import Actor, Permission
from htx_desktop.services import units
from htx_desktop.services.common import keyed
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import Indicator, IndicatorTarget, Installation, Plan, PlanPhase
from htx_desktop.text import clean, clean_or_none


@dataclass
class PlanDraft:
    name: str
    unit_code: str
    code: str | None = None  # default: KH-<unit>-<n>
    decision_no: str | None = None
    issued_on: date | None = None
    notes: str | None = None


def _require(session: Session, unit_code: str) -> None:
    """Only an aggregator makes plans, and only for its own area."""
    installation = session.get(Installation, 1)
    if installation is None or installation.role != InstallationRole.AGGREGATOR:
        raise HtxError(tr("plans.aggregator_only"))
    units.get_unit(session, unit_code)
    if unit_code not in units.units_under(session, installation.unit_code):
        raise HtxError(tr("plans.unit_outside", code=unit_code, own=installation.unit_code))


def _own_plan(session: Session, plan_id: uuid.UUID) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None or plan.deleted:
        raise HtxError(tr("plans.unknown_plan", plan=plan_id))
    if plan.is_template:
        raise HtxError(tr("plans.template_read_only", plan=plan.code))
    _require(session, plan.unit_code)
    return plan


def _free_code(session: Session, unit_code: str) -> str:
    taken = set(session.scalars(select(Plan.code)))
    number = 1
    while f"KH-{unit_code}-{number}" in taken:
        number += 1
    return f"KH-{unit_code}-{number}"


def create_plan(database: Database, draft: PlanDraft, copy_from: str | uuid.UUID | None = None,
                *, actor: Actor) -> uuid.UUID:
    """A new plan for a unit of the aggregator's area; with `copy_from`, its phases, indicators and targets."""
    name, code = clean(draft.name), clean_or_none(draft.code)
    errors = {}
    if not name:
        errors["name"] = tr("required", field=tr("field.plan_name"))
    elif len(name) > 300:
        errors["name"] = tr("too_long", field=tr("field.plan_name"), max=300)
    if code is not None and len(code) > 40:
        errors["code"] = tr("too_long", field=tr("field.plan_code"), max=40)
    with database.transaction(actor, Permission.RECORDS) as session:
        _require(session, draft.unit_code)
        if errors:
            raise ValidationError(errors)
        if code is not None and session.scalar(select(Plan.id).where(Plan.code == code)) is not None:
            raise HtxError(tr("plans.code_taken", code=code))
        source = catalogue.find(session, copy_from) if copy_from is not None else None
        plan = Plan(id=uuid.uuid4(), code=code or _free_code(session, draft.unit_code), name=name,
                    unit_code=draft.unit_code, decision_no=clean_or_none(draft.decision_no),
                    issued_on=draft.issued_on, is_template=False, notes=clean_or_none(draft.notes))
        session.add(plan)
        session.flush()  # the models have no relationships: parents are flushed first by hand
        if source is not None:
            phases = {}
            for phase in source.phases:
                phases[phase.code] = uuid.uuid4()
                session.add(PlanPhase(id=phases[phase.code], plan_id=plan.id, code=phase.code, name=phase.name,
                                      starts_on=phase.starts_on, ends_on=phase.ends_on))
            session.flush()
            targets = []
            for indicator in source.indicators:
                indicator_id = uuid.uuid4()
                session.add(Indicator(id=indicator_id, plan_id=plan.id, code=indicator.code, name=indicator.name,
                                      measure=indicator.measure, position=indicator.position))
                for phase_code, target in indicator.targets.items():
                    phase_id = phases[phase_code]
                    targets.append(IndicatorTarget(id=target_uuid(indicator_id, phase_id), indicator_id=indicator_id,
                                                   phase_id=phase_id, kind=target.kind, low=target.low, high=target.high))
            session.flush()
            session.add_all(targets)
            session.flush()
        return plan.id


def add_phase(database: Database, plan_id: uuid.UUID, code: str, name: str, starts_on: date, ends_on: date,
              *, actor: Actor) -> uuid.UUID:
    code, name = clean(code), clean(name)
    errors = {}
    if not code:
        errors["code"] = tr("required", field=tr("field.phase_code"))
    if not name:
        errors["name"] = tr("required", field=tr("field.phase_name"))
    if ends_on < starts_on:
        errors["ends_on"] = tr("end_before_start")
    with database.transaction(actor, Permission.RECORDS) as session:
        plan = _own_plan(session, plan_id)
        if errors:
            raise ValidationError(errors)
        existing = session.scalar(select(PlanPhase).where(PlanPhase.plan_id == plan.id, PlanPhase.code == code))
        if existing is not None and not existing.deleted:
            raise HtxError(tr("plans.phase_taken", code=code))
        phase = existing or PlanPhase(id=uuid.uuid4(), plan_id=plan.id, code=code)
        phase.name, phase.starts_on, phase.ends_on, phase.deleted = name, starts_on, ends_on, False
        session.add(phase)
        session.flush()
        return phase.id


def add_indicator(database: Database, plan_id: uuid.UUID, code: str, name: str | None = None,
                  measure: str | None = None, *, actor: Actor) -> uuid.UUID:
    """An indicator computed by the formula `code` (see `indicators.FORMULAS`); name: the formula's."""
    chosen = formula(code)
    with database.transaction(actor, Permission.RECORDS) as session:
        plan = _own_plan(session, plan_id)
        existing = session.scalar(select(Indicator).where(Indicator.plan_id == plan.id, Indicator.code == code))
        if existing is not None and not existing.deleted:
            raise HtxError(tr("plans.indicator_taken", code=code))
        last = session.scalars(select(Indicator.position).where(Indicator.plan_id == plan.id)).all()
        indicator = existing or Indicator(id=uuid.uuid4(), plan_id=plan.id, code=code)
        indicator.name = clean(name) or chosen.names[0]
        indicator.measure = clean(measure) or ("%" if chosen.share else "")
        indicator.position = existing.position if existing else max(last, default=0) + 1
        indicator.deleted = False
        session.add(indicator)
        session.flush()
        return indicator.id


def _check_target(code: str, kind: str, low: float | None, high: float | None) -> dict[str, str]:
    kinds = [k.value for k in TargetKind]
    if kind not in kinds:
        raise HtxError(tr("plans.target_kind", kind=kind, kinds=", ".join(kinds)))
    share = formula(code).share
    if share and kind != TargetKind.PERCENT_FLOOR:
        raise HtxError(tr("plans.percent_for_share", code=code))
    if not share and kind == TargetKind.PERCENT_FLOOR:
        raise HtxError(tr("plans.count_not_percent", code=code))
    field = tr("field.target_percent" if share else "field.target_low")
    errors: dict[str, str] = {}
    if low is None:
        errors["low"] = tr("required", field=field)
    elif low < 0:
        errors["low"] = tr("not_negative", field=field)
    elif share and low > 100:
        errors["low"] = tr("percent", field=field)
    if kind == TargetKind.RANGE:
        if high is None:
            errors["high"] = tr("plans.target_needs_high")
        elif low is not None and high < low:
            errors["high"] = tr("range_order")
    return errors


def set_target(database: Database, indicator_id: uuid.UUID, phase_id: uuid.UUID, kind: str, low: float | None,
               high: float | None = None, note: str | None = None, *, actor: Actor,
               expected: int | None = None) -> uuid.UUID:
    """`expected`: the target's version as the officer saw it (`Target.version`, 0 for none);
    a change by someone else since is refused."""
    with database.transaction(actor, Permission.RECORDS) as session:
        indicator = session.get(Indicator, indicator_id)
        phase = session.get(PlanPhase, phase_id)
        if indicator is None or indicator.deleted or phase is None or phase.deleted:
            raise HtxError(tr("plans.unknown_plan", plan=indicator_id if indicator is None else phase_id))
        if indicator.plan_id != phase.plan_id:
            raise HtxError(tr("plans.phase_other_plan"))
        _own_plan(session, indicator.plan_id)
        errors = _check_target(indicator.code, kind, low, high)
        if errors:
            raise ValidationError(errors)
        row_id = target_uuid(indicator_id, phase_id)
        target = keyed(session, IndicatorTarget, row_id, indicator, expected) or IndicatorTarget(
            id=row_id, indicator_id=indicator_id, phase_id=phase_id
        )
        target.kind, target.low = kind, low
        target.high = high if kind == TargetKind.RANGE else None
        target.note, target.deleted = clean_or_none(note), False
        session.add(target)
        return row_id


def clear_target(database: Database, indicator_id: uuid.UUID, phase_id: uuid.UUID, *, actor: Actor,
                 expected: int | None = None) -> None:
    with database.transaction(actor, Permission.RECORDS) as session:
        indicator = session.get(Indicator, indicator_id)
        if indicator is None:
            return  # no target can hang on it
        target = keyed(session, IndicatorTarget, target_uuid(indicator_id, phase_id), indicator, expected)
        if target is not None:
            _own_plan(session, indicator.plan_id)
            target.deleted = True


def delete_plan(database: Database, plan_id: uuid.UUID, *, actor: Actor) -> None:
    """A tombstone on the plan, so the delete travels down too."""
    with database.transaction(actor, Permission.RECORDS) as session:
        _own_plan(session, plan_id).deleted = True
