"""Key cards: an installation's public keys as a small signed JSON file, and a printable page.

The card is self-signed with its Ed25519 key; a card that replaces an earlier key is also signed
by that earlier key, so installations that trusted the old one can accept the new one.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from htx_desktop.messages import tr
from htx_desktop.security.keys import fingerprint as compute_fingerprint
from htx_desktop.sync.crypto import b64, canonical, sign, unb64, verify
from htx_desktop.sync.errors import Refusal, shows_safely
from htx_desktop.sync.format import FORMAT_VERSION, clean_text, load_json_object, site_id, unit_code

CARD_FORMAT = "htx-key-card"
CARD_LIMIT = 64 * 1024


@dataclass(frozen=True)
class KeyCard:
    site_id: str
    unit_code: str
    unit_name: str
    unit_kind: str
    unit_parent: str | None
    role: str
    upstream_code: str | None
    serves: tuple[str, ...]
    signing_public: bytes
    encryption_public: bytes
    created_at: str
    #: Public keys this card replaces (signing, encryption), when signed by the old key too.
    replaces: tuple[bytes, bytes] | None = None
    replaced_signature: bytes | None = field(default=None, compare=False)

    @property
    def fingerprint(self) -> str:
        return compute_fingerprint(self.signing_public, self.encryption_public)

    @property
    def replaces_fingerprint(self) -> str | None:
        return compute_fingerprint(*self.replaces) if self.replaces else None

    def signed_part(self) -> dict[str, Any]:
        return {
            "format": CARD_FORMAT,
            "format_version": FORMAT_VERSION,
            "site_id": self.site_id,
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "unit_kind": self.unit_kind,
            "unit_parent": self.unit_parent,
            "role": self.role,
            "upstream_code": self.upstream_code,
            "serves": list(self.serves),
            "signing_public": b64(self.signing_public),
            "encryption_public": b64(self.encryption_public),
            "fingerprint": self.fingerprint,
            "created_at": self.created_at,
            "replaces": None
            if self.replaces is None
            else {
                "signing_public": b64(self.replaces[0]),
                "encryption_public": b64(self.replaces[1]),
                "fingerprint": self.replaces_fingerprint,
            },
        }

    def replacement_is_signed_by(self, signing_public: bytes) -> bool:
        return (
            self.replaces is not None
            and self.replaced_signature is not None
            and self.replaces[0] == signing_public
            and verify(signing_public, self.replaced_signature, canonical(self.signed_part()))
        )


def card_json(card: KeyCard, signing_private: bytes, old_signing_private: bytes | None = None) -> bytes:
    """The card file: the signed part, its self-signature and, for a replacement, the old key's."""
    import json

    document = card.signed_part()
    signed = canonical(document)
    document["self_signature"] = b64(sign(signing_private, signed))
    document["replaced_signature"] = b64(sign(old_signing_private, signed)) if old_signing_private else None
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def parse_card(data: bytes) -> KeyCard:
    """A card read from a file, its fingerprint and self-signature checked."""
    if len(data) > CARD_LIMIT:
        raise Refusal("oversized", name="card", size=len(data), limit=CARD_LIMIT)
    document = load_json_object(data)
    if document.get("format") != CARD_FORMAT:
        raise Refusal("not_card")
    if document.get("format_version") != FORMAT_VERSION:
        raise Refusal("format_version", version=document.get("format_version"), supported=FORMAT_VERSION)
    try:
        replaces = document["replaces"]
        card = KeyCard(
            site_id=site_id(document["site_id"]),
            unit_code=unit_code(document["unit_code"]),
            unit_name=_text(document["unit_name"]),
            unit_kind=_text(document["unit_kind"]),
            unit_parent=document["unit_parent"] and unit_code(document["unit_parent"]),
            role=_text(document["role"]),
            upstream_code=document["upstream_code"] and unit_code(document["upstream_code"]),
            serves=tuple(unit_code(code) for code in document["serves"]),
            signing_public=unb64(document["signing_public"], 32),
            encryption_public=unb64(document["encryption_public"], 32),
            created_at=_text(document["created_at"]),
            replaces=None
            if replaces is None
            else (unb64(replaces["signing_public"], 32), unb64(replaces["encryption_public"], 32)),
            replaced_signature=None
            if document.get("replaced_signature") is None
            else unb64(document["replaced_signature"], 64),
        )
        self_signature = unb64(document["self_signature"], 64)
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise Refusal("damaged", detail=f"card: {error!r}") from error
    if document.get("fingerprint") != card.fingerprint:
        raise Refusal("card_fingerprint")
    if not verify(card.signing_public, self_signature, canonical(card.signed_part())):
        raise Refusal("bad_card_signature")
    return card


def _text(value: Any) -> str:
    """Text of a card: shown to the officer, so NFC and without control or format characters."""
    if not isinstance(value, str) or not value or len(value) > 300 or not clean_text(value) or not shows_safely(value):
        raise ValueError("text expected")
    return value


def qr_text(card: KeyCard) -> str:
    return f"HTXKEY1;site={card.site_id};unit={card.unit_code};fp={card.fingerprint.replace(' ', '')}"


def printable_page(card: KeyCard) -> str:
    """An HTML page to print (any browser, no Qt): fingerprint in groups and as a QR code."""
    import segno

    # A fixed mask: choosing the best of eight takes longer than the rest of the card.
    qr = segno.make(qr_text(card), error="m", mask=0).svg_inline(scale=5, dark="#000", light="#fff")
    groups = card.fingerprint.split(" ")
    cells = "".join(f"<td>{html.escape(group)}</td>" for group in groups[:4])
    cells2 = "".join(f"<td>{html.escape(group)}</td>" for group in groups[4:])
    escape = html.escape
    rows = [
        (tr("card.unit"), f"{card.unit_name} ({card.unit_code})"),
        (tr("card.role"), tr(f"card.role.{card.role}") if card.role in ("commune", "aggregator") else card.role),
        (tr("card.upstream"), card.upstream_code or "—"),
        (tr("card.site"), card.site_id),
        (tr("card.created"), card.created_at),
    ]
    if card.replaces_fingerprint:
        rows.append((tr("card.replaces"), card.replaces_fingerprint))
    details = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{escape(tr("card.title"))} — {escape(card.unit_name)}</title>
<style>
@page {{ size: A4; margin: 20mm 20mm 20mm 30mm; }}
body {{ font-family: "Liberation Serif", "Times New Roman", serif; font-size: 13pt; }}
h1 {{ font-size: 18pt; text-align: center; }}
table.fp {{ margin: 8mm auto; border-collapse: collapse; }}
table.fp td {{ font-family: "Liberation Mono", "Courier New", monospace; font-size: 24pt;
  border: 1px solid #000; padding: 3mm 5mm; letter-spacing: 2pt; }}
table.details th {{ text-align: left; padding-right: 6mm; font-weight: normal; color: #333; }}
.qr {{ text-align: center; margin: 6mm; }}
.note {{ border-top: 1px solid #000; padding-top: 4mm; font-size: 11pt; }}
</style></head>
<body>
<h1>{escape(tr("card.title"))}</h1>
<table class="details">{details}</table>
<p>{escape(tr("card.fingerprint"))}</p>
<table class="fp"><tr>{cells}</tr><tr>{cells2}</tr></table>
<div class="qr">{qr}</div>
<p class="note">{escape(tr("card.instructions"))}</p>
</body></html>
"""
