"""One sheet of the officer's file as a table: the header row found, the data rows after it, and
the rows that are not data (empty, totals, the column-number row under a header) left out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from htx_desktop.errors import HtxError
from htx_desktop.imports import legacy, mapping, workbook
from htx_desktop.imports.kinds import Kind
from htx_desktop.imports.values import text
from htx_desktop.messages import tr
from htx_desktop.text import search_key

_TOTALS = {"tong", "tong cong", "cong", "tong so", "total", "sum", "cong tong"}
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")


@dataclass
class Table:
    path: Path
    sheet: str
    header_number: int  # the header's row number as Excel shows it
    headers: list[str]
    rows: list[tuple[int, tuple[object, ...]]]  # (row number, cells) of the data rows
    skipped: int  # totals and column-number rows left out
    fields: list[str]  # the field of each column as matched ("" : not imported); the officer corrects it

    def missing_required(self, kind: Kind) -> list[str]:
        return mapping.missing_required(kind, self.fields)

    def require_mapped(self, kind: Kind) -> None:
        missing = self.missing_required(kind)
        if missing:
            raise HtxError(tr("imports.unmapped_required", fields=", ".join(missing)))


def _is_totals(cells: tuple[object, ...]) -> bool:
    first = next((cell for cell in cells if cell is not None and str(cell).strip()), None)
    return isinstance(first, str) and search_key(text(first) or "").rstrip(":. ") in _TOTALS


def _is_column_numbers(cells: tuple[object, ...]) -> bool:
    filled = [str(cell).strip() for cell in cells if cell is not None and str(cell).strip()]
    return len(filled) >= 2 and all(_COLUMN_NUMBER.match(cell) for cell in filled)


def read(path: str | Path, kind: Kind, sheet: str | None = None, saved: dict[str, str] | None = None) -> Table:
    path = Path(path)
    with workbook.opened(path) as book:
        chosen = workbook.choose_sheet(book, sheet)
        raw = list(workbook.rows(chosen, path))
        name = chosen.title
    if not raw:
        raise HtxError(tr("imports.empty_sheet", sheet=name))
    # The header is looked for among the first rows, each cell decoded on its own...
    top = [(number, tuple(legacy.decode_cell(cell) for cell in cells)) for number, cells in raw[:mapping.HEADER_SCAN_ROWS]]
    header_index = mapping.find_header(kind, top, saved)
    if header_index is None:
        needed = ", ".join(item.header for item in kind.required)
        raise HtxError(tr("imports.no_header", sheet=name, needed=needed))
    header_number, header_cells = top[header_index]
    rows = legacy.decode_rows(raw[header_index + 1:])  # ...the data column by column
    width = max(len(cells) for _n, cells in raw)
    headers = [text(cell) or "" for cell in header_cells] + [""] * (width - len(header_cells))
    data, skipped = [], 0
    for position, (number, cells) in enumerate(rows):
        if _is_totals(cells) or (position < 2 and _is_column_numbers(cells)):
            skipped += 1
            continue
        data.append((number, tuple(cells) + (None,) * (width - len(cells))))
    return Table(path, name, header_number, headers, data, skipped, mapping.columns(kind, headers, saved))
