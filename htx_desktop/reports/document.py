"""A report as plain data, before it is a PDF or an Excel file: heading, title, sections, tables.

Both writers read the same `Document`, so the PDF and the Excel table of one report always show
the same rows. A table's values are real numbers and dates; how they look is the writer's job.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from htx_desktop.reports.settings import Issuer

TEXT = "text"
INT = "int"  # a count or sum
YEAR = "year"  # a whole number without digit grouping
SHARE = "share"  # a fraction 0..1, shown as a percentage
DATE = "date"


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT
    width: float = 1.0  # relative to the other columns
    #: What the totals row shows: "sum", "count" (cells not empty), "ratio" (sum of column
    #: `ratio[0]` ÷ sum of column `ratio[1]`, for a share), or None (blank).
    total: str | None = None
    ratio: tuple[int, int] | None = None
    centred: bool = False  # marks ("x") and short codes


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: Sequence[tuple[object, ...]]
    caption: str = ""  # printed above the table, and the Excel sheet's name
    total_label: str | None = None  # a totals row with this label in its first text column
    numbered: bool = True  # a first "STT" column counting the rows
    tall_rows: bool = False  # rows high enough to sign in

    def totals(self) -> tuple[object, ...]:
        """The totals row's values, as the Excel formulas compute them."""
        sums: dict[int, float] = {}
        values: list[object] = []
        for index, column in enumerate(self.columns):
            if column.total == "sum":
                sums[index] = sum(float(row[index] or 0) for row in self.rows)
                values.append(sums[index])
            elif column.total == "count":
                values.append(sum(1 for row in self.rows if row[index] not in (None, "", False)))
            else:
                values.append(None)
        for index, column in enumerate(self.columns):
            if column.total == "ratio" and column.ratio:
                top, bottom = (sum(float(row[i] or 0) for row in self.rows) for i in column.ratio)
                values[index] = top / bottom if bottom else None
        label_at = next((i for i, c in enumerate(self.columns) if c.kind == TEXT), 0)
        values[label_at] = self.total_label
        return tuple(values)


@dataclass(frozen=True)
class Section:
    heading: str = ""  # "I. KẾT QUẢ THỰC HIỆN"
    paragraphs: tuple[str, ...] = ()
    table: Table | None = None
    notes: tuple[str, ...] = ()  # after the table, in italics


@dataclass(frozen=True)
class Document:
    kind: str
    issuer: Issuer
    title: str  # "BÁO CÁO", "DANH SÁCH"
    subject: str  # the line(s) under the title: "Kết quả thực hiện ... 6 tháng đầu năm 2026"
    day: date  # the document's date
    number: str = ""  # the number before "/BC-"; blank to be filled in by hand
    symbol: str = "BC"  # the kind of document in the number: BC (báo cáo), DS (danh sách)
    sections: tuple[Section, ...] = ()
    signed: bool = True  # signature block and "Nơi nhận"
    landscape: bool = False
    meta: dict[str, str] = field(default_factory=dict)  # period, unit...: Excel's heading rows

    @property
    def tables(self) -> list[Table]:
        return [section.table for section in self.sections if section.table is not None]
