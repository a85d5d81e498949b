"""The progress screen by keys: a later phase shows the figure since the plan began; Enter on a
milestone records it as done, and the row says so."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from htx_desktop.gui.progress_page import ProgressPage
from htx_desktop.gui.progress.tables import IndicatorModel
from htx_desktop.plans import milestones
from htx_desktop.services import installation
from gui_helpers import activate, error_under, press, type_here, visible_titles, when_modal
from plan_records import coop
from actors import ADMIN


def open_page(qtbot, database, plan_code, phase_index, as_of):
    page = ProgressPage(database, installation.describe(database), ADMIN)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None, timeout=20_000)
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        page.plan_combo.setCurrentIndex(next(i for i in range(page.plan_combo.count())
                                             if page.plans[page.plan_combo.itemData(i)].code == plan_code))
        page.phase_combo.setCurrentIndex(phase_index)
        page.as_of.setDate(QDate(as_of.year, as_of.month, as_of.day))
    return page


def row_of(page, code):
    return next(r for r, row in enumerate(page.table.indicators.rows) if row.code == code)


def cell(page, code, column):
    return page.table.model().index(row_of(page, code), column).data()


def test_a_later_phase_shows_each_figure_since_the_plan_began(qtbot, db):
    coop(db, "HTX Chè", founded=date(2024, 3, 1))
    coop(db, "HTX Hồi", founded=date(2026, 5, 1))
    page = open_page(qtbot, db, "KH-TRANGDINH-2023", 1, date(2026, 12, 31))
    assert not page.table.isColumnHidden(IndicatorModel.SINCE_START)
    assert cell(page, "new_coops_many_jobs", IndicatorModel.ACHIEVED) == "1"
    assert cell(page, "new_coops_many_jobs", IndicatorModel.SINCE_START) == "2"
    heading = page.table.model().headerData(IndicatorModel.SINCE_START, Qt.Orientation.Horizontal)
    assert heading == "Từ 01/01/2023"  # "đến năm 2030": counted from the plan's first day
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        page.phase_combo.setCurrentIndex(0)
    assert page.table.isColumnHidden(IndicatorModel.SINCE_START)  # phase 1 starts with the plan


def test_enter_on_the_milestone_records_it_as_done_and_the_row_says_so(qtbot, db):
    today = date.today()
    page = open_page(qtbot, db, "KH-NAMDINH-2023", 1, today)  # phase 2 holds today
    code = "women_entrepreneurs_association"
    assert cell(page, code, IndicatorModel.ACHIEVED) == "Chưa"
    activate(page)
    page.table.setFocus()
    page.table.setCurrentIndex(page.table.model().index(row_of(page, code), IndicatorModel.NAME))
    seen = {}

    def fill_in(dialog):
        seen["title"] = dialog.windowTitle()
        seen["focus"] = dialog.focusWidget().objectName() if dialog.focusWidget() else None
        press(Qt.Key.Key_Tab)  # from the date (today) to the note
        type_here("Quyết định 35/QĐ-UBND")
        press(Qt.Key.Key_Return)  # "Lưu" is the default button

    when_modal(fill_in)
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        press(Qt.Key.Key_Return)
    assert (seen["title"], seen["focus"]) == ("Ghi nhận hoàn thành", "done_on")
    assert cell(page, code, IndicatorModel.ACHIEVED) == f"Đã xong ({today:%d/%m/%Y})"
    assert "Ghi nhận hoàn thành" not in visible_titles()
    assert milestones.recorded(db, code, "06046").note == "Quyết định 35/QĐ-UBND"

    def undo(dialog):
        for _ in range(10):  # Tab to "Đánh dấu chưa xong" (button mnemonics do not fire offscreen)
            if QApplication.focusWidget() is dialog.undo_button:
                break
            press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Space)

    when_modal(undo)
    assert page.table.currentIndex().row() == row_of(page, code)  # still on her row after the refresh
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        press(Qt.Key.Key_Return)
    assert cell(page, code, IndicatorModel.ACHIEVED) == "Chưa"


def test_the_milestone_dialog_refuses_a_future_date_under_the_field_and_stays_open(qtbot, db):
    from htx_desktop.gui.progress.milestone_dialog import MilestoneDialog

    dialog = MilestoneDialog(db, ADMIN, "women_entrepreneurs_association", "Hội doanh nhân nữ", "06046",
                             "Xã Tràng Định")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.done_on.setFocus()
    type_here("31/02/2025")  # no such day
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and "Ngày không hợp lệ" in error_under(dialog, "done_on")
    assert dialog.done_on.text() == "31/02/2025"  # kept, to correct
    dialog.done_on.selectAll()
    type_here("01012999")
    press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "tương lai" in error_under(dialog, "done_on")
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert milestones.recorded(db, "women_entrepreneurs_association", "06046") is None


def test_a_milestone_recorded_by_another_officer_meanwhile_is_not_overwritten_and_reload_keeps_the_note(qtbot, db):
    from PySide6.QtWidgets import QLabel, QMessageBox

    from htx_desktop.gui.progress.milestone_dialog import MilestoneDialog

    code = "women_entrepreneurs_association"
    dialog = MilestoneDialog(db, ADMIN, code, "Hội doanh nhân nữ", "06046", "Xã Tràng Định")
    qtbot.addWidget(dialog)
    activate(dialog)
    press(Qt.Key.Key_Tab)  # from the date (today) to the note
    type_here("Quyết định 35/QĐ-UBND")
    # Meanwhile another officer records the day the association was founded.
    milestones.record(db, code, "06046", date(2024, 10, 20), None, ADMIN, expected=0)
    seen = {}

    def answer(box):
        seen["question"] = box.text() if isinstance(box, QMessageBox) else ""
        press(Qt.Key.Key_Return)  # "Tải lại"

    when_modal(answer)
    press(Qt.Key.Key_Return)  # Lưu: refused
    assert seen["question"].startswith("Bản ghi này vừa được người khác (admin) sửa lúc ")
    assert dialog.isVisible()
    assert dialog.done_on.text() == "20/10/2024"  # theirs: the officer left the date as it was
    assert dialog.note.text() == "Quyết định 35/QĐ-UBND"  # the officer's typing is kept
    assert dialog.findChild(QLabel, "milestone_message").text() == "Đã tải bản mới nhất, giữ những gì bạn đã nhập."
    assert milestones.recorded(db, code, "06046").note is None  # nothing was overwritten
    press(Qt.Key.Key_Return)  # Lưu, now over the newest
    assert not dialog.isVisible()
    saved = milestones.recorded(db, code, "06046")
    assert (saved.done_on, saved.note) == (date(2024, 10, 20), "Quyết định 35/QĐ-UBND")
