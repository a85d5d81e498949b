"""Receipts: a signed note from the receiving unit saying what it holds of a sender's files.

The sender imports it and from then on leaves out what was confirmed. Receipts are not secret
(sequence numbers and versions only), so they are signed but not encrypted. Importing them is a
maximum over versions: idempotent and order-independent.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from htx_desktop.errors import HtxError
from htx_desktop.messages import tr
from htx_desktop.security.keys import KeyPairs, fingerprint
from htx_desktop.services import units
from htx_desktop.storage.base import utcnow
from htx_desktop.security.access import Actor, Permission
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import SyncFile, SyncPeer
from htx_desktop.sync import container, scope, trust
from htx_desktop.sync.crypto import sha256_hex, sign, verify
from htx_desktop.sync.errors import Refusal, printable, refused
from htx_desktop.sync.export import peer_for
from htx_desktop.sync.format import (
    FORMAT_VERSION,
    RECEIPT,
    RECEIPT_FORMAT,
    RECEIPT_LIMITS,
    RECEIPT_SIG,
    RECEIPT_TOTAL_LIMIT,
    SEQUENCE_LIMIT,
    bounded_int,
    check_format,
    load_json_object,
    now_text,
    receipt_file_name,
    site_id,
    unit_code,
    version_limit,
)
from htx_desktop.sync.rows import future_version


@dataclass(frozen=True)
class ReceiptResult:
    path: Path
    peer_unit: str
    peer_site: str
    last_sequence: int


@dataclass(frozen=True)
class ReceiptOutcome:
    file_name: str
    status: str  # imported, already_imported
    from_unit: str
    last_sequence: int
    acknowledged: dict[str, int]


def write_receipt(database: Database, for_site: str, target: Path, actor: Actor) -> ReceiptResult:
    """Write a receipt for the installation `for_site` (its id, or its unit code if only one)."""
    target = Path(target)
    written: Path | None = None
    try:
        with database.transaction(actor, Permission.SYNC) as session:
            me = trust.installation(session)
            peers = session.scalars(select(SyncPeer).where(
                or_(SyncPeer.site_id == for_site, SyncPeer.unit_code == for_site),
                SyncPeer.received_sequence > 0)).all()
            if len(peers) != 1:
                raise HtxError(tr("sync.no_files_from" if not peers else "sync.several_senders", selector=for_site))
            peer = peers[0]
            keys = KeyPairs(me.signing_key, me.encryption_key)
            document = {
                "format": RECEIPT_FORMAT,
                "format_version": FORMAT_VERSION,
                "receipt_id": str(uuid.uuid4()),
                "created_at": now_text(),
                "from": {"site_id": me.site_id, "unit_code": me.unit_code,
                         "fingerprint": fingerprint(keys.signing_public, keys.encryption_public)},
                "to": {"site_id": peer.site_id, "unit_code": peer.unit_code},
                "last_sequence": peer.received_sequence,
                "received": scope.load_versions(peer.received),
            }
            body = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
            name = receipt_file_name(me.unit_code, peer.unit_code, date.today().isoformat(), peer.received_sequence)
            path = target / name if target.is_dir() else target
            session.add(SyncFile(direction="sent", kind="receipt", peer_site=peer.site_id, peer_unit=peer.unit_code,
                                 sequence=peer.received_sequence, file_id=document["receipt_id"],
                                 digest=sha256_hex(body), file_name=path.name, username=actor.username))
            session.flush()
            written = container.write_atomically(
                path, container.pack({RECEIPT: body, RECEIPT_SIG: sign(me.signing_key, body)}))
            return ReceiptResult(path, peer.unit_code, peer.site_id, peer.received_sequence)
    except BaseException:
        if written is not None:
            written.unlink(missing_ok=True)
        raise


def _parse(body: bytes) -> dict[str, Any]:
    document = load_json_object(body)
    check_format(document, RECEIPT_FORMAT)
    try:
        parsed = {
            "from_site": site_id(document["from"]["site_id"]),
            "from_unit": unit_code(document["from"]["unit_code"]),
            "from_fingerprint": str(document["from"]["fingerprint"]),
            "to_site": site_id(document["to"]["site_id"]),
            "to_unit": unit_code(document["to"]["unit_code"]),
            "last_sequence": bounded_int(document["last_sequence"], high=SEQUENCE_LIMIT),
            "received": {site_id(k): bounded_int(v) for k, v in document["received"].items()},
        }
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise Refusal("damaged", detail=f"receipt: {error!r}") from error
    return parsed


def import_receipt(database: Database, path: Path, actor: Actor) -> ReceiptOutcome:
    path = Path(path)
    try:
        with database.transaction(actor, Permission.SYNC) as session:
            entries = container.unpack(path, RECEIPT_LIMITS, total_limit=RECEIPT_TOTAL_LIMIT)
            body = entries[RECEIPT]
            receipt = _parse(body)
            try:
                key = trust.sender_key(session, receipt["from_site"], receipt["from_fingerprint"])
            except Refusal as refusal:
                refusal.values.setdefault("unit", receipt["from_unit"])
                raise
            if key.unit_code != receipt["from_unit"] or not verify(key.signing_public, entries[RECEIPT_SIG], body):
                raise Refusal("bad_signature", unit=receipt["from_unit"])
            me = trust.installation(session)
            if (receipt["to_site"], receipt["to_unit"]) != (me.site_id, me.unit_code):
                raise Refusal("wrong_receiver", unit=units.describe_code(session, receipt["to_unit"]),
                              site=receipt["to_site"])
            highest = version_limit(me.clock)
            if any(version > highest for version in receipt["received"].values()):
                raise future_version(max(receipt["received"].values()))
            digest = sha256_hex(body)
            outcome = ReceiptOutcome(printable(path.name), "imported", receipt["from_unit"], receipt["last_sequence"],
                                     receipt["received"])
            if session.scalar(select(SyncFile.id).where(SyncFile.kind == "receipt", SyncFile.direction == "received",
                                                        SyncFile.digest == digest)):
                return ReceiptOutcome(**{**outcome.__dict__, "status": "already_imported"})
            peer = peer_for(session, receipt["from_site"], receipt["from_unit"])
            acknowledged = scope.load_versions(peer.acknowledged)
            for origin, version in receipt["received"].items():
                acknowledged[origin] = max(acknowledged.get(origin, 0), version)
            peer.acknowledged = scope.dump_versions(acknowledged)
            # After a restore from backup, never reuse a sequence number the receiver has seen.
            peer.sent_sequence = max(peer.sent_sequence, receipt["last_sequence"])
            peer.last_receipt_at = utcnow()
            session.add(SyncFile(direction="received", kind="receipt", peer_site=key.site_id, peer_unit=key.unit_code,
                                 sequence=receipt["last_sequence"], digest=digest, file_name=path.name,
                                 counts=json.dumps(receipt["received"]), username=actor.username))
            return outcome
    except Refusal as refusal:
        raise refused(path.name, refusal, what="receipt") from None
