"""The workbooks the import writes for the officer, both atomically: the empty template of a kind
(title, notes row, headers, lists to pick from, one example row) and the rejected rows of an
import with a column saying what to fix in each, ready to correct and import again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from htx_desktop.imports import texts  # noqa: F401
from htx_desktop.imports.kinds import Kind
from htx_desktop.imports.service import Result
from htx_desktop.imports.values import text, yes
from htx_desktop.messages import tr
from htx_desktop.reports.files import atomic_path

LISTS_SHEET = "Danh mục"
_YES_FIELDS = {yes}


def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Font, PatternFill

    return {
        "title": Font(bold=True, size=14),
        "header": Font(bold=True),
        "note": Font(italic=True, color="666666", size=9),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "fill": PatternFill("solid", fgColor="DDEBF7"),
        "bad": PatternFill("solid", fgColor="F8CBAD"),
    }


def _width(sheet: Any, column: int, text_value: str) -> None:
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(column)
    sheet.column_dimensions[letter].width = max(sheet.column_dimensions[letter].width or 0,
                                                min(40, max(12, len(text_value) + 2)))


def write_template(kind: Kind, target: str | Path) -> Path:
    """Row 1 the title, row 2 a note under each header, row 3 the headers, row 4 an example."""
    import openpyxl
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.worksheet.datavalidation import DataValidation

    style = _styles()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = kind.title[:31]
    lists = book.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    sheet.cell(1, 1, kind.title.upper()).font = style["title"]
    list_column = 0
    for column, item in enumerate(kind.fields, start=1):
        note = item.note + (" (bắt buộc)" if item.required else "")
        cell = sheet.cell(2, column, note.strip() or None)
        cell.font, cell.alignment = style["note"], style["wrap"]
        cell = sheet.cell(3, column, item.header)
        cell.font, cell.fill, cell.alignment = style["header"], style["fill"], style["wrap"]
        sheet.cell(4, column, item.example if item.example is not None else None)
        _width(sheet, column, item.header)
        choices = item.examples() or (["x"] if item.parse in _YES_FIELDS else [])
        if choices:
            list_column += 1
            letter = get_column_letter(list_column)
            for row, choice in enumerate(choices, start=1):
                lists.cell(row, list_column, choice)
            validation = DataValidation(
                type="list", formula1=f"{quote_sheetname(LISTS_SHEET)}!${letter}$1:${letter}${len(choices)}",
                allow_blank=True, showErrorMessage=False,
            )
            sheet.add_data_validation(validation)
            column_letter = get_column_letter(column)
            validation.add(f"{column_letter}4:{column_letter}5000")
    sheet.freeze_panes = "A4"
    with atomic_path(Path(target)) as temporary:
        book.save(temporary)
    return Path(target)


def _shown(value: object) -> object:
    return text(value) if isinstance(value, str) else value


def write_errors(kind: Kind, headers: list[str], fields: list[str], result: Result, target: str | Path) -> Path:
    """The rejected rows under the file's own headers, the wrong cells coloured, and a last column
    saying what to fix; the officer corrects it and imports it as it is."""
    import openpyxl

    style = _styles()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = kind.title[:31]
    reason_column = len(headers) + 1
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(1, column, header or None)
        cell.font, cell.fill = style["header"], style["fill"]
        _width(sheet, column, header)
    cell = sheet.cell(1, reason_column, tr("imports.errors_column"))
    cell.font = style["header"]
    sheet.column_dimensions[openpyxl.utils.get_column_letter(reason_column)].width = 60
    columns = {key: index for index, key in enumerate(fields) if key}
    for row, outcome in enumerate(result.rejected, start=2):
        for column, value in enumerate(outcome.cells, start=1):
            sheet.cell(row, column, _shown(value))
        for key in outcome.problems:
            if key in columns:
                sheet.cell(row, columns[key] + 1).fill = style["bad"]
        lines = outcome.reasons(kind)
        reason = sheet.cell(row, reason_column, tr("imports.col.row") + f" {outcome.number}: " + " ".join(lines))
        reason.alignment = style["wrap"]
    sheet.freeze_panes = "A2"
    with atomic_path(Path(target)) as temporary:
        book.save(temporary)
    return Path(target)
