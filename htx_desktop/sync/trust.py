"""The trust store: whose key cards this installation trusts, replacements, revocations, own keys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from htx_desktop.domain.enums import UnitKind
from htx_desktop.errors import HtxError
from htx_desktop.messages import tr
from htx_desktop.security.keys import KeyPairs, fingerprint
from htx_desktop.services import units
from htx_desktop.storage.base import utcnow
from htx_desktop.storage.models import Installation, RetiredKey, TrustedKey, Unit
from htx_desktop.storage.models.units import unit_uuid
from htx_desktop.sync import scope
from htx_desktop.sync.errors import Refusal, SyncError
from htx_desktop.sync.format import now_text
from htx_desktop.sync.keycards import KeyCard
from htx_desktop.text import search_key


@dataclass(frozen=True)
class TrustedKeyInfo:
    site_id: str
    unit_code: str
    unit_name: str
    role: str
    fingerprint: str
    trusted_at: datetime
    trusted_by: str
    revoked_at: datetime | None
    revoked_reason: str | None
    serves: tuple[str, ...]


@dataclass(frozen=True)
class TrustOutcome:
    kind: str  # new, updated, unchanged, replaced
    fingerprint: str
    site_id: str
    unit_code: str
    unit_name: str
    replaced_fingerprint: str | None = None


def installation(session: Session) -> Installation:
    found = session.get(Installation, 1)
    if found is None:
        raise HtxError(tr("sync.not_initialised"))
    return found


def own_card(session: Session) -> tuple[KeyCard, bytes, bytes | None]:
    """This installation's card, its signing key, and the retired key that signs the replacement."""
    me = installation(session)
    unit = session.scalar(select(Unit).where(Unit.code == me.unit_code))
    keys = KeyPairs(me.signing_key, me.encryption_key)
    retired = session.scalar(
        select(RetiredKey).where(RetiredKey.compromised.is_(False)).order_by(RetiredKey.id.desc()).limit(1)
    )
    old = KeyPairs(retired.signing_key, retired.encryption_key) if retired else None
    card = KeyCard(
        site_id=me.site_id,
        unit_code=me.unit_code,
        unit_name=unit.name if unit else me.unit_code,
        unit_kind=unit.kind if unit else "",
        unit_parent=unit.parent_code if unit else None,
        role=me.role,
        upstream_code=me.upstream_code,
        serves=tuple(sorted(scope.own_served(session, me))),
        signing_public=keys.signing_public,
        encryption_public=keys.encryption_public,
        created_at=now_text(),
        replaces=(old.signing_public, old.encryption_public) if old else None,
    )
    return card, me.signing_key, old.signing_private if old else None


def _ensure_unit(session: Session, card: KeyCard) -> str:
    """The card's unit must be known here; a unit a user added elsewhere (code U...) is added."""
    unit = session.scalar(select(Unit).where(Unit.code == card.unit_code))
    if unit is not None:
        return unit.name
    if not card.unit_code.startswith("U") or card.unit_kind not in set(UnitKind):
        raise Refusal("card_unknown_unit", unit=card.unit_code)
    parent = card.unit_parent if card.unit_parent and session.scalar(
        select(Unit.code).where(Unit.code == card.unit_parent)) else None
    now = utcnow()
    # A local note of the unit (version 0: never sent on); the owner's own row replaces it in sync.
    session.execute(insert(Unit.__table__).values(
        id=unit_uuid(card.unit_code), code=card.unit_code, name=card.unit_name, name_key=search_key(card.unit_name),
        kind=card.unit_kind, division_type="", parent_code=parent, current_code=None, receiving_code=None,
        national=False, site_id="", owner_unit="", version=0, created_at=now, updated_at=now, deleted=False,
    ))
    return card.unit_name


def trust_card(session: Session, card: KeyCard, username: str = "") -> TrustOutcome:
    me = installation(session)
    if card.site_id == me.site_id:
        raise Refusal("own_card")
    unit_name = _ensure_unit(session, card)
    keys = session.scalars(select(TrustedKey).where(TrustedKey.site_id == card.site_id)).all()
    same = next((key for key in keys if key.fingerprint == card.fingerprint), None)
    active = [key for key in keys if key.revoked_at is None]
    outcome = TrustOutcome("new", card.fingerprint, card.site_id, card.unit_code, unit_name)
    if same is not None and same.revoked_at is not None:
        raise Refusal("card_revoked", date=f"{same.revoked_at:%d/%m/%Y}", reason=same.revoked_reason or "")
    if same is not None:
        before = (same.role, same.upstream_code, same.serves, same.unit_code)
        _fill(same, card)
        changed = before != (same.role, same.upstream_code, same.serves, same.unit_code)
        return TrustOutcome("updated" if changed else "unchanged", card.fingerprint, card.site_id,
                            card.unit_code, unit_name)
    old = next((key for key in active if card.replacement_is_signed_by(key.signing_public)), None)
    if active and old is None:
        raise Refusal("card_conflict", fingerprint=active[0].fingerprint)
    new = TrustedKey(site_id=card.site_id, signing_public=card.signing_public,
                     encryption_public=card.encryption_public, fingerprint=card.fingerprint,
                     trusted_at=utcnow(), trusted_by=username)
    _fill(new, card)
    session.add(new)
    session.flush()
    if old is not None:
        old.revoked_at = utcnow()
        old.revoked_reason = tr("sync.replaced_reason", fingerprint=card.fingerprint)
        old.replaced_by_id = new.id
        outcome = TrustOutcome("replaced", card.fingerprint, card.site_id, card.unit_code, unit_name, old.fingerprint)
    return outcome


