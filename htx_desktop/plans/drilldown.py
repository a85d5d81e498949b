"""The records behind a figure: the cooperatives or people an indicator looked at, and whether each counts."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from htx_desktop.plans.indicators import formula
from htx_desktop.storage.models import Commendation, Cooperative, Milestone, Person, Unit


@dataclass(frozen=True)
class RecordRow:
    kind: str  # "cooperative" or "person"
    id: uuid.UUID
    name: str
    sub_kind: str | None  # a cooperative's kind (cooperative, group); a person's cadre level
    unit_code: str
    unit_name: str
    value: float  # what the record adds: 1 or 0 for counts and shares, the jobs for sums
    detail: date | None  # the founding, report, strengthening or training date
    counted: bool
    note: str = ""  # why a record is not counted yet (e.g. "chưa có số liệu lao động")


@dataclass(frozen=True)
class Records:
    rows: tuple[RecordRow, ...]
    total: int  # how many there are; `rows` may stop at the limit
    counted: int  # how many of them count


#: For each kind of record: the model, its name, its sub-kind and the column it sorts by.
_SHOWN = {
    "cooperative": (Cooperative, Cooperative.name, Cooperative.kind, Cooperative.name_key),
    "person": (Person, Person.full_name, Person.cadre_level, Person.name_key),
    "commendation": (Commendation, Commendation.title, Commendation.level, Commendation.title),
    "milestone": (Milestone, func.coalesce(Milestone.note, Milestone.code), literal(None), Milestone.code),
}


def records(session: Session, code: str, unit_codes: Sequence[str], start: date, end: date,
            limit: int = 2000) -> Records:
    """Counted records first, then the others (for a share: who is still missing), by name; then the
    records the figure leaves out for want of data, each with what is missing."""
    chosen = formula(code)
    model, name, sub_kind, order = _SHOWN[chosen.record]
    found = chosen.rows(unit_codes, start, end).subquery()
    counted = found.c.num > 0
    query = (
        select(found.c.id, name, sub_kind, found.c.unit, Unit.name, found.c.num, found.c.detail)
        .join(model, model.id == found.c.id)
        .outerjoin(Unit, Unit.code == found.c.unit)
        .order_by(counted.desc(), order, found.c.id)
        .limit(limit)
    )
    rows = [
        RecordRow(chosen.record, row_id, row_name, kind, unit, unit_name or unit, float(num or 0), detail,
                  bool(num and num > 0))
        for row_id, row_name, kind, unit, unit_name, num, detail in session.execute(query)
    ]
    total, counted_total = session.execute(
        select(func.count(), func.coalesce(func.sum(case((found.c.num > 0, 1), else_=0)), 0))
    ).one()
    waiting = chosen.pending_rows(unit_codes, start, end)
    if waiting is not None:
        left_out = waiting.subquery()
        pending = session.execute(
            select(left_out.c.id, name, sub_kind, left_out.c.unit, Unit.name, left_out.c.detail)
            .join(model, model.id == left_out.c.id)
            .outerjoin(Unit, Unit.code == left_out.c.unit)
            .order_by(order, left_out.c.id)
            .limit(max(0, limit - len(rows)))
        )
        rows += [RecordRow(chosen.record, row_id, row_name, kind, unit, unit_name or unit, 0.0, detail, False,
                           chosen.pending_text)
                 for row_id, row_name, kind, unit, unit_name, detail in pending]
        total += session.scalar(select(func.count()).select_from(left_out)) or 0
    return Records(tuple(rows), total, int(counted_total))
