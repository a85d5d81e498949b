"""What a kind of list is: its fields (header, synonyms, parser) and how a row becomes a record.

A kind is one declaration (`Kind`): the fields, `resolve` (the row's values -> the record to write,
the existing record it updates, or the problems of each field: validation goes through the same
`domain.validation` checks the forms use) and `write` (inside the import's one transaction; the
kinds that are records of their own create new ones with `insert`, many rows at once).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.imports import values
from htx_desktop.messages import label, tr
from htx_desktop.storage.models import Unit
from htx_desktop.text import search_key


@dataclass(frozen=True)
class Field:
    key: str  # the record's attribute (unit_code, full_name...), or a name of the kind's own
    header: str  # the template's column header, in Vietnamese
    synonyms: tuple[str, ...] = ()
    parse: Callable[[object], Any] = values.text
    required: bool = False
    choices: type[StrEnum] | None = None
    note: str = ""
    example: object = None  # the template's example row (left in a file, it is not imported)

    def read(self, raw: object) -> Any:
        if self.choices is not None:
            return values.choice(raw, self.choices)
        return self.parse(raw)

    def examples(self) -> list[str]:
        return [label(member) for member in self.choices] if self.choices else []


@dataclass
class Context:
    """What every row of one import shares: the session it reads from, the default unit, indexes."""

    session: Session
    default_unit: str | None
    training_id: uuid.UUID | None = None
    today: date = field(default_factory=date.today)
    cache: dict[str, Any] = field(default_factory=dict)

    def unit_code(self, raw: str | None) -> str | None:
        """A unit written as its code or its name ("Xã Tràng Định", "Trang Dinh"), else the default."""
        units = self.cache.get("units")
        if units is None:
            from htx_desktop.services.units import bare_name

            # The Unit rows stay referenced here, so the services' checks of each row's unit find
            # them in the session's identity map instead of querying again.
            rows = self.cache["unit_rows"] = list(self.session.scalars(select(Unit).where(Unit.deleted.is_(False))))
            units = {}
            for row in rows:
                units[row.code] = row.code
                units.setdefault(search_key(row.name), row.code)
                units.setdefault(search_key(bare_name(row.name)), row.code)
            self.cache["units"] = units
        if raw is None:
            raw = self.default_unit
            if raw is None:
                return None
        found = units.get(raw) or units.get(search_key(raw))
        if found is None:
            raise values.BadValue(tr("imports.unknown_unit", value=raw))
        return found


@dataclass
class Resolved:
    """One row understood: the record to write and the row it updates (None: a new one), or the
    problems by field key. `identity` spots the same record twice in one file."""

    data: Any = None
    target: uuid.UUID | None = None
    problems: dict[str, str] = field(default_factory=dict)
    identity: Hashable | None = None


@dataclass(frozen=True)
class Kind:
    name: str
    title: str  # Vietnamese title of the template's sheet
    fields: tuple[Field, ...]
    resolve: Callable[[dict[str, Any], Context], Resolved]
    write: Callable[[Session, Resolved], None]  # one row (for the kinds with `insert`: an update)
    insert: Callable[[Session, list[Resolved]], None] | None = None  # new records in bulk
    needs_training: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {item.key: item for item in self.fields})

    def field(self, key: str) -> Field:
        return self._by_key[key]  # type: ignore[attr-defined]

    def is_example(self, fields: list[str] | tuple[str, ...], cells: tuple[object, ...]) -> bool:
        """The template's example row, left in the file."""
        pairs = [(key, cell) for key, cell in zip(fields, cells) if key and cell not in (None, "")]
        return bool(pairs) and all(self.field(key).example == cell for key, cell in pairs)

    @property
    def required(self) -> list[Field]:
        return [item for item in self.fields if item.required]


#: Validation reports the unit as "unit"; the import's field is the record's unit_code.
_VALIDATION_FIELDS = {"unit": "unit_code"}


def field_problems(errors: dict[str, str]) -> dict[str, str]:
    return {_VALIDATION_FIELDS.get(key, key): message for key, message in errors.items()}


def overlay(data: Any, given: dict[str, Any]) -> Any:
    """The existing record with every value the file gives (empty cells keep what was there)."""
    for key, value in given.items():
        if value is not None and hasattr(data, key):
            setattr(data, key, value)
    return data


def record_values(row: Any, data_type: type) -> Any:
    """A stored row as its service's plain record."""
    return data_type(**{name: getattr(row, name) for name in data_type.__dataclass_fields__})
