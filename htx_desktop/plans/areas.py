"""Which unit codes a figure covers, and the communes of an aggregating unit.

A unit's figure counts the records of the unit and of every unit under it, including older units
(pre-2025 districts and communes) mapped to it. The commune table has one row per current commune
under the unit; the records of an old commune count in the row of the commune it became.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.domain.enums import UnitKind
from htx_desktop.services.units import child_map, descendants, units_under
from htx_desktop.storage.models import Unit


def area_codes(session: Session, unit_code: str) -> list[str]:
    return units_under(session, unit_code)


@dataclass(frozen=True)
class CommuneRows:
    communes: tuple[tuple[str, str], ...]  # (code, name) of each row, by name
    row_of: dict[str, str]  # any unit code under the area -> the code of its row

    def members(self, commune: str) -> list[str]:
        """The unit codes whose records count in that commune's row."""
        return [unit for unit, row in self.row_of.items() if row == commune]


def commune_rows(session: Session, unit_code: str) -> CommuneRows:
    """The current communes under the unit, and the row each unit code under it belongs to."""
    rows = session.execute(
        select(Unit.code, Unit.name, Unit.kind, Unit.parent_code, Unit.current_code, Unit.name_key)
        .where(Unit.deleted.is_(False))
    ).all()
    children = child_map((code, parent, current) for code, _name, _kind, parent, current, _key in rows)

    def below(code: str) -> list[str]:
        return descendants(children, code)

    area = set(below(unit_code))
    communes = sorted(
        ((key, code, name) for code, name, kind, _parent, current, key in rows
         if code in area and code != unit_code and kind == UnitKind.COMMUNE and current is None),
    )
    row_of: dict[str, str] = {}
    for _key, code, _name in communes:
        for member in below(code):
            row_of.setdefault(member, code)
    return CommuneRows(tuple((code, name) for _key, code, name in communes), row_of)
