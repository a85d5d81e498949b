"""Help: F1 opens the user guide anywhere in the main window, Esc closes it; About shows the
version, the data folder, the key fingerprint and the licences read from the installed packages."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenuBar

from gui_helpers import activate, press, visible_titles, visible_windows, when_modal
from htx_desktop import __version__, paths
from htx_desktop.gui.common import Session
from htx_desktop.gui.main_window import MainWindow

ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")
GUIDE = "Hướng dẫn sử dụng — HTX Desktop"


def test_f1_opens_the_guide_from_any_screen_and_esc_closes_it_leaving_no_window(qtbot, db):
    window = MainWindow(db, ADMIN)
    qtbot.addWidget(window)
    activate(window)
    for screen in (0, 2, 8):
        window.show_screen(screen)
        window.navigation.setFocus()
        press(Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: getattr(QApplication.activeWindow(), "windowTitle", str)() == GUIDE)
        guide = QApplication.activeWindow()
        text = guide.browser.toPlainText()
        for section in ("Lần đầu sử dụng", "Nhập liệu bằng bàn phím", "Đồng bộ với tỉnh", "In ấn và báo cáo"):
            assert section in text
        assert "Ctrl+I" in text and "Nghị định 30/2020" in text  # the import and the reports are there now
        press(Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: GUIDE not in visible_titles())
        assert visible_windows() == [window]
        activate(window)


def test_help_menu_has_the_guide_and_about(qtbot, db):
    window = MainWindow(db, ADMIN)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.findChild(QMenuBar).actions()]
    assert "&Trợ giúp" in menus
    menu = window.findChild(QMenuBar).actions()[menus.index("&Trợ giúp")].menu()
    assert [a.text() for a in menu.actions()] == ["&Hướng dẫn sử dụng", "&Giới thiệu HTX Desktop"]


def test_about_shows_version_data_folder_fingerprint_and_licences(qtbot, db):
    window = MainWindow(db, ADMIN)
    qtbot.addWidget(window)
    activate(window)
    seen = {}

    def read_and_close(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.text.toPlainText()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        press(Qt.Key.Key_Escape)

    when_modal(read_and_close)
    window.findChild(QMenuBar).actions()[-1].menu().actions()[1].trigger()  # Trợ giúp → Giới thiệu
    text = seen["text"]
    assert seen["title"] == "Giới thiệu HTX Desktop"
    assert f"HTX Desktop {__version__}" in text
    assert str(paths.home()) in text and window.info.fingerprint in text
    assert "PySide6_Essentials" in text and "LGPL-3.0-only" in text
    assert "SQLAlchemy" in text and "MIT" in text
    assert "cryptography" in text and "Apache-2.0 OR BSD-3-Clause" in text
    assert "vietnam-provinces" in text and "segno" in text and "platformdirs" in text
    assert visible_windows() == [window]
