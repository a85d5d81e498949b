"""People and the management posts they hold in cooperatives."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from htx_desktop.storage.base import Base, Synced


class Person(Synced, Base):
    __tablename__ = "people"
    __table_args__ = (
        Index("ix_people_unit_name", "unit_code", "name_key"),
        # The People list reads every live id in name order; this index answers it alone.
        Index("ix_people_list", "deleted", "name_key", "id"),
        # The cadre register of a province (a few thousand of its people) read without the others.
        Index("ix_people_cadres", "unit_code", "deleted", "id", sqlite_where=text("cadre_level IS NOT NULL"),
              postgresql_where=text("cadre_level IS NOT NULL")),
        # What the indicators ask of a manager by id (alive, a woman, where registered), and the
        # Overview's count of women, answered from this index rather than the wide rows.
        Index("ix_people_facts", "id", "sex", "deleted", "unit_code"),
    )

    full_name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), index=True)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str] = mapped_column(String(8))  # Sex
    ethnicity: Mapped[str | None] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(20))
    #: Sensitive: shown only to roles that need it.
    national_id: Mapped[str | None] = mapped_column(String(12), index=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("units.code"))
    address: Mapped[str | None] = mapped_column(String(300))
    cadre_level: Mapped[str | None] = mapped_column(String(16))  # CadreLevel; None: not a cadre
    #: Sensitive: comma-separated PriorityGroup codes, sorted.
    priority_groups: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str | None] = mapped_column(Text)


class Post(Synced, Base):
    """A management post held in a cooperative from one date to another (None: still held)."""

    __tablename__ = "posts"
    __table_args__ = (
        # The posts held in a cooperative on a day, for "managed by women", from the index alone.
        Index("ix_posts_held", "cooperative_id", "deleted", "role", "person_id", "started_on", "ended_on"),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("people.id"), index=True)
    cooperative_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cooperatives.id"), index=True)
    role: Mapped[str] = mapped_column(String(24))  # PostRole
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
