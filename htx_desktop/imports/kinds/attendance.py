"""A training's attendance list: each row a person already recorded (found by CCCD, else name +
unit + birth year), with whether she attended and completed; the training comes from outside
the file (`--training`, or the training form the list is imported from)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from htx_desktop.domain import validation
from htx_desktop.domain.records import AttendanceData
from htx_desktop.imports import values
from htx_desktop.imports.kinds import cooperatives, people
from htx_desktop.imports.kinds.base import Context, Field, Kind, Resolved
from htx_desktop.imports.kinds.posts import person_of
from htx_desktop.storage.models import Attendance
from htx_desktop.storage.models.trainings import attendance_uuid

FIELDS = (
    people.NAME,
    people.BIRTH_YEAR,
    people.NATIONAL_ID,
    cooperatives.UNIT,
    Field("attended", "Có mặt", ("Tham dự", "Có tham dự", "Điểm danh"), values.yes, note="x: có mặt; để trống: có mặt"),
    Field("completed", "Hoàn thành", ("Hoàn thành khóa học", "Đạt", "Cấp chứng nhận"), values.yes),
)


def resolve(given: dict[str, Any], context: Context) -> Resolved:
    try:
        unit = context.unit_code(given.get("unit_code"))
    except values.BadValue as problem:
        return Resolved(problems={"unit_code": problem.message})
    person, problems = person_of(given, context, unit)
    if problems:
        return Resolved(problems=problems)
    completed = bool(given.get("completed"))
    attended = given.get("attended")
    data = AttendanceData(context.training_id, person, True if attended is None else bool(attended) or completed,
                          completed)
    problems = validation.check_attendance(data)
    row_id = attendance_uuid(context.training_id, person)
    existing = context.session.get(Attendance, row_id)
    target = row_id if existing is not None and not existing.deleted else None
    return Resolved(data, target, problems, person)


def write(session: Session, resolved: Resolved) -> None:
    data: AttendanceData = resolved.data
    row_id = attendance_uuid(data.training_id, data.person_id)
    row = session.get(Attendance, row_id)
    if row is None:
        row = Attendance(id=row_id, training_id=data.training_id, person_id=data.person_id)
        session.add(row)
    row.attended, row.completed, row.deleted = data.attended, data.completed, False


KIND = Kind("attendance", "Danh sách học viên", FIELDS, resolve, write, needs_training=True)
