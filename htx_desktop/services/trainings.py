"""Trainings and their attendance lists."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.domain import validation
from htx_desktop.domain.records import AttendanceData, TrainingData
from htx_desktop.services.common import create_row, fill_checked, live, mark_deleted, require_valid, update_row
from htx_desktop.security.access import Actor, Permission
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import Attendance, Person, Training
from htx_desktop.storage.models.trainings import attendance_uuid


def _fill(session: Session, training: Training, data: TrainingData) -> None:
    fill_checked(session, training, data, validation.check_training, "title_key", "title")


def create(database: Database, data: TrainingData, actor: Actor) -> uuid.UUID:
    return create_row(database, Training, _fill, data, actor)


def update(database: Database, training_id: uuid.UUID, data: TrainingData, actor: Actor) -> None:
    update_row(database, Training, "training", _fill, training_id, data, actor)


def delete(database: Database, training_id: uuid.UUID, actor: Actor) -> None:
    mark_deleted(database, Training, training_id, True, actor)


def restore(database: Database, training_id: uuid.UUID, actor: Actor) -> None:
    mark_deleted(database, Training, training_id, False, actor)


def get(database: Database, training_id: uuid.UUID) -> TrainingData:
    with database.read() as session:
        row = live(session, Training, training_id, "training")
        return TrainingData(**{name: getattr(row, name) for name in TrainingData.__dataclass_fields__})


def set_attendance(database: Database, data: AttendanceData, actor: Actor) -> uuid.UUID:
    """Record that a person attended (and perhaps completed) a training; one row per pair."""
    require_valid(validation.check_attendance(data))
    with database.transaction(actor, Permission.RECORDS) as session:
        live(session, Training, data.training_id, "training")
        live(session, Person, data.person_id, "person")
        row_id = attendance_uuid(data.training_id, data.person_id)
        row = session.get(Attendance, row_id)
        if row is None:
            row = Attendance(id=row_id, training_id=data.training_id, person_id=data.person_id)
            session.add(row)
        row.attended, row.completed, row.deleted = data.attended, data.completed, False
        return row_id


def remove_attendance(database: Database, training_id: uuid.UUID, person_id: uuid.UUID, actor: Actor) -> None:
    mark_deleted(database, Attendance, attendance_uuid(training_id, person_id), True, actor)


@dataclass(frozen=True)
class AttendeeRow:
    person_id: uuid.UUID
    full_name: str
    birth_year: int | None
    unit_code: str
    attended: bool
    completed: bool


def attendees(database: Database, training_id: uuid.UUID) -> list[AttendeeRow]:
    with database.read() as session:
        rows = session.execute(
            select(Person.id, Person.full_name, Person.birth_year, Person.unit_code,
                   Attendance.attended, Attendance.completed)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(Attendance.training_id == training_id, Attendance.deleted.is_(False), Person.deleted.is_(False))
            .order_by(Person.name_key)
        ).all()
    return [AttendeeRow(*row) for row in rows]
