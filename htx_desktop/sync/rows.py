"""Rows of synced tables as JSON values and back, column by column, checking every value."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, Numeric, String, Table, Uuid

from htx_desktop.storage.base import UTCDateTime
from htx_desktop.sync.errors import Refusal

#: Sync metadata: not compared when deciding whether two versions of a row differ.
META_COLUMNS = frozenset({"id", "site_id", "version", "created_at", "updated_at"})


def _encode_datetime(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def encoder(column: Column[Any]) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, Uuid):
        return lambda value: None if value is None else str(value)
    if isinstance(kind, UTCDateTime):
        return lambda value: None if value is None else _encode_datetime(value)
    if isinstance(kind, Date):
        return lambda value: None if value is None else value.isoformat()
    if isinstance(kind, Numeric):
        return lambda value: None if value is None else float(value)
    return lambda value: value


def encode_row(encoders: Sequence[Callable[[Any], Any]], row: Sequence[Any]) -> list[Any]:
    return [encode(value) for encode, value in zip(encoders, row)]


def _bad(column: Column[Any], value: Any) -> Refusal:
    shown = repr(value)[:40]
    return Refusal("damaged", detail=f"{column.table.name}.{column.name} = {shown}")


def decoder(column: Column[Any]) -> Callable[[Any], Any]:
    """A function turning a JSON value into the column's Python value, or raising `Refusal`."""
    kind = column.type
    nullable = bool(column.nullable) and not column.primary_key

    def check(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def decode(value: Any) -> Any:
            if value is None:
                if nullable:
                    return None
                raise _bad(column, value)
            try:
                return convert(value)
            except (TypeError, ValueError, AttributeError) as error:
                raise _bad(column, value) from error

        return decode

    if isinstance(kind, Uuid):
        return check(lambda value: uuid.UUID(_text(value)))
    if isinstance(kind, UTCDateTime):
        return check(_datetime)
    if isinstance(kind, Date):
        return check(lambda value: date.fromisoformat(_text(value)))
    if isinstance(kind, Boolean):
        return check(lambda value: value if isinstance(value, bool) else _fail())
    if isinstance(kind, Integer):
        return check(lambda value: value if type(value) is int and abs(value) < 2**63 else _fail())
    if isinstance(kind, Numeric):
        return check(lambda value: float(value) if type(value) in (int, float) else _fail())
    if isinstance(kind, String):
        limit = kind.length
        return check(lambda value: value if isinstance(value, str) and (limit is None or len(value) <= limit) else _fail())
    raise TypeError(f"no sync decoder for {column.table.name}.{column.name} ({kind!r})")


def _fail() -> Any:
    raise ValueError("wrong type")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("text expected")
    return value


def _datetime(value: Any) -> datetime:
    text = _text(value)
    if not text.endswith("Z"):
        raise ValueError("UTC time expected")
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=timezone.utc)


def columns_of(table: Table) -> list[str]:
    return [column.name for column in table.columns]


def required_columns(table: Table) -> set[str]:
    """Columns a file must carry: those without a default that may not be empty, and the sync ones."""
    required = {"id", "site_id", "owner_unit", "version", "created_at", "updated_at", "deleted"}
    for column in table.columns:
        if not column.nullable and column.default is None and column.server_default is None:
            required.add(column.name)
    return required


def default_value(column: Column[Any]) -> Any:
    """The value for a column a file did not carry (an older sender)."""
    default = column.default
    if default is None:
        return None
    argument = getattr(default, "arg", None)
    if callable(argument):
        return None
    return argument
