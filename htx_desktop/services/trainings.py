"""Trainings and their attendance lists."""

from __future__ import annotations

import uuid

from htx_desktop.domain import validation
from htx_desktop.domain.records import AttendanceData, TrainingData
from htx_desktop.services import units
from htx_desktop.services.common import cleaned, live, mark_deleted, require_valid, today
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import Attendance, Person, Training
from htx_desktop.storage.models.trainings import attendance_uuid
from htx_desktop.text import search_key


def create(database: Database, data: TrainingData, username: str = "") -> uuid.UUID:
    values = cleaned(data)
    errors = validation.check_training(TrainingData(**values), today())
    with database.transaction(username) as session:
        if "unit" not in errors:
            units.get_unit(session, values["unit_code"])
        require_valid(errors)
        training = Training(title_key=search_key(values["title"]), **values)
        session.add(training)
        session.flush()
        return training.id


def delete(database: Database, training_id: uuid.UUID, username: str = "") -> None:
    mark_deleted(database, Training, training_id, True, username)


def set_attendance(database: Database, data: AttendanceData, username: str = "") -> uuid.UUID:
    """Record that a person attended (and perhaps completed) a training; one row per pair."""
    require_valid(validation.check_attendance(data))
    with database.transaction(username) as session:
        live(session, Training, data.training_id, "training")
        live(session, Person, data.person_id, "person")
        row_id = attendance_uuid(data.training_id, data.person_id)
        row = session.get(Attendance, row_id)
        if row is None:
            row = Attendance(id=row_id, training_id=data.training_id, person_id=data.person_id)
            session.add(row)
        row.attended, row.completed, row.deleted = data.attended, data.completed, False
        return row_id


def get(database: Database, training_id: uuid.UUID) -> TrainingData:
    with database.read() as session:
        row = live(session, Training, training_id, "training")
        return TrainingData(**{name: getattr(row, name) for name in TrainingData.__dataclass_fields__})


def restore(database: Database, training_id: uuid.UUID, username: str = "") -> None:
    mark_deleted(database, Training, training_id, False, username)
