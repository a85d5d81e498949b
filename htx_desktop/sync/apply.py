"""Writing a merge plan, inside the caller's single write transaction.

Rows are written with Core statements, so the ORM's stamping never touches them: each keeps the
installation id, version and times it was written with. Every written row gets an audit entry
with the action "import"; the clock moves past every version seen.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import Session

from htx_desktop.storage.base import Base, synced_tables, utcnow
from htx_desktop.storage.models import AuditEntry, SyncConflict, SyncFile
from htx_desktop.sync import scope
from htx_desktop.sync.export import peer_for
from htx_desktop.sync.merge import MergePlan, known_conflict
from htx_desktop.sync.reader import OpenedFile
from htx_desktop.sync.rows import encoder

WRITE_CHUNK = 2000
Progress = Callable[[str, int, int], None]


def _audit(name: str, record: dict[str, Any], old: dict[str, Any] | None, file_json: str,
           username: str, now: Any) -> dict[str, Any]:
    """{"file": [null, name], "site_id": [old, new], "version": [old, new]} (+ "deleted" if it changed)."""
    dumps = json.dumps
    changes = (
        f'{{"file": [null, {file_json}], '
        f'"site_id": [{dumps(old["site_id"]) if old else "null"}, {dumps(record["site_id"])}], '
        f'"version": [{old["version"] if old else "null"}, {record["version"]}]'
    )
    if old is not None and old["deleted"] != record["deleted"]:
        changes += f', "deleted": [{dumps(old["deleted"])}, {dumps(record["deleted"])}]'
    return {"at": now, "username": username, "action": "import", "table_name": name,
            "row_id": str(record["id"]), "changes": changes + "}"}


def _loser_json(table_name: str, row: dict[str, Any]) -> str:
    table = Base.metadata.tables[table_name]
    return json.dumps({name: encoder(table.c[name])(value) for name, value in row.items()}, ensure_ascii=False)


def apply_plan(session: Session, opened: OpenedFile, plan: MergePlan, username: str = "",
               progress: Progress | None = None) -> None:
    now = utcnow()
    file_name = opened.path.name
    file_json = json.dumps(file_name, ensure_ascii=False)
    total, done = plan.writes, 0
    audit_table = AuditEntry.__table__
    for name in synced_tables():
        table = Base.metadata.tables[name]
        inserts = plan.inserts.get(name, [])
        for start in range(0, len(inserts), WRITE_CHUNK):
            chunk = inserts[start : start + WRITE_CHUNK]
            session.execute(insert(table), chunk)
            session.execute(insert(audit_table), [_audit(name, r, None, file_json, username, now) for r in chunk])
            done += len(chunk)
            if progress:
                progress("write", done, total)
        updates = plan.updates.get(name, [])
        if updates:
            columns = [column.name for column in table.columns if column.name != "id"]
            statement = (
                update(table)
                .where(table.c.id == bindparam("key_id"))
                .values({column: bindparam(f"new_{column}") for column in columns})
            )
            for start in range(0, len(updates), WRITE_CHUNK):
                chunk = updates[start : start + WRITE_CHUNK]
                params = [{"key_id": record["id"], **{f"new_{c}": record[c] for c in columns}} for record, _ in chunk]
                session.execute(statement, params)
                session.execute(insert(audit_table),
                                [_audit(name, record, old, file_json, username, now) for record, old in chunk])
                done += len(chunk)
                if progress:
                    progress("write", done, total)
    for conflict in plan.conflicts:
        if known_conflict(session, conflict):
            continue
        session.add(SyncConflict(
            at=now, table_name=conflict.table, row_id=str(conflict.row_id), kind=conflict.kind,
            winner_version=conflict.winner[0], winner_site=conflict.winner[1],
            loser_site=conflict.loser["site_id"], loser_version=conflict.loser["version"],
            loser_data=_loser_json(conflict.table, conflict.loser), file_name=file_name, reviewed_by="",
        ))
    context = session.info.get("write")
    if context is not None:
        context.clock.observe(plan.max_version)
    session.flush()


def record_received(session: Session, opened: OpenedFile, counts: dict[str, dict[str, int]],
                    username: str = "") -> None:
    """Remember the file (replay checks, history) and what we now hold of its sender's data."""
    manifest = opened.manifest
    peer = peer_for(session, manifest.sender.site_id, manifest.sender.unit_code)
    held = scope.load_versions(peer.received)
    for origin, (after, through) in manifest.covers.items():
        if after <= held.get(origin, 0):  # no gap: everything up to `through` is here
            held[origin] = max(held.get(origin, 0), through)
    peer.received = scope.dump_versions(held)
    peer.received_sequence = max(peer.received_sequence, manifest.sequence)
    peer.last_received_at = utcnow()
    session.add(SyncFile(
        direction="received", kind="changes", peer_site=manifest.sender.site_id,
        peer_unit=manifest.sender.unit_code, sequence=manifest.sequence, file_id=manifest.file_id,
        digest=manifest.payload_sha256, file_name=opened.path.name, counts=json.dumps(counts), username=username,
    ))
    session.flush()
