"""Rows of synced tables as JSON values and back, column by column, checking every value."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, Numeric, String, Table, Uuid

from htx_desktop.storage import hlc
from htx_desktop.storage.base import UTCDateTime
from htx_desktop.sync.errors import Refusal
from htx_desktop.sync.format import clean_text, site_id, unit_code

#: Sync metadata: not compared when deciding whether two versions of a row differ.
META_COLUMNS = frozenset({"id", "site_id", "version", "created_at", "updated_at"})


def _encode_datetime(value: datetime) -> str:
    if value.tzinfo is timezone.utc:  # as the database returns them: the text less its "+00:00"
        return value.isoformat(timespec="microseconds")[:-6] + "Z"
    if value.utcoffset():
        value = value.astimezone(timezone.utc)
    return value.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _identity(value: Any) -> Any:
    return value


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
    return _identity


def encode_row(encoders: Sequence[Callable[[Any], Any]], row: Sequence[Any]) -> list[Any]:
    return [encode(value) for encode, value in zip(encoders, row)]


def _bad(column: Column[Any], value: Any) -> Refusal:
    shown = repr(value)[:40]
    return Refusal("damaged", detail=f"{column.table.name}.{column.name} = {shown}")


@dataclass(frozen=True)
class RowChecks:
    """What the receiver allows beyond a column's type: the highest version (a day ahead of its
    clock, `format.version_limit`)."""

    version_limit: int


#: For values read back from this database (the conflict log), not from a file.
STORED = RowChecks(version_limit=2**63 - 1)


def is_unit_code(column: Column[Any]) -> bool:
    """Columns holding a unit code: the owner, a unit's own code, and every link to a unit."""
    if column.name == "owner_unit" or (column.table.name == "units" and column.name == "code"):
        return True
    return any(foreign.target_fullname == "units.code" for foreign in column.foreign_keys)


def future_version(version: int) -> Refusal:
    millis = hlc.unpack(version)[0]
    try:
        shown = datetime.fromtimestamp(millis / 1000, timezone.utc).strftime("%d/%m/%Y %H:%M UTC")
    except (ValueError, OverflowError, OSError):
        shown = str(version)
    return Refusal("future_version", when=shown)


def decoder(column: Column[Any], checks: RowChecks = STORED) -> Callable[[Any], Any]:
    """A function turning a JSON value into the column's Python value, or raising `Refusal`.

    Each is one small function with the common case first: a file has 100,000s of values.
    """
    kind = column.type
    nullable = bool(column.nullable) and not column.primary_key

    def empty(value: Any) -> None:
        if value is None and nullable:
            return None
        raise _bad(column, value)

    if column.name == "version":
        highest = checks.version_limit

        def version(value: Any) -> Any:
            if type(value) is int and 0 <= value <= highest:
                return value
            if type(value) is int and value > highest:
                raise future_version(value)
            raise _bad(column, value)

        return version
    if column.name == "site_id" or is_unit_code(column):
        check = site_id if column.name == "site_id" else unit_code

        def code(value: Any) -> Any:
            if value is None:
                return empty(value)
            try:
                return check(value)
            except ValueError:
                raise _bad(column, value) from None

        return code
    if isinstance(kind, String):
        limit = kind.length or 1 << 30

        def text(value: Any) -> Any:
            if type(value) is str and len(value) <= limit and clean_text(value):
                return value
            return empty(value)

        return text
    if isinstance(kind, Boolean):
        return lambda value: value if value is True or value is False else empty(value)
    if isinstance(kind, Integer):
        return lambda value: value if type(value) is int and -(2**63) <= value < 2**63 else empty(value)
    if isinstance(kind, Numeric):

        def number(value: Any) -> Any:
            if type(value) in (int, float):
                try:
                    result = float(value)
                except OverflowError:  # an integer of hundreds of digits
                    raise _bad(column, value) from None
                if math.isfinite(result):
                    return result
                raise _bad(column, value)
            return empty(value)

        return number

    if isinstance(kind, Uuid):
        convert: Callable[[str], Any] = uuid.UUID
    elif isinstance(kind, UTCDateTime):
        convert = _datetime
    elif isinstance(kind, Date):
        convert = date.fromisoformat
    else:
        raise TypeError(f"no sync decoder for {column.table.name}.{column.name} ({kind!r})")

    def parsed(value: Any) -> Any:
        if type(value) is not str:
            return empty(value)
        try:
            return convert(value)
        except ValueError as error:
            raise _bad(column, value) from error

    return parsed


def _repeats(column: Column[Any]) -> bool:
    """Columns whose values recur from row to row: installation ids, unit codes, references, dates."""
    return (column.name == "site_id" or is_unit_code(column) or bool(column.foreign_keys)
            or isinstance(column.type, (UTCDateTime, Date)))


_NONE = type(None)


def _kinds(values: Sequence[Any], nullable: bool) -> set[type]:
    """The Python types of a column's values, less None where the column may be empty."""
    kinds = set(map(type, values))
    if nullable:
        kinds.discard(_NONE)
    return kinds


def _whole_column(column: Column[Any], checks: RowChecks) -> Callable[[Sequence[Any]], bool] | None:
    """For text, whole numbers and flags: a check of all of a column's values at once, with the
    same rules as `decoder` (True: every value is its own decoded value); None for other kinds.

    Each runs a few passes in C over the column instead of a Python call per value. Text is
    checked joined by line ends: a line end neither composes nor reorders with its neighbours, so
    the joined text is NFC exactly when every value is (Unicode normalization works apart between
    such stable characters)."""
    kind = column.type
    nullable = bool(column.nullable) and not column.primary_key
    if column.name == "site_id" or is_unit_code(column):
        return None
    if column.name == "version":
        highest = checks.version_limit
        return lambda values: _kinds(values, False) <= {int} and 0 <= min(values) and max(values) <= highest
    if isinstance(kind, String):
        limit = kind.length or 1 << 30

        def texts(values: Sequence[Any]) -> bool:
            if not _kinds(values, nullable) <= {str}:
                return False
            present = list(filter(None, values))  # None and "" pass as they are
            return not present or (max(map(len, present)) <= limit and clean_text("\n".join(present)))

        return texts
    if isinstance(kind, Boolean):
        return lambda values: _kinds(values, nullable) <= {bool}
    if isinstance(kind, Integer):

        def numbers(values: Sequence[Any]) -> bool:
            if not _kinds(values, nullable) <= {int}:
                return False
            present = [value for value in values if value is not None] if nullable else values
            return not present or (-(2**63) <= min(present) and max(present) < 2**63)

        return numbers
    return None


def decode_column(column: Column[Any], values: Sequence[Any], checks: RowChecks = STORED) -> list[Any]:
    """`decoder` over a column's values: text, numbers and flags checked a whole column at once
    (value by value only to name a bad one), a recurring text checked and converted once."""
    whole = _whole_column(column, checks)
    if whole is not None and values and whole(values):
        return list(values)
    decode = decoder(column, checks)
    if not _repeats(column):
        return [decode(value) for value in values]
    known: dict[str, Any] = {}
    decoded = []
    for value in values:
        if type(value) is str:
            if value not in known:
                known[value] = decode(value)
            decoded.append(known[value])
        else:
            decoded.append(decode(value))
    return decoded


def _datetime(text: str) -> datetime:
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
