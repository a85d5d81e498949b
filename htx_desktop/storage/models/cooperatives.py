"""Cooperatives (HTX) and cooperative groups (THT), their annual figures and OCOP products."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from htx_desktop.storage.base import Base, Synced


class Cooperative(Synced, Base):
    __tablename__ = "cooperatives"
    __table_args__ = (
        Index("ix_cooperatives_unit_kind_status", "unit_code", "kind", "status"),
        Index("ix_cooperatives_list", "deleted", "name_key", "id"),
    )

    kind: Mapped[str] = mapped_column(String(16))  # CooperativeKind
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    registration_no: Mapped[str | None] = mapped_column(String(40))
    tax_code: Mapped[str | None] = mapped_column(String(14), index=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    address: Mapped[str | None] = mapped_column(String(300))
    sector: Mapped[str | None] = mapped_column(String(80))
    founded_on: Mapped[date | None] = mapped_column(Date, index=True)
    union_supported: Mapped[bool] = mapped_column(Boolean, default=False)
    union_support_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")  # CooperativeStatus
    dissolved_on: Mapped[date | None] = mapped_column(Date)
    charter_capital: Mapped[int | None] = mapped_column(BigInteger)  # VND
    phone: Mapped[str | None] = mapped_column(String(20))
    ecommerce: Mapped[bool] = mapped_column(Boolean, default=False)
    digital_tools: Mapped[bool] = mapped_column(Boolean, default=False)
    value_chain: Mapped[bool] = mapped_column(Boolean, default=False)
    traditional_craft: Mapped[bool] = mapped_column(Boolean, default=False)
    trademark: Mapped[bool] = mapped_column(Boolean, default=False)
    traceability: Mapped[bool] = mapped_column(Boolean, default=False)
    growing_area_code: Mapped[str | None] = mapped_column(String(40))
    agri_insurance: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)


YEAR_NAMESPACE = uuid.UUID("0d0e6a4c-8d1f-4b8a-a5c4-6f3e2b9d7c10")


def year_uuid(cooperative_id: uuid.UUID, year: int) -> uuid.UUID:
    """One id per cooperative and year on every installation, so two entries of a year merge."""
    return uuid.uuid5(YEAR_NAMESPACE, f"{cooperative_id}:{year}")


class CooperativeYear(Synced, Base):
    """Annual figures of a cooperative."""

    __tablename__ = "cooperative_years"
    __table_args__ = (UniqueConstraint("cooperative_id", "year"),)

    cooperative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cooperatives.id"))
    year: Mapped[int] = mapped_column(Integer)
    members: Mapped[int | None] = mapped_column(Integer)
    female_members: Mapped[int | None] = mapped_column(Integer)
    workers: Mapped[int | None] = mapped_column(Integer)
    female_workers: Mapped[int | None] = mapped_column(Integer)
    revenue: Mapped[int | None] = mapped_column(BigInteger)  # VND
    profit: Mapped[int | None] = mapped_column(BigInteger)  # VND, may be negative
    classification: Mapped[str | None] = mapped_column(String(16))  # Classification


class OcopProduct(Synced, Base):
    __tablename__ = "ocop_products"

    cooperative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cooperatives.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    stars: Mapped[int] = mapped_column(Integer)
    certified_on: Mapped[date | None] = mapped_column(Date)
    decision_no: Mapped[str | None] = mapped_column(String(60))
