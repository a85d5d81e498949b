"""Trainings and their attendance lists."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.domain import validation
from htx_desktop.domain.derivations import HeldPost
from htx_desktop.domain.records import AttendanceData, TrainingData
from htx_desktop.errors import NotFound
from htx_desktop.messages import tr
from htx_desktop.services.common import (
    Loaded, RowRules, changed, create_row, hold, keyed, live, load as load_row, mark_deleted, require_valid, today,
    update_row,
)
from htx_desktop.security.access import Actor, Permission
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import Attendance, Cooperative, Person, Post, Training
from htx_desktop.storage.models.trainings import attendance_uuid


RULES = RowRules(validation.check_training, "title_key", "title")


def create(database: Database, data: TrainingData, actor: Actor) -> uuid.UUID:
    return create_row(database, Training, RULES.fill, data, actor)


def update(database: Database, training_id: uuid.UUID, data: TrainingData, actor: Actor,
           expected: int | None = None) -> int:
    """`expected`: the version the form loaded (`load`); a save by someone else since is refused.
    Returns the version saved."""
    return update_row(database, Training, "training", RULES.fill, training_id, data, actor, expected)


def delete(database: Database, training_id: uuid.UUID, actor: Actor, expected: int | None = None) -> int:
    return mark_deleted(database, Training, training_id, True, actor, expected)


def restore(database: Database, training_id: uuid.UUID, actor: Actor, expected: int | None = None) -> int:
    return mark_deleted(database, Training, training_id, False, actor, expected)


def load(database: Database, training_id: uuid.UUID) -> Loaded[TrainingData]:
    """The training as its form shows it, with the version its save expects."""
    return load_row(database, Training, training_id, "training",
                    lambda row: TrainingData(**{name: getattr(row, name) for name in TrainingData.__dataclass_fields__}))


def get(database: Database, training_id: uuid.UUID) -> TrainingData:
    return load(database, training_id).data


def set_attendance(database: Database, data: AttendanceData, actor: Actor, expected: int | None = None) -> uuid.UUID:
    """Record that a person attended (and perhaps completed) a training; one row per pair.
    `expected`: the attendance's version as the list showed it (`AttendeeRow.version`, 0 when she
    was not on it); a change by someone else since is refused."""
    require_valid(validation.check_attendance(data))
    with database.transaction(actor, Permission.RECORDS) as session:
        training = live(session, Training, data.training_id, "training")
        live(session, Person, data.person_id, "person")
        row_id = attendance_uuid(data.training_id, data.person_id)
        row = keyed(session, Attendance, row_id, training, expected)
        if row is None:
            row = Attendance(id=row_id, training_id=data.training_id, person_id=data.person_id)
            session.add(row)
        row.attended, row.completed, row.deleted = data.attended, data.completed, False
        return row_id


def add_attendees(database: Database, training_id: uuid.UUID, person_ids: Iterable[uuid.UUID],
                  actor: Actor) -> tuple[int, int]:
    """Put people on the list in one transaction: (how many were added, how many were on it
    already). Someone taken off the list earlier comes back as attending, not completed."""
    with database.transaction(actor, Permission.RECORDS) as session:
        live(session, Training, training_id, "training")
        return _add(session, training_id, person_ids)


def add_cooperative_managers(database: Database, training_id: uuid.UUID, cooperative_id: uuid.UUID,
                             actor: Actor, on: date | None = None) -> tuple[int, int]:
    """Put on the list everyone who holds a post in the cooperative on the day (today):
    (how many were added, how many were on the list already)."""
    day = on or today()
    with database.transaction(actor, Permission.RECORDS) as session:
        live(session, Training, training_id, "training")
        live(session, Cooperative, cooperative_id, "cooperative")
        posts = session.execute(
            select(Post.person_id, Post.role, Person.sex, Post.started_on, Post.ended_on)
            .join(Person, Person.id == Post.person_id)
            .where(Post.cooperative_id == cooperative_id, Post.deleted.is_(False), Person.deleted.is_(False))
        ).all()
        holders = dict.fromkeys(row.person_id for row in posts if HeldPost(*row[1:]).held_on(day))
        return _add(session, training_id, holders)


def _add(session: Session, training_id: uuid.UUID, person_ids: Iterable[uuid.UUID]) -> tuple[int, int]:
    added = already = 0
    for person_id in dict.fromkeys(person_ids):
        live(session, Person, person_id, "person")
        row_id = attendance_uuid(training_id, person_id)
        row = session.get(Attendance, row_id)
        if row is not None and not row.deleted:
            already += 1
            continue
        if row is None:
            row = Attendance(id=row_id, training_id=training_id, person_id=person_id)
            session.add(row)
        row.attended, row.completed, row.deleted = True, False, False
        added += 1
    return added, already


def set_completed(database: Database, training_id: uuid.UUID, person_id: uuid.UUID, completed: bool,
                  actor: Actor, expected: int | None = None) -> None:
    """Mark one attendee as having completed the training, or not; completing means attending.
    `expected`: as for `set_attendance`."""
    with database.transaction(actor, Permission.RECORDS) as session:
        training = live(session, Training, training_id, "training")
        row_id = attendance_uuid(training_id, person_id)
        row = keyed(session, Attendance, row_id, training, expected)
        if row is None or row.deleted:
            raise NotFound(tr("not_found", what=tr("what.attendance"), id=row_id))
        row.completed = completed
        row.attended = row.attended or completed


def set_completed_for_all(database: Database, training_id: uuid.UUID, completed: bool, actor: Actor,
                          expected: Mapping[uuid.UUID, int] | None = None) -> int:
    """Mark everyone on the list as having completed the training (or no one); how many changed.
    `expected`: the list as the officer saw it, each person's attendance version
    (`AttendeeRow.version`); if anyone was added, taken off or changed since, nothing is written."""
    with database.transaction(actor, Permission.RECORDS) as session:
        training = live(session, Training, training_id, "training")
        if expected is not None:
            hold(session, training)
        listed = list(session.scalars(_listed(session, training_id)))
        if expected is not None:
            _same_list(session, training_id, listed, expected)
        return _complete(listed, completed)


def _same_list(session: Session, training_id: uuid.UUID, listed: list[Attendance],
               expected: Mapping[uuid.UUID, int]) -> None:
    """Refuse a change of the whole list if it is not the list the officer saw."""
    for row in listed:
        if expected.get(row.person_id) != row.version:
            raise changed(session, row)
    on_list = {row.person_id for row in listed}
    for person_id in expected.keys() - on_list:
        gone = session.get(Attendance, attendance_uuid(training_id, person_id))
        if gone is not None and gone.deleted:  # taken off the list since (not the person deleted)
            raise changed(session, gone)


def _listed(session: Session, training_id: uuid.UUID):  # type: ignore[no-untyped-def]
    return (select(Attendance).join(Person, Person.id == Attendance.person_id)
            .where(Attendance.training_id == training_id, Attendance.deleted.is_(False), Person.deleted.is_(False)))


def _complete(rows: Iterable[Attendance], completed: bool) -> int:
    changed = 0
    for row in rows:
        if row.completed != completed:
            row.completed = completed
            row.attended = row.attended or completed
            changed += 1
    return changed


def remove_attendance(database: Database, training_id: uuid.UUID, person_id: uuid.UUID, actor: Actor,
                      expected: int | None = None) -> None:
    """Take someone off the list (a tombstone). `expected`: as for `set_attendance`."""
    mark_deleted(database, Attendance, attendance_uuid(training_id, person_id), True, actor, expected)


@dataclass(frozen=True)
class AttendeeRow:
    person_id: uuid.UUID
    full_name: str
    birth_year: int | None
    unit_code: str
    attended: bool
    completed: bool
    version: int  # of the attendance, which a change of it expects


def attendees(database: Database, training_id: uuid.UUID) -> list[AttendeeRow]:
    with database.read() as session:
        rows = session.execute(
            select(Person.id, Person.full_name, Person.birth_year, Person.unit_code,
                   Attendance.attended, Attendance.completed, Attendance.version)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(Attendance.training_id == training_id, Attendance.deleted.is_(False), Person.deleted.is_(False))
            .order_by(Person.name_key)
        ).all()
    return [AttendeeRow(*row) for row in rows]

