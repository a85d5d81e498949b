"""The log-in window answers the officer's keys while the database layer is imported (on a worker
thread): what she types appears at once, not after the imports."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import Qt, QTimer

from htx_desktop.gui.app import _import_while_typing
from htx_desktop.gui.login_dialog import LoginDialog
from gui_helpers import press, type_text


def test_keys_typed_during_the_imports_reach_the_log_in_window(qtbot, qapp, tmp_path, monkeypatch):
    typed = threading.Event()
    # A module whose import lasts until the officer's keys have been handled (at most 10 s): imported
    # on the GUI thread, the keys could not be handled before it ends.
    (tmp_path / "slow_import_for_test.py").write_text(
        "import builtins\nSAW_TYPING = builtins._htx_typed.wait(10)\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("builtins._htx_typed", typed, raising=False)
    monkeypatch.delitem(sys.modules, "slow_import_for_test", raising=False)
    login = LoginDialog(None, None)
    qtbot.addWidget(login)
    login.show()
    login.username.setFocus()

    def officer_types() -> None:
        type_text(login.username, "thu.hoa")
        typed.set()

    QTimer.singleShot(0, officer_types)
    _import_while_typing(qapp, ["slow_import_for_test"])
    assert sys.modules["slow_import_for_test"].SAW_TYPING
    assert login.username.text() == "thu.hoa"


def test_esc_during_the_imports_leaves_the_log_in_for_good(qtbot, qapp, tmp_path, monkeypatch):
    """An officer who changes her mind while the program loads is not asked to log in again."""
    pressed = threading.Event()
    (tmp_path / "slow_import_for_quit.py").write_text(
        "import builtins\nSAW_ESC = builtins._htx_pressed.wait(10)\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("builtins._htx_pressed", pressed, raising=False)
    monkeypatch.delitem(sys.modules, "slow_import_for_quit", raising=False)
    login = LoginDialog(None, None)
    qtbot.addWidget(login)
    login.show()
    login.activateWindow()
    login.username.setFocus()

    def officer_leaves() -> None:
        press(Qt.Key.Key_Escape)  # to the focused widget of the active window
        pressed.set()

    QTimer.singleShot(0, officer_leaves)
    _import_while_typing(qapp, ["slow_import_for_quit"])
    assert sys.modules["slow_import_for_quit"].SAW_ESC
    assert login.quitting and not login.isVisible()
