"""Writing a sync file: every change the receiver has not confirmed, signed and encrypted to it.

Up (to the upstream unit): every synced row owned by a unit this installation speaks for whose
version is above what the upstream's receipts acknowledged for the row's origin installation.
Down (to a unit below): reference data only (units added by users, plans and targets) and the
key cards this installation trusts.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from htx_desktop import __version__
from htx_desktop.security.keys import KeyPairs, fingerprint
from htx_desktop.storage.base import Base, synced_tables, utcnow
from htx_desktop.security.access import Actor, Permission
from htx_desktop.storage.database import Database
from htx_desktop.storage.migrations import HEAD_REVISION
from htx_desktop.services import units
from htx_desktop.storage.models import Installation, SyncFile, SyncPeer, TrustedKey, Unit
from htx_desktop.sync import container, scope, trust
from htx_desktop.sync.crypto import b64, seal, sha256_hex, sign
from htx_desktop.sync.errors import SyncError
from htx_desktop.sync.format import DOWN, MANIFEST, MANIFEST_SIG, PAYLOAD, UP, Manifest, Party, hpke_info, sync_file_name
from htx_desktop.sync.payload import KEYS_SECTION, PayloadWriter, encoders_for, table_columns
from htx_desktop.sync.rows import encode_row

Progress = Callable[[str, int, int], None]

KEY_COLUMNS = ["site_id", "unit_code", "role", "upstream_code", "serves", "signing_public",
               "encryption_public", "fingerprint", "revoked_at", "revoked_reason"]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    direction: str
    sequence: int
    receiver_unit: str
    receiver_site: str
    counts: dict[str, int]
    size: int

    @property
    def records(self) -> int:
        return sum(self.counts.values())


def peer_for(session: Session, site_id: str, unit_code: str) -> SyncPeer:
    peer = session.scalar(select(SyncPeer).where(SyncPeer.site_id == site_id))
    if peer is None:
        peer = SyncPeer(site_id=site_id, unit_code=unit_code, sent_sequence=0, acknowledged="{}",
                        received_sequence=0, received="{}")
        session.add(peer)
        session.flush()
    return peer


def _write_tables(session: Session, writer: PayloadWriter, names: list[str], where: Callable,
                  acknowledged: dict[str, int], progress: Progress | None) -> dict[str, tuple[int, int]]:
    covers: dict[str, int] = {}
    for index, name in enumerate(names):
        table = Base.metadata.tables[name]
        encoders = encoders_for(table)
        writer.table(name, table_columns(table))
        newest = dict(session.execute(
            where(table, select(table.c.site_id, func.max(table.c.version)).where(table.c.version > 0))
            .group_by(table.c.site_id)
        ).all())
        for site, version in newest.items():
            covers[site] = max(covers.get(site, 0), version)
        if newest:
            floor = min(acknowledged.get(site, 0) for site in newest)  # the index on version does the rest
            query = where(table, select(*table.c).where(table.c.version > floor)).order_by(table.c.version)
            for row in session.execute(query.execution_options(yield_per=5000)):
                if row.version > acknowledged.get(row.site_id, 0):
                    writer.row(encode_row(encoders, row))
        if progress:
            progress("export", index + 1, len(names))
    return {site: (acknowledged.get(site, 0), max(through, acknowledged.get(site, 0)))
            for site, through in covers.items()}


def _write_keys(session: Session, writer: PayloadWriter, receiver_site: str) -> None:
    writer.table(KEYS_SECTION, KEY_COLUMNS)
    for key in session.scalars(select(TrustedKey).where(TrustedKey.site_id != receiver_site).order_by(TrustedKey.id)):
        writer.row([key.site_id, key.unit_code, key.role, key.upstream_code, key.serves, b64(key.signing_public),
                    b64(key.encryption_public), key.fingerprint,
                    None if key.revoked_at is None else key.revoked_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                    key.revoked_reason])


def export_changes(database: Database, target: Path, *, actor: Actor, down_to: str | None = None,
                   progress: Progress | None = None) -> ExportResult:
    """Write the next sync file into `target` (a folder: a well-named file inside it).

    The file is staged (written and synced under a hidden temporary name) inside the transaction
    and gets its name only after the commit: a power cut before the commit leaves no file under
    a sequence number the database has not counted, which the next export would reuse (and a
    receiver that had imported the orphan would refuse as "replayed"); one after the commit only
    costs this file, and the next holds all of it."""
    staged: Path | None = None
    try:
        with database.transaction(actor, Permission.SYNC) as session:
            result, data = _export(session, target, down_to, actor.username, progress)
            staged = container.stage(result.path, data)
        container.publish(staged, result.path)
        return result
    except BaseException:
        if staged is not None:
            staged.unlink(missing_ok=True)
        raise


def receiver(session: Session, me: Installation, down_to: str | None) -> tuple[str, TrustedKey]:
    """Where the next file goes (direction, the receiver's trusted key), or why it cannot go:
    no upstream unit, no trusted key card of the receiver, a receiver that is not below."""
    if down_to is None:
        if not me.upstream_code:
            raise SyncError("sync.no_upstream")
        direction, receiver_unit = UP, me.upstream_code
    else:
        direction, receiver_unit = DOWN, down_to
    key = trust.receiver_key(session, receiver_unit)
    if direction == DOWN and not scope.is_above(session, me.unit_code, key.unit_code, key.upstream_code):
        raise SyncError("sync.not_below", unit=units.describe_code(session, down_to or ""))
    return direction, key


def _export(session: Session, target: Path, down_to: str | None, username: str,
            progress: Progress | None) -> tuple[ExportResult, bytes]:
    me = trust.installation(session)
    direction, key = receiver(session, me, down_to)
    receiver_unit = key.unit_code
    peer = peer_for(session, key.site_id, key.unit_code)
    acknowledged = scope.load_versions(peer.acknowledged)
    file_id = str(uuid.uuid4())
    writer = PayloadWriter(file_id)
    if direction == UP:
        served = sorted(scope.own_served(session, me))
        covers = _write_tables(session, writer, synced_tables(),
                               lambda table, query: query.where(table.c.owner_unit.in_(served)),
                               acknowledged, progress)
    else:
        theirs = sorted(scope.expand(session, [receiver_unit]))

        def where(table, query):  # type: ignore[no-untyped-def]
            query = query.where(table.c.owner_unit.not_in(theirs))
            return query.where(table.c.national.is_(False)) if table.name == "units" else query

        names = [name for name in synced_tables() if name in scope.REFERENCE_TABLES]
        covers = _write_tables(session, writer, names, where, acknowledged, progress)
        _write_keys(session, writer, key.site_id)
    compressed = writer.finish()
    sequence = peer.sent_sequence + 1
    ciphertext = seal(key.encryption_public, compressed, hpke_info(me.site_id, key.site_id, file_id, sequence))
    keys = KeyPairs(me.signing_key, me.encryption_key)
    unit_name = session.scalar(select(Unit.name).where(Unit.code == me.unit_code)) or me.unit_code
    counts = {name: count for name, count in writer.counts.items() if count}
    manifest = Manifest(
        file_id=file_id, created_at=utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"), direction=direction,
        sender=Party(me.site_id, me.unit_code, fingerprint(keys.signing_public, keys.encryption_public),
                     unit_name, me.role),
        receiver=Party(key.site_id, key.unit_code, key.fingerprint),
        sequence=sequence, covers=covers, counts=counts, payload_size=len(ciphertext),
        plain_size=writer.plain_size, payload_sha256=sha256_hex(ciphertext),
        program=f"HTX Desktop {__version__}", schema=HEAD_REVISION,
    )
    manifest_bytes = manifest.to_json()
    data = container.pack({MANIFEST: manifest_bytes, MANIFEST_SIG: sign(me.signing_key, manifest_bytes),
                           PAYLOAD: ciphertext})
    name = sync_file_name(me.unit_code, unit_name, key.unit_code, date.today().isoformat(), sequence, me.site_id)
    path = target / name if target.is_dir() else target
    peer.sent_sequence = sequence
    peer.last_sent_at = utcnow()
    session.add(SyncFile(direction="sent", kind="changes", peer_site=key.site_id, peer_unit=key.unit_code,
                         sequence=sequence, file_id=file_id, digest=manifest.payload_sha256, file_name=path.name,
                         counts=json.dumps(counts), username=username))
    session.flush()
    return ExportResult(path, direction, sequence, key.unit_code, key.site_id, counts, len(data)), data
