"""Excel tables read back (openpyxl, and LibreOffice computing the formulas), and `htx-cli report`'s
exit codes and messages."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from htx_desktop import reports
from htx_desktop.cli.main import main
from htx_desktop.plans import breakdown
from htx_desktop.plans import progress as service
from htx_desktop.storage.database import open_database

DAY = date(2026, 7, 10)


@pytest.fixture(scope="module")
def aggregator_path(tmp_path_factory) -> Path:
    """A province (Lạng Sơn) aggregating demo communes: per-unit rows to total."""
    folder = tmp_path_factory.mktemp("excel")
    mp = pytest.MonkeyPatch()
    mp.setenv("HTX_HOME", str(folder / "home"))
    path = folder / "agg.sqlite3"
    assert main(["--db", str(path), "init", "--unit", "20", "--role", "aggregator"]) == 0
    assert main(["--db", str(path), "demo", "--scale", "district", "--unit", "20", "--seed", "5"]) == 0
    mp.undo()
    return path


@pytest.fixture
def aggregator(aggregator_path, tmp_path):
    copy = tmp_path / "agg.sqlite3"
    shutil.copy(aggregator_path, copy)
    database = open_database(copy)
    yield database
    database.dispose()


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cooperative_table_has_real_values_formulas_frozen_panes_and_print_setup(aggregator, tmp_path):
    target = reports.make(aggregator, reports.ReportRequest("cooperatives", "xlsx", day=DAY), tmp_path / "htx.xlsx")
    sheet = load_workbook(target).worksheets[0]
    header = next(r for r in range(1, 12) if sheet.cell(r, 1).value == "STT")
    assert [c.value for c in sheet[header]][:3] == ["STT", "Tên HTX, tổ hợp tác", "Loại hình"]
    assert sheet.freeze_panes == f"C{header + 1}"
    first = sheet[header + 1]
    assert isinstance(first[0].value, int) and isinstance(first[5].value, datetime) or first[5].value is None
    shares = [r[7] for r in sheet.iter_rows(min_row=header + 1) if isinstance(r[7].value, float)]
    assert shares and all(cell.number_format == "0.0%" and 0 <= cell.value <= 1 for cell in shares)
    dates = [r[5] for r in sheet.iter_rows(min_row=header + 1) if isinstance(r[5].value, datetime)]
    assert dates and all(cell.number_format == "dd/mm/yyyy" for cell in dates)
    last = sheet.max_row
    assert sheet.cell(last, 7).value == f"=COUNTA(G{header + 1}:G{last - 1})"  # women-managed, counted
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"${header}:${header}"
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="libreoffice-calc: installed by .ci/run")
def test_per_unit_totals_computed_by_libreoffice_equal_the_services_figures(aggregator, tmp_path):
    request = reports.ReportRequest("progress", "xlsx", day=DAY)
    target = reports.make(aggregator, request, tmp_path / "tien-do.xlsx")
    out = tmp_path / "csv"
    # Every sheet (-1), raw values, UTF-8: LibreOffice opens the file (no repair) and computes the formulas.
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", str(out), str(target)], check=True, capture_output=True, timeout=180)
    sheets = {p.stem.removeprefix("tien-do-"): list(csv.reader(p.open(encoding="utf-8"))) for p in out.glob("*.csv")}
    assert set(sheets) == {"Chỉ tiêu", "Theo đơn vị"}
    rows = sheets["Theo đơn vị"]
    header = next(i for i, row in enumerate(rows) if row and row[0] == "STT")
    totals = rows[-1]
    assert totals[1] == "Tổng cộng"
    with aggregator.read() as session:
        period = service.resolve(session, None, None, None, None, None, today=DAY)
        result, table = breakdown.dashboard(session, period)
    assert len(rows) - header - 2 == len(table.communes)
    column = 2
    for row in result.rows:
        assert float(totals[column]) == row.numerator, row.code
        column += 1
        if row.share:
            assert float(totals[column]) == row.denominator, row.code
            column += 1


def test_list_export_keeps_numbers_and_years(tmp_path):
    target = reports.export_list(tmp_path / "ds.xlsx", ["người", "Ngày xuất: 10/07/2026"], ["Họ và tên", "Năm sinh", "Học viên"],
                                 [("Hoàng Thị Mai", 1980, 12000), ("Lý Thị Ba", "", 3)])
    sheet = load_workbook(target).worksheets[0]
    assert [c.value for c in sheet[4]] == ["STT", "Họ và tên", "Năm sinh", "Học viên"]
    assert [c.value for c in sheet[5]] == [1, "Hoàng Thị Mai", 1980, 12000]
    assert sheet["C5"].number_format == "0" and sheet["D5"].number_format == "#,##0"
    assert sheet["C6"].value is None


def test_cli_report_writes_pdf_and_excel_by_extension(capsys, aggregator_path, tmp_path):
    db = tmp_path / "a.sqlite3"
    shutil.copy(aggregator_path, db)
    code, out, err = run(capsys, "--db", str(db), "report", "cooperatives", "--out", str(tmp_path / "ds.xlsx"))
    assert code == 0, err
    assert "Đã ghi báo cáo" in out and load_workbook(tmp_path / "ds.xlsx").worksheets
    code, out, err = run(capsys, "--db", str(db), "report", "review", "--out", str(tmp_path / "so-ket.pdf"))
    assert code == 0, err
    assert (tmp_path / "so-ket.pdf").read_bytes().startswith(b"%PDF")


def test_cli_report_refuses_bad_training_unknown_kind_and_unwritable_output(capsys, aggregator_path, tmp_path):
    db = tmp_path / "a.sqlite3"
    shutil.copy(aggregator_path, db)
    base = ("--db", str(db), "report")
    code, _, err = run(capsys, *base, "signin", "--training", "khong-phai-ma", "--out", str(tmp_path / "k.pdf"))
    assert code == 1 and "“khong-phai-ma” không phải mã khóa học" in err
    code, _, err = run(capsys, *base, "signin", "--out", str(tmp_path / "k.pdf"))
    assert code == 1 and "--training" in err
    code, _, err = run(capsys, *base, "signin", "--training", "{00000000-0000-0000-0000-0000000000AB}",
                       "--out", str(tmp_path / "k.pdf"))
    assert code == 1 and "Không tìm thấy khóa đào tạo" in err
    code, _, err = run(capsys, *base, "budget", "--out", str(tmp_path / "k.pdf"))
    assert code == 2 and "lựa chọn không hợp lệ: 'budget'" in err
    blocker = tmp_path / "tep"
    blocker.write_text("x")
    code, _, err = run(capsys, *base, "cooperatives", "--out", str(blocker / "ds.pdf"))
    assert code == 1 and "Không ghi được tệp" in err and "thư mục không tồn tại" in err
    assert not list(tmp_path.glob("k.pdf")) and not list(tmp_path.glob(".*.pdf"))
