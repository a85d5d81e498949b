"""The log-in window answers the officer's keys while the database layer is imported (on a worker
thread): what she types appears at once, not after the imports."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QTimer

from htx_desktop.gui.app import _import_while_typing
from htx_desktop.gui.login_dialog import LoginDialog
from gui_helpers import type_text


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
