"""Plans, their phases, indicators and targets: data, so an aggregating unit can make its own."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from htx_desktop.storage.base import Base, Synced


class Plan(Synced, Base):
    __tablename__ = "plans"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"), index=True)
    decision_no: Mapped[str | None] = mapped_column(String(60))
    issued_on: Mapped[date | None] = mapped_column(Date)
    is_template: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)


class PlanPhase(Synced, Base):
    __tablename__ = "plan_phases"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id"))
    code: Mapped[str] = mapped_column(String(16))  # e.g. "2025", "2030"
    name: Mapped[str] = mapped_column(String(120))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)


class Indicator(Synced, Base):
    __tablename__ = "indicators"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plans.id"))
    code: Mapped[str] = mapped_column(String(40))  # names the formula that computes it
    name: Mapped[str] = mapped_column(String(300))
    measure: Mapped[str] = mapped_column(String(40), default="")  # HTX, lao động, %
    position: Mapped[int] = mapped_column(Integer, default=0)


class IndicatorTarget(Synced, Base):
    __tablename__ = "indicator_targets"
    __table_args__ = (UniqueConstraint("indicator_id", "phase_id"),)

    indicator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicators.id"))
    phase_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_phases.id"))
    kind: Mapped[str] = mapped_column(String(16))  # TargetKind
    low: Mapped[float | None] = mapped_column(Numeric(14, 2, asdecimal=False))
    high: Mapped[float | None] = mapped_column(Numeric(14, 2, asdecimal=False))
    note: Mapped[str | None] = mapped_column(String(300))


MILESTONE_NAMESPACE = uuid.UUID("8c3e2f71-5a94-4d0b-b6e2-3f1d7a9c4e58")


def milestone_uuid(code: str, unit_code: str) -> uuid.UUID:
    """One record per milestone and unit on every installation, so two entries of it merge."""
    return uuid.uuid5(MILESTONE_NAMESPACE, f"{code}:{unit_code}")


class Milestone(Synced, Base):
    """A one-off achievement a plan asks for (e.g. the provincial women entrepreneurs' association
    founded), recorded by the unit that achieved it."""

    __tablename__ = "milestones"
    __table_args__ = (UniqueConstraint("code", "unit_code"),)

    code: Mapped[str] = mapped_column(String(40))  # the indicator code
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    done_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(300))
