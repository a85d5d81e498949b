"""Stamping of sync metadata and the audit trail, on every ORM flush.

A write transaction carries a `WriteContext` in `session.info`. Before each flush, every new or
changed synced row gets this installation's id, a fresh clock version and the time; and one audit
entry per row records who changed which fields. Rows are never deleted: a delete is a tombstone.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from htx_desktop.storage.base import Synced, utcnow
from htx_desktop.storage.hlc import HybridClock
from htx_desktop.storage.models.installation import AuditEntry

SENSITIVE_FIELDS = frozenset({"national_id", "priority_groups", "password_hash"})
_NOT_AUDITED = frozenset({"id", "site_id", "version", "created_at", "updated_at", "name_key", "title_key"})


@dataclass
class WriteContext:
    site_id: str
    unit_code: str
    clock: HybridClock
    username: str = ""


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _changes(obj: Synced, *, new: bool) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _NOT_AUDITED:
            continue
        current = getattr(obj, key)
        if new:
            if current in (None, "", False):
                continue
            old = None  # a new row has no history to read (reading it costs more than the insert)
        else:
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
        if key in SENSITIVE_FIELDS:
            changes[key] = ["***" if old else None, "***" if current else None]
        else:
            changes[key] = [_plain(old), _plain(current)]
    return changes


@event.listens_for(Session, "before_flush")
def _stamp_and_audit(session: Session, flush_context: object, instances: object) -> None:
    context: WriteContext | None = session.info.get("write")
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise RuntimeError("synced rows are never deleted; set deleted=True (a tombstone)")
    if context is None:
        return
    now = utcnow()
    added = list(session.new)
    added_ids = {id(obj) for obj in added}  # `session.new` builds a new set on every call
    for obj in added + list(session.dirty):
        if not isinstance(obj, Synced):
            continue
        new = id(obj) in added_ids
        changes = _changes(obj, new=new)
        if not new and not changes:
            continue
        obj.site_id = context.site_id
        obj.version = context.clock.tick()
        obj.updated_at = now
        if new:
            obj.created_at = now
            if obj.id is None:
                obj.id = uuid.uuid4()
            if obj.deleted is None:
                obj.deleted = False
            if not obj.owner_unit:
                obj.owner_unit = context.unit_code
        if new:
            action = "insert"
        elif "deleted" in changes:
            action = "delete" if obj.deleted else "restore"
        else:
            action = "update"
        session.add(
            AuditEntry(
                at=now,
                username=context.username,
                action=action,
                table_name=type(obj).__tablename__,
                row_id=str(obj.id),
                changes=json.dumps(changes, ensure_ascii=False),
            )
        )
