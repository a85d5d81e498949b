"""The main window as a user first meets it."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from htx_desktop.domain.records import CooperativeData, PersonData, PostData
from htx_desktop.gui.app import main as desktop_main
from htx_desktop.gui.common import Session
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.services import cooperatives, people
from actors import ADMIN


def test_overview_shows_the_unit_and_the_counts(qtbot, db):
    cooperative_id = cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046", founded_on=date(2020, 1, 1)), actor=ADMIN)
    cooperatives.create(db, CooperativeData(name="THT Dệt", unit_code="06046", kind="group"), actor=ADMIN)
    chair = people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046", birth_year=1979), actor=ADMIN)
    cooperatives.add_post(db, PostData(chair, cooperative_id, "board_chair", date(2020, 1, 1)), actor=ADMIN)
    window = MainWindow(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(window)
    window.show()
    assert "Xã Tràng Định" in window.windowTitle()
    overview = window.overview
    qtbot.waitUntil(lambda: overview.figures is not None)  # counted in the background
    assert overview.values["cooperatives"].text() == "1"
    assert overview.values["groups"].text() == "1"
    assert overview.values["women_managed"].text() == "1"
    assert overview.values["women"].text() == "1"
    assert "Xã Tràng Định (06046)" in window.unit_label.text()
    assert "admin" in window.user_label.text()


def test_navigation_switches_screens_with_the_mouse(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert window.screen_titles()[:3] == ["Tổng quan", "HTX và tổ hợp tác", "Người"]
    assert len(window.screen_titles()) == 9
    item = window.navigation.item(7)
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentIndex() == 7
    assert window.pages.currentWidget() is window.sync
    qtbot.waitUntil(lambda: window.sync_label.text() == "Lần gửi đồng bộ gần nhất: chưa có")  # read in the background
    assert window.screen_titles()[8] == "Cài đặt"


def test_screenshot_option_saves_each_screen_at_1366_by_768(qapp, db_path, tmp_path):
    folder = tmp_path / "shots"
    assert desktop_main(["--db", str(db_path), "--screenshot", str(folder)]) == 0
    shots = sorted(folder.glob("*.png"))
    assert len(shots) == 9 and shots[0].name == "01-tong-quan.png"
    image = QImage(str(shots[0]))
    assert (image.width(), image.height()) == (1366, 768)


def test_self_test_passes_on_a_set_up_database_and_fails_on_a_missing_one(qapp, db_path, tmp_path, capsys):
    assert desktop_main(["--db", str(db_path), "--self-test"]) == 0
    assert "Xã Tràng Định" in capsys.readouterr().out
    assert desktop_main(["--db", str(tmp_path / "missing.sqlite3"), "--self-test"]) == 1


def test_the_window_opens_maximized_first_then_where_it_was_left(qtbot, db):
    from htx_desktop import settings

    first = MainWindow(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(first)
    first.show_placed()
    qtbot.waitUntil(first.isMaximized)
    first.showNormal()
    first.setGeometry(40, 60, 1300, 620)
    left = first.size()
    first.close()
    assert settings.load().window_geometry
    again = MainWindow(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(again)
    again.show_placed()
    assert not again.isMaximized() and again.height() == left.height()  # (offscreen clamps widths to its small screen)


def test_a_screen_is_built_on_its_first_visit_and_answers_keys_at_once(qtbot, db):
    from PySide6.QtWidgets import QTableView

    from gui_helpers import activate, press, type_here

    for name in ("Nông Thị Hoa", "Lò Thị Ón"):
        people.create(db, PersonData(full_name=name, unit_code="06046", birth_year=1980), actor=ADMIN)
    window = MainWindow(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(window)
    activate(window)
    assert window.pages.widget(2).findChild(QTableView) is None  # People: nothing built before it is visited
    window.navigation.setFocus()
    press(Qt.Key.Key_Down, times=2)
    table = window.pages.currentWidget().findChild(QTableView)
    assert window.pages.currentIndex() == 2 and table is not None and table.isVisible()
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the new screen's own shortcut
    type_here("lo thi")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().index(0, 0).data() == "Lò Thị Ón"
    assert window.navigation.count() == 9 and window.people is window.pages.widget(2)


def test_the_overview_counts_once_on_screen_and_not_behind_a_screen_the_officer_went_on_to(qtbot, db):
    """The officer who goes on to People before the Overview has even painted waits for the
    list only; the Overview counts and builds its progress when she comes back to it."""
    from PySide6.QtWidgets import QTableView

    from gui_helpers import activate, press
    from htx_desktop.gui.background import wait_for_background
    from htx_desktop.gui.progress_page import ProgressPage

    people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046", birth_year=1980), actor=ADMIN)
    window = MainWindow(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(window)
    activate(window)
    window.navigation.setFocus()
    press(Qt.Key.Key_Down, times=2)  # typed ahead: before the window has painted
    table = window.pages.currentWidget().findChild(QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    qtbot.wait(300)
    assert wait_for_background(5_000)
    overview = window.overview
    assert overview.figures is None and overview.findChild(ProgressPage) is None
    assert {label.text() for label in overview.values.values()} == {"…"}
    press(Qt.Key.Key_Up, times=2)
    assert window.pages.currentWidget() is overview
    qtbot.waitUntil(lambda: overview.figures is not None and overview.values["people"].text() == "1")
    progress = overview.findChild(ProgressPage)
    assert progress is not None and progress.isVisible()
    qtbot.waitUntil(lambda: progress.figures is not None, timeout=20_000)


def test_the_lists_are_built_while_the_officer_reads_her_first_screen(qtbot, db):
    from PySide6.QtWidgets import QTableView

    from gui_helpers import activate, press

    people.create(db, PersonData(full_name="Lò Thị Ón", unit_code="06046", birth_year=1980), actor=ADMIN)
    window = MainWindow(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(window)
    activate(window)
    lists = (1, 2, 3)  # cooperatives, people, trainings
    qtbot.waitUntil(lambda: all(window.pages.widget(row).findChild(QTableView) is not None for row in lists))
    assert window.pages.currentIndex() == 0  # she is still on the Overview
    assert window.pages.widget(8).findChildren(QWidget) == []  # Settings: built when she opens it
    window.navigation.setFocus()
    press(Qt.Key.Key_Down, times=2)
    table = window.pages.currentWidget().findChild(QTableView)
    assert table is window.pages.widget(2).findChild(QTableView) and table.isVisible()
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().index(0, 0).data() == "Lò Thị Ón"


def test_after_log_in_the_arrow_keys_move_through_the_screens(qtbot, db):
    """The main window opens with the list of screens focused: Down goes to the next screen, as
    the officer expects after logging in, without reaching for the mouse first."""
    from gui_helpers import activate, focused, press, type_here
    from htx_desktop.gui.login_dialog import LoginDialog
    from htx_desktop.services import installation

    login = LoginDialog(db, installation.describe(db))
    qtbot.addWidget(login)
    activate(login)
    type_here("admin")
    press(Qt.Key.Key_Tab)
    type_here("matkhau-an-toan")
    press(Qt.Key.Key_Return)
    assert not login.isVisible() and login.session is not None
    window = MainWindow(db, login.session)
    qtbot.addWidget(window)
    window.show_placed()
    activate(window)
    assert focused() is window.navigation
    press(Qt.Key.Key_Down)
    assert window.pages.currentIndex() == 1 and window.pages.currentWidget() is window.cooperatives
    press(Qt.Key.Key_Down)
    assert window.pages.currentWidget() is window.people
