"""The payload inside the encryption: JSON Lines, one header line per table, then its rows.

    {"format": "htx-sync-payload", "format_version": 1, "file_id": "..."}
    {"table": "cooperatives", "columns": ["id", "site_id", ...]}
    ["3f0c...", "a1b2...", ...]
    ...
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from sqlalchemy import Table

import htx_desktop.storage.models  # noqa: F401  (every synced table known)
from htx_desktop.storage.base import Base, synced_tables
from htx_desktop.sync import rows as row_codec
from htx_desktop.sync.crypto import Compressor
from htx_desktop.sync.errors import Refusal
from htx_desktop.sync.format import FORMAT_VERSION, PAYLOAD_FORMAT

#: Not a database table: key cards an upstream unit passes down (see keycards.KEY_COLUMNS).
KEYS_SECTION = "trusted_keys"


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _line(value: Any) -> bytes:
    return _ENCODE(value).encode("utf-8") + b"\n"


class PayloadWriter:
    def __init__(self, file_id: str) -> None:
        self._out = Compressor()
        self.counts: dict[str, int] = {}
        self._table = ""
        self._out.write(_line({"format": PAYLOAD_FORMAT, "format_version": FORMAT_VERSION, "file_id": file_id}))

    def table(self, name: str, columns: list[str]) -> None:
        self._table = name
        self.counts.setdefault(name, 0)
        self._out.write(_line({"table": name, "columns": columns}))

    def row(self, values: list[Any]) -> None:
        self.counts[self._table] += 1
        self._out.write(_line(values))

    @property
    def plain_size(self) -> int:
        return self._out.plain_size

    def finish(self) -> bytes:
        return self._out.finish()


@dataclass
class Section:
    """Rows of one table's part of a payload, as raw JSON lists: the whole part, or a chunk of it."""

    name: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)


#: Longest line of a payload; a record is far shorter (text columns have lengths).
LINE_LIMIT = 8 << 20
#: Rows handed on at a time: a chunk is checked, merged and written before the next is decoded,
#: so memory holds one chunk of rows, not the file.
CHUNK_ROWS = 5000
#: Sections never cut into chunks: units are put parents first across the whole section, and
#: the key cards are few and applied as a whole.
WHOLE_SECTIONS = frozenset({"units", KEYS_SECTION})


def read_payload(blocks: Iterable[bytes], file_id: str, counts: dict[str, int],
                 chunk_rows: int | None = None) -> Iterator[Section]:
    """The rows of a payload read from its plaintext `blocks` (see `crypto.inflate`), line by
    line, in chunks of at most `chunk_rows` rows of one table, in the order of the file.

    A table header is checked when it comes, a row beyond the manifest's count stops the reading,
    so a file that inflates to endless rows is refused at the first extra one; the counts are
    checked again at the end, after the last chunk (the caller's transaction then still undoes
    everything written)."""
    reader = _SectionReader(file_id, counts, chunk_rows or CHUNK_ROWS)
    tail = b""
    for block in blocks:
        lines = (tail + block).split(b"\n")
        tail = lines.pop()
        if len(tail) > LINE_LIMIT:
            raise Refusal("damaged", detail="a payload line is too long")
        if lines:
            yield from reader.feed(lines)
    if tail:
        raise Refusal("damaged", detail="the payload does not end with a line end")
    yield from reader.finish()


#: Position of each synced table in the order files list them (parents first).
_ORDER = {name: index for index, name in enumerate(synced_tables())}


