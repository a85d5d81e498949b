"""Trainings given by the women's union and who attended and completed them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from htx_desktop.storage.base import Base, Synced


class Training(Synced, Base):
    __tablename__ = "trainings"
    __table_args__ = (
        Index("ix_trainings_unit_starts", "unit_code", "starts_on"),
        # What the indicators ask of a course someone completed, answered from the index alone.
        Index("ix_trainings_completion", "id", "deleted", "topic", "ends_on", "starts_on"),
    )

    title: Mapped[str] = mapped_column(String(300))
    title_key: Mapped[str] = mapped_column(String(300), index=True)
    topic: Mapped[str] = mapped_column(String(16))  # TrainingTopic
    format: Mapped[str] = mapped_column(String(16), default="in_person")  # TrainingFormat
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(200))
    organiser: Mapped[str | None] = mapped_column(String(200))
    funding_source: Mapped[str | None] = mapped_column(String(32))  # FundingSource
    target_group: Mapped[str | None] = mapped_column(String(24))  # TargetGroup
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    notes: Mapped[str | None] = mapped_column(Text)


ATTENDANCE_NAMESPACE = uuid.UUID("a4b0e0f2-5a8c-4f7e-93a1-2c6d8e0b1f22")


def attendance_uuid(training_id: uuid.UUID, person_id: uuid.UUID) -> uuid.UUID:
    """One id per training and person on every installation."""
    return uuid.uuid5(ATTENDANCE_NAMESPACE, f"{training_id}:{person_id}")


class Attendance(Synced, Base):
    __tablename__ = "attendances"
    __table_args__ = (
        UniqueConstraint("training_id", "person_id"),
        # "Did this person complete a course?", for each of a province's managers and cadres.
        Index("ix_attendances_completion", "person_id", "completed", "deleted", "training_id"),
        # The Overview's count of completions (the query spells the same condition).
        Index("ix_attendances_completed", "deleted", sqlite_where=text("completed IS 1"),
              postgresql_where=text("completed IS true")),
    )

    training_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("trainings.id"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    completed: Mapped[bool] = mapped_column(Boolean, default=False)
