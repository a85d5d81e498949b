"""Administrative units: the national list plus units a user adds (old districts and communes)."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from htx_desktop.storage.base import Base, Synced

UNIT_NAMESPACE = uuid.UUID("6f1c1a52-3b0e-4b8e-9a55-0c1f4e1d2a01")


def unit_uuid(code: str) -> uuid.UUID:
    """Every installation gives a unit code the same id, so units merge in sync by themselves."""
    return uuid.uuid5(UNIT_NAMESPACE, code)


class Unit(Synced, Base):
    __tablename__ = "units"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # domain.enums.UnitKind
    division_type: Mapped[str] = mapped_column(String(24), default="")  # xã, phường, tỉnh...
    parent_code: Mapped[str | None] = mapped_column(ForeignKey("units.code"), index=True)
    #: For a unit that no longer exists (pre-2025 district or commune): the current unit it became.
    current_code: Mapped[str | None] = mapped_column(ForeignKey("units.code"))
    #: From the national list (vietnam-provinces) rather than added by a user.
    national: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Where this unit's sync files go: a district that still aggregates, else the province.
    receiving_code: Mapped[str | None] = mapped_column(ForeignKey("units.code"))
