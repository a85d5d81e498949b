"""The sync file format, version 1 (docs/sync-format.md): names, limits, the manifest and its checks."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from htx_desktop.sync.crypto import SUITE_NAME
from htx_desktop.sync.errors import Refusal
from htx_desktop.text import search_key

FORMAT = "htx-sync"
RECEIPT_FORMAT = "htx-receipt"
PAYLOAD_FORMAT = "htx-sync-payload"
FORMAT_VERSION = 1

SYNC_SUFFIX = ".htxsync"
RECEIPT_SUFFIX = ".htxreceipt"
CARD_SUFFIX = ".htxkey"

MANIFEST = "manifest.json"
MANIFEST_SIG = "manifest.sig"
PAYLOAD = "payload.bin"
RECEIPT = "receipt.json"
RECEIPT_SIG = "receipt.sig"

MIB = 1024 * 1024
#: Entry size limits of a sync file; a reader refuses anything larger before reading it.
SYNC_LIMITS = {MANIFEST: 64 * 1024, MANIFEST_SIG: 64, PAYLOAD: 256 * MIB}
SYNC_TOTAL_LIMIT = 257 * MIB
#: Largest payload after decompression.
PLAIN_LIMIT = 1024 * MIB
RECEIPT_LIMITS = {RECEIPT: 256 * 1024, RECEIPT_SIG: 64}
RECEIPT_TOTAL_LIMIT = 300 * 1024

UP, DOWN = "up", "down"


def now_text() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def hpke_info(sender_site: str, receiver_site: str, file_id: str, sequence: int) -> bytes:
    """Binds the ciphertext to its manifest: a file re-signed under another name cannot be opened."""
    return f"HTX-SYNC/1\n{sender_site}\n{receiver_site}\n{file_id}\n{sequence}".encode("ascii")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", search_key(text)).strip("-")[:40] or "don-vi"


def sync_file_name(sender_code: str, sender_name: str, receiver_code: str, day: str, sequence: int,
                   sender_site: str) -> str:
    """E.g. `HTX_06046_xa-trang-dinh_gui-20_2026-11-25_so-0003_may-26f1.htxsync`: unit, receiver,
    date, sequence, and the start of the installation id (two PCs of one commune never clash)."""
    return (f"HTX_{sender_code}_{_slug(sender_name)}_gui-{receiver_code}_{day}_so-{sequence:04d}"
            f"_may-{sender_site[:4]}{SYNC_SUFFIX}")


def receipt_file_name(writer_code: str, for_code: str, day: str, sequence: int) -> str:
    return f"HTX_bien-nhan_{writer_code}_cho-{for_code}_{day}_den-so-{sequence:04d}{RECEIPT_SUFFIX}"


def card_file_name(unit_code: str, unit_name: str, day: str) -> str:
    return f"HTX_the-khoa_{unit_code}_{_slug(unit_name)}_{day}{CARD_SUFFIX}"


@dataclass(frozen=True)
class Party:
    site_id: str
    unit_code: str
    fingerprint: str
    unit_name: str = ""
    role: str = ""


@dataclass(frozen=True)
class Manifest:
    file_id: str
    created_at: str
    direction: str
    sender: Party
    receiver: Party
    sequence: int
    covers: dict[str, tuple[int, int]]  # origin site -> (after, through)
    counts: dict[str, int]
    payload_size: int
    plain_size: int
    payload_sha256: str
    program: str = ""
    schema: str = ""

    def to_json(self) -> bytes:
        document = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "file_id": self.file_id,
            "created_at": self.created_at,
            "program": self.program,
            "schema": self.schema,
            "direction": self.direction,
            "sender": _party_json(self.sender),
            "receiver": _party_json(self.receiver),
            "sequence": self.sequence,
            "covers": {site: {"after": a, "through": t} for site, (a, t) in sorted(self.covers.items())},
            "counts": self.counts,
            "payload": {
                "encoding": "jsonl",
                "compression": "zlib",
                "encryption": SUITE_NAME,
                "size": self.payload_size,
                "plain_size": self.plain_size,
                "sha256": self.payload_sha256,
            },
        }
        return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def _party_json(party: Party) -> dict[str, str]:
    document = {"site_id": party.site_id, "unit_code": party.unit_code, "fingerprint": party.fingerprint}
    if party.unit_name:
        document["unit_name"] = party.unit_name
    if party.role:
        document["role"] = party.role
    return document


def load_json_object(data: bytes) -> dict[str, Any]:
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise Refusal("damaged", detail=f"JSON: {error}") from error
    if not isinstance(document, dict):
        raise Refusal("damaged", detail="JSON object expected")
    return document


def check_format(document: dict[str, Any], expected: str) -> None:
    if document.get("format") != expected:
        raise Refusal("not_sync_file", name=expected)
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        raise Refusal("format_version", version=version, supported=FORMAT_VERSION)


def parse_manifest(data: bytes) -> Manifest:
    """Read a manifest, refusing unknown formats and any missing or ill-typed field."""
    document = load_json_object(data)
    check_format(document, FORMAT)
    try:
        payload = document["payload"]
        if (payload["encoding"], payload["compression"], payload["encryption"]) != ("jsonl", "zlib", SUITE_NAME):
            raise Refusal("format_version", version=f"{payload['compression']}/{payload['encryption']}",
                          supported=FORMAT_VERSION)
        covers = {
            _text(site): (_count(item["after"]), _count(item["through"]))
            for site, item in document["covers"].items()
        }
        manifest = Manifest(
            file_id=str(uuid.UUID(_text(document["file_id"]))),
            created_at=_text(document["created_at"]),
            direction=_choice(document["direction"], (UP, DOWN)),
            sender=_party(document["sender"]),
            receiver=_party(document["receiver"]),
            sequence=_count(document["sequence"], low=1),
            covers=covers,
            counts={_text(name): _count(count) for name, count in document["counts"].items()},
            payload_size=_count(payload["size"]),
            plain_size=_count(payload["plain_size"]),
            payload_sha256=_text(payload["sha256"]),
            program=str(document.get("program", "")),
            schema=str(document.get("schema", "")),
        )
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise Refusal("damaged", detail=f"manifest: {error!r}") from error
    if manifest.plain_size > PLAIN_LIMIT:
        raise Refusal("oversized", name="payload", size=manifest.plain_size, limit=PLAIN_LIMIT)
    return manifest


def _party(value: Any) -> Party:
    return Party(
        site_id=_text(value["site_id"]),
        unit_code=_text(value["unit_code"]),
        fingerprint=_text(value["fingerprint"]),
        unit_name=str(value.get("unit_name", "")),
        role=str(value.get("role", "")),
    )


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value or len(value) > 200:
        raise ValueError(f"text expected, got {value!r}"[:80])
    return value


def _count(value: Any, low: int = 0) -> int:
    if type(value) is not int or not low <= value < 2**63:
        raise ValueError(f"count expected, got {value!r}"[:80])
    return value


def _choice(value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise ValueError(f"one of {choices} expected")
    return str(value)
