"""A new commune officer's first day, by keys: the first-run wizard typed without diacritics, the
log-in, a cooperative with a woman chair and 12 workers of whom 9 women, people (one CCCD first
wrong, then fixed), a training with three attendees picked by Enter, the Overview's new figures,
and a sync file exported for the province. Every key goes to the focused widget of the active
window; where the officer would click a button, the test puts the focus on it and presses Space.
The operating system's folder dialog is the one thing answered without keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from gui_helpers import (
    activate,
    error_under,
    focused,
    press,
    settle,
    type_here,
    visible_windows,
    when_modal,
    when_window,
)
from htx_desktop.domain.enums import InstallationRole
from htx_desktop.gui.login_dialog import LoginDialog
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.gui.setup_wizard import SetupWizard
from htx_desktop.services import installation, people
from htx_desktop.services.installation import initialise
from htx_desktop.storage.database import open_database
from htx_desktop.sync import keyring

PASSWORD = "mat-khau-cua-xa"
SPACE, ENTER, TAB, ESC = Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Escape


def click(button: QPushButton) -> None:
    """What a click on a button does, by keys: focus it, press Space."""
    settle()  # the window it is in is the active one
    button.setFocus()
    assert focused() is button
    press(SPACE)


def province_card(tmp_path: Path) -> Path:
    """The province's key card, received by e-mail (its installation is made here)."""
    path = tmp_path / "tinh.sqlite3"
    initialise(path, "20", InstallationRole.AGGREGATOR)
    database = open_database(path)
    try:
        return keyring.write_card(database, tmp_path / "cards").card
    finally:
        database.dispose()


def run_wizard(qtbot, target: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(target)
    qtbot.addWidget(wizard)
    activate(wizard)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.unit_page.province)
    type_here("lang son")
    press(TAB)
    type_here("trang dinh")
    press(TAB)
    press(ENTER)
    type_here("Hoàng Thị Thu")  # the administrator's full name; the user name "admin" is filled in
    press(TAB, times=2)
    type_here(PASSWORD)
    press(TAB)
    type_here(PASSWORD)
    press(ENTER)
    assert "Xã Tràng Định (06046) → Tỉnh Lạng Sơn (20)" in wizard.confirm_page.summary.text()
    press(ENTER)  # make the database
    press(ENTER)  # "Bắt đầu dùng"
    assert not wizard.isVisible()


