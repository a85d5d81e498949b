"""An officer saves a form after another officer saved the same record: the save is refused with
who and when, and "Tải lại" shows the newest record while keeping what the officer typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui_helpers import activate, press, type_here, visible_windows, when_modal
from htx_desktop.domain.records import CooperativeData
from htx_desktop.gui.common import Session
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.services import cooperatives
from actors import ADMIN

OFFICER = Session("admin", "admin", "06046", "Xã Tràng Định")
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, db):
    main = MainWindow(db, OFFICER)
    qtbot.addWidget(main)
    activate(main)
    return main


def test_save_over_a_newer_save_is_refused_and_reload_keeps_the_officers_typing(qtbot, window, db):
    tea = cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046", address="Thôn Nà Lầm"),
                              actor=ADMIN)
    seen = {}

    def answer_reload(box) -> None:  # type: ignore[no-untyped-def]
        seen["question"] = box.text() if isinstance(box, QMessageBox) else ""
        press(Qt.Key.Key_Return)  # "Tải lại" is the default

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        form.widgets["name"].setFocus()
        press(Qt.Key.Key_End)
        type_here(" Khau Phạ")
        form.widgets["address"].setFocus()
        form.widgets["address"].selectAll()
        type_here("Thôn Bản Chu")
        # Meanwhile another officer corrects the address of the same cooperative and saves.
        other = cooperatives.load(db, tea)
        cooperatives.update(db, tea, CooperativeData(name="HTX Chè", unit_code="06046", address="Thôn Khòn Phổ"),
                            ADMIN, expected=other.version)
        when_modal(answer_reload)
        press(Qt.Key.Key_Return)  # Save: refused, the question opens
        seen["after_reload"] = (form.isVisible(), form.widgets["name"].text(), form.widgets["address"].text(),
                                form.message.text())
        press(Qt.Key.Key_Return)  # Save again, now over the newest version

    window.show_screen(1)
    qtbot.waitUntil(lambda: window.cooperatives.model.rowCount() == 1)
    window.cooperatives.table.selectRow(0)
    window.cooperatives.table.setFocus()
    when_modal(steps)
    press(Qt.Key.Key_Return)

    assert seen["question"].startswith("Bản ghi này vừa được người khác (admin) sửa lúc ")
    visible, name, address, message = seen["after_reload"]
    assert visible
    assert name == "HTX Chè Khau Phạ"  # only the officer changed the name: the typing is kept
    assert address == "Thôn Khòn Phổ"  # both changed the address: the newest is shown ...
    assert "Thôn Bản Chu" in message  # ... and what the officer typed is there to copy back
    assert visible_windows() == [window]
    saved = cooperatives.get(db, tea)
    assert (saved.name, saved.address) == ("HTX Chè Khau Phạ", "Thôn Khòn Phổ")


def test_a_delete_confirmed_after_someone_else_saved_the_record_is_refused_and_nothing_is_deleted(qtbot, window, db):
    tea = cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    seen = []

    def read_refusal(box) -> None:  # type: ignore[no-untyped-def]
        seen.append(box.text())
        press(Qt.Key.Key_Return)

    def answer_delete(box) -> None:  # type: ignore[no-untyped-def]
        # While the officer reads the question, another officer renames the cooperative.
        other = cooperatives.load(db, tea)
        cooperatives.update(db, tea, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046"), ADMIN,
                            expected=other.version)
        when_modal(read_refusal)
        next(button for button in box.buttons() if button.text() == "Xóa").click()

    page = window.cooperatives
    window.show_screen(1)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    page.table.setFocus()
    when_modal(answer_delete)
    press(Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(seen))

    assert seen[0].startswith("Bản ghi này vừa được người khác (admin) sửa lúc ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0).name == "HTX Chè Bản Piềng")
    assert not page.undo_button.isEnabled()
    assert cooperatives.get(db, tea).name == "HTX Chè Bản Piềng"  # nothing was deleted


def test_reload_keeps_a_ticked_box_and_lists_a_choice_both_changed_by_its_label(qtbot, window, db):
    from htx_desktop.domain.enums import CadreLevel
    from htx_desktop.domain.records import PersonData
    from htx_desktop.messages import label
    from htx_desktop.services import people

    hoa = people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046", birth_year=1990), actor=ADMIN)
    seen = {}

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        form.priority_boxes["poor"].setFocus()
        press(Qt.Key.Key_Space)  # tick "hộ nghèo"
        form.widgets["cadre_level"].setFocus()
        press(Qt.Key.Key_Down)  # a commune cadre
        other = people.load(db, hoa, "admin")
        people.update(db, hoa, PersonData(full_name="Nông Thị Hoa", unit_code="06046", birth_year=1990,
                                          cadre_level="district"), ADMIN, expected=other.version)
        when_modal(lambda box: press(Qt.Key.Key_Return))  # Tải lại
        press(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)  # Save
        seen["after"] = (form.priority_boxes["poor"].isChecked(), form.widgets["cadre_level"].currentText(),
                         form.message.text())
        when_modal(lambda box: press(Qt.Key.Key_B, ALT))  # close without saving: "Bỏ thay đổi"
        press(Qt.Key.Key_Escape)

    window.show_screen(2)
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 1)
    window.people.table.selectRow(0)
    window.people.table.setFocus()
    when_modal(steps)
    press(Qt.Key.Key_Return)

    ticked, cadre, message = seen["after"]
    assert ticked  # only this officer ticked it: kept
    assert cadre == label(CadreLevel.DISTRICT)  # both chose a level: the newest is shown ...
    assert f"Cán bộ Hội: {label(CadreLevel.COMMUNE)}" in message  # ... and this officer's choice by its name
