"""Tables as an Excel workbook: one sheet per table, written in openpyxl's write-only mode (rows
stream to the file, so 100,000 rows take little memory).

Each sheet: heading rows (issuing body, title, period and unit), the column headers, one row per
record or unit, and a totals row whose cells are formulas (SUM, COUNTA, a share as one SUM over
another). Numbers, shares and dates are real values with number formats; panes are frozen below
the headers; printing is A4 landscape, fitted to the page width, the header row on every page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from htx_desktop.reports.document import DATE, INT, SHARE, TEXT, YEAR, Document, Table

FORMATS = {INT: "#,##0", YEAR: "0", SHARE: "0.0%", DATE: "dd/mm/yyyy"}
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BOLD = Font(name="Times New Roman", bold=True, size=12)
_PLAIN = Font(name="Times New Roman", size=12)
_TITLE = Font(name="Times New Roman", bold=True, size=14)
_WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


def sheet_name(caption: str, used: set[str]) -> str:
    """Excel refuses []:*?/\\ and names over 31 characters or used twice."""
    base = re.sub(r"[\[\]:*?/\\]", " ", caption).strip()[:28] or "Bảng"
    name, n = base, 2
    while name.casefold() in used:
        name, n = f"{base} {n}", n + 1
    used.add(name.casefold())
    return name


def heading_lines(document: Document) -> list[str]:
    lines = [document.issuer.name, f"{document.title}: {document.subject}"]
    lines += [f"{key}: {value}" for key, value in document.meta.items()]
    return lines


def _styled(sheet, value: object, font: Font = _PLAIN, number_format: str | None = None,  # type: ignore[no-untyped-def]
            border: bool = True, alignment: Alignment | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.font = font
    if border:
        cell.border = _BOX
    if number_format:
        cell.number_format = number_format
    if alignment is not None:
        cell.alignment = alignment
    return cell


def _total_formula(column_index: int, spec: Table, first: int, last: int, offset: int) -> object:
    column = spec.columns[column_index]
    letter = get_column_letter(column_index + offset + 1)
    if column.total is None or last < first:
        return 0 if column.total else None
    if column.total == "sum":
        return f"=SUM({letter}{first}:{letter}{last})"
    if column.total == "count":
        return f"=COUNTA({letter}{first}:{letter}{last})"
    if column.total == "ratio" and column.ratio:
        top, bottom = (get_column_letter(i + offset + 1) for i in column.ratio)
        return f'=IF(SUM({bottom}{first}:{bottom}{last})=0,"",SUM({top}{first}:{top}{last})/SUM({bottom}{first}:{bottom}{last}))'
    return None


def add_sheet(book: Workbook, spec: Table, heading: Sequence[str], used: set[str],
              report: Callable[[int, int], None] | None = None) -> None:
    sheet = book.create_sheet(sheet_name(spec.caption, used))
    offset = 1 if spec.numbered else 0
    width = len(spec.columns) + offset
    widths = ([6] if spec.numbered else []) + [max(10.0, column.width * 11) for column in spec.columns]
    for index, value in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = value
    header_row = len(heading) + 2
    first = header_row + 1
    # A write-only sheet writes its views with the first row: set them up before any row.
    sheet.freeze_panes = f"{get_column_letter(offset + 2)}{first}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left, sheet.page_margins.right = 0.6, 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.print_options.gridLines = True
    for number, line in enumerate(heading):
        sheet.append([_styled(sheet, line, _TITLE if number < 2 else _PLAIN, border=False)])
        sheet.merged_cells.add(f"A{number + 1}:{get_column_letter(width)}{number + 1}")
    sheet.append([])
    titles = (["STT"] if spec.numbered else []) + [column.title for column in spec.columns]
    sheet.append([_styled(sheet, title, _BOLD, alignment=_WRAP) for title in titles])
    sheet.row_dimensions[header_row].height = 32
    formats = [FORMATS.get(column.kind) for column in spec.columns]
    formatted = [(index, number_format) for index, number_format in enumerate(formats) if number_format]
    total = len(spec.rows)
    # Data cells carry only their number format (styling each of 100,000 rows would triple the
    # time); the sheet prints with grid lines instead of cell borders.
    for number, row in enumerate(spec.rows, start=1):
        cells = list(row)
        for index, number_format in formatted:
            if cells[index] is not None:
                cell = WriteOnlyCell(sheet, value=cells[index])
                cell.number_format = number_format
                cells[index] = cell
        sheet.append([number, *cells] if spec.numbered else cells)
        if report and number % 5000 == 0:
            report(number, total)
    last = first + total - 1
    if spec.total_label is not None:
        label_at = next((i for i, c in enumerate(spec.columns) if c.kind == TEXT), 0)
        cells = [_styled(sheet, None)] if spec.numbered else []
        for index, column in enumerate(spec.columns):
            value = spec.total_label if index == label_at else _total_formula(index, spec, first, last, offset)
            cells.append(_styled(sheet, value, _BOLD, number_format=formats[index]))
        sheet.append(cells)


def write_tables(target: Path, heading: Sequence[str], tables: Sequence[Table],
                 report: Callable[[int, int], None] | None = None) -> None:
    book = Workbook(write_only=True)
    used: set[str] = set()
    for spec in tables:
        add_sheet(book, spec, heading, used, report)
    book.save(str(target))


def write(document: Document, target: Path, report: Callable[[int, int], None] | None = None) -> None:
    write_tables(target, heading_lines(document), document.tables, report)
