"""What the union does besides trainings: outreach, support to cooperatives, jobs, commendations, funding."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from htx_desktop.storage.base import Base, Synced


class OutreachEvent(Synced, Base):
    """A communication event or campaign (tuyên truyền)."""

    __tablename__ = "outreach_events"
    __table_args__ = (Index("ix_outreach_events_unit_held", "unit_code", "held_on"),)

    title: Mapped[str] = mapped_column(String(300))  # the topic
    title_key: Mapped[str | None] = mapped_column(String(300), index=True)  # search key of the title
    held_on: Mapped[date] = mapped_column(Date)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    kind: Mapped[str | None] = mapped_column(String(16))  # OutreachKind
    platform: Mapped[str | None] = mapped_column(String(16))  # SocialPlatform, for a post
    format: Mapped[str] = mapped_column(String(16), default="in_person")  # TrainingFormat
    place: Mapped[str | None] = mapped_column(String(200))
    audience: Mapped[str | None] = mapped_column(String(200))
    participants: Mapped[int | None] = mapped_column(Integer)
    female_participants: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)


class SupportAction(Synced, Base):
    """Support given to a cooperative: advice, loan, trade fair, trademark, strengthening..."""

    __tablename__ = "support_actions"
    __table_args__ = (Index("ix_support_actions_kind_given", "kind", "given_on"),)

    cooperative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cooperatives.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))  # SupportKind
    given_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[int | None] = mapped_column(BigInteger)  # VND
    loan_source: Mapped[str | None] = mapped_column(String(200))  # the lender of a loan
    given_by: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)


class JobReport(Synced, Base):
    """Jobs for women in a cooperative for a year, reported on a date: new ones, and stable ones held."""

    __tablename__ = "job_reports"

    cooperative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cooperatives.id"), index=True)
    year: Mapped[int | None] = mapped_column(Integer)  # None only in rows older than schema 0006
    reported_on: Mapped[date] = mapped_column(Date, index=True)
    new_female_jobs: Mapped[int] = mapped_column(Integer, default=0)
    stable_female_jobs: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)


class Commendation(Synced, Base):
    """A commendation (giấy khen, bằng khen) to a person, a cooperative, a group or the union branch."""

    __tablename__ = "commendations"

    recipient_kind: Mapped[str | None] = mapped_column(String(16))  # CommendationRecipient
    title: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(16))  # CommendationLevel
    given_on: Mapped[date] = mapped_column(Date)
    decision_no: Mapped[str | None] = mapped_column(String(60))
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id"))
    cooperative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cooperatives.id"))


class FundingEntry(Synced, Base):
    """Money spent on the plan, by source."""

    __tablename__ = "funding_entries"
    __table_args__ = (Index("ix_funding_entries_unit_spent", "unit_code", "spent_on"),)

    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    spent_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(32))  # FundingSource
    amount: Mapped[int] = mapped_column(BigInteger)  # VND
    purpose: Mapped[str | None] = mapped_column(String(300))
    purpose_key: Mapped[str | None] = mapped_column(String(300), index=True)  # search key of the purpose
    training_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("trainings.id"))
