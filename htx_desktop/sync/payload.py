"""The payload inside the encryption: JSON Lines, one header line per table, then its rows.

    {"format": "htx-sync-payload", "format_version": 1, "file_id": "..."}
    {"table": "cooperatives", "columns": ["id", "site_id", ...]}
    ["3f0c...", "a1b2...", ...]
    ...
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
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
    """One table's part of a payload: column names and raw JSON rows (lists)."""

    name: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)


def read_payload(plain: bytes, file_id: str, counts: dict[str, int]) -> dict[str, Section]:
    if not plain.endswith(b"\n"):
        raise Refusal("damaged", detail="the payload does not end with a line end")
    # JSON text never holds a raw line end, so the lines make one JSON array: parsed in one call.
    lines = _load(b"[" + plain[:-1].replace(b"\n", b",") + b"]")
    if not isinstance(lines, list) or not lines:
        raise Refusal("damaged", detail="empty payload")
    header = lines[0]
    if not isinstance(header, dict) or header.get("format") != PAYLOAD_FORMAT:
        raise Refusal("damaged", detail="payload header")
    if header.get("format_version") != FORMAT_VERSION:
        raise Refusal("format_version", version=header.get("format_version"), supported=FORMAT_VERSION)
    if header.get("file_id") != file_id:
        raise Refusal("damaged", detail="the payload belongs to another file")
    known = set(synced_tables()) | {KEYS_SECTION}
    sections: dict[str, Section] = {}
    current: Section | None = None
    for number, value in enumerate(lines[1:], start=2):
        if isinstance(value, dict):
            name = value.get("table")
            columns = value.get("columns")
            if not isinstance(name, str) or not isinstance(columns, list) or name in sections:
                raise Refusal("damaged", detail=f"payload line {number}")
            if name not in known:
                raise Refusal("unknown_table", table=name)
            if len(set(columns)) != len(columns) or not all(isinstance(c, str) for c in columns):
                raise Refusal("damaged", detail=f"payload line {number}")
            current = sections[name] = Section(name, columns)
        elif isinstance(value, list) and current is not None and len(value) == len(current.columns):
            current.rows.append(value)
        else:
            raise Refusal("damaged", detail=f"payload line {number}")
    found = {name: len(section.rows) for name, section in sections.items() if section.rows}
    if found != {name: count for name, count in counts.items() if count}:
        raise Refusal("damaged", detail="record counts differ from the manifest")
    return sections


def _load(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as error:
        raise Refusal("damaged", detail=f"payload: {error}") from error


def decode_section(section: Section) -> list[dict[str, Any]]:
    """The rows of a synced table as column -> Python value, every value checked."""
    table: Table = Base.metadata.tables[section.name]
    unknown = [name for name in section.columns if name not in table.c]
    if unknown:
        raise Refusal("unknown_column", table=section.name, column=unknown[0])
    missing = row_codec.required_columns(table) - set(section.columns)
    if missing:
        raise Refusal("damaged", detail=f"{section.name}: missing column {sorted(missing)[0]}")
    decoders: list[Callable[[Any], Any]] = [row_codec.decoder(table.c[name]) for name in section.columns]
    absent = {
        column.name: row_codec.default_value(column) for column in table.columns if column.name not in section.columns
    }
    names = section.columns
    pairs = list(zip(names, decoders))
    decoded: list[dict[str, Any]] = []
    for raw in section.rows:
        record = {name: decode(value) for (name, decode), value in zip(pairs, raw)}
        if absent:
            record.update(absent)
        decoded.append(record)
    return decoded


def table_columns(table: Table) -> list[str]:
    return [column.name for column in table.columns]


def encoders_for(table: Table) -> list[Callable[[Any], Any]]:
    return [row_codec.encoder(column) for column in table.columns]


def write_rows(writer: PayloadWriter, table: Table, records: Iterable[tuple[Any, ...]]) -> None:
    encoders = encoders_for(table)
    writer.table(table.name, table_columns(table))
    for record in records:
        writer.row(row_codec.encode_row(encoders, record))
