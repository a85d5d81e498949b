"""Helpers shared by the record services: cleaning input, loading live rows, soft deletes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from htx_desktop.errors import NotFound, ValidationError
from htx_desktop.messages import tr
from htx_desktop.security.access import Permission
from htx_desktop.storage.base import Synced
from htx_desktop.text import clean_or_none, search_key

if TYPE_CHECKING:
    from htx_desktop.security.access import Actor
    from htx_desktop.storage.database import Database

T = TypeVar("T", bound=Synced)


def today() -> date:
    return date.today()


def cleaned(data: Any) -> dict[str, Any]:
    """The dataclass's fields with every text in NFC, trimmed, empty text as None."""
    values: dict[str, Any] = {}
    for item in fields(data):
        value = getattr(data, item.name)
        values[item.name] = clean_or_none(value) if isinstance(value, str) else value
    return values


def require_valid(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)


def live(session: Session, model: type[T], row_id: uuid.UUID, what: str) -> T:
    """The row with that id, unless missing or deleted."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(tr("not_found", what=tr(f"what.{what}"), id=row_id))
    return row


def set_deleted(session: Session, model: type[T], row_id: uuid.UUID, deleted: bool) -> None:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(tr("not_found", what=model.__tablename__, id=row_id))
    row.deleted = deleted


Fill = Callable[[Session, Any, Any], None]


@dataclass(frozen=True)
class RowRules:
    """How a service's record becomes a row: the one definition of the values stored (cleaned,
    normalised, the search key beside the name) and of the check they pass. The forms save through
    `fill`; the Excel import checks each row once with `values` in its preview and writes the
    checked values with `columns`."""

    check: Callable[[Any, date], dict[str, str]]
    key_field: str  # the search key kept in step with...
    text_field: str  # ...this text
    normalise: Callable[[Any], None] = lambda data: None  # before cleaning (phones...)
    store: Callable[[dict[str, Any]], None] = lambda values: None  # checked values -> columns (lists as text)

    def values(self, data: Any) -> tuple[dict[str, Any], dict[str, str]]:
        """The record's values cleaned (NFC, trimmed) and normalised, and what is wrong with them
        (by field; the unit's existence is the caller's to check)."""
        self.normalise(data)
        values = cleaned(data)
        return values, self.check(type(data)(**values), today())

    def columns(self, values: dict[str, Any]) -> dict[str, Any]:
        """Checked values as the row's columns."""
        columns = dict(values)
        self.store(columns)
        columns[self.key_field] = search_key(columns[self.text_field])
        return columns

    def fill(self, session: Session, row: Any, data: Any) -> None:
        """Clean and check the data (unit included), and copy it onto the row."""
        from htx_desktop.services.units import get_unit

        values, errors = self.values(data)
        if "unit" not in errors and values.get("unit_code"):
            get_unit(session, values["unit_code"])
        require_valid(errors)
        for key, value in self.columns(values).items():
            setattr(row, key, value)


def create_row(database: Database, model: type[T], fill: Fill, data: Any, actor: Actor) -> uuid.UUID:
    """One transaction: a new row of `model`, filled (and validated) by `fill`."""
    with database.transaction(actor, Permission.RECORDS) as session:
        row = model()
        fill(session, row, data)
        session.add(row)
        session.flush()
        return row.id


def update_row(database: Database, model: type[T], what: str, fill: Fill, row_id: uuid.UUID, data: Any,
               actor: Actor) -> None:
    with database.transaction(actor, Permission.RECORDS) as session:
        fill(session, live(session, model, row_id, what), data)


def mark_deleted(database: Database, model: type[T], row_id: uuid.UUID, deleted: bool, actor: Actor) -> None:
    """Soft delete (or undo it): the row stays as a tombstone, so the delete travels in sync."""
    with database.transaction(actor, Permission.RECORDS) as session:
        set_deleted(session, model, row_id, deleted)
