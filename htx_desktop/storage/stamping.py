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

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from htx_desktop.storage.base import Synced, utcnow
from htx_desktop.storage.hlc import HybridClock
from htx_desktop.storage.models.installation import AuditEntry

SENSITIVE_FIELDS = frozenset({"national_id", "priority_groups", "password_hash"})
_JSON = json.JSONEncoder(ensure_ascii=False)  # one encoder: `json.dumps` with options makes one per call
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


def _change(key: str, old: Any, current: Any) -> list[Any]:
    if key in SENSITIVE_FIELDS:
        return ["***" if old else None, "***" if current else None]
    return [_plain(old), _plain(current)]


def _new_changes(values: dict[str, Any]) -> dict[str, list[Any]]:
    """A new row's audited fields: every one with a value (a new row has no history to read)."""
    return {key: _change(key, None, current) for key, current in values.items()
            if key not in _NOT_AUDITED and current not in (None, "", False)}


def _changes(obj: Synced) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _NOT_AUDITED:
            continue
        history = state.attrs[key].history
        if history.has_changes():
            changes[key] = _change(key, history.deleted[0] if history.deleted else None, getattr(obj, key))
    return changes


def _stamps(context: WriteContext, now: datetime, values: dict[str, Any], *, new: bool) -> dict[str, Any]:
    """The sync columns of a row this installation writes now (`values`: the row's other columns)."""
    stamps: dict[str, Any] = {"site_id": context.site_id, "version": context.clock.tick(), "updated_at": now}
    if new:
        stamps["created_at"] = now
        stamps["id"] = values.get("id") or uuid.uuid4()
        stamps["deleted"] = bool(values.get("deleted"))
        stamps["owner_unit"] = values.get("owner_unit") or context.unit_code
    return stamps


def _audit(context: WriteContext, now: datetime, action: str, table: str, row_id: uuid.UUID,
           changes: dict[str, list[Any]]) -> dict[str, Any]:
    return {"at": now, "username": context.username, "action": action, "table_name": table,
            "row_id": str(row_id), "changes": _JSON.encode(changes)}


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
        if new:
            values = {attr.key: getattr(obj, attr.key) for attr in inspect(obj).mapper.column_attrs}
            changes, action = _new_changes(values), "insert"
        else:
            values, changes = {}, _changes(obj)
            if not changes:
                continue
            action = ("delete" if obj.deleted else "restore") if "deleted" in changes else "update"
        for key, value in _stamps(context, now, values, new=new).items():
            setattr(obj, key, value)
        session.add(AuditEntry(**_audit(context, now, action, type(obj).__tablename__, obj.id, changes)))


def insert_new(session: Session, model: type[Synced], rows: list[dict[str, Any]]) -> None:
    """Insert many new rows at once (an import), stamped and audited as a flush of new objects is,
    with one executemany each for the rows and their audit entries (`rows`: every row the same
    columns, named as the table's). Same transaction."""
    context: WriteContext = session.info["write"]
    now = utcnow()
    table = model.__tablename__  # type: ignore[attr-defined]
    audits = []
    for values in rows:
        changes = _new_changes(values)
        values.update(_stamps(context, now, values, new=True))
        audits.append(_audit(context, now, "insert", table, values["id"], changes))
    session.execute(insert(model.__table__), rows)  # type: ignore[attr-defined]
    session.execute(insert(AuditEntry.__table__), audits)
