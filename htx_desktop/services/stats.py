"""Row counts per table, tombstones not counted."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from htx_desktop.storage.base import Base, synced_tables


def row_counts(session: Session) -> dict[str, int]:
    counts: dict[str, int] = {}
    synced = set(synced_tables())
    for name in sorted(Base.metadata.tables):
        table = Base.metadata.tables[name]
        query = select(func.count()).select_from(table)
        if name in synced:
            query = query.where(table.c.deleted.is_(False))
        counts[name] = session.scalar(query) or 0
    return counts
