"""Writing what a merge decided, chunk by chunk, inside the caller's single write transaction.

Rows are written by `storage.bulk` through the database driver, values put in their stored form by
the column types (as SQLAlchemy would), so the ORM's stamping never touches them: each keeps the
installation id, version and times it was written with. Every written row gets an audit entry
with the action "import"; the clock moves past every version seen.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from htx_desktop.storage.base import Base, utcnow
from htx_desktop.storage.bulk import BulkStatement
from htx_desktop.storage.models import AuditEntry, SyncConflict, SyncFile
from htx_desktop.sync import scope
from htx_desktop.sync.export import peer_for
from htx_desktop.sync.merge import ChunkPlan, known_conflict
from htx_desktop.sync.reader import OpenedFile
from htx_desktop.sync.rows import encoder

_AUDIT_COLUMNS = ("at", "username", "action", "table_name", "row_id", "changes")


@lru_cache(maxsize=256)
def _json(value: Any) -> str:
    """An installation id or a flag in JSON (few distinct values, written for every row)."""
    return json.dumps(value)


def _audit(name: str, record: dict[str, Any], old: dict[str, Any] | None, file_json: str) -> tuple[str, str]:
    """(row id, changes): {"file": [null, name], "site_id": [old, new], "version": [old, new]}
    (+ "deleted" if it changed)."""
    dumps = _json
    changes = (
        f'{{"file": [null, {file_json}], '
        f'"site_id": [{dumps(old["site_id"]) if old else "null"}, {dumps(record["site_id"])}], '
        f'"version": [{old["version"] if old else "null"}, {record["version"]}]'
    )
    if old is not None and old["deleted"] != record["deleted"]:
        changes += f', "deleted": [{dumps(old["deleted"])}, {dumps(record["deleted"])}]'
    return str(record["id"]), changes + "}"


def _loser_json(table_name: str, row: dict[str, Any]) -> str:
    table = Base.metadata.tables[table_name]
    return json.dumps({name: encoder(table.c[name])(value) for name, value in row.items()}, ensure_ascii=False)


class ChunkWriter:
    """Writes the chunks of one file as they are decided."""

    def __init__(self, session: Session, opened: OpenedFile, username: str = "") -> None:
        self.session = session
        self.file_name = opened.path.name
        self.file_json = json.dumps(self.file_name, ensure_ascii=False)
        self.username = username
        self.now = utcnow()
        self._audits = BulkStatement(session, AuditEntry.__table__, _AUDIT_COLUMNS)
        self._statements: dict[tuple[str, bool], BulkStatement] = {}

    def _statement(self, table: Table, update: bool) -> BulkStatement:
        key = (table.name, update)
        if key not in self._statements:
            columns = [column.name for column in table.columns if not (update and column.name == "id")]
            self._statements[key] = BulkStatement(self.session, table, columns, where_id=update)
        return self._statements[key]

    def write(self, plan: ChunkPlan) -> None:
        table, name = plan.table, str(plan.table.name)  # a plain str: the driver takes it as it is
        audits: list[tuple[Any, ...]] = []
        if plan.inserts:
            statement = self._statement(table, update=False)
            statement.run([statement.values(record) for record in plan.inserts])
            audits += [(self.now, self.username, "import", name, *_audit(name, record, None, self.file_json))
                       for record in plan.inserts]
        if plan.updates:
            statement = self._statement(table, update=True)
            statement.run([statement.values(record) for record, _ in plan.updates])
            audits += [(self.now, self.username, "import", name, *_audit(name, record, old, self.file_json))
                       for record, old in plan.updates]
        self._audits.run(audits)
        for conflict in plan.conflicts:
            if known_conflict(self.session, conflict):
                continue
            self.session.add(SyncConflict(
                at=self.now, table_name=conflict.table, row_id=str(conflict.row_id), kind=conflict.kind,
                winner_version=conflict.winner[0], winner_site=conflict.winner[1],
                loser_site=conflict.loser["site_id"], loser_version=conflict.loser["version"],
                loser_data=_loser_json(conflict.table, conflict.loser), file_name=self.file_name, reviewed_by="",
            ))
        if plan.conflicts:
            self.session.flush()

    def finish(self, max_version: int) -> None:
        """After the last chunk: later local writes come after every version seen."""
        context = self.session.info.get("write")
        if context is not None:
            context.clock.observe(max_version)
        self.session.flush()


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
