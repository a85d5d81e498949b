"""The record forms as the officer meets them: opened with Ctrl+N from a list, closed with Esc,
Cancel or the window's ✕, messages under the fields, Enter in the pickers. Every key goes to the
focused widget of the active window; the assertions are about what is on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton, QTabWidget

from gui_helpers import (
    activate,
    error_under,
    focused,
    press,
    type_here,
    visible_titles,
    visible_windows,
    when_modal,
    when_window,
)
from htx_desktop.domain.records import CooperativeData, PersonData
from htx_desktop.gui.common import Session
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.services import cooperatives, people

ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SCREENS = {"cooperatives": 1, "people": 2, "trainings": 3}
FIRST_FIELD = {"cooperatives": "name", "people": "full_name", "trainings": "title"}


@pytest.fixture
def window(qtbot, db):
    main = MainWindow(db, ADMIN)
    qtbot.addWidget(main)
    activate(main)
    return main


def open_new_form(window: MainWindow, screen: str, steps) -> None:  # type: ignore[no-untyped-def]
    """Go to a list, press Ctrl+N there and run `steps` on the form that opens."""
    window.show_screen(SCREENS[screen])
    page = getattr(window, screen)
    page.table.setFocus()
    when_modal(steps)
    press(Qt.Key.Key_N, CTRL)


def open_first_cooperative(qtbot, window: MainWindow, steps) -> None:  # type: ignore[no-untyped-def]
    """Go to the cooperatives, highlight the first and press Enter; run `steps` on its form."""
    window.show_screen(1)
    qtbot.waitUntil(lambda: window.cooperatives.model.rowCount() == 1)
    window.cooperatives.table.selectRow(0)
    window.cooperatives.table.setFocus()
    when_modal(steps)
    press(Qt.Key.Key_Return)


@pytest.mark.parametrize("screen", ["cooperatives", "people", "trainings"])
def test_esc_on_an_untouched_form_closes_it_and_leaves_only_the_main_window(qtbot, window, screen):
    seen = {}

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        seen["title"] = form.windowTitle()
        seen["focus"] = focused().objectName()
        seen["windows"] = [(w.windowTitle(), type(w).__name__, int(w.windowType())) for w in visible_windows()]
        press(Qt.Key.Key_Escape)

    open_new_form(window, screen, steps)
    assert seen["focus"] == FIRST_FIELD[screen]  # typing can start at once
    assert len(seen["windows"]) == 2, seen["windows"]  # the main window and the form, nothing else
    assert visible_windows() == [window]


@pytest.mark.parametrize("screen", ["cooperatives", "people", "trainings"])
def test_esc_after_typing_asks_first_and_keeps_the_text_when_the_officer_goes_back(qtbot, window, screen):
    seen = {}

    def answer_keep_editing(box) -> None:  # type: ignore[no-untyped-def]
        seen["question"] = box.text() if isinstance(box, QMessageBox) else ""
        press(Qt.Key.Key_Escape)  # Esc on the question: back to the form

    def answer_discard(box) -> None:  # type: ignore[no-untyped-def]
        press(Qt.Key.Key_B, ALT)  # "Bỏ thay đổi"

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        type_here("Nguyễn Thị Hoa")
        when_modal(answer_keep_editing)
        press(Qt.Key.Key_Escape)
        seen["after_keep"] = (visible_titles(), form.widgets[FIRST_FIELD[screen]].text())
        when_modal(answer_discard)
        press(Qt.Key.Key_Escape)

    open_new_form(window, screen, steps)
    assert "chưa được lưu" in seen["question"]
    titles, text = seen["after_keep"]
    assert len(titles) == 2 and text == "Nguyễn Thị Hoa"
    assert visible_windows() == [window]
    assert window.cooperatives.model.rowCount() == 0  # nothing was saved


@pytest.mark.parametrize("how", ["cancel", "close"])
def test_cancel_and_the_window_close_button_close_the_whole_form(qtbot, window, how):
    def steps(form) -> None:  # type: ignore[no-untyped-def]
        if how == "cancel":
            form.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            form.close()  # what the window manager's ✕ does

    open_new_form(window, "people", steps)
    assert visible_windows() == [window]


def test_person_form_shows_each_message_under_its_field_and_focuses_the_first(qtbot, window, db):
    seen = {}

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        form.widgets["national_id"].setFocus()
        type_here("12345")
        form.widgets["birth_year"].setFocus()
        type_here("1850")
        press(Qt.Key.Key_Return)  # Enter saves
        seen["first"] = {name: error_under(form, name) for name in ("full_name", "birth_year", "national_id")}
        seen["focus"] = focused().objectName()
        # Name given, a real year, but a CCCD of a man born in 1990 for a woman born in 1984.
        form.widgets["full_name"].setFocus()
        type_here("Hoàng Thị Mai")
        form.widgets["birth_year"].selectAll()
        form.widgets["birth_year"].setFocus()
        type_here("1984")
        form.widgets["national_id"].selectAll()
        form.widgets["national_id"].setFocus()
        type_here("020090001234")
        press(Qt.Key.Key_Return)
        seen["second"] = {name: error_under(form, name) for name in ("full_name", "birth_year", "national_id")}
        seen["focus2"] = focused().objectName()
        form.widgets["national_id"].selectAll()
        type_here("020184001234")  # a woman born in 1984
        press(Qt.Key.Key_Return)

    open_new_form(window, "people", steps)
    first = seen["first"]
    assert first["full_name"] == "Họ và tên không được để trống."
    assert "1850" not in first["birth_year"] and first["birth_year"].startswith("Năm sinh")
    assert "12 chữ số" in first["national_id"]
    assert seen["focus"] == "full_name"
    second = seen["second"]
    assert second["full_name"] == "" and second["birth_year"] == ""
    assert second["national_id"] != "" and seen["focus2"] == "national_id"
    assert visible_windows() == [window]
    assert len(people.likely_duplicates(db, "Hoàng Thị Mai", 1984, "06046")) == 1


def test_training_form_says_under_the_end_date_that_it_is_before_the_start(qtbot, window):
    seen = {}

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        type_here("Tập huấn khởi nghiệp")
        form.widgets["starts_on"].setFocus()
        type_here("12/06/2025")
        form.widgets["ends_on"].setFocus()
        type_here("10/06/2025")
        form.widgets["title"].setFocus()
        press(Qt.Key.Key_Return)
        seen["ends_on"] = error_under(form, "ends_on")
        seen["focus"] = focused().objectName()
        seen["height"] = form.frameGeometry().height()
        form.widgets["ends_on"].selectAll()
        type_here("14/06/2025")
        press(Qt.Key.Key_Return)

    open_new_form(window, "trainings", steps)
    assert seen["ends_on"] and seen["focus"] == "ends_on"
    assert seen["height"] <= 700  # the whole form fits a 1366×768 screen
    assert visible_windows() == [window]
    window.trainings.apply_filters()
    assert window.trainings.model.rowCount() == 1


def test_adding_a_post_with_an_error_on_the_first_tab_goes_to_that_tab(qtbot, window):
    seen = {}

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        tabs = form.form.findChild(QTabWidget, "tabs")
        tabs.setCurrentIndex(1)  # the posts tab; the name on the first tab is still empty
        add_post = form.form.findChild(QPushButton, "add_post")
        add_post.setFocus()
        press(Qt.Key.Key_Space)
        seen["tab"] = tabs.currentIndex()
        seen["focus"] = focused().objectName()
        seen["message"] = error_under(form, "name")
        seen["windows"] = len(visible_windows())
        press(Qt.Key.Key_Escape)

    open_new_form(window, "cooperatives", steps)
    assert seen["tab"] == 0 and seen["focus"] == "name"
    assert seen["message"] == "Tên không được để trống."
    assert seen["windows"] == 2  # no post dialog opened over an unsaved cooperative
    assert visible_windows() == [window]


def test_a_new_person_from_the_picker_starts_with_the_text_typed(qtbot, window, db):
    cooperative_id = cooperatives.create(db, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046"), ADMIN)
    seen = {}

    def new_person(person_form) -> None:  # type: ignore[no-untyped-def]
        seen["name"] = person_form.widgets["full_name"].text()
        press(Qt.Key.Key_Escape)

    def post_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        type_here("Lường Thị Dơn")
        qtbot.waitUntil(lambda: "Không thấy" in dialog.picker.hint.text())
        when_window("Người", new_person)
        press(Qt.Key.Key_Tab, times=2)  # past the list of matches to "Người mới…"
        assert focused().objectName() == "new_person"
        press(Qt.Key.Key_Space)
        seen["after"] = len(visible_windows())
        press(Qt.Key.Key_Escape)

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        form.form.findChild(QTabWidget, "tabs").setCurrentIndex(1)
        when_modal(post_dialog)
        form.form.findChild(QPushButton, "add_post").click()
        press(Qt.Key.Key_Escape)

    open_first_cooperative(qtbot, window, steps)
    assert seen["name"] == "Lường Thị Dơn"
    assert seen["after"] == 3  # back in the post dialog over the cooperative form
    assert visible_windows() == [window]
    assert cooperative_id


def test_enter_in_the_post_picker_takes_the_highlighted_person_not_a_new_one(qtbot, window, db):
    mai = people.create(db, PersonData(full_name="Hoàng Thị Mai", unit_code="06046", birth_year=1984), ADMIN)
    cooperative_id = cooperatives.create(db, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046"), ADMIN)
    seen = {}

    def post_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        type_here("hoang thi mai")
        press(Qt.Key.Key_Return)  # picks Mai (even before the search timer ran); on to the post
        seen["windows"] = len(visible_windows())
        qtbot.waitUntil(lambda: focused() is dialog.role, timeout=2000)
        seen["focus"] = focused().objectName()
        dialog.role.setCurrentIndex(dialog.role.findData("board_chair"))
        dialog.started_on.setFocus()
        type_here("04/05/2023")
        press(Qt.Key.Key_Return)  # saves the post

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        when_modal(post_dialog)
        form.form.findChild(QPushButton, "add_post").click()
        seen["posts"] = [form.posts_table.item(0, 1).text()] if form.posts_table.rowCount() else []
        press(Qt.Key.Key_Escape)

    open_first_cooperative(qtbot, window, steps)
    assert seen["windows"] == 3 and seen["focus"] == "role"  # no "new person" form opened
    assert seen["posts"] == ["Hoàng Thị Mai"]
    assert [p.person_id for p in cooperatives.posts_of(db, cooperative_id)] == [mai]
    assert visible_windows() == [window]
    assert len(people.likely_duplicates(db, "Hoàng Thị Mai", 1984, "06046")) == 1


def test_enter_in_the_attendee_picker_adds_people_one_after_another(qtbot, window, db):
    for name in ("Triệu Thị Lìu", "Hoàng Thị Mai", "Lường Thị Dơn"):
        people.create(db, PersonData(full_name=name, unit_code="06046", birth_year=1988), ADMIN)
    seen = {}

    def attendees(dialog) -> None:  # type: ignore[no-untyped-def]
        for name in ("trieu thi liu", "hoang thi mai", "luong thi don"):
            type_here(name)
            press(Qt.Key.Key_Return)
        seen["added"] = dialog.added.text()
        press(Qt.Key.Key_Escape)

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        type_here("Tập huấn quản trị HTX")
        form.widgets["starts_on"].setFocus()
        type_here("10/06/2025")
        when_modal(attendees)
        form.form.findChild(QPushButton, "add_attendee").click()
        seen["rows"] = sorted(form.table.item(r, 0).text() for r in range(form.table.rowCount()))
        press(Qt.Key.Key_Escape)  # saved already with the first attendee: closes without asking

    open_new_form(window, "trainings", steps)
    assert seen["rows"] == ["Hoàng Thị Mai", "Lường Thị Dơn", "Triệu Thị Lìu"]
    assert "3 học viên" in seen["added"]
    assert visible_windows() == [window]
    assert window.trainings.model.rowCount() == 1  # the list shows the training saved on the way
    assert window.trainings.model.row_at(0).attendees == 3
    assert QApplication.activeModalWidget() is None
