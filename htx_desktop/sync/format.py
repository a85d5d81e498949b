"""The sync file format, version 1 (docs/sync-format.md): names, limits, the manifest and its checks."""

from __future__ import annotations

import json
import re
import time
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from htx_desktop.storage import hlc
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
#: Most records one sync file may carry (all tables together), checked on the manifest's counts.
ROW_LIMIT = 2_000_000
#: Highest sequence number of a sync file or receipt (a file a minute for a thousand years).
SEQUENCE_LIMIT = 10**9
#: How far ahead of the receiver's clock a version may be: a day (a PC whose date is wrong by
#: more must be corrected before its files are accepted, else its writes would win every merge).
VERSION_AHEAD_MS = 24 * 3600 * 1000

UP, DOWN = "up", "down"


def version_limit(clock: int, now_ms: int | None = None) -> int:
    """The highest version a file may carry: a day ahead of the receiver's hybrid clock (the later
    of its wall clock and the last version it issued or saw). Later local writes never overflow."""
    wall = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    return min(hlc.pack(max(wall, hlc.unpack(clock)[0]) + VERSION_AHEAD_MS, hlc.COUNTER_MASK), 2**63 - 1)


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
    except (ValueError, RecursionError) as error:  # bad UTF-8 or JSON, a number of 5,000 digits...
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
    fields = _Fields(document)
    inner = _Fields(fields.take("payload", _object), "payload.")
    scheme = tuple(inner.take(name, _text) for name in ("encoding", "compression", "encryption"))
    if scheme != ("jsonl", "zlib", SUITE_NAME):
        raise Refusal("format_version", version="/".join(scheme[1:]), supported=FORMAT_VERSION)
    manifest = Manifest(
        file_id=fields.take("file_id", _uuid),
        created_at=fields.take("created_at", _text),
        direction=fields.take("direction", _choice, (UP, DOWN)),
        sender=fields.take("sender", _party),
        receiver=fields.take("receiver", _party),
        sequence=fields.take("sequence", bounded_int, 1, SEQUENCE_LIMIT),
        covers=fields.take("covers", _covers),
        counts=fields.take("counts", _counts),
        payload_size=inner.take("size", bounded_int),
        plain_size=inner.take("plain_size", bounded_int),
        payload_sha256=inner.take("sha256", _sha256),
        program=fields.take("program", _text, empty=True, default=""),
        schema=fields.take("schema", _text, empty=True, default=""),
    )
    if manifest.plain_size > PLAIN_LIMIT:
        raise Refusal("oversized", name="payload", size=manifest.plain_size, limit=PLAIN_LIMIT)
    if sum(manifest.counts.values()) > ROW_LIMIT:
        raise Refusal("too_many_rows", rows=sum(manifest.counts.values()), limit=ROW_LIMIT)
    return manifest


class _Fields:
    """Typed fields of a JSON object; a missing or ill-typed one is "damaged", naming the field."""

    def __init__(self, document: dict[str, Any], prefix: str = "") -> None:
        self.document, self.prefix = document, prefix

    def take(self, name: str, check: Any, *args: Any, default: Any = KeyError, **options: Any) -> Any:
        try:
            if name not in self.document and default is not KeyError:
                return default
            return check(self.document[name], *args, **options)
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            detail = f"{error}" if not isinstance(error, KeyError) else f"missing {error}"
            raise Refusal("damaged", detail=f"manifest: {self.prefix}{name}: {detail}"[:160]) from error


def _uuid(value: Any) -> str:
    return str(uuid.UUID(_text(value)))


def _covers(value: Any) -> dict[str, tuple[int, int]]:
    return {site_id(site): (bounded_int(_object(item)["after"]), bounded_int(item["through"]))
            for site, item in _object(value).items()}


def _counts(value: Any) -> dict[str, int]:
    return {_text(name): bounded_int(count, high=ROW_LIMIT) for name, count in _object(value).items()}


def _party(value: Any) -> Party:
    value = _object(value)
    return Party(
        site_id=site_id(value["site_id"]),
        unit_code=unit_code(value["unit_code"]),
        fingerprint=_text(value["fingerprint"]),
        unit_name=_text(value.get("unit_name", ""), empty=True),
        role=_text(value.get("role", ""), empty=True),
    )


_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
#: National codes (province 2 digits, commune 5) and units users add ("U178", "U-3F9A1C").
_UNIT_CODE = re.compile(r"\d{2}|\d{5}|U[-0-9A-Za-z]{1,15}")
_SHA256 = re.compile(r"[0-9a-f]{64}")


def site_id(value: Any) -> str:
    """An installation id: a UUID as lower-case hyphenated text."""
    if type(value) is not str or not _UUID_TEXT.fullmatch(value):
        raise ValueError(f"installation id expected, got {value!r}"[:80])
    return value


def unit_code(value: Any) -> str:
    if type(value) is not str or not _UNIT_CODE.fullmatch(value):
        raise ValueError(f"unit code expected, got {value!r}"[:80])
    return value


def _sha256(value: Any) -> str:
    if type(value) is not str or not _SHA256.fullmatch(value):
        raise ValueError(f"SHA-256 expected, got {value!r}"[:80])
    return value


def _object(value: Any) -> dict[str, Any]:
    if type(value) is not dict:
        raise TypeError("JSON object expected")
    return value


def _text(value: Any, *, empty: bool = False) -> str:
    if type(value) is not str or not (value or empty) or len(value) > 200 or not clean_text(value):
        raise ValueError(f"text expected, got {value!r}"[:80])
    return value


def clean_text(value: str) -> bool:
    """True for text as the format wants it: Unicode NFC, no lone surrogate (JSON's \\udXXX)."""
    return value.isascii() or (not _SURROGATE.search(value) and unicodedata.is_normalized("NFC", value))


_SURROGATE = re.compile("[\ud800-\udfff]")


def bounded_int(value: Any, low: int = 0, high: int = 2**63 - 1) -> int:
    if type(value) is not int or not low <= value <= high:
        shown = repr(value) if type(value) is not int or abs(value) < 10**30 else "a number of many digits"
        raise ValueError(f"whole number from {low} to {high} expected, got {shown}"[:100])
    return value


def _choice(value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise ValueError(f"one of {choices} expected")
    return str(value)
