"""Key cards as the GUI and CLI use them: write ours, read and trust others', revoke, replace ours;
and the peers this installation exchanges files with, and where its files go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from htx_desktop.errors import HtxError
from htx_desktop.messages import tr
from htx_desktop.security.access import Actor, Permission
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import SyncPeer, Unit
from htx_desktop.sync import container, scope, trust
from htx_desktop.sync.errors import Refusal, refused
from htx_desktop.sync.format import card_file_name
from htx_desktop.sync.keycards import CARD_LIMIT, KeyCard, card_json, parse_card, printable_page
from htx_desktop.sync.trust import TrustedKeyInfo, TrustOutcome


@dataclass(frozen=True)
class CardFiles:
    card: Path  # the .htxkey file to e-mail
    page: Path  # the printable .html page (fingerprint in groups and as a QR code)
    fingerprint: str


@dataclass(frozen=True)
class PeerStatus:
    site_id: str
    unit_code: str
    unit_name: str
    sent_sequence: int
    received_sequence: int
    last_sent_at: datetime | None
    last_received_at: datetime | None
    last_receipt_at: datetime | None


def _card_paths(target: Path, card: KeyCard) -> tuple[Path, Path]:
    if target.is_dir():
        target = target / card_file_name(card.unit_code, card.unit_name, date.today().isoformat())
    return target, target.with_suffix(".html")


def write_card(database: Database, target: Path) -> CardFiles:
    """Write this installation's key card (and its printable page next to it)."""
    with database.read() as session:
        card, signing_private, old_private = trust.own_card(session)
    path, page = _card_paths(Path(target), card)
    container.write_atomically(path, card_json(card, signing_private, old_private))
    container.write_atomically(page, printable_page(card).encode("utf-8"))
    return CardFiles(path, page, card.fingerprint)


def read_card(path: Path) -> KeyCard:
    """A card file, checked, for showing its unit and fingerprint before the officer trusts it."""
    path = Path(path)
    try:
        if not path.is_file():
            raise Refusal("missing")
        if path.stat().st_size > CARD_LIMIT:
            raise Refusal("oversized", name=path.name, size=path.stat().st_size, limit=CARD_LIMIT)
        return parse_card(path.read_bytes())
    except Refusal as refusal:
        raise refused(path.name, refusal, what="card") from None


def trust_card_file(database: Database, path: Path, actor: Actor) -> TrustOutcome:
    """Trust the installation on a key card, after its fingerprint was confirmed by phone."""
    card = read_card(path)
    try:
        with database.transaction(actor, Permission.ADMINISTER) as session:
            return trust.trust_card(session, card, actor.username)
    except Refusal as refusal:
        raise refused(Path(path).name, refusal, what="card") from None


def revoke_key(database: Database, selector: str, reason: str, actor: Actor) -> TrustedKeyInfo:
    """Stop trusting a key (lost or stolen PC...); files signed with it are refused from now on."""
    with database.transaction(actor, Permission.ADMINISTER) as session:
        return trust.revoke(session, selector, reason, actor.username)


def replace_own_keys(database: Database, target: Path, reason: str, *, compromised: bool = False,
                     actor: Actor) -> CardFiles:
    """New keys for this installation, and the new card to send to every unit that trusts us."""
    with database.transaction(actor, Permission.ADMINISTER) as session:
        trust.replace_own_keys(session, reason, compromised)
    return write_card(database, target)


def trusted_keys(database: Database) -> list[TrustedKeyInfo]:
    with database.read() as session:
        return trust.key_infos(session)


def peers(database: Database) -> list[PeerStatus]:
    with database.read() as session:
        names = dict(session.execute(select(Unit.code, Unit.name)).all())
        return [PeerStatus(p.site_id, p.unit_code, names.get(p.unit_code, p.unit_code), p.sent_sequence,
                           p.received_sequence, p.last_sent_at, p.last_received_at, p.last_receipt_at)
                for p in session.scalars(select(SyncPeer).order_by(SyncPeer.unit_code))]


def upstream_choices(database: Database) -> list[tuple[str, str]]:
    """(code, name) of the units this installation may send to: provinces, and districts that still
    aggregate, except its own unit and those under it; provinces first."""
    with database.read() as session:
        me = trust.installation(session)
        mine = set(scope.expand(session, [me.unit_code])) | {me.unit_code}
        rows = session.execute(
            select(Unit.code, Unit.name, Unit.kind)
            .where(Unit.kind.in_(["province", "district"]), Unit.deleted.is_(False))
            .order_by(Unit.kind.desc(), Unit.name_key)
        ).all()
    return [(code, name) for code, name, _ in rows if code not in mine]


def set_upstream(database: Database, unit_code: str, actor: Actor) -> str:
    """Send this installation's files to another unit (e.g. a district that still aggregates)."""
    with database.transaction(actor, Permission.ADMINISTER) as session:
        me = trust.installation(session)
        name = session.scalar(select(Unit.name).where(Unit.code == unit_code, Unit.deleted.is_(False)))
        if name is None:
            raise HtxError(tr("unknown_unit", code=unit_code))
        if unit_code == me.unit_code or unit_code in scope.expand(session, [me.unit_code]):
            raise HtxError(tr("upstream_same"))
        me.upstream_code = unit_code
        return name


