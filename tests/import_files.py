"""Excel files as communes keep them, built in the tests with openpyxl."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

PEOPLE_HEADERS = ["STT", "Họ và tên", "Năm sinh", "Số CCCD/CMND", "Giới tính", "Dân tộc", "Xã"]


def workbook(path: Path, rows: list[list[object]], *, title: str | None = None, sheet: str = "Danh sách",
             hidden: list[tuple[str, list[list[object]]]] = ()) -> Path:
    """A workbook whose first sheet holds the rows, under a merged title block when given."""
    book = openpyxl.Workbook()
    first = book.active
    first.title = sheet
    if title:
        first.append([title])
        first.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(r) for r in rows))
        first.append(["(Kèm theo báo cáo của Hội LHPN xã)"])
        first.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
        first.append([])
    for row in rows:
        first.append(row)
    for name, hidden_rows in hidden:
        other = book.create_sheet(name)
        other.sheet_state = "hidden"
        for row in hidden_rows:
            other.append(row)
    book.save(path)
    return path


def with_cached_values(path: Path, values: dict[str, str]) -> Path:
    """Give formulas the values Excel would have stored beside them (openpyxl writes none)."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for formula, value in values.items():
        sheet = sheet.replace(f"<f>{formula}</f><v></v>", f"<f>{formula}</f><v>{value}</v>")
        sheet = sheet.replace(f"<f>{formula}</f><v />", f"<f>{formula}</f><v>{value}</v>")
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, content in parts.items():
            target.writestr(name, content)
    return path