class _SectionReader:
    def __init__(self, file_id: str, counts: dict[str, int], chunk_rows: int) -> None:
        self.file_id = file_id
        self.counts = counts
        self.chunk_rows = chunk_rows
        self.found: dict[str, int] = {}  # table -> rows read
        self.current: Section | None = None
        self.limit = 0
        self.number = 0  # lines read
        self.last_table = -1

    def feed(self, lines: list[bytes]) -> Iterator[Section]:
        # A line holds one JSON value and JSON text never holds a raw line end, so a block of
        # lines is one JSON array, parsed in one call; a line holding two values is caught below.
        values = _load(b"[" + b",".join(lines) + b"]")
        if len(values) != len(lines):
            raise Refusal("damaged", detail=f"payload after line {self.number}")
        for value in values:
            self.number += 1
            if self.number == 1:
                self._header(value)
            elif isinstance(value, list) and self.current is not None:
                self._row(value)
                current = self.current
                if len(current.rows) >= self.chunk_rows and current.name not in WHOLE_SECTIONS:
                    yield current
                    self.current = Section(current.name, current.columns)
            elif isinstance(value, dict):
                yield from self._pending()
                self._section(value)
            else:
                raise Refusal("damaged", detail=f"payload line {self.number}")

    def _header(self, header: Any) -> None:
        if not isinstance(header, dict) or header.get("format") != PAYLOAD_FORMAT:
            raise Refusal("damaged", detail="payload header")
        if header.get("format_version") != FORMAT_VERSION:
            raise Refusal("format_version", version=header.get("format_version"), supported=FORMAT_VERSION)
        if header.get("file_id") != self.file_id:
            raise Refusal("damaged", detail="the payload belongs to another file")

    def _section(self, value: dict[str, Any]) -> None:
        name, columns = value.get("table"), value.get("columns")
        if (not isinstance(name, str) or not isinstance(columns, list) or name in self.found
                or set(value) != {"table", "columns"}):
            raise Refusal("damaged", detail=f"payload line {self.number}")
        if name not in _ORDER and name != KEYS_SECTION:
            raise Refusal("unknown_table", table=name)
        if not all(isinstance(c, str) for c in columns) or len(set(columns)) != len(columns):
            raise Refusal("damaged", detail=f"payload line {self.number}")
        if name != KEYS_SECTION:
            # Parents first (docs/sync-format.md, section 7): rows are written as they come, so a
            # row's references must have come before it.
            if _ORDER[name] < self.last_table:
                raise Refusal("damaged", detail=f"payload line {self.number}: table {name} out of order")
            self.last_table = _ORDER[name]
            check_columns(Base.metadata.tables[name], columns)
        self.current = Section(name, columns)
        self.found[name] = 0
        self.limit = self.counts.get(name, 0)

    def _row(self, value: list[Any]) -> None:
        current = self.current
        assert current is not None
        read = self.found[current.name]
        if len(value) != len(current.columns) or read >= self.limit:
            detail = "record counts differ from the manifest" if read >= self.limit else \
                f"payload line {self.number}"
            raise Refusal("damaged", detail=detail)
        self.found[current.name] = read + 1
        current.rows.append(value)

    def _pending(self) -> Iterator[Section]:
        """The rows of the section read so far not handed on yet (a key section even empty: it
        is refused in a file going up)."""
        if self.current is not None and (self.current.rows or self.current.name == KEYS_SECTION):
            yield self.current
        self.current = None

    def finish(self) -> Iterator[Section]:
        if self.number == 0:
            raise Refusal("damaged", detail="empty payload")
        yield from self._pending()
        found = {name: count for name, count in self.found.items() if count}
        if found != {name: count for name, count in self.counts.items() if count}:
            raise Refusal("damaged", detail="record counts differ from the manifest")


def _load(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as error:  # bad JSON or UTF-8, a number of 5,000 digits...
        raise Refusal("damaged", detail=f"payload: {error}") from error


def check_columns(table: Table, columns: list[str]) -> None:
    """The columns a section names: all known here, and every one without a default present."""
    unknown = [name for name in columns if name not in table.c]
    if unknown:
        raise Refusal("unknown_column", table=table.name, column=unknown[0])
    missing = row_codec.required_columns(table) - set(columns)
    if missing:
        raise Refusal("damaged", detail=f"{table.name}: missing column {sorted(missing)[0]}")


def decode_section(section: Section, checks: row_codec.RowChecks) -> list[dict[str, Any]]:
    """The rows of a synced table as column -> Python value, every value checked, a column at a time."""
    table: Table = Base.metadata.tables[section.name]
    columns = list(zip(*section.rows)) if section.rows else []
    decoded = [row_codec.decode_column(table.c[name], values, checks) for name, values in zip(section.columns, columns)]
    absent = [column for column in table.columns if column.name not in section.columns]
    names = [*section.columns, *(column.name for column in absent)]
    decoded += [repeat(row_codec.default_value(column)) for column in absent]
    return [dict(zip(names, values)) for values in zip(*decoded)]


def table_columns(table: Table) -> list[str]:
    return [column.name for column in table.columns]


def encoders_for(table: Table) -> list[Callable[[Any], Any]]:
    return [row_codec.encoder(column) for column in table.columns]


def write_rows(writer: PayloadWriter, table: Table, records: Iterable[tuple[Any, ...]]) -> None:
    encoders = encoders_for(table)
    writer.table(table.name, table_columns(table))
    for record in records:
        writer.row(row_codec.encode_row(encoders, record))
