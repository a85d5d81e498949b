"""Who may send what: the units an installation speaks for, and the rows a file carries.

A commune installation speaks for its unit and the older units mapped to it. An aggregator also
speaks for every unit whose installation sends to it (read from the key cards it trusts), so a
district can pass its communes' records up to the province.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from htx_desktop.domain.enums import InstallationRole
from htx_desktop.storage.models import Installation, TrustedKey, Unit

#: Tables an upstream unit sends down: the unit list and plans with their targets.
REFERENCE_TABLES = ("units", "plans", "plan_phases", "indicators", "indicator_targets")


def expand(session: Session, codes: Iterable[str]) -> set[str]:
    """The units and everything below them (parent link or mapping to a current unit)."""
    found = {code for code in codes if code}
    frontier = set(found)
    while frontier:
        below = set(session.scalars(
            select(Unit.code).where(or_(Unit.parent_code.in_(frontier), Unit.current_code.in_(frontier)))
        )) - found
        found |= below
        frontier = below
    return found


def serves_list(key: TrustedKey) -> list[str]:
    return [code for code in (key.serves or "").split(",") if code]


def served_by_key(session: Session, key: TrustedKey) -> set[str]:
    """Units whose records the holder of a trusted key may send to us."""
    return expand(session, [key.unit_code, *serves_list(key)])


def own_served(session: Session, installation: Installation) -> set[str]:
    """Units whose records this installation sends upstream (and lists on its key card)."""
    codes = [installation.unit_code]
    if installation.role == InstallationRole.AGGREGATOR:
        senders = session.scalars(
            select(TrustedKey).where(
                TrustedKey.upstream_code == installation.unit_code, TrustedKey.revoked_at.is_(None)
            )
        )
        for key in senders:
            codes += [key.unit_code, *serves_list(key)]
    return expand(session, codes)


def is_above(session: Session, upper_code: str, unit_code: str, upstream_code: str | None) -> bool:
    """True when `upper_code` is the upstream unit of `unit_code`, or a unit above it."""
    if upper_code == upstream_code:
        return True
    return upper_code != unit_code and unit_code in expand(session, [upper_code])


def load_versions(text: str | None) -> dict[str, int]:
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return {str(k): int(v) for k, v in value.items()} if isinstance(value, dict) else {}


def dump_versions(versions: dict[str, int]) -> str:
    return json.dumps(dict(sorted(versions.items())), separators=(",", ":"))
