"""Helpers shared by the record services: cleaning input, loading live rows, soft deletes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop.errors import ChangedSinceLoaded, NotFound, ValidationError
from htx_desktop.messages import tr
from htx_desktop.security.access import Permission
from htx_desktop.storage.base import Synced
from htx_desktop.storage.models import AuditEntry
from htx_desktop.text import clean_or_none, search_key

if TYPE_CHECKING:
    from htx_desktop.security.access import Actor
    from htx_desktop.storage.database import Database

T = TypeVar("T", bound=Synced)
D = TypeVar("D")


@dataclass(frozen=True)
class Loaded(Generic[D]):
    """A record as a form loads it, with the version that its save expects to find unchanged."""

    data: D
    version: int


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


def live(session: Session, model: type[T], row_id: uuid.UUID, what: str, expected: int | None = None) -> T:
    """The row with that id, unless missing or deleted.

    With `expected`, the version the form loaded, the row is locked for the rest of this write
    transaction (PostgreSQL: FOR UPDATE; SQLite's BEGIN IMMEDIATE already serialises writers)
    and must still be at that version: a save by someone else since raises `ChangedSinceLoaded`.
    """
    row = session.get(model, row_id, with_for_update=expected is not None)
    if row is not None and expected is not None:
        unchanged_since(session, row, expected)
    if row is None or row.deleted:
        raise NotFound(tr("not_found", what=tr(f"what.{what}"), id=row_id))
    return row


def unchanged_since(session: Session, row: Synced, expected: int) -> None:
    """Refuse to write over a row saved by someone else after the form loaded it at `expected`."""
    if row.version != expected:
        raise changed(session, row)


def changed(session: Session, row: Synced) -> ChangedSinceLoaded:
    """The refusal of a write over `row`, naming who saved it last and when."""
    who = session.scalar(
        select(AuditEntry.username)
        .where(AuditEntry.table_name == type(row).__tablename__, AuditEntry.row_id == str(row.id))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    return ChangedSinceLoaded(row.updated_at, who or "")


def shown_version(row: Synced | None) -> int:
    """The version of a record kept at a fixed id (a year's figures, an attendance, a target) as
    a form shows it: 0 when there is none, or only a tombstone."""
    return 0 if row is None or row.deleted else row.version


def hold(session: Session, parent: Synced) -> None:
    """Lock `parent` for the rest of this write (PostgreSQL: FOR NO KEY UPDATE, which leaves other
    tables' references to it free; SQLite's BEGIN IMMEDIATE already serialises writers): a second
    officer writing rows under it at the same time waits, then reads what the first one saved."""
    model = type(parent)
    session.execute(select(model.id).where(model.id == parent.id).with_for_update(key_share=True))


def keyed(session: Session, model: type[T], row_id: uuid.UUID, parent: Synced,
          expected: int | None = None) -> T | None:
    """The row kept at a fixed id under `parent` (one per cooperative and year, per training and
    person...), if any. With `expected`, its version as the officer saw it (`shown_version`), the
    write goes on only if nobody set or cleared it since; the row is locked as `live` locks one,
    and `parent` is held (`hold`), so two officers adding the same row at once cannot both pass."""
    if expected is None:
        return session.get(model, row_id)
    hold(session, parent)
    row = session.get(model, row_id, populate_existing=True, with_for_update=True)
    if shown_version(row) != expected:
        if row is None:  # rows are never removed, only made tombstones: a form cannot have seen one
            raise NotFound(tr("not_found", what=model.__tablename__, id=row_id))
        raise changed(session, row)
    return row


def set_deleted(session: Session, model: type[T], row_id: uuid.UUID, deleted: bool,
                expected: int | None = None) -> T:
    row = session.get(model, row_id, with_for_update=expected is not None)
    if row is None:
        raise NotFound(tr("not_found", what=model.__tablename__, id=row_id))
    if expected is not None:
        unchanged_since(session, row, expected)
    row.deleted = deleted
    return row


def load(database: Database, model: type[T], row_id: uuid.UUID, what: str,
         build: Callable[[T], D]) -> Loaded[D]:
    """A live record for a form: `build(row)`'s data and the row's version, read together."""
    with database.read() as session:
        row = live(session, model, row_id, what)
        return Loaded(build(row), row.version)


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
               actor: Actor, expected: int | None = None) -> int:
    """One transaction: the row filled (and validated) by `fill`; with `expected`, only if
    nobody saved it since the form loaded it at that version (see `live`). Returns the row's
    version now, which the form's next save expects."""
    with database.transaction(actor, Permission.RECORDS) as session:
        row = live(session, model, row_id, what, expected)
        fill(session, row, data)
        session.flush()
        return row.version


def mark_deleted(database: Database, model: type[T], row_id: uuid.UUID, deleted: bool, actor: Actor,
                 expected: int | None = None) -> int:
    """Soft delete (or undo it): the row stays as a tombstone, so the delete travels in sync.
    Returns the row's version now (what an undo expects)."""
    with database.transaction(actor, Permission.RECORDS) as session:
        row = set_deleted(session, model, row_id, deleted, expected)
        session.flush()
        return row.version
