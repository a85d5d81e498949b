"""Milestones: one-off achievements a plan asks for (Nam Định's "Phấn đấu thành lập Hội doanh nhân
nữ tỉnh"), recorded as done on a date by the unit that achieved them; the indicator of the same
code reads them (`queries.milestone`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.messages import tr
from htx_desktop.plans.indicators import MILESTONE, formula
from htx_desktop.security.access import Actor, Permission
from htx_desktop.services import units
from htx_desktop.services.common import keyed, today
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import Milestone
from htx_desktop.storage.models.plans import milestone_uuid
from htx_desktop.text import clean_or_none


@dataclass(frozen=True)
class Recorded:
    unit_code: str
    done_on: date
    note: str | None
    version: int  # which a change of the record expects


def _milestone_code(code: str) -> str:
    if formula(code).style != MILESTONE:
        raise HtxError(tr("plans.not_a_milestone", code=code))
    return code


def record(database: Database, code: str, unit_code: str, done_on: date | None, note: str | None,
           actor: Actor, expected: int | None = None) -> None:
    """Record (or correct) the day the unit achieved the milestone. `expected`: the record's
    version as the officer saw it (`Recorded.version`, 0 for none); a change by someone else since
    is refused."""
    _milestone_code(code)
    if done_on is None:
        raise ValidationError({"done_on": tr("plans.milestone_needs_date")})
    if done_on > today():
        raise ValidationError({"done_on": tr("plans.milestone_in_future", day=f"{done_on:%d/%m/%Y}")})
    with database.transaction(actor, Permission.RECORDS) as session:
        unit = units.get_unit(session, unit_code)
        row_id = milestone_uuid(code, unit_code)
        row = keyed(session, Milestone, row_id, unit, expected)
        if row is None:
            row = Milestone(id=row_id, code=code, unit_code=unit_code)
            session.add(row)
        row.done_on, row.note, row.deleted = done_on, clean_or_none(note), False


def clear(database: Database, code: str, unit_code: str, actor: Actor, expected: int | None = None) -> None:
    """Not done after all: the record becomes a tombstone, so the correction travels in sync.
    `expected`: as for `record`."""
    _milestone_code(code)
    with database.transaction(actor, Permission.RECORDS) as session:
        unit = units.get_unit(session, unit_code)
        row = keyed(session, Milestone, milestone_uuid(code, unit_code), unit, expected)
        if row is not None:
            row.deleted = True


def recorded(database: Database, code: str, unit_code: str) -> Recorded | None:
    with database.read() as session:
        row = session.scalar(select(Milestone).where(
            Milestone.id == milestone_uuid(code, unit_code), Milestone.deleted.is_(False)))
        return None if row is None else Recorded(row.unit_code, row.done_on, row.note, row.version)
