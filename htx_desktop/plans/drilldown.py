"""The records behind a figure: the cooperatives or people an indicator looked at, and whether each counts."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from htx_desktop.plans.indicators import formula
from htx_desktop.storage.models import Cooperative, Person, Unit


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


@dataclass(frozen=True)
class Records:
    rows: tuple[RecordRow, ...]
    total: int  # how many there are; `rows` may stop at the limit
    counted: int  # how many of them count


def records(session: Session, code: str, unit_codes: Sequence[str], start: date, end: date,
            limit: int = 2000) -> Records:
    """Counted records first, then the others (for a share: who is still missing), by name."""
    chosen = formula(code)
    found = chosen.rows(unit_codes, start, end).subquery()
    model = Person if chosen.record == "person" else Cooperative
    name = model.full_name if model is Person else model.name
    sub_kind = model.cadre_level if model is Person else model.kind
    counted = found.c.num > 0
    query = (
        select(found.c.id, name, sub_kind, found.c.unit, Unit.name, found.c.num, found.c.detail)
        .join(model, model.id == found.c.id)
        .outerjoin(Unit, Unit.code == found.c.unit)
        .order_by(counted.desc(), model.name_key, found.c.id)
        .limit(limit)
    )
    rows = tuple(
        RecordRow(chosen.record, row_id, row_name, kind, unit, unit_name or unit, float(num or 0), detail,
                  bool(num and num > 0))
        for row_id, row_name, kind, unit, unit_name, num, detail in session.execute(query)
    )
    total, counted_total = session.execute(
        select(func.count(), func.coalesce(func.sum(case((found.c.num > 0, 1), else_=0)), 0))
    ).one()
    return Records(rows, total, int(counted_total))
