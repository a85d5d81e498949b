"""Opening a sync file: every check that needs no merging, in an order that never decrypts or
inflates anything before its size, origin and integrity are proven.

1. container: plain entry names, sizes within limits, not truncated;
2. manifest: known format and version;
3. sender: a trusted, unrevoked key; the signature over the manifest;
4. receiver: this installation; direction: reference data only from above;
5. sequence: the same file again is "already imported"; another file with a used or older
   sequence number is refused;
6. payload: size and SHA-256 as signed, HPKE decryption; then `OpenedFile.chunks` reads it with
   bounded inflation, records as counted, a chunk of rows at a time (see `payload.read_payload`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.services import units
from htx_desktop.storage.models import SyncFile, SyncPeer, TrustedKey
from htx_desktop.sync import container, scope, trust
from htx_desktop.sync.crypto import inflate, open_sealed, sha256_hex, verify
from htx_desktop.sync.errors import Refusal
from htx_desktop.sync.format import (
    DOWN,
    MANIFEST,
    MANIFEST_SIG,
    PAYLOAD,
    SYNC_LIMITS,
    SYNC_TOTAL_LIMIT,
    UP,
    Manifest,
    hpke_info,
    parse_manifest,
    version_limit,
)
from htx_desktop.sync.payload import KEYS_SECTION, Section, read_payload
from htx_desktop.sync.rows import RowChecks, future_version


@dataclass
class OpenedFile:
    path: Path
    manifest: Manifest
    sender: TrustedKey
    #: Set when this very file was imported before: nothing more to do.
    already: SyncFile | None = None
    #: The decrypted payload, still compressed (set when there is something to read).
    compressed: bytes | None = None
    #: What the rows are checked against (set with `compressed`).
    checks: RowChecks | None = None

    def chunks(self) -> Iterator[Section]:
        """The payload's rows, a chunk of one table at a time, in the order of the file."""
        assert self.compressed is not None
        manifest = self.manifest
        for chunk in read_payload(inflate(self.compressed, manifest.plain_size), manifest.file_id, manifest.counts):
            if manifest.direction == UP and chunk.name == KEYS_SECTION:
                raise Refusal("keys_in_up_file", unit=self.sender_label)
            yield chunk

    @property
    def sender_label(self) -> str:
        return f"{self.manifest.sender.unit_name} ({self.manifest.sender.unit_code})".strip()

    @property
    def sender_name(self) -> str:
        return self.manifest.sender.unit_name or self.manifest.sender.unit_code


def read_manifest(path: Path) -> Manifest:
    """The manifest alone (to sort a folder of files by sender and sequence), unchecked."""
    entries = container.unpack(path, SYNC_LIMITS, total_limit=SYNC_TOTAL_LIMIT, only=(MANIFEST,))
    return parse_manifest(entries[MANIFEST])


def open_sync_file(session: Session, path: Path) -> OpenedFile:
    entries = container.unpack(path, SYNC_LIMITS, total_limit=SYNC_TOTAL_LIMIT)
    manifest = parse_manifest(entries[MANIFEST])
    sender_label = f"{manifest.sender.unit_name} ({manifest.sender.unit_code})".strip()
    if manifest.sender.site_id == trust.installation(session).site_id:
        raise Refusal("own_file")
    try:
        key = trust.sender_key(session, manifest.sender.site_id, manifest.sender.fingerprint)
    except Refusal as refusal:
        refusal.values.setdefault("unit", sender_label)
        raise
    if key.unit_code != manifest.sender.unit_code or not verify(
        key.signing_public, entries[MANIFEST_SIG], entries[MANIFEST]
    ):
        raise Refusal("bad_signature", unit=sender_label)
    me = trust.installation(session)
    if (manifest.receiver.site_id, manifest.receiver.unit_code) != (me.site_id, me.unit_code):
        raise Refusal("wrong_receiver", unit=units.describe_code(session, manifest.receiver.unit_code),
                      site=manifest.receiver.site_id)
    if manifest.direction == DOWN and not scope.is_above(session, key.unit_code, me.unit_code, me.upstream_code):
        raise Refusal("not_upstream", unit=sender_label)
    # The payload is checked against the signed manifest before the sequence: an old manifest and
    # signature paired with another payload is damaged, not "already imported".
    payload = entries[PAYLOAD]
    if len(payload) != manifest.payload_size:
        raise Refusal("truncated" if len(payload) < manifest.payload_size else "damaged",
                      detail="payload size differs from the manifest")
    if sha256_hex(payload) != manifest.payload_sha256:
        raise Refusal("damaged", detail="SHA-256 of the payload differs from the signed one")
    opened = OpenedFile(path, manifest, key)
    _check_sequence(session, opened, sender_label)
    if opened.already is not None:
        return opened
    if manifest.direction == UP and manifest.counts.get(KEYS_SECTION):
        raise Refusal("keys_in_up_file", unit=sender_label)
    highest = version_limit(me.clock)
    for after, through in manifest.covers.values():
        if max(after, through) > highest:
            raise future_version(max(after, through))
    keys = trust.own_private_keys(session, manifest.receiver.fingerprint)
    if keys is None:
        raise Refusal("old_key", fingerprint=manifest.receiver.fingerprint)
    info = hpke_info(manifest.sender.site_id, manifest.receiver.site_id, manifest.file_id, manifest.sequence)
    compressed = open_sealed(keys.encryption_private, payload, info)
    if compressed is None:
        raise Refusal("damaged", detail="decryption failed")
    opened.compressed = compressed
    opened.checks = RowChecks(highest)
    return opened


def _check_sequence(session: Session, opened: OpenedFile, sender_label: str) -> None:
    manifest = opened.manifest
    previous = session.scalar(
        select(SyncFile).where(
            SyncFile.peer_site == manifest.sender.site_id,
            SyncFile.kind == "changes",
            SyncFile.direction == "received",
            SyncFile.sequence == manifest.sequence,
        )
    )
    if previous is not None:
        if previous.digest == manifest.payload_sha256:
            opened.already = previous
            return
        raise Refusal("replayed", sequence=manifest.sequence, unit=sender_label, date=f"{previous.at:%d/%m/%Y}")
    peer = session.scalar(select(SyncPeer).where(SyncPeer.site_id == manifest.sender.site_id))
    if peer is not None and manifest.sequence < peer.received_sequence:
        raise Refusal("older", sequence=manifest.sequence, latest=peer.received_sequence, unit=sender_label)
