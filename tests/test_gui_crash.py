"""Nothing vanishes: an exception raised in a slot (or in another thread) is written to the log
with its traceback, a Vietnamese message names the log file, and the program goes on."""

import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from gui_helpers import activate, press, visible_windows, when_modal
from htx_desktop import applog
from htx_desktop.gui.common import Session
from htx_desktop.gui.crash import install_exception_hooks
from htx_desktop.gui.main_window import MainWindow

ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")


@pytest.fixture
def hooks(monkeypatch, private_home):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_file = applog.setup_logging()
    install_exception_hooks(log_file)
    yield log_file
    import logging

    for handler in [h for h in logging.getLogger().handlers if getattr(h, "htx_log", False)]:
        logging.getLogger().removeHandler(handler)
        handler.close()


def broken_slot() -> None:
    raise ZeroDivisionError("chia cho không trong một slot")


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_is_logged_shown_and_the_window_lives_on(qtbot, db, hooks):
    window = MainWindow(db, ADMIN)
    qtbot.addWidget(window)
    activate(window)
    QShortcut(QKeySequence("Ctrl+Shift+K"), window).activated.connect(broken_slot)
    shown = {}

    def read_and_close(box) -> None:  # type: ignore[no-untyped-def]
        shown["title"], shown["text"] = box.windowTitle(), box.text()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
        press(Qt.Key.Key_Return)

    when_modal(read_and_close)
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "text" in shown)
    assert shown["title"] == "HTX Desktop — Lỗi"
    assert "Chương trình vẫn chạy" in shown["text"] and str(hooks) in shown["text"]
    log = hooks.read_text(encoding="utf-8")
    assert "Traceback" in log and "ZeroDivisionError: chia cho không trong một slot" in log and "broken_slot" in log
    qtbot.waitUntil(lambda: visible_windows() == [window])
    activate(window)
    window.navigation.setFocus()
    window.show_screen(0)
    press(Qt.Key.Key_Down)  # the window still answers the keyboard
    assert window.pages.currentIndex() == 1


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_worker_thread_is_logged_and_shown(qtbot, hooks):
    shown = {}

    def read_and_close(box) -> None:  # type: ignore[no-untyped-def]
        shown["text"] = box.text()
        press(Qt.Key.Key_Return)  # OK

    when_modal(read_and_close)
    worker = threading.Thread(target=broken_slot, name="sao-luu")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: "text" in shown)
    assert str(hooks) in shown["text"]
    assert "Unhandled exception in sao-luu thread" in hooks.read_text(encoding="utf-8")


def test_qt_warnings_go_to_the_log(qtbot, hooks):
    from PySide6.QtCore import qWarning

    qWarning("cảnh báo thử của Qt")
    assert "cảnh báo thử của Qt" in hooks.read_text(encoding="utf-8")
