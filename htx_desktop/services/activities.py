"""What the union does besides trainings: outreach events, support given to cooperatives, job
reports, commendations and funding spent. One `RecordKind` per kind, sharing one way to validate,
write, delete and restore; plus the histories shown on a cooperative's and a person's form."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.domain import validation
from htx_desktop.domain.enums import CommendationRecipient, CooperativeKind
from htx_desktop.domain.records import (
    CommendationData,
    FundingData,
    JobReportData,
    OutreachData,
    SupportData,
)
from htx_desktop.messages import tr
from htx_desktop.security.access import Actor, Permission
from htx_desktop.services.common import Loaded, cleaned, live, load, mark_deleted, require_valid, today, update_row
from htx_desktop.storage.database import Database
from htx_desktop.text import search_key
from htx_desktop.storage.models import (
    Attendance,
    Commendation,
    Cooperative,
    FundingEntry,
    JobReport,
    OutreachEvent,
    Person,
    Post,
    SupportAction,
    Training,
)

Check = Callable[[Any, date], dict[str, str]]


def _cooperative_exists(session: Session, data: SupportData | JobReportData) -> dict[str, str]:
    if data.cooperative_id is not None:
        live(session, Cooperative, data.cooperative_id, "cooperative")
    return {}


def _recipient_fits(session: Session, data: CommendationData) -> dict[str, str]:
    """The person or cooperative commended exists, and a cooperative is of the kind chosen."""
    if data.recipient_kind == CommendationRecipient.PERSON and data.person_id is not None:
        live(session, Person, data.person_id, "person")
    if data.recipient_kind in (CommendationRecipient.COOPERATIVE, CommendationRecipient.GROUP) \
            and data.cooperative_id is not None:
        cooperative = live(session, Cooperative, data.cooperative_id, "cooperative")
        if data.recipient_kind == CommendationRecipient.COOPERATIVE and cooperative.kind == CooperativeKind.GROUP:
            return {"cooperative_id": tr("recipient_not_cooperative", name=cooperative.name)}
        if data.recipient_kind == CommendationRecipient.GROUP and cooperative.kind != CooperativeKind.GROUP:
            return {"cooperative_id": tr("recipient_not_group", name=cooperative.name)}
    return {}


def _keep_recipient_only(values: dict[str, Any]) -> None:
    """A commendation names one recipient: the person's, or the cooperative's id, or none."""
    kind = values["recipient_kind"]
    if kind != CommendationRecipient.PERSON:
        values["person_id"] = None
    if kind not in (CommendationRecipient.COOPERATIVE, CommendationRecipient.GROUP):
        values["cooperative_id"] = None


@dataclass(frozen=True)
class RecordKind:
    what: str  # key of "what.<...>" in messages
    model: type
    data: type
    check: Check
    check_in_session: Callable[[Session, Any], dict[str, str]] | None = None
    adjust: Callable[[dict[str, Any]], None] | None = None
    search: tuple[str, str] | None = None  # (key column, text column) kept in step

    def fill(self, session: Session, row: Any, data: Any) -> None:
        """Check `data` as the form's save does and write it into `row`, inside the caller's
        transaction: the form's create and update, and the Excel import."""
        from htx_desktop.services.units import get_unit

        values = cleaned(data)
        if self.adjust is not None:
            self.adjust(values)
        data = self.data(**values)
        errors = self.check(data, today())
        if "unit" not in errors and values.get("unit_code"):
            get_unit(session, values["unit_code"])
        if not errors and self.check_in_session is not None:
            errors = self.check_in_session(session, data)
        require_valid(errors)
        for key, value in values.items():
            setattr(row, key, value)
        if self.search is not None:
            key_column, text_column = self.search
            text = getattr(row, text_column)
            setattr(row, key_column, search_key(text) if text else None)

    def create(self, database: Database, data: Any, actor: Actor) -> uuid.UUID:
        with database.transaction(actor, Permission.RECORDS) as session:
            row = self.model()
            self.fill(session, row, data)
            session.add(row)
            session.flush()
            return row.id

    def update(self, database: Database, record_id: uuid.UUID, data: Any, actor: Actor,
               expected: int | None = None) -> int:
        """`expected`: the version the form loaded (`load`); a save by someone else since is refused.
        Returns the version saved."""
        return update_row(database, self.model, self.what, self.fill, record_id, data, actor, expected)

    def delete(self, database: Database, record_id: uuid.UUID, actor: Actor, expected: int | None = None) -> int:
        return mark_deleted(database, self.model, record_id, True, actor, expected)

    def restore(self, database: Database, record_id: uuid.UUID, actor: Actor, expected: int | None = None) -> int:
        return mark_deleted(database, self.model, record_id, False, actor, expected)

    def load(self, database: Database, record_id: uuid.UUID) -> Loaded[Any]:
        """The record as its form shows it, with the version its save expects."""
        return load(database, self.model, record_id, self.what,
                    lambda row: self.data(**{item.name: getattr(row, item.name) for item in fields(self.data)}))

    def get(self, database: Database, record_id: uuid.UUID) -> Any:
        return self.load(database, record_id).data


