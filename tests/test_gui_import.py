"""The import wizard, driven by keys as the officer drives it: from the People list (Ctrl+I) and
from the training form (its attendance list)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from gui_helpers import activate, error_under, focused, press, type_here, visible_windows, when_modal, when_window
from htx_desktop.domain.records import PersonData
from htx_desktop.gui.common import Session
from htx_desktop.gui.import_wizard import ImportWizard
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.imports.legacy import TCVN3, encode
from htx_desktop.services import people, trainings
from import_files import workbook

ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")


def wait_page(qtbot, wizard: ImportWizard, page) -> None:
    qtbot.waitUntil(lambda: wizard.currentPage() is page and not page.busy, timeout=15_000)


def test_import_people_from_the_list_screen_by_keys(qtbot, db, tmp_path):
    path = workbook(tmp_path / "chi-em.xlsx", [
        ["STT", "Họ và tên", "Năm sinh", "Ghi chú riêng"],
        [1, encode("Nguyễn Thị Hường", TCVN3), 1980, "tổ 1"],
        [2, "Vi Thị Lan", "19x0", "tổ 2"],
        [3, "Hà Thị Mai", 1985, "tổ 3"],
    ], title="DANH SÁCH CHỊ EM")
    window = MainWindow(db, ADMIN)
    qtbot.addWidget(window)
    activate(window)
    window.show_screen(2)
    page = window.people
    page.table.setFocus()
    seen: dict[str, object] = {}

    def drive(wizard: ImportWizard) -> None:
        assert focused() is wizard.file_page.path
        type_here(str(path))
        press(Qt.Key.Key_Tab)  # leaves the field: the sheets are listed
        assert wizard.file_page.sheet.currentText() == "Danh sách"
        press(Qt.Key.Key_Return)  # Tiếp
        wait_page(qtbot, wizard, wizard.mapping_page)
        combos = wizard.mapping_page.findChildren(QComboBox)
        seen["guessed"] = [combo.currentData() for combo in combos]
        combos[3].setFocus()
        type_here("Ghi")  # the combo jumps to "Ghi chú" as the officer types
        seen["corrected"] = combos[3].currentData()
        press(Qt.Key.Key_Return)
        wait_page(qtbot, wizard, wizard.preview_page)
        seen["summary"] = wizard.preview_page.summary.text()
        table = wizard.preview_page.table
        seen["first"] = [table.item(0, c).text() for c in range(3)]
        press(Qt.Key.Key_Return)  # Nhập

    def read_summary(box) -> None:
        seen["told"] = box.text()
        press(Qt.Key.Key_Return)

    def drive_then_answer(wizard: ImportWizard) -> None:
        when_window("Nhập từ Excel", read_summary)
        drive(wizard)

    when_modal(drive_then_answer)
    press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None and "told" in seen, timeout=20_000)
    assert seen["guessed"] == ["", "full_name", "birth_year", ""]
    assert seen["corrected"] == "notes"
    assert seen["summary"] == "2 dòng thêm mới, 0 dòng cập nhật, 1 dòng bị từ chối."
    assert seen["first"] == ["6", "Từ chối", "Năm sinh: “19x0” không phải năm."]
    assert visible_windows() == [window]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert sorted(page.model.data(page.model.index(r, 0)) for r in range(2)) == ["Hà Thị Mai", "Nguyễn Thị Hường"]
    assert seen["told"] == seen["summary"]  # said once more when the wizard has closed
    saved = json.loads((db.path.parent / "import-mappings.json").read_text(encoding="utf-8"))
    assert saved["people"]["Ghi chú riêng"] == "notes"


def test_a_file_that_is_not_excel_is_explained_under_the_field_and_esc_leaves_nothing_behind(qtbot, db, tmp_path):
    bad = tmp_path / "ghi-chu.xlsx"
    bad.write_text("không phải Excel", encoding="utf-8")
    window = MainWindow(db, ADMIN)
    qtbot.addWidget(window)
    activate(window)
    window.show_screen(2)
    window.people.table.setFocus()
    seen = {}

    def drive(wizard: ImportWizard) -> None:
        type_here(str(bad))
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(error_under(wizard, "path")))
        seen["error"] = error_under(wizard, "path")
        seen["page"] = wizard.currentPage() is wizard.file_page
        press(Qt.Key.Key_Escape)

    when_modal(drive)
    press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert "không phải tệp Excel" in seen["error"] and seen["page"]
    assert visible_windows() == [window]
    assert people.likely_duplicates(db, "x", None, "06046") == []


def test_import_an_attendance_list_from_the_training_form(qtbot, db, tmp_path):
    from htx_desktop.gui.training_dialog import TrainingDialog
    from gui_helpers import type_text

    people.create(db, PersonData(full_name="Triệu Thị Lìu", unit_code="06046", birth_year=1988), actor=ADMIN)
    path = workbook(tmp_path / "hoc-vien.xlsx", [["Họ và tên", "Năm sinh", "Hoàn thành"], ["Triệu Thị Lìu", 1988, "x"]])
    dialog = TrainingDialog(db, ADMIN)
    qtbot.addWidget(dialog)
    activate(dialog)
    type_text(dialog.widgets["title"], "Tập huấn chuyển đổi số")
    type_text(dialog.widgets["starts_on"], "10/06/2025")

    def drive(wizard: ImportWizard) -> None:
        type_here(str(path))
        press(Qt.Key.Key_Return)
        wait_page(qtbot, wizard, wizard.mapping_page)
        press(Qt.Key.Key_Return)
        wait_page(qtbot, wizard, wizard.preview_page)
        assert wizard.preview_page.summary.text().startswith("1 dòng thêm mới")
        when_window("Nhập từ Excel", lambda box: press(Qt.Key.Key_Return))
        press(Qt.Key.Key_Return)

    button = dialog.findChild(QPushButton, "import_attendance")
    button.setFocus()
    when_modal(drive)
    press(Qt.Key.Key_Space)  # saves the training first, then opens the wizard
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=20_000)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Triệu Thị Lìu"
    [row] = trainings.attendees(db, dialog.training_id)
    assert row.attended and row.completed
