"""An officer records a strengthening support and a job report on the Activities screen, by keys,
and sees the plan's indicators move on the Overview (issue 9: the figures the Activities screen
feeds can now move from the GUI)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from gui_helpers import activate, press, type_here, when_modal
from htx_desktop.gui.background import wait_for_background
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.gui.progress.tables import IndicatorModel
from plan_records import coop
from test_gui_activities import ACTIVITIES, ADMIN, CTRL

OVERVIEW = 0


def achieved(window: MainWindow, code: str) -> str:
    table = window.overview.progress.table
    rows = table.indicators.rows
    row = next(number for number, shown in enumerate(rows) if shown.code == code)
    return table.model().index(row, IndicatorModel.ACHIEVED).data()


def add(window: MainWindow, kind: str, typing) -> None:  # type: ignore[no-untyped-def]
    window.show_screen(ACTIVITIES)
    window.activities.show_list(kind).table.setFocus()
    when_modal(lambda _form: typing())
    press(Qt.Key.Key_N, CTRL)


def test_a_support_and_a_job_report_typed_on_the_activities_screen_move_the_overview(qtbot, db):
    coop(db, "HTX Chè Bản Piềng", founded=date(2024, 3, 1))  # union-founded, a woman chairs it
    window = MainWindow(db, ADMIN)
    qtbot.addWidget(window)
    activate(window)
    window.show_screen(OVERVIEW)
    progress = window.overview.progress
    qtbot.waitUntil(lambda: progress.figures is not None, timeout=20_000)
    assert achieved(window, "strengthened_share") == "0% (0/1)"  # phase 2, from 01/01/2026 to today
    assert achieved(window, "new_female_jobs") == "0"

    def strengthening() -> None:
        type_here("che ban")  # the cooperative, without diacritics
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_End)  # the last kind is "Hỗ trợ khác"…
        press(Qt.Key.Key_Up)  # …and the one before it "Củng cố, nâng cao chất lượng"
        press(Qt.Key.Key_Tab)
        type_here("15/03/2026")
        press(Qt.Key.Key_Return)

    def jobs() -> None:
        type_here("che ban")
        press(Qt.Key.Key_Tab)
        type_here("2026")
        press(Qt.Key.Key_Tab)
        type_here("20/06/2026")
        press(Qt.Key.Key_Tab)
        type_here("5")  # new jobs for women
        press(Qt.Key.Key_Tab)
        type_here("12")  # stable jobs
        press(Qt.Key.Key_Return)

    add(window, "support", strengthening)
    add(window, "jobs", jobs)
    window.show_screen(OVERVIEW)  # the Overview counts again when shown after the changes
    qtbot.waitUntil(lambda: achieved(window, "strengthened_share") == "100% (1/1)", timeout=20_000)
    qtbot.waitUntil(lambda: achieved(window, "new_female_jobs") == "5", timeout=20_000)
    wait_for_background()
