"""An officer saves a form after another officer saved the same record: the save is refused with
who and when, and "Tải lại" shows the newest record while keeping what the officer typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

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


def open_the_only_record(qtbot, window, screen: int, page, steps) -> None:  # type: ignore[no-untyped-def]
    """Go to a list screen, select its one record and press Enter: `steps` run in its form."""
    window.show_screen(screen)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    page.table.setFocus()
    when_modal(steps)
    press(Qt.Key.Key_Return)


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

    open_the_only_record(qtbot, window, 1, window.cooperatives, steps)

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

    open_the_only_record(qtbot, window, 2, window.people, steps)

    ticked, cadre, message = seen["after"]
    assert ticked  # only this officer ticked it: kept
    assert cadre == label(CadreLevel.DISTRICT)  # both chose a level: the newest is shown ...
    assert f"Cán bộ Hội: {label(CadreLevel.COMMUNE)}" in message  # ... and this officer's choice by its name


def test_year_figures_saved_over_another_officers_newer_ones_are_refused_and_reload_keeps_the_typing(
        qtbot, window, db):
    from PySide6.QtWidgets import QPushButton, QTabWidget

    from htx_desktop.domain.records import YearFiguresData

    tea = cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    cooperatives.set_year_figures(db, tea, YearFiguresData(2024, members=20, workers=12, female_workers=9), ADMIN)
    seen = {}

    def answer_reload(box) -> None:  # type: ignore[no-untyped-def]
        seen["question"] = box.text() if isinstance(box, QMessageBox) else ""
        press(Qt.Key.Key_Return)  # "Tải lại" is the default

    def year_steps(dialog) -> None:  # type: ignore[no-untyped-def]
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # the year, which has the focus
        type_here("2024")
        seen["chosen"] = (dialog.numbers["workers"].text(), dialog.message.text())
        press(Qt.Key.Key_Tab)  # members: only this officer changes them
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_here("25")
        press(Qt.Key.Key_Tab, times=3)  # female workers: both change them
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_here("10")
        # Meanwhile another officer corrects the same year and saves.
        other = cooperatives.load_year(db, tea, 2024)
        cooperatives.set_year_figures(db, tea, YearFiguresData(2024, members=20, workers=12, female_workers=11),
                                      ADMIN, expected=other.version)
        when_modal(answer_reload)
        press(Qt.Key.Key_Return)  # Save: refused, the question opens
        seen["after_reload"] = (dialog.isVisible(), dialog.numbers["members"].text(),
                                dialog.numbers["female_workers"].text(), dialog.message.text())
        press(Qt.Key.Key_Return)  # Save again, now over the newest figures

    def form_steps(form) -> None:  # type: ignore[no-untyped-def]
        form.form.findChild(QTabWidget, "tabs").setCurrentIndex(2)  # "Số liệu năm"
        form.form.findChild(QPushButton, "add_year").setFocus()
        when_modal(year_steps)
        press(Qt.Key.Key_Space)  # "Nhập số liệu năm…"
        seen["table"] = [form.years_table.item(0, column).text() for column in range(5)]
        press(Qt.Key.Key_Escape)

    open_the_only_record(qtbot, window, 1, window.cooperatives, form_steps)

    assert seen["chosen"] == ("12", "Năm 2024 đã có số liệu: đây là số liệu đã lưu, sửa rồi bấm Lưu.")
    assert seen["question"].startswith("Bản ghi này vừa được người khác (admin) sửa lúc ")
    visible, members, female_workers, message = seen["after_reload"]
    assert visible
    assert members == "25"  # only the officer changed it: the typing is kept
    assert female_workers == "11"  # both changed it: the newest is shown ...
    assert "Số lao động nữ: 10" in message  # ... and what the officer typed is there to copy back, named
    assert seen["table"] == ["2024", "25", "", "12", "11"]
    assert visible_windows() == [window]
    saved = cooperatives.load_year(db, tea, 2024).data
    assert (saved.members, saved.workers, saved.female_workers) == (25, 12, 11)


def test_attendance_ticked_after_another_officer_changed_the_list_is_refused_and_reload_shows_theirs(qtbot, db):
    from datetime import date

    from htx_desktop.domain.records import AttendanceData, PersonData, TrainingData
    from htx_desktop.gui.training_dialog import TrainingDialog
    from htx_desktop.services import people, trainings

    course = trainings.create(db, TrainingData(title="Kế toán HTX", unit_code="06046", topic="governance",
                                               starts_on=date(2025, 6, 10)), ADMIN)
    hoa = people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046"), ADMIN)
    mai = people.create(db, PersonData(full_name="Hoàng Thị Mai", unit_code="06046"), ADMIN)
    trainings.add_attendees(db, course, [hoa], ADMIN)
    form = TrainingDialog(db, OFFICER, course)
    qtbot.addWidget(form)
    activate(form)
    table, message = form.table, form.form.findChild(QLabel, "attendance_message")
    count_line = form.form.findChild(QLabel, "attendance_count").text
    ticks = lambda: [(table.item(row, 2).checkState() == Qt.CheckState.Checked,  # noqa: E731
                      table.item(row, 3).checkState() == Qt.CheckState.Checked) for row in range(table.rowCount())]
    seen = []

    def answer(key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
        def run(box) -> None:  # type: ignore[no-untyped-def]
            seen.append(box.text())
            press(key, modifiers)
        return run

    # Another officer finds Hoa did not come after all; this officer's list still shows her attending.
    trainings.set_attendance(db, AttendanceData(course, hoa, attended=False), ADMIN,
                             expected=trainings.attendees(db, course)[0].version)
    table.setFocus()
    when_modal(answer(Qt.Key.Key_Return))  # Tải lại
    press(Qt.Key.Key_Space)  # "completed", on the list as it was read
    assert seen[-1].startswith("Bản ghi này vừa được người khác (admin) sửa lúc ")
    assert ticks() == [(False, False)]  # the newest list: Hoa did not attend
    assert message.text() == "Đã tải danh sách mới nhất; thay đổi vừa rồi chưa được lưu."
    stored = trainings.attendees(db, course)[0]
    assert (stored.attended, stored.completed) == (False, False)  # nothing overwritten

    # Another officer adds Mai; "everyone completed" on the list without her is refused.
    trainings.add_attendees(db, course, [mai], ADMIN)
    when_modal(answer(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier))  # Tiếp tục sửa: the list stays as read
    press(Qt.Key.Key_O, ALT)  # "Tất cả hoàn thành" (a mnemonic clicks a moment later)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert table.rowCount() == 1
    when_modal(answer(Qt.Key.Key_Return))
    press(Qt.Key.Key_O, ALT)  # refused again; now Tải lại
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert len(seen) == 3
    assert not any(row.completed for row in trainings.attendees(db, course))
    press(Qt.Key.Key_O, ALT)  # on the newest list it goes through
    qtbot.waitUntil(lambda: count_line() == "Danh sách có 2 học viên, 2 hoàn thành.")
    assert [row.completed for row in trainings.attendees(db, course)] == [True, True]
    assert visible_windows() == [form]
    press(Qt.Key.Key_Escape)


def test_ending_a_post_another_officer_ended_meanwhile_is_refused_and_reload_shows_their_date(qtbot, window, db):
    from datetime import date

    from PySide6.QtWidgets import QPushButton, QTabWidget

    from htx_desktop.domain.records import PersonData, PostData
    from htx_desktop.services import people

    tea = cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046"), actor=ADMIN)
    hoa = people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046"), actor=ADMIN)
    post = cooperatives.add_post(db, PostData(hoa, tea, "director", date(2020, 1, 1)), ADMIN)
    seen = {}

    def answer_reload(box) -> None:  # type: ignore[no-untyped-def]
        seen["question"] = box.text() if isinstance(box, QMessageBox) else ""
        press(Qt.Key.Key_Return)  # "Tải lại"

    def end_steps(dialog) -> None:  # type: ignore[no-untyped-def]
        type_here("31/12/2024")  # the end date, which has the focus
        other = cooperatives.posts_of(db, tea)[0]  # meanwhile another officer ends the same post
        cooperatives.end_post(db, post, date(2024, 3, 5), ADMIN, expected=other.version)
        when_modal(answer_reload)
        press(Qt.Key.Key_Return)  # Lưu: refused
        seen["after_reload"] = (dialog.isVisible(), dialog.ended_on.text(), dialog.message.text())
        press(Qt.Key.Key_Escape)

    def form_steps(form) -> None:  # type: ignore[no-untyped-def]
        form.form.findChild(QTabWidget, "tabs").setCurrentIndex(1)  # "Chức vụ quản lý"
        form.posts_table.selectRow(0)
        form.form.findChild(QPushButton, "end_post").setFocus()
        when_modal(end_steps)
        press(Qt.Key.Key_Space)  # "Kết thúc chức vụ…"
        seen["table"] = form.posts_table.item(0, 4).text()
        press(Qt.Key.Key_Escape)

    open_the_only_record(qtbot, window, 1, window.cooperatives, form_steps)

    assert seen["question"].startswith("Bản ghi này vừa được người khác (admin) sửa lúc ")
    visible, ended_on, message = seen["after_reload"]
    assert visible and ended_on == "05/03/2024"  # theirs ...
    assert "Đến ngày: 31/12/2024" in message  # ... and what this officer typed, to copy back
    assert seen["table"] == "05/03/2024"  # the cooperative form shows the post as saved
    assert cooperatives.posts_of(db, tea)[0].ended_on == date(2024, 3, 5)  # nothing overwritten
    assert visible_windows() == [window]
