"""The Reports screen, the issuer in Settings and Ctrl+E on a list, driven by keys as the officer does."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from gui_helpers import activate, press, type_here
from actors import ADMIN_PASSWORD
from demo_data import commune_demo
from htx_desktop.gui.background import wait_for_background
from htx_desktop.gui.common import Session
from htx_desktop.gui.report_preview import print_pdf
from htx_desktop.gui.reports_page import ReportsPage
from htx_desktop.gui.screens import cooperatives_page
from htx_desktop.gui.settings.issuer import IssuerBox
from htx_desktop.reports import settings
from htx_desktop.storage.database import open_database

CTRL = Qt.KeyboardModifier.ControlModifier
OFFICER = Session("mai", "data_entry", "06046", "Xã Tràng Định")
ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    return commune_demo(tmp_path_factory, "gui-reports", seed=6)


@pytest.fixture
def demo(demo_path, tmp_path):
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_path, copy)
    database = open_database(copy)
    yield database
    wait_for_background()
    database.dispose()


def open_page(qtbot, database, session=OFFICER) -> ReportsPage:
    page = ReportsPage(database, session)
    qtbot.addWidget(page)
    page.resize(1140, 700)
    activate(page)
    qtbot.waitExposed(page)
    return page


def test_officer_writes_achievements_and_previews_the_report_with_f5(qtbot, demo):
    page = open_page(qtbot, demo)
    page.texts["achievements"].setFocus()  # she clicks into the box
    type_here("Thành lập mới HTX Phụ nữ dệt thổ cẩm Bắc Ái.")
    press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=20_000)
    pages = page.preview.page_count()
    assert page.message.text() == f"Bản xem trước: {pages} trang."
    first = page.preview.findChild(QLabel, "page_1")
    assert first.isVisible()
    width, height = first.pixmap().size().toTuple()
    assert abs(height / width - 297 / 210) < 0.01  # a whole A4 page
    assert width <= page.preview.viewport().width()  # as wide as the view, no sideways scrolling
    assert not page.progress.isVisible()
    # The text is kept for next time, and offered again by a new screen.
    assert settings.texts(demo, "progress")["achievements"] == "Thành lập mới HTX Phụ nữ dệt thổ cẩm Bắc Ái."
    again = open_page(qtbot, demo)
    assert again.texts["achievements"].toPlainText() == "Thành lập mới HTX Phụ nữ dệt thổ cẩm Bắc Ái."


def test_choosing_the_cooperative_list_in_excel_and_saving_with_ctrl_s(qtbot, demo, tmp_path, monkeypatch):
    target = tmp_path / "danh-sach"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked.append(args) or (str(target), ""))
    page = open_page(qtbot, demo)
    page.kind.setFocus()
    press(Qt.Key.Key_Down, times=2)  # progress → review → cooperatives
    assert page.kind.currentData() == "cooperatives"
    assert not page.texts_box.isVisible() and not page.period.isVisible() and not page.dates.isVisible()
    press(Qt.Key.Key_Tab)  # to the unit: plan, period and training are hidden for a list
    while not page.format.hasFocus():
        press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Down)
    assert page.format.currentData() == "xlsx"
    press(Qt.Key.Key_S, CTRL)
    saved = target.with_name("danh-sach.xlsx")
    qtbot.waitUntil(lambda: page.message.text().startswith("Đã lưu"), timeout=20_000)
    assert page.message.text() == f"Đã lưu: {saved}"
    assert "Tệp Excel (*.xlsx)" in asked[0]
    sheet = load_workbook(saved).worksheets[0]
    assert sheet.title == "Danh sách HTX, THT" and sheet.max_row > 10


def test_a_wrong_date_is_named_and_nothing_is_made(qtbot, demo):
    page = open_page(qtbot, demo)
    page.start.setFocus()
    page.start.selectAll()
    type_here("31/02/2026")
    press(Qt.Key.Key_F5)
    assert "31/02/2026" in page.message.text()
    assert page.preview.page_count() == 0 and page.busy_with is None


def test_printing_draws_every_page_of_the_report(qtbot, demo, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from htx_desktop import reports

    made = reports.make(demo, reports.ReportRequest("cooperatives"), tmp_path / "ds.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    pages = print_pdf(made, printer)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True).stdout
    assert pages >= 2 and f"Pages:           {pages}" in info


def test_administrator_switches_the_issuer_to_the_peoples_committee(qtbot, demo):
    box = IssuerBox(demo, ADMIN)
    qtbot.addWidget(box)
    activate(box)
    qtbot.waitExposed(box)
    assert box.edits["name"].text() == "HỘI LHPN XÃ TRÀNG ĐỊNH"
    box.kind.setFocus()
    press(Qt.Key.Key_Down)
    assert box.edits["name"].text() == "UBND XÃ TRÀNG ĐỊNH"
    assert box.edits["authority"].text() == "TM. ỦY BAN NHÂN DÂN"
    box.edits["signer"].setFocus()
    type_here("Nông Văn Bình")
    box.save_button.setFocus()
    press(Qt.Key.Key_Space)
    assert box.message.text() == "Đã lưu. Các báo cáo từ nay ghi “UBND XÃ TRÀNG ĐỊNH”."
    saved = settings.issuer(demo)
    assert (saved.kind, saved.signer) == ("committee", "Nông Văn Bình")


def test_a_viewer_sees_the_issuer_but_cannot_change_it(qtbot, demo):
    box = IssuerBox(demo, Session("xem", "viewer", "06046", "Xã Tràng Định"))
    qtbot.addWidget(box)
    activate(box)
    assert not box.edits["name"].isEnabled() and not box.save_button.isVisible()


def test_ctrl_e_exports_the_list_as_shown(qtbot, demo, tmp_path, monkeypatch):
    target = tmp_path / "htx.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    page = cooperatives_page(demo, OFFICER)
    qtbot.addWidget(page)
    page.resize(1140, 700)
    activate(page)
    qtbot.waitUntil(lambda: page.model.fully_loaded and page.model.rowCount() > 0, timeout=10_000)
    page.search.setFocus()
    type_here("phu nu")
    qtbot.waitUntil(lambda: page.model.filters.text == "phu nu" and page.model.fully_loaded, timeout=10_000)
    shown = [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]
    press(Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: page.count_label.text().startswith("Đã xuất"), timeout=20_000)
    sheet = load_workbook(target).worksheets[0]
    header = next(r for r in range(1, 8) if sheet.cell(r, 1).value == "STT")
    assert sheet.cell(header, 2).value == "Tên HTX/THT"
    assert [sheet.cell(r, 2).value for r in range(header + 1, sheet.max_row + 1)] == shown
    assert 0 < len(shown) < 40


def test_the_main_window_starts_without_the_report_libraries(db_path):
    """reportlab, openpyxl and PDFium are imported when a report is made, never at start-up."""
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from htx_desktop.gui.main_window import MainWindow\n"
        "from htx_desktop.services.protection import sign_in\n"
        "app = QApplication([])\n"
        f"database, _user = sign_in({str(db_path)!r}, 'admin', {ADMIN_PASSWORD!r})\n"  # it is encrypted
        "window = MainWindow(database)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(m for m in ('reportlab', 'openpyxl', 'pypdfium2') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr


def test_a_sign_in_sheet_without_any_training_says_where_to_add_one(qtbot, db):
    page = open_page(qtbot, db)
    page.kind.setFocus()
    press(Qt.Key.Key_Down, times=4)
    assert page.kind.currentData() == "signin" and page.training.count() == 0
    press(Qt.Key.Key_F5)
    assert page.message.text() == ("Chưa có khóa học nào để lập danh sách ký tên: hãy thêm khóa học ở màn hình "
                                   "“Đào tạo”.")
    assert page.busy_with is None and page.preview.page_count() == 0


def test_the_people_list_exports_without_national_ids(qtbot, demo, tmp_path, monkeypatch):
    from htx_desktop.gui.screens import people_page

    target = tmp_path / "nguoi.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    page = people_page(demo, OFFICER)  # data entry: the list shows the CCCD column
    qtbot.addWidget(page)
    page.resize(1140, 700)
    activate(page)
    assert "Số CCCD" in [column.title for column in page.spec.columns]
    qtbot.waitUntil(lambda: page.model.fully_loaded and page.model.rowCount() > 0, timeout=10_000)
    page.table.setFocus()
    press(Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: page.count_label.text().startswith("Đã xuất"), timeout=30_000)
    sheet = load_workbook(target).worksheets[0]
    header = next(r for r in range(1, 8) if sheet.cell(r, 1).value == "STT")
    titles = [cell.value for cell in sheet[header]]
    assert "Họ và tên" in titles and "Số CCCD" not in titles
    assert sheet.max_row - header == page.model.rowCount()
    ids = {value for row in sheet.iter_rows(values_only=True) for value in row
           if isinstance(value, str) and value.isdigit() and len(value) == 12}
    assert not ids


def test_an_issuer_saved_by_another_administrator_meanwhile_is_not_overwritten_and_reload_keeps_the_typing(
        qtbot, demo):
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from gui_helpers import when_modal

    box = IssuerBox(demo, ADMIN)
    qtbot.addWidget(box)
    activate(box)
    qtbot.waitExposed(box)
    box.edits["title"].setFocus()
    box.edits["title"].selectAll()
    type_here("PHÓ CHỦ TỊCH")  # only this administrator changes the title
    box.edits["signer"].setFocus()
    type_here("Nông Văn Bình")  # both name a signer
    other = settings.issuer(demo)  # meanwhile another administrator saves a signer
    settings.save_issuer(demo, replace(other, signer="Hoàng Thị Thu"), ADMIN, shown=other)
    seen = {}

    def answer(question) -> None:  # type: ignore[no-untyped-def]
        seen["question"] = question.text() if isinstance(question, QMessageBox) else ""
        press(Qt.Key.Key_Return)  # "Tải lại"

    when_modal(answer)
    box.save_button.setFocus()
    press(Qt.Key.Key_Space)

    assert seen["question"].startswith("Cơ quan ban hành vừa được người quản trị khác sửa; tải lại")
    assert box.edits["signer"].text() == "Hoàng Thị Thu"  # theirs is shown ...
    assert "Họ tên người ký: Nông Văn Bình" in box.message.text()  # ... and what was typed, to copy back
    assert box.edits["title"].text() == "PHÓ CHỦ TỊCH"  # kept
    assert (settings.issuer(demo).signer, settings.issuer(demo).title) == ("Hoàng Thị Thu", "CHỦ TỊCH")
    box.save_button.setFocus()
    press(Qt.Key.Key_Space)  # saved over the newest
    assert (settings.issuer(demo).signer, settings.issuer(demo).title) == ("Hoàng Thị Thu", "PHÓ CHỦ TỊCH")
