"""Report writers next to raw reportlab and raw openpyxl producing the same table, in the same run.

`python -m benchmarks.reports [--runs 3] [--pdf-rows 2000] [--xlsx-rows 100000]`: the median wall
time of each, held to at most 1.2 times the raw library's. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import Figure, in_turns, main
from htx_desktop.reports import fonts, pdf, xlsx
from htx_desktop.reports.document import DATE, INT, SHARE, TEXT, Column, Document, Section, Table
from htx_desktop.reports.settings import Issuer

COLUMNS = (Column("Tên HTX, tổ hợp tác", TEXT, 3.2), Column("Đơn vị", TEXT, 1.6), Column("Ngày thành lập", DATE, 1.1),
           Column("Lao động", INT, 0.9, "sum"), Column("Tỷ lệ lao động nữ", SHARE, 0.9))
ISSUER = Issuer("union", "HỘI LHPN TỈNH LẠNG SƠN", "HỘI LHPN XÃ TRÀNG ĐỊNH", "HPN", "Tràng Định", "TM. BAN THƯỜNG VỤ",
                "CHỦ TỊCH", "", "")


def rows(count: int) -> list[tuple[object, ...]]:
    start = date(2000, 1, 1)
    return [(f"Hợp tác xã Nông nghiệp Phụ nữ số {n}", "Xã Tràng Định", start + timedelta(days=n % 9000), 10 + n % 40,
             (n % 100) / 100) for n in range(count)]


def ours_pdf(data: list, target: Path) -> None:
    table = Table(COLUMNS, data, caption="HTX", numbered=False)
    pdf.write(Document("cooperatives", ISSUER, "DANH SÁCH", "HTX", date.today(), sections=(Section("", (), table),),
                       signed=False), target)


def raw_pdf(data: list, target: Path) -> None:
    """The same table with reportlab alone: the same margins, strings, grid, alignment and padding."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate
    from reportlab.platypus import Table as PdfTable
    from reportlab.platypus import TableStyle

    fonts.register()
    width = A4[0] - pdf.MARGIN_LEFT - pdf.MARGIN_RIGHT
    unit = width / sum(c.width for c in COLUMNS)
    body = [[c.title for c in COLUMNS]] + [[pdf.cell_text(c.kind, v) for c, v in zip(COLUMNS, row)] for row in data]
    size = pdf.TABLE_SIZE
    style = [("FONT", (0, 0), (-1, -1), fonts.REGULAR, size, size * 1.2),
             ("FONT", (0, 0), (-1, 0), fonts.BOLD, size, size * 1.2), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
             ("ALIGN", (2, 1), (2, -1), "CENTER"), ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    table = PdfTable(body, colWidths=[c.width * unit for c in COLUMNS], repeatRows=1, style=TableStyle(style))
    SimpleDocTemplate(str(target), pagesize=A4, leftMargin=pdf.MARGIN_LEFT, rightMargin=pdf.MARGIN_RIGHT,
                      topMargin=pdf.MARGIN_TOP, bottomMargin=pdf.MARGIN_BOTTOM).build([table])


def ours_xlsx(data: list, target: Path) -> None:
    xlsx.write_tables(target, ["HỘI LHPN XÃ TRÀNG ĐỊNH", "DANH SÁCH"], [Table(COLUMNS, data, caption="HTX",
                                                                           total_label="Tổng cộng")])


def raw_xlsx(data: list, target: Path) -> None:
    """The same sheet with openpyxl's write-only mode alone: values with their number formats."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("HTX")
    sheet.freeze_panes = "C5"
    sheet.append(["HỘI LHPN XÃ TRÀNG ĐỊNH"])
    sheet.append(["DANH SÁCH"])
    sheet.append([])
    sheet.append(["STT"] + [c.title for c in COLUMNS])
    formats = [xlsx.FORMATS.get(c.kind) for c in COLUMNS]
    for number, row in enumerate(data, start=1):
        cells: list[object] = [number]
        for value, number_format in zip(row, formats):
            if number_format:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = number_format
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
    sheet.append([None, "Tổng cộng", None, None, f"=SUM(E5:E{len(data) + 4})", None])
    book.save(str(target))


TARGET_RATIO = 1.2


def timed(make: Callable[[list, Path], None], data: list, target: Path) -> Callable[[], float]:
    def measure() -> float:
        started = time.perf_counter()
        make(data, target)
        return time.perf_counter() - started

    return measure


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf-rows", type=int, default=2000)
    parser.add_argument("--xlsx-rows", type=int, default=100_000)


def run(args: argparse.Namespace) -> list[Figure]:
    """Both writers in turns in each run, after one warm-up each, so a machine shared with other
    work slows both alike; the median of each."""
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        for name, ours, raw, count, suffix in (("PDF", ours_pdf, raw_pdf, args.pdf_rows, "pdf"),
                                               ("Excel", ours_xlsx, raw_xlsx, args.xlsx_rows, "xlsx")):
            data = rows(count)
            measures = [timed(make, data, Path(folder) / f"{make.__name__}.{suffix}") for make in (raw, ours)]
            for measure in measures:
                measure()  # warm-up: fonts registered, modules imported
            raw_time, our_time = in_turns(args.runs, *measures)
            figures.append(Figure(f"{name} report, {count:,} rows", our_time, "s", raw_time,
                                  f"raw {'reportlab' if suffix == 'pdf' else 'openpyxl'}", TARGET_RATIO))
    return figures


if __name__ == "__main__":
    raise SystemExit(main(run, add_arguments))
