"""The conflict log: versions that lost when two installations changed the same record.

The officer reviews each one and either keeps the winner or restores the losing contents,
which then becomes a new change of this installation (and wins everywhere on the next sync).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from htx_desktop.errors import HtxError, NotFound
from htx_desktop.messages import tr
from htx_desktop.storage.base import Base
from htx_desktop.security.access import Actor, Permission
from htx_desktop.services.common import unchanged_since
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import SyncConflict
from htx_desktop.storage.stamping import SENSITIVE_FIELDS
from htx_desktop.sync.rows import META_COLUMNS, decoder


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    at: datetime
    table_name: str
    row_id: str
    kind: str  # older: lost to a newer write; duplicate: its natural key is held by another record
    winner_site: str
    winner_version: int
    loser_site: str
    loser_version: int
    #: The losing contents, column -> value as in sync files; sensitive fields masked unless asked.
    loser_data: dict[str, Any]
    file_name: str
    reviewed_at: datetime | None
    resolution: str | None


def _info(row: SyncConflict, show_sensitive: bool) -> ConflictInfo:
    data = json.loads(row.loser_data or "{}")
    if not show_sensitive:
        data = {key: ("***" if key in SENSITIVE_FIELDS and value else value) for key, value in data.items()}
    return ConflictInfo(row.id, row.at, row.table_name, row.row_id, row.kind, row.winner_site, row.winner_version,
                        row.loser_site, row.loser_version, data, row.file_name, row.reviewed_at, row.resolution)


def pending_conflicts(database: Database, *, show_sensitive: bool = False) -> list[ConflictInfo]:
    """Conflicts not yet reviewed, oldest first."""
    with database.read() as session:
        rows = session.scalars(select(SyncConflict).where(SyncConflict.reviewed_at.is_(None)).order_by(SyncConflict.id))
        return [_info(row, show_sensitive) for row in rows]


def all_conflicts(database: Database, *, show_sensitive: bool = False, limit: int = 500) -> list[ConflictInfo]:
    with database.read() as session:
        rows = session.scalars(select(SyncConflict).order_by(SyncConflict.id.desc()).limit(limit))
        return [_info(row, show_sensitive) for row in rows]


def _model(table_name: str) -> type[Any]:
    for mapper in Base.registry.mappers:
        if mapper.local_table is not None and mapper.local_table.name == table_name:
            return mapper.class_
    raise NotFound(tr("not_found", what=table_name, id=""))


def resolve_conflict(database: Database, conflict_id: int, *, restore: bool = False, actor: Actor) -> None:
    """Mark a conflict reviewed; with `restore`, put the losing contents back as a new change,
    unless the record was changed again since it won (the winner is what the review compared the
    loser with: a later change is not overwritten unseen)."""
    with database.transaction(actor, Permission.RECORDS) as session:
        conflict = session.get(SyncConflict, conflict_id, with_for_update=True)  # two reviewers: one passes
        if conflict is None:
            raise NotFound(tr("not_found", what=tr("sync.what.conflict"), id=conflict_id))
        if conflict.reviewed_at is not None:
            raise HtxError(tr("sync.conflict_reviewed", id=conflict_id))
        if restore:
            if conflict.kind != "older":
                raise HtxError(tr("sync.conflict_cannot_restore"))
            model = _model(conflict.table_name)
            row = session.get(model, uuid.UUID(conflict.row_id), with_for_update=True)
            if row is None:
                raise NotFound(tr("not_found", what=conflict.table_name, id=conflict.row_id))
            unchanged_since(session, row, conflict.winner_version)
            table = model.__table__
            for key, value in json.loads(conflict.loser_data).items():
                if key in META_COLUMNS or key == "owner_unit" or key not in table.c:
                    continue
                setattr(row, key, decoder(table.c[key])(value))
        from htx_desktop.storage.base import utcnow

        conflict.reviewed_at = utcnow()
        conflict.reviewed_by = actor.username
        conflict.resolution = "restored" if restore else "kept"
