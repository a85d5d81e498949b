"""docs/sync-format.md and the reader agree: tables, columns and their types come from the models
(a column added to a model and not to the document fails here), and the limits it states are the
reader's.

`HTX_UPDATE_DOCS=1 pytest tests/test_sync_doc.py` rewrites the generated list of section 12.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from sqlalchemy import Boolean, Column, Date, Integer, Numeric, String, Table, Text, Uuid

import htx_desktop.storage.models  # noqa: F401  (every synced table known)
from htx_desktop.storage.base import Base, UTCDateTime, synced_tables
from htx_desktop.sync import format as sync_format
from htx_desktop.sync import payload
from htx_desktop.sync.rows import default_value, is_unit_code, required_columns

DOC = Path(__file__).resolve().parents[1] / "docs" / "sync-format.md"
START, END = "<!-- columns: generated -->", "<!-- end of columns -->"


def type_name(column: Column) -> str:
    kind = column.type
    if column.name == "site_id":
        return "installation id (lower-case UUID text)"
    if column.name == "version":
        return "version (integer, 0 … the version limit)"
    if is_unit_code(column):
        return "unit code"
    if isinstance(kind, Uuid):
        return "UUID"
    if isinstance(kind, UTCDateTime):
        return "date-time"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Boolean):
        return "boolean"
    if isinstance(kind, Integer):
        return "integer"
    if isinstance(kind, Numeric):
        return "decimal number"
    if isinstance(kind, String) and not isinstance(kind, Text) and kind.length:
        return f"text ≤ {kind.length}"
    if isinstance(kind, String):
        return "text"
    raise AssertionError(f"no documented type for {column.table.name}.{column.name} ({kind!r})")


def refers_to(column: Column) -> str:
    return ", ".join(f"`{foreign.target_fullname}`" for foreign in column.foreign_keys)


def table_block(table: Table) -> list[str]:
    required = required_columns(table)
    lines = [f"### `{table.name}`", "", "| column | type | empty | default | refers to |", "|---|---|---|---|---|"]
    for column in table.columns:
        empty = "yes" if column.nullable and not column.primary_key and column.name not in required else "no"
        default = "—" if column.name in required else f"`{json.dumps(default_value(column))}`"
        lines.append(f"| `{column.name}` | {type_name(column)} | {empty} | {default} | {refers_to(column) or '—'} |")
    return lines + [""]


def generated() -> str:
    lines = [START, ""]
    for name in synced_tables():
        lines += table_block(Base.metadata.tables[name])
    return "\n".join(lines + [END])


def test_the_documents_tables_and_columns_are_the_models():
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(START), text.index(END) + len(END)
    expected = generated()
    if os.environ.get("HTX_UPDATE_DOCS") == "1":
        DOC.write_text(text[:start] + expected + text[end:], encoding="utf-8")
        return
    assert text[start:end] == expected, (
        "docs/sync-format.md, section 12, differs from the models: run "
        "HTX_UPDATE_DOCS=1 pytest tests/test_sync_doc.py and review the change")


def test_every_table_of_a_file_is_documented_in_its_order():
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index(START):text.index(END)]
    assert re.findall(r"^### `(\w+)`", section, flags=re.M) == synced_tables()
    assert "- Tables come parents first, in the order of section 12" in text


def test_the_document_states_the_readers_limits():
    text = DOC.read_text(encoding="utf-8")
    limits = text[text.index("## 11. Limits in one place"):text.index("## 12.")]

    def shown(number: int) -> str:
        return f"{number:,}"

    assert f"| records in one file | {shown(sync_format.ROW_LIMIT)} " in limits
    assert f"| `sequence`, receipt `last_sequence` | {shown(sync_format.SEQUENCE_LIMIT)} |" in limits
    assert f"| one payload line | {payload.LINE_LIMIT >> 20} MiB |" in limits
    assert f"| payload after inflation | {sync_format.PLAIN_LIMIT >> 30} GiB" in limits
    assert f"| `payload.bin` | {sync_format.SYNC_LIMITS[sync_format.PAYLOAD] >> 20} MiB |" in limits
    assert f"| whole sync file | {sync_format.SYNC_TOTAL_LIMIT >> 20} MiB |" in limits
    assert sync_format.VERSION_AHEAD_MS == 24 * 3600 * 1000 and "plus one day" in limits