def _fill(key: TrustedKey, card: KeyCard) -> None:
    key.unit_code = card.unit_code
    key.role = card.role
    key.upstream_code = card.upstream_code
    key.serves = ",".join(card.serves)


def _matching(session: Session, selector: str) -> list[TrustedKey]:
    compact = selector.replace(" ", "").upper()
    keys = session.scalars(select(TrustedKey).where(TrustedKey.revoked_at.is_(None))).all()
    return [
        key for key in keys
        if selector in (key.site_id, key.unit_code) or key.fingerprint.replace(" ", "") == compact
    ]


def revoke(session: Session, selector: str, reason: str, username: str = "") -> TrustedKeyInfo:
    """Revoke a trusted key named by its installation id, fingerprint or (if only one) unit code."""
    if not reason.strip():
        raise HtxError(tr("sync.revoke_needs_reason"))
    found = _matching(session, selector.strip())
    if not found:
        raise HtxError(tr("sync.no_such_key", selector=selector))
    if len(found) > 1:
        raise HtxError(tr("sync.several_keys", selector=selector, count=len(found)))
    key = found[0]
    key.revoked_at = utcnow()
    key.revoked_reason = reason.strip()
    key.note = (key.note or "") + tr("sync.revoked_by", username=username or "-")
    session.flush()
    return info(session, key)


def replace_own_keys(session: Session, reason: str, compromised: bool = False) -> str:
    """New key pairs for this installation; the old ones are kept (unless compromised) to open
    files still on their way. Returns the new fingerprint."""
    me = installation(session)
    old = KeyPairs(me.signing_key, me.encryption_key)
    session.add(RetiredKey(fingerprint=fingerprint(old.signing_public, old.encryption_public),
                           signing_key=old.signing_private, encryption_key=old.encryption_private,
                           compromised=compromised, reason=reason.strip()))
    if compromised:  # a compromised key must not sign the new card nor open anything any more
        for retired in session.scalars(select(RetiredKey)):
            retired.compromised = True
    new = KeyPairs.generate()
    me.signing_key, me.encryption_key = new.signing_private, new.encryption_private
    session.flush()
    return fingerprint(new.signing_public, new.encryption_public)


def sender_key(session: Session, site_id: str, fingerprint_text: str) -> TrustedKey:
    """The trusted key a file claims to be signed with; refused if unknown or revoked."""
    keys = session.scalars(select(TrustedKey).where(TrustedKey.site_id == site_id)).all()
    key = next((k for k in keys if k.fingerprint == fingerprint_text), None)
    if key is None:
        raise Refusal("unknown_sender", site=site_id)
    if key.revoked_at is not None:
        raise Refusal("revoked_sender", date=f"{key.revoked_at:%d/%m/%Y}", reason=key.revoked_reason or "")
    return key


def receiver_key(session: Session, unit_code: str) -> TrustedKey:
    """The key to encrypt to for a unit: its most recently trusted, unrevoked key card."""
    key = session.scalar(
        select(TrustedKey)
        .where(TrustedKey.unit_code == unit_code, TrustedKey.revoked_at.is_(None))
        .order_by(TrustedKey.trusted_at.desc(), TrustedKey.id.desc())
        .limit(1)
    )
    if key is None:
        raise SyncError("sync.no_receiver_key", unit=units.describe_code(session, unit_code))
    return key


def own_private_keys(session: Session, fingerprint_text: str) -> KeyPairs | None:
    """This installation's current key pair, or a retired (not compromised) one, by fingerprint."""
    me = installation(session)
    current = KeyPairs(me.signing_key, me.encryption_key)
    if fingerprint(current.signing_public, current.encryption_public) == fingerprint_text:
        return current
    retired = session.scalar(select(RetiredKey).where(RetiredKey.fingerprint == fingerprint_text,
                                                      RetiredKey.compromised.is_(False)))
    return KeyPairs(retired.signing_key, retired.encryption_key) if retired else None


def info(session: Session, key: TrustedKey) -> TrustedKeyInfo:
    name = session.scalar(select(Unit.name).where(Unit.code == key.unit_code)) or key.unit_code
    return TrustedKeyInfo(key.site_id, key.unit_code, name, key.role or "", key.fingerprint, key.trusted_at,
                          key.trusted_by, key.revoked_at, key.revoked_reason, tuple(scope.serves_list(key)))


def key_infos(session: Session) -> list[TrustedKeyInfo]:
    keys = session.scalars(select(TrustedKey).order_by(TrustedKey.unit_code, TrustedKey.trusted_at))
    return [info(session, key) for key in keys]
