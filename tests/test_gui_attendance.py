"""A class of forty on the training form, by keys only, as the officer enters it: people found
without diacritics one Enter each, a woman not recorded yet added from the picker, a
cooperative's managers in one step, completion for one by Space and for all by Alt+O, someone
taken off by Delete; the count under the list read after each step; Esc; the list reopened."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from gui_helpers import activate, focused, press, type_here, visible_windows, when_modal, when_window
from htx_desktop.domain.records import CooperativeData, PersonData, PostData, TrainingData
from htx_desktop.gui.common import Session
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.gui.training_dialog import TrainingDialog
from htx_desktop.services import cooperatives, people, trainings
from htx_desktop.text import search_key

ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SURNAMES = ("Nguyễn", "Hoàng", "Lường", "Triệu", "Lò", "Nông", "Vi", "Đinh")
GIVEN = ("Lan", "Mai", "Đào", "Hạnh", "Thơm")
#: 40 women recorded in the commune; none of their names is a part of another's
RECORDED = [f"{surname} Thị {given}" for surname in SURNAMES for given in GIVEN]
BY_SEARCH = RECORDED[:36]  # typed one by one, most without diacritics
MANAGERS = RECORDED[34:39]  # hold a post in HTX Chè Bản Piềng today: two of them are on the list already
NEW_WOMAN = "Sầm Thị Nhung"  # not recorded yet: added from the picker


def plain(name: str) -> str:
    return search_key(name)


@pytest.fixture
def window(qtbot, db):
    main = MainWindow(db, ADMIN)
    qtbot.addWidget(main)
    activate(main)
    return main


@pytest.fixture
def commune(db):
    ids = {name: people.create(db, PersonData(full_name=name, unit_code="06046", birth_year=1980), ADMIN)
           for name in RECORDED}
    che = cooperatives.create(db, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046"), ADMIN)
    for name in MANAGERS:
        cooperatives.add_post(db, PostData(ids[name], che, "board_member", date(2024, 1, 1)), ADMIN)
    cooperatives.add_post(db, PostData(ids[RECORDED[39]], che, "supervisor", date(2023, 1, 1), date(2024, 12, 31)), ADMIN)
    cooperatives.create(db, CooperativeData(name="HTX Dệt Thổ Cẩm", unit_code="06046"), ADMIN)  # nobody holds a post
    return ids


def count_line(form: TrainingDialog) -> str:
    return form.form.findChild(QLabel, "attendance_count").text()


def listed(form: TrainingDialog) -> list[str]:
    return [form.table.item(row, 0).text() for row in range(form.table.rowCount())]


def test_a_class_of_forty_by_keys_with_completion_and_the_count(qtbot, window, db, commune):
    seen: dict[str, object] = {}

    def new_woman(person_form) -> None:  # type: ignore[no-untyped-def]
        seen["new_name"] = person_form.widgets["full_name"].text()
        press(Qt.Key.Key_Tab)
        type_here("1991")
        press(Qt.Key.Key_Return)

    def attendees(dialog) -> None:  # type: ignore[no-untyped-def]
        for n, name in enumerate(BY_SEARCH):
            type_here(name if n % 6 == 0 else plain(name))  # with diacritics now and then
            press(Qt.Key.Key_Return)
        seen["after_search"] = dialog.added.text()
        type_here(NEW_WOMAN)
        qtbot.waitUntil(lambda: "Không thấy" in dialog.picker.hint.text())
        when_window("Người", new_woman)
        press(Qt.Key.Key_M, ALT)  # "Người mới…" (a button pressed by its Alt key clicks a moment later)
        qtbot.waitUntil(lambda: NEW_WOMAN in dialog.added.text())
        seen["after_new"] = dialog.added.text()
        press(Qt.Key.Key_Escape)

    def managers(dialog) -> None:  # type: ignore[no-untyped-def]
        type_here("det tho cam")
        press(Qt.Key.Key_Return)  # nobody holds a post there: the window stays and says so
        seen["nobody"] = dialog.added.text()
        type_here("che ban pieng")
        press(Qt.Key.Key_Return)  # adds them and closes

    def keep_editing(box) -> None:  # type: ignore[no-untyped-def]
        seen["asked"] = box.text()
        press(Qt.Key.Key_Escape)  # "Tiếp tục sửa"

    def remove(box) -> None:  # type: ignore[no-untyped-def]
        seen["remove_question"] = box.text()
        press(Qt.Key.Key_B, ALT)  # "Bỏ khỏi danh sách"

    def form(dialog) -> None:  # type: ignore[no-untyped-def]
        type_here("Tập huấn quản trị HTX cho nữ quản lý")
        press(Qt.Key.Key_Tab, times=3)  # topic, format, start date
        type_here("10/06/2025")
        seen["empty"] = count_line(dialog)
        when_window("Thêm học viên", attendees)
        press(Qt.Key.Key_M, ALT)  # "Thêm học viên…": the new training is saved first
        qtbot.waitUntil(lambda: "after_new" in seen and QApplication.activeModalWidget() is dialog)
        seen["after_people"] = count_line(dialog)
        when_window("Thêm ban quản lý", managers)
        press(Qt.Key.Key_Q, ALT)  # "Thêm ban quản lý một HTX/THT…"
        qtbot.waitUntil(lambda: "40 học viên" in count_line(dialog) and QApplication.activeModalWidget() is dialog)
        seen["managers_message"] = dialog.form.findChild(QLabel, "attendance_message").text()
        seen["forty"] = count_line(dialog)
        seen["rows"] = listed(dialog)

        assert focused() is dialog.table  # back on the list: Space marks the highlighted person
        one = dialog.table.item(dialog.table.currentRow(), 0).text()
        press(Qt.Key.Key_Space)
        seen["one"] = (one, count_line(dialog), dialog.form.findChild(QLabel, "attendance_message").text())
        press(Qt.Key.Key_O, ALT)  # "Tất cả hoàn thành"
        qtbot.waitUntil(lambda: count_line(dialog) != seen["one"][1])
        seen["all"] = (count_line(dialog), dialog.form.findChild(QLabel, "attendance_message").text())
        seen["all_button"] = dialog.form.findChild(QPushButton, "all_completed").text()
        dialog.table.setFocus()
        press(Qt.Key.Key_Home, CTRL)
        press(Qt.Key.Key_Down)
        unmarked = dialog.table.item(dialog.table.currentRow(), 0).text()
        press(Qt.Key.Key_Space)  # she did not finish after all
        seen["unmarked"] = (unmarked, count_line(dialog), dialog.form.findChild(QLabel, "attendance_message").text())
        press(Qt.Key.Key_End, CTRL)
        removed = dialog.table.item(dialog.table.currentRow(), 0).text()
        when_window("Bỏ khỏi danh sách", remove)
        press(Qt.Key.Key_Delete)
        seen["removed"] = (removed, count_line(dialog))
        press(Qt.Key.Key_Escape)  # nothing typed since the training was saved: closes at once

    window.show_screen(3)
    window.trainings.table.setFocus()
    when_modal(form)
    press(Qt.Key.Key_N, CTRL)

    assert seen["empty"] == "Danh sách có 0 học viên, 0 hoàn thành."
    assert "Danh sách có 36 học viên" in str(seen["after_search"])
    assert seen["new_name"] == NEW_WOMAN
    assert "Đã thêm: Sầm Thị Nhung." in str(seen["after_new"]) and "37 học viên" in str(seen["after_new"])
    assert seen["after_people"] == "Danh sách có 37 học viên, 0 hoàn thành."
    assert "Không ai đang giữ chức vụ ở HTX Dệt Thổ Cẩm" in str(seen["nobody"])
    assert seen["managers_message"] == "HTX Chè Bản Piềng: đã thêm 3 người; 2 người đã có trong danh sách."
    assert seen["forty"] == "Danh sách có 40 học viên, 0 hoàn thành."
    assert sorted(seen["rows"]) == sorted(RECORDED[:39] + [NEW_WOMAN])  # the former supervisor is not there
    one, after_one, said = seen["one"]
    assert after_one == "Danh sách có 40 học viên, 1 hoàn thành." and said == f"Đã hoàn thành: {one}."
    assert seen["all"] == ("Danh sách có 40 học viên, 40 hoàn thành.", "Đã đánh dấu hoàn thành cho 39 người.")
    assert seen["all_button"] == "Bỏ h&oàn thành cho tất cả"
    unmarked, after_unmarked, said = seen["unmarked"]
    assert after_unmarked == "Danh sách có 40 học viên, 39 hoàn thành."
    assert said == f"Chưa hoàn thành: {unmarked}."
    removed, after_removed = seen["removed"]
    assert removed in str(seen["remove_question"])
    assert after_removed == "Danh sách có 39 học viên, 38 hoàn thành."
    assert visible_windows() == [window]

    # Saved as it happened: the list reopens the same, and Esc asks only for typed fields
    qtbot.waitUntil(lambda: window.trainings.model.rowCount() == 1)
    training = window.trainings.model.row_at(0).id
    stored = {row.full_name: row.completed for row in trainings.attendees(db, training)}
    assert len(stored) == 39 and removed not in stored and not stored[unmarked] and stored[one]
    assert sum(stored.values()) == 38

    def reopened(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["reopened"] = (count_line(dialog), listed(dialog),
                            [dialog.table.item(r, 3).checkState() == Qt.CheckState.Checked
                             for r in range(dialog.table.rowCount())])
        dialog.widgets["place"].setFocus()
        type_here("Nhà văn hóa thôn Bản Piềng")
        when_window("Đóng", keep_editing)
        press(Qt.Key.Key_Escape)
        seen["still_open"] = dialog.isVisible()
        press(Qt.Key.Key_Return)  # saves the place and closes

    window.trainings.table.selectRow(0)
    window.trainings.table.setFocus()
    when_modal(reopened)
    press(Qt.Key.Key_Return)
    count, names, ticks = seen["reopened"]
    assert count == "Danh sách có 39 học viên, 38 hoàn thành."
    assert sorted(names) == sorted(stored) and ticks == [stored[name] for name in names]
    assert "chưa được lưu" in str(seen["asked"]) and seen["still_open"]
    assert trainings.get(db, training).place == "Nhà văn hóa thôn Bản Piềng"
    assert visible_windows() == [window]


def test_a_viewer_sees_the_list_and_its_count_but_changes_nothing(qtbot, db, commune):
    training = trainings.create(db, TrainingData(title="Lớp kỹ năng số", unit_code="06046", topic="digital",
                                                 starts_on=date(2025, 6, 10)), ADMIN)
    trainings.add_attendees(db, training, list(commune.values())[:3], ADMIN)
    trainings.set_completed_for_all(db, training, True, ADMIN)
    viewer = Session("xem", "viewer", "06046", "Xã Tràng Định")
    dialog = TrainingDialog(db, viewer, training)
    qtbot.addWidget(dialog)
    activate(dialog)
    assert count_line(dialog) == "Danh sách có 3 học viên, 3 hoàn thành."
    dialog.table.setFocus()
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Delete)
    assert count_line(dialog) == "Danh sách có 3 học viên, 3 hoàn thành."
    assert [dialog.form.findChild(QPushButton, name).isEnabled()
            for name in ("add_attendee", "add_managers", "all_completed", "remove_attendee")] == [False] * 4
    assert len(visible_windows()) == 1
    press(Qt.Key.Key_Escape)


def test_the_list_of_trainings_counts_again_after_only_the_attendance_changed(qtbot, window, db, commune):
    training = trainings.create(db, TrainingData(title="Lớp pháp luật về HTX", unit_code="06046", topic="law",
                                                 starts_on=date(2025, 6, 10)), ADMIN)
    trainings.add_attendees(db, training, list(commune.values())[:3], ADMIN)
    window.show_screen(3)
    page = window.trainings
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).completed == 0

    def mark_all(form) -> None:  # type: ignore[no-untyped-def]
        form.table.setFocus()
        press(Qt.Key.Key_O, ALT)
        qtbot.waitUntil(lambda: "3 hoàn thành" in count_line(form))
        press(Qt.Key.Key_Escape)  # no field was touched: closes without asking

    page.table.selectRow(0)
    page.table.setFocus()
    when_modal(mark_all)
    press(Qt.Key.Key_Return)
    assert visible_windows() == [window]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0).completed == 3)


def test_people_are_not_added_to_a_new_training_that_cannot_be_saved(qtbot, window, db, commune):
    from gui_helpers import error_under

    seen: dict[str, object] = {}

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        press(Qt.Key.Key_M, ALT)  # "Thêm học viên…" with no title and no date
        qtbot.waitUntil(lambda: error_under(form, "title") != "")
        seen["windows"] = len(visible_windows())
        seen["focus"] = focused().objectName()
        seen["count"] = count_line(form)
        press(Qt.Key.Key_Escape)

    window.show_screen(3)
    window.trainings.table.setFocus()
    when_modal(steps)
    press(Qt.Key.Key_N, CTRL)
    assert seen == {"windows": 2, "focus": "title", "count": "Danh sách có 0 học viên, 0 hoàn thành."}
    assert visible_windows() == [window]
    assert window.trainings.model.rowCount() == 0