def log_in(qtbot, database):  # type: ignore[no-untyped-def]
    dialog = LoginDialog(database, installation.describe(database))
    qtbot.addWidget(dialog)
    activate(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
    type_here("admin")
    press(TAB)
    type_here(PASSWORD)
    press(ENTER)
    assert dialog.session is not None
    return dialog.session


def add_cooperative(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def new_chair(person_form) -> None:  # type: ignore[no-untyped-def]
        assert person_form.widgets["full_name"].text() == "Hoàng Thị Mai"  # what was typed in the search
        press(TAB)
        type_here("1984")
        press(ENTER)

    def post(dialog) -> None:  # type: ignore[no-untyped-def]
        type_here("Hoàng Thị Mai")  # nobody yet: she is added from here
        qtbot.waitUntil(lambda: "Không thấy" in dialog.picker.hint.text())
        when_window("Người", new_chair)
        click(dialog.picker.new_person)
        qtbot.waitUntil(lambda: focused() is dialog.role)  # she is picked; on to her post (chair is the first)
        press(TAB)
        type_here("04/05/2023")
        press(ENTER)

    def year(dialog) -> None:  # type: ignore[no-untyped-def]
        press(TAB, times=3)  # year (this one), members, female members, to the workers
        type_here("12")
        press(TAB)
        type_here("9")
        press(ENTER)

    def form(dialog) -> None:  # type: ignore[no-untyped-def]
        type_here("Hợp tác xã Chè Bản Piềng")
        when_modal(post)
        click(dialog.form.findChild(QPushButton, "add_post"))  # saves the cooperative first
        when_modal(year)
        click(dialog.form.findChild(QPushButton, "add_year"))
        dialog.widgets["name"].setFocus()
        press(ENTER)

    window.show_screen(1)
    window.cooperatives.table.setFocus()
    when_modal(form)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.cooperatives
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    cells = [page.model.data(page.model.index(0, column)) for column in range(page.model.columnCount())]
    assert cells[0] == "Hợp tác xã Chè Bản Piềng" and cells[6] == "✓" and cells[7] == "75%"


def add_people(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    seen = {}

    def with_wrong_then_right_id(form) -> None:  # type: ignore[no-untyped-def]
        type_here("Lò Thị Ón")
        press(TAB)
        type_here("1990")
        form.widgets["national_id"].setFocus()
        type_here("02019000432")  # 11 digits
        press(ENTER)
        seen["error"] = error_under(form, "national_id")
        seen["focus"] = focused().objectName()
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_here("020190004321")
        press(ENTER)

    def plain(form) -> None:  # type: ignore[no-untyped-def]
        type_here("Triệu Thị Lìu")
        press(TAB)
        type_here("1988")
        press(ENTER)

    window.show_screen(2)
    for steps in (with_wrong_then_right_id, plain):
        window.people.table.setFocus()
        when_modal(steps)
        press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "12 chữ số" in seen["error"] and seen["focus"] == "national_id"
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 3)


def add_training(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def attendees(dialog) -> None:  # type: ignore[no-untyped-def]
        for name in ("hoang thi mai", "lo thi on", "trieu thi liu"):
            type_here(name)
            press(ENTER)
        press(ESC)

    def form(dialog) -> None:  # type: ignore[no-untyped-def]
        type_here("Tập huấn quản trị HTX cho nữ quản lý")
        dialog.widgets["starts_on"].setFocus()
        type_here("10/06/2025")
        press(TAB)
        type_here("12/06/2025")
        when_modal(attendees)
        click(dialog.form.findChild(QPushButton, "add_attendee"))
        assert dialog.table.rowCount() == 3
        dialog.widgets["place"].setFocus()
        type_here("Nhà văn hóa xã")
        press(ENTER)

    window.show_screen(3)
    window.trainings.table.setFocus()
    when_modal(form)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.trainings.model.rowCount() == 1)
    assert window.trainings.model.row_at(0).attendees == 3


@pytest.mark.slow
def test_an_officers_first_day_by_keys(qtbot, tmp_path, monkeypatch):
    card = province_card(tmp_path)
    target = tmp_path / "xa.sqlite3"
    run_wizard(qtbot, target)
    database = open_database(target)
    try:
        session = log_in(qtbot, database)
        keyring.trust_card_file(database, card, session)  # the admin trusted the province's card
        window = MainWindow(database, session)
        qtbot.addWidget(window)
        activate(window)
        overview = window.overview
        qtbot.waitUntil(lambda: overview.figures is not None)
        assert overview.figures.cooperatives == 0

        add_cooperative(qtbot, window)
        add_people(qtbot, window)
        add_training(qtbot, window)
        assert visible_windows() == [window]
        assert people.likely_duplicates(database, "Lò Thị Ón", 1990, "06046")

        window.show_screen(0)
        qtbot.waitUntil(lambda: overview.values["people"].text() == "3", timeout=5000)
        shown = {key: label.text() for key, label in overview.values.items()}
        assert shown == {"cooperatives": "1", "groups": "0", "women_managed": "1", "people": "3", "women": "3",
                         "trainings": "1", "completions": "0"}

        outbox = tmp_path / "usb"
        outbox.mkdir()
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(outbox))
        window.show_screen(window.screen_titles().index("Đồng bộ"))
        click(window.sync.export_button)
        qtbot.waitUntil(lambda: any(outbox.glob("*.htxsync")), timeout=10_000)
        qtbot.waitUntil(lambda: "Đã ghi" in window.sync.status.text(), timeout=10_000)
        [sent] = outbox.glob("*.htxsync")
        assert sent.name.startswith("HTX_06046_")
        assert "Tỉnh Lạng Sơn (20)" in window.sync.status.text()
    finally:
        database.dispose()