OUTREACH = RecordKind("outreach", OutreachEvent, OutreachData, validation.check_outreach,
                      search=("title_key", "title"))
SUPPORT = RecordKind("support", SupportAction, SupportData, validation.check_support, _cooperative_exists)
JOBS = RecordKind("job_report", JobReport, JobReportData, validation.check_job_report, _cooperative_exists)
COMMENDATIONS = RecordKind("commendation", Commendation, CommendationData, validation.check_commendation,
                           _recipient_fits, _keep_recipient_only)
FUNDING = RecordKind("funding", FundingEntry, FundingData, validation.check_funding,
                     search=("purpose_key", "purpose"))


# --- Histories shown on the cooperative's and the person's forms ---------------------------

@dataclass(frozen=True)
class SupportLine:
    id: uuid.UUID
    kind: str
    given_on: date
    amount: int | None
    loan_source: str | None
    given_by: str | None


@dataclass(frozen=True)
class JobLine:
    id: uuid.UUID
    year: int | None
    reported_on: date
    new_female_jobs: int
    stable_female_jobs: int


@dataclass(frozen=True)
class TrainingLine:
    id: uuid.UUID
    title: str
    starts_on: date
    ends_on: date | None
    completed: bool


@dataclass(frozen=True)
class PostLine:
    id: uuid.UUID
    role: str
    cooperative_id: uuid.UUID
    cooperative_name: str
    started_on: date | None
    ended_on: date | None


def support_of(database: Database, cooperative_id: uuid.UUID) -> list[SupportLine]:
    """The support a cooperative received, newest first."""
    with database.read() as session:
        rows = session.execute(
            select(SupportAction.id, SupportAction.kind, SupportAction.given_on, SupportAction.amount,
                   SupportAction.loan_source, SupportAction.given_by)
            .where(SupportAction.cooperative_id == cooperative_id, SupportAction.deleted.is_(False))
            .order_by(SupportAction.given_on.desc(), SupportAction.id)
        ).all()
    return [SupportLine(*row) for row in rows]


def jobs_of(database: Database, cooperative_id: uuid.UUID) -> list[JobLine]:
    """A cooperative's job reports, newest first."""
    with database.read() as session:
        rows = session.execute(
            select(JobReport.id, JobReport.year, JobReport.reported_on, JobReport.new_female_jobs,
                   JobReport.stable_female_jobs)
            .where(JobReport.cooperative_id == cooperative_id, JobReport.deleted.is_(False))
            .order_by(JobReport.reported_on.desc(), JobReport.id)
        ).all()
    return [JobLine(*row) for row in rows]


def trainings_of(database: Database, person_id: uuid.UUID) -> list[TrainingLine]:
    """The trainings a person attended, newest first, and whether she completed each."""
    with database.read() as session:
        rows = session.execute(
            select(Training.id, Training.title, Training.starts_on, Training.ends_on, Attendance.completed)
            .join(Attendance, Attendance.training_id == Training.id)
            .where(Attendance.person_id == person_id, Attendance.deleted.is_(False), Attendance.attended.is_(True),
                   Training.deleted.is_(False))
            .order_by(Training.starts_on.desc(), Training.id)
        ).all()
    return [TrainingLine(*row) for row in rows]


def posts_held(database: Database, person_id: uuid.UUID) -> list[PostLine]:
    """The management posts a person holds or held, current ones first."""
    with database.read() as session:
        rows = session.execute(
            select(Post.id, Post.role, Cooperative.id, Cooperative.name, Post.started_on, Post.ended_on)
            .join(Cooperative, Cooperative.id == Post.cooperative_id)
            .where(Post.person_id == person_id, Post.deleted.is_(False), Cooperative.deleted.is_(False))
            .order_by(Post.ended_on.is_not(None), Post.started_on.desc())
        ).all()
    return [PostLine(*row) for row in rows]


@dataclass(frozen=True)
class CooperativeChoice:
    id: uuid.UUID
    name: str
    kind: str
    unit_name: str


def cooperative_choices(database: Database, unit_code: str) -> list[CooperativeChoice]:
    """The live cooperatives and groups of the unit and the units under it, by name: what a form
    offers when a support, a job report or a commendation is recorded for one."""
    from htx_desktop.services.units import unit_names, units_under

    with database.read() as session:
        rows = session.execute(
            select(Cooperative.id, Cooperative.name, Cooperative.kind, Cooperative.unit_code)
            .where(Cooperative.unit_code.in_(units_under(session, unit_code)), Cooperative.deleted.is_(False))
            .order_by(Cooperative.name_key)
        ).all()
        names = unit_names(session, {row.unit_code for row in rows})
    return [CooperativeChoice(row.id, row.name, row.kind, names.get(row.unit_code, row.unit_code)) for row in rows]
