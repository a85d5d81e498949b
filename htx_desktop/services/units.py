"""Administrative units: the national list from `vietnam-provinces`, and units users add.

National codes are zero-padded strings (provinces 2 digits, communes 5). A unit a user adds gets
the code "U" + its old official code when it had one (e.g. "U178" for a pre-2025 district), else
"U-" + random letters: neither can collide with a national code.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from htx_desktop.domain.enums import UnitKind
from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.messages import tr
from htx_desktop.storage.base import utcnow
from htx_desktop.storage.models import Unit
from htx_desktop.storage.models.units import unit_uuid
from htx_desktop.text import clean, search_key, vietnamese_sort_key

NATIONAL_SITE = "national"
# Words that say what kind of unit a name is; sorting and type-ahead look past them.
KIND_PREFIXES = ("Thành phố ", "Tỉnh ", "Đặc khu ", "Phường ", "Xã ")


@dataclass(frozen=True)
class UnitInfo:
    code: str
    name: str
    kind: str
    parent_code: str | None
    current_code: str | None
    national: bool


def _info(unit: Unit) -> UnitInfo:
    return UnitInfo(unit.code, unit.name, unit.kind, unit.parent_code, unit.current_code, unit.national)


def unit_label(name: str, code: str) -> str:
    """How a unit is named to the officer: "Xã Tràng Định (06046)"."""
    return f"{name} ({code})"


def bare_name(name: str) -> str:
    """The name without its kind: "Tỉnh Lạng Sơn" → "Lạng Sơn"."""
    return next((name[len(prefix):] for prefix in KIND_PREFIXES if name.startswith(prefix)), name)


def unit_sort_key(name: str) -> tuple[object, ...]:
    """Units in Vietnamese alphabetical order of their names without "Tỉnh", "Xã"...: Cần Thơ
    comes after Cao Bằng, not first among the "Thành phố"."""
    return vietnamese_sort_key(bare_name(name)), vietnamese_sort_key(name)


def describe_code(session: Session, code: str) -> str:
    """ "Tỉnh Lạng Sơn (20)" for a code; the code alone for a unit this database does not have."""
    name = session.scalar(select(Unit.name).where(Unit.code == code))
    return unit_label(name, code) if name else code


def national_unit_rows() -> list[dict[str, object]]:
    """Rows for the 34 provinces and 3,321 communes, provinces first."""
    from vietnam_provinces import Province, Ward

    now = utcnow()
    rows: list[dict[str, object]] = []

    def row(code: str, name: str, kind: UnitKind, division: str, parent: str | None) -> dict[str, object]:
        return {
            "id": unit_uuid(code),
            "code": code,
            "name": name,
            "name_key": search_key(name),
            "kind": kind.value,
            "division_type": division,
            "parent_code": parent,
            "current_code": None,
            "receiving_code": None,
            "national": True,
            "site_id": NATIONAL_SITE,
            "owner_unit": "",
            "version": 0,
            "created_at": now,
            "updated_at": now,
            "deleted": False,
        }

    for province in Province.iter_all():
        code = f"{int(province.code):02d}"
        division = province.division_type.value
        name = clean(province.name)
        if not search_key(name).startswith(("tinh ", "thanh pho ")):
            name = ("Tỉnh " if division == "tỉnh" else "Thành phố ") + name
        rows.append(row(code, name, UnitKind.PROVINCE, division, None))
    for ward in Ward.iter_all():
        code = f"{int(ward.code):05d}"
        parent = f"{int(ward.province_code):02d}"
        rows.append(row(code, clean(ward.name), UnitKind.COMMUNE, ward.division_type.value, parent))
    return rows


def load_national_units(session: Session) -> int:
    """Insert the national list into an empty units table; returns how many were added."""
    if session.scalar(select(func.count()).select_from(Unit).where(Unit.national)):
        return 0
    rows = national_unit_rows()
    session.execute(insert(Unit), rows)
    return len(rows)


def get_unit(session: Session, code: str) -> Unit:
    # By id first: the session's identity map answers the same unit again without a query (an
    # import checks the unit of every row).
    unit = session.get(Unit, unit_uuid(code))
    if unit is None or unit.code != code:
        unit = session.scalar(select(Unit).where(Unit.code == code))
    if unit is None or unit.deleted:
        raise HtxError(tr("unknown_unit", code=code))
    return unit


def unit_info(session: Session, code: str) -> UnitInfo:
    return _info(get_unit(session, code))


def add_unit(
    session: Session,
    name: str,
    kind: UnitKind,
    parent_code: str | None = None,
    current_code: str | None = None,
    old_code: str | None = None,
) -> UnitInfo:
    """Add a unit that is not on the national list: a district still aggregating, an old commune."""
    name = clean(name)
    if not name:
        raise ValidationError({"name": tr("required", field=tr("field.name"))})
    for code in (parent_code, current_code):
        if code:
            get_unit(session, code)
    code = f"U{clean(old_code)}" if old_code else f"U-{secrets.token_hex(3).upper()}"
    existing = session.scalar(select(Unit).where(Unit.code == code))
    if existing is not None:
        return _info(existing)
    unit = Unit(
        id=unit_uuid(code),
        code=code,
        name=name,
        name_key=search_key(name),
        kind=kind.value,
        parent_code=parent_code,
        current_code=current_code,
        national=False,
    )
    session.add(unit)
    session.flush()
    return _info(unit)


def child_map(links: Iterable[tuple[str, str | None, str | None]]) -> dict[str, list[str]]:
    """(code, parent code, current code) links → the units directly under each unit; a unit
    mapped to a current one counts under it too."""
    children: dict[str, list[str]] = {}
    for child, parent, current in links:
        for above in {parent, current} - {None}:
            children.setdefault(above, []).append(child)
    return children


def descendants(children: dict[str, list[str]], code: str) -> list[str]:
    """The unit and every unit below it, the unit first."""
    found, seen, stack = [code], {code}, [code]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in seen:
                seen.add(child)
                found.append(child)
                stack.append(child)
    return found


def units_under(session: Session, code: str) -> list[str]:
    """The unit and every unit below it (by parent link or by mapping to a current unit)."""
    rows = session.execute(select(Unit.code, Unit.parent_code, Unit.current_code)).all()
    return descendants(child_map(rows), code)


def unit_names(session: Session, codes: set[str]) -> dict[str, str]:
    if not codes:
        return {}
    return dict(session.execute(select(Unit.code, Unit.name).where(Unit.code.in_(codes))).all())


def choices(session: Session, code: str) -> list[UnitInfo]:
    """Units an officer of `code` may record data for: the unit and every unit under it."""
    codes = units_under(session, code)
    own = list(session.scalars(select(Unit).where(Unit.code.in_(codes), Unit.deleted.is_(False))))
    own.sort(key=lambda unit: (unit.code != code, unit.kind != UnitKind.COMMUNE, unit_sort_key(unit.name)))
    return [_info(unit) for unit in own]
