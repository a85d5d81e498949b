"""A person's data from her form, by keys: an administrator exports it or erases it after typing
her name; other roles do not get the button. What is checked is what the officer sees."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from gui_helpers import activate, press, type_here, visible_windows, when_modal, when_window
from htx_desktop.domain.records import PersonData
from htx_desktop.gui.common import Session
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.services import people
from htx_desktop.storage.models import Person

ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")
ENTRY = Session("lan", "data_entry", "06046", "Xã Tràng Định")
ALT = Qt.KeyboardModifier.AltModifier
NATIONAL_ID = "020190004321"


@pytest.fixture
def hoa(db):  # type: ignore[no-untyped-def]
    return people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046", birth_year=1990,
                                        national_id=NATIONAL_ID, phone="0912345678"), ADMIN)


def open_first_person(qtbot, db, session, steps) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(db, session)
    qtbot.addWidget(window)
    activate(window)
    window.show_screen(2)
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 1)
    window.people.table.selectRow(0)
    window.people.table.setFocus()
    when_modal(steps)
    press(Qt.Key.Key_Return)
    return window


def test_administrator_exports_her_data_from_the_form(qtbot, db, hoa, tmp_path, monkeypatch):
    target = tmp_path / "hoa.json"
    seen = {}
    asked = []
    # The file dialog answers with the chosen path (as in test_gui_reports).
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked.append(args[2]) or (str(target), ""))

    def in_personal_data(dialog) -> None:  # type: ignore[no-untyped-def]
        press(Qt.Key.Key_X, ALT)
        qtbot.waitUntil(lambda: dialog.message.text() != "")
        seen["message"] = dialog.message.text()
        seen["windows"] = len(visible_windows())
        press(Qt.Key.Key_Escape)

    def in_form(form) -> None:  # type: ignore[no-untyped-def]
        when_window("Dữ liệu cá nhân: Nông Thị Hoa", in_personal_data)
        press(Qt.Key.Key_L, ALT)  # a mnemonic clicks its button a moment later
        qtbot.waitUntil(lambda: "windows" in seen)
        seen["back_in_form"] = QApplication.activeModalWidget() is form
        press(Qt.Key.Key_Escape)

    window = open_first_person(qtbot, db, ADMIN, in_form)

    assert asked and asked[0].endswith(".json") and "nong-thi-hoa" in asked[0]
    assert seen["message"] == f"Đã ghi “{target}” và “{tmp_path / 'hoa.xlsx'}”."
    assert seen["windows"] == 3 and seen["back_in_form"]  # main window, form, personal data
    assert json.loads(target.read_text(encoding="utf-8"))["person"]["national_id"] == NATIONAL_ID
    assert visible_windows() == [window]


def test_erasure_waits_for_her_exact_name_then_closes_her_form_and_she_leaves_the_list(qtbot, db, hoa):
    seen = {}

    def in_personal_data(dialog) -> None:  # type: ignore[no-untyped-def]
        erase = dialog.findChild(QPushButton, "erase_personal_data")
        dialog.confirm_name.setFocus()
        type_here("Nong Thi Hoa")  # without diacritics: not her name as written
        seen["enabled_wrong"] = erase.isEnabled()
        press(Qt.Key.Key_Return)
        seen["still_open"] = dialog.isVisible()
        dialog.confirm_name.selectAll()
        type_here("Nông Thị Hoa")
        seen["enabled_right"] = erase.isEnabled()
        press(Qt.Key.Key_Return)
        seen["done"] = True

    def in_form(form) -> None:  # type: ignore[no-untyped-def]
        when_window("Dữ liệu cá nhân", in_personal_data)
        press(Qt.Key.Key_L, ALT)
        qtbot.waitUntil(lambda: seen.get("done", False))

    window = open_first_person(qtbot, db, ADMIN, in_form)

    assert seen == {"enabled_wrong": False, "still_open": True, "enabled_right": True, "done": True}
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 0)
    assert visible_windows() == [window]
    with db.read() as session:
        row = session.get(Person, hoa)
        assert (row.full_name, row.national_id, row.phone, row.deleted) == ("Đã xóa theo yêu cầu", None, None, True)


def test_a_data_entry_officer_has_no_personal_data_button(qtbot, db, hoa):
    seen = {}

    def in_form(form) -> None:  # type: ignore[no-untyped-def]
        seen["button"] = form.findChild(QPushButton, "personal_data")
        seen["buttons"] = [button.text() for button in form.buttons.buttons()]
        press(Qt.Key.Key_Escape)

    window = open_first_person(qtbot, db, ENTRY, in_form)
    assert seen == {"button": None, "buttons": ["Lưu", "Hủy"]}
    assert visible_windows() == [window]
