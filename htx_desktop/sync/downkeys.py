"""Key cards an upstream unit passes down: new installations it vouches for, and revocations.

A key this installation does not know yet is trusted on the upstream's word (noted as such);
a key it knows is revoked here when the upstream revoked it. Nothing else changes: a different
key for an installation already trusted is left for the officer to check by phone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.messages import tr
from htx_desktop.security.keys import fingerprint
from htx_desktop.storage.base import utcnow
from htx_desktop.storage.models import TrustedKey, Unit
from htx_desktop.sync.crypto import unb64
from htx_desktop.sync.errors import Refusal
from htx_desktop.sync.export import KEY_COLUMNS
from htx_desktop.sync.merge import TableCounts
from htx_desktop.sync.payload import Section
from htx_desktop.sync.rows import decoder


@dataclass
class KeyAction:
    kind: str  # add, revoke
    values: dict[str, Any]
    existing_id: int | None = None


def _decode(section: Section) -> list[dict[str, Any]]:
    if section.columns != KEY_COLUMNS:
        raise Refusal("unknown_column", table=section.name, column=",".join(section.columns)[:60])
    table = TrustedKey.__table__
    decoders = {name: decoder(table.c[name]) for name in KEY_COLUMNS if name not in
                ("signing_public", "encryption_public")}
    records = []
    for raw in section.rows:
        values = dict(zip(KEY_COLUMNS, raw))
        record = {name: decode(values[name]) for name, decode in decoders.items()}
        record["signing_public"] = unb64(values["signing_public"], 32)
        record["encryption_public"] = unb64(values["encryption_public"], 32)
        if fingerprint(record["signing_public"], record["encryption_public"]) != record["fingerprint"]:
            raise Refusal("damaged", detail="a key's fingerprint does not match it")
        records.append(record)
    return records


def plan_keys(session: Session, section: Section, own_site: str) -> tuple[list[KeyAction], TableCounts]:
    counts = TableCounts()
    actions: list[KeyAction] = []
    known = {key.fingerprint: key for key in session.scalars(select(TrustedKey))}
    active_sites = {key.site_id for key in known.values() if key.revoked_at is None}
    units = set(session.scalars(select(Unit.code)))
    for record in _decode(section):
        mine = known.get(record["fingerprint"])
        revoked_at: datetime | None = record["revoked_at"]
        if mine is not None:
            if revoked_at is not None and mine.revoked_at is None:
                actions.append(KeyAction("revoke", record, mine.id))
                counts.changed += 1
            else:
                counts.unchanged += 1
        elif (revoked_at is None and record["site_id"] != own_site and record["site_id"] not in active_sites
              and record["unit_code"] in units):
            actions.append(KeyAction("add", record))
            counts.new += 1
        else:
            counts.unchanged += 1
    return actions, counts


def apply_keys(session: Session, actions: list[KeyAction], sender_unit: str) -> None:
    vouched = tr("sync.key_vouched_by", unit=sender_unit)
    for action in actions:
        values = action.values
        if action.kind == "revoke":
            key = session.get(TrustedKey, action.existing_id)
            key.revoked_at = values["revoked_at"]
            key.revoked_reason = values["revoked_reason"] or vouched
            key.note = (key.note or "") + vouched
        else:
            session.add(TrustedKey(
                site_id=values["site_id"], unit_code=values["unit_code"], role=values["role"],
                upstream_code=values["upstream_code"], serves=values["serves"] or "",
                signing_public=values["signing_public"], encryption_public=values["encryption_public"],
                fingerprint=values["fingerprint"], trusted_at=utcnow(), trusted_by=vouched, note=vouched,
            ))
    session.flush()
