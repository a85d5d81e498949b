"""The log-in window answers the officer's keys while the database layer is imported (on a worker
thread): what she types appears at once, not after the imports."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import Qt, QTimer

from htx_desktop.gui.app import _import_while_typing
from htx_desktop.gui.login_dialog import LoginDialog
from gui_helpers import press, type_text


def held_import(name: str, tmp_path, monkeypatch) -> threading.Event:  # type: ignore[no-untyped-def]
    """A module `name` whose import lasts until the event is set (at most 10 s; its SAW is whether it
    was): imported on the GUI thread, the officer's keys could not be handled before it ends."""
    released = threading.Event()
    (tmp_path / f"{name}.py").write_text(f"import builtins\nSAW = builtins._htx_{name}.wait(10)\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(f"builtins._htx_{name}", released, raising=False)
    monkeypatch.delitem(sys.modules, name, raising=False)
    return released


def test_keys_typed_during_the_imports_reach_the_log_in_window(qtbot, qapp, tmp_path, monkeypatch):
    typed = held_import("slow_import_for_test", tmp_path, monkeypatch)
    login = LoginDialog(None, None)
    qtbot.addWidget(login)
    login.show()
    login.username.setFocus()

    def officer_types() -> None:
        type_text(login.username, "thu.hoa")
        typed.set()

    QTimer.singleShot(0, officer_types)
    _import_while_typing(qapp, ["slow_import_for_test"])
    assert sys.modules["slow_import_for_test"].SAW
    assert login.username.text() == "thu.hoa"


def test_esc_during_the_imports_leaves_the_log_in_for_good(qtbot, qapp, tmp_path, monkeypatch):
    """An officer who changes her mind while the program loads is not asked to log in again."""
    pressed = held_import("slow_import_for_quit", tmp_path, monkeypatch)
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
    assert sys.modules["slow_import_for_quit"].SAW
    assert login.quitting and not login.isVisible()
