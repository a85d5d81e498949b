"""The ids of a list in their order, packed 16 bytes each.

A list of `uuid.UUID` objects costs some 110 bytes an id (the object, its integer, the list's
pointer): 35 MB for a province's 300,000 people, and as much again while SQLAlchemy turns the
rows into them. Packed, the same list holds 4.8 MB and is read from the database as text a chunk
at a time, never as one object per id; an id becomes a `uuid.UUID` when it is asked for.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from sqlalchemy import Select, String, cast
from sqlalchemy.orm import Session

SIZE = 16
#: Rows read from the database at a time when a whole list's ids are read.
CHUNK = 10_000


class IdList(Sequence[uuid.UUID]):
    """A read-only sequence of ids; equal to another IdList, list or tuple holding the same ids."""

    __slots__ = ("_packed",)

    def __init__(self, ids: Iterable[uuid.UUID] = ()) -> None:
        self._packed = b"".join(record_id.bytes for record_id in ids)

    @classmethod
    def from_packed(cls, packed: bytes) -> IdList:
        if len(packed) % SIZE:
            raise ValueError("packed ids must be 16 bytes each")
        found = cls()
        found._packed = packed
        return found

    def __len__(self) -> int:
        return len(self._packed) // SIZE

    @overload
    def __getitem__(self, index: int) -> uuid.UUID: ...

    @overload
    def __getitem__(self, index: slice) -> IdList: ...

    def __getitem__(self, index: int | slice) -> uuid.UUID | IdList:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step == 1:
                return IdList.from_packed(self._packed[start * SIZE : max(start, stop) * SIZE])
            return IdList(self[position] for position in range(start, stop, step))
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError("id index out of range")
        return uuid.UUID(bytes=self._packed[position * SIZE : (position + 1) * SIZE])

    def __iter__(self) -> Iterator[uuid.UUID]:
        packed = self._packed
        for start in range(0, len(packed), SIZE):
            yield uuid.UUID(bytes=packed[start : start + SIZE])

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        """The position of `value` (ValueError if it is not there), as `list.index`."""
        if isinstance(value, uuid.UUID):
            first, last, _step = slice(start, stop).indices(len(self))
            packed, wanted = self._packed, value.bytes
            found = packed.find(wanted, first * SIZE, last * SIZE)
            while found != -1 and found % SIZE:  # a match straddling two ids
                found = packed.find(wanted, found + 1, last * SIZE)
            if found != -1:
                return found // SIZE
        raise ValueError(f"{value!r} is not in the list")

    def __contains__(self, value: object) -> bool:
        try:
            self.index(value)
        except ValueError:
            return False
        return True

    def __eq__(self, other: object) -> bool:
        if isinstance(other, IdList):
            return self._packed == other._packed
        if isinstance(other, (list, tuple)):
            return len(other) == len(self) and all(mine == theirs for mine, theirs in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # like a list: equal to lists, so not hashable

    def __repr__(self) -> str:
        return f"IdList({list(self)!r})"


def read_ids(session: Session, query: Select, id_column: Any) -> IdList:
    """The ids `query` selects (one column, `id_column`, in the query's order), read as text
    CHUNK rows at a time and packed as they come."""
    as_text = query.with_only_columns(cast(id_column, String))
    result = session.connection().execute(as_text.execution_options(yield_per=CHUNK))
    parts = [bytes.fromhex("".join(chunk).replace("-", "")) for chunk in result.scalars().partitions()]
    return IdList.from_packed(b"".join(parts))
