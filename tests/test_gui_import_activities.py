"""The import wizard from the Activities screen, by keys: each list has its button, and Ctrl+I on
the support list imports support rows (a rejected one said with its reason) into that list."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from gui_helpers import activate, focused, press, type_here, visible_windows, when_modal, when_window
from htx_desktop.domain.records import CooperativeData
from htx_desktop.gui.background import wait_for_background
from htx_desktop.gui.common import Session
from htx_desktop.gui.import_wizard import ImportWizard
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.services import cooperatives
from import_files import workbook

ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")
ACTIVITIES = 4  # the "Hoạt động" screen in the navigation


def settle_background() -> None:
    wait_for_background()
    QApplication.processEvents()
    gc.collect()


@pytest.fixture
def window(qtbot, db):
    main = MainWindow(db, ADMIN)
    qtbot.addWidget(main)
    activate(main)
    main.show_screen(ACTIVITIES)
    settle_background()
    yield main
    settle_background()


def test_each_activity_list_has_its_import_button(window):
    for key, page in window.activities.lists.items():
        button = page.findChild(QPushButton, "import_button")
        assert button is not None and button.isEnabled(), key
        assert button.text() == "Nhập từ Excel (Ctrl+I)"


def test_import_support_from_the_activities_screen_by_keys(qtbot, window, db, tmp_path):
    cooperatives.create(db, CooperativeData("HTX Chè Bản Piềng", "06046", registration_no="4507000999"), ADMIN)
    path = workbook(tmp_path / "ho-tro.xlsx", [
        ["STT", "Tên HTX", "Hình thức hỗ trợ", "Ngày", "Số tiền", "Ngân hàng"],
        [1, "HTX Che Ban Pieng", "Hỗ trợ vay vốn", "05/06/2025", "50.000.000", "Ngân hàng CSXH"],
        [2, "HTX Chè Bản Piềng", "chuyen doi so", "10/07/2025", None, None],
        [3, "HTX Chè Bản Piềng", "Hỗ trợ vay vốn", "12/07/2025", None, None],
    ], title="DANH SÁCH HỖ TRỢ HTX NĂM 2025")
    page = window.activities.show_list("support")
    page.table.setFocus()
    seen: dict[str, object] = {}

    def drive(wizard: ImportWizard) -> None:
        seen["title"] = wizard.windowTitle()
        assert focused() is wizard.file_page.path
        type_here(str(path))
        press(Qt.Key.Key_Tab)  # leaves the field: the sheets are listed
        press(Qt.Key.Key_Return)  # Tiếp
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page and not wizard.mapping_page.busy,
                        timeout=15_000)
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page and not wizard.preview_page.busy,
                        timeout=15_000)
        seen["summary"] = wizard.preview_page.summary.text()
        table = wizard.preview_page.table
        seen["first"] = [table.item(0, c).text() for c in range(3)]
        when_window("Nhập từ Excel", read_summary)
        press(Qt.Key.Key_Return)  # Nhập

    def read_summary(box) -> None:  # type: ignore[no-untyped-def]
        seen["told"] = box.text()
        press(Qt.Key.Key_Return)

    when_modal(drive)
    press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None and "told" in seen, timeout=20_000)
    assert seen["title"] == "Nhập danh sách hỗ trợ HTX, THT từ Excel"
    assert seen["summary"] == "2 dòng thêm mới, 0 dòng cập nhật, 1 dòng bị từ chối."
    assert seen["first"][:2] == ["7", "Từ chối"]
    assert "Khoản vay: hãy nhập số tiền vay." in seen["first"][2]
    assert "Khoản vay: hãy nhập nơi cho vay" in seen["first"][2]
    assert seen["told"] == seen["summary"]
    assert visible_windows() == [window]
    qtbot.waitUntil(lambda: page.model.active and page.model.fully_loaded and page.model.rowCount() == 2)
    rows = sorted([page.model.data(page.model.index(r, c)) for c in range(4)] for r in range(2))
    assert rows == [["HTX Chè Bản Piềng", "Chuyển đổi số", "10/07/2025", ""],
                    ["HTX Chè Bản Piềng", "Hỗ trợ vay vốn", "05/06/2025", "50.000.000"]]
