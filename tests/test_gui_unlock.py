"""An encrypted database opens through the log-in window: the password unlocks its key; a wrong
one is one message; "Quên mật khẩu…" resets the administrator's password with the recovery code.
Real key presses on the focused widget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from actors import ADMIN_PASSWORD
from gui_helpers import activate, focused, press, type_here, when_window
from htx_desktop.domain.enums import InstallationRole
from htx_desktop.gui.login_dialog import LoginDialog
from htx_desktop.services.installation import initialise
from htx_desktop.storage import sqlcipher


@pytest.fixture
def encrypted(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A database set up with its administrator, seen by a program that has just started."""
    path = tmp_path / "htx.sqlite3"
    info = initialise(path, "06046", InstallationRole.COMMUNE, admin="lan", password=ADMIN_PASSWORD)
    monkeypatch.setattr(sqlcipher, "_unlocked", {})
    return path, info.recovery_code


def open_locked(qtbot, path) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(None, None, target=path)
    qtbot.addWidget(dialog)
    activate(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
    return dialog


def test_the_log_in_opens_an_encrypted_database_and_a_wrong_password_is_one_message(qtbot, encrypted):
    path, _code = encrypted
    dialog = open_locked(qtbot, path)
    assert "Xã Tràng Định (06046)" in [label.text() for label in dialog.findChildren(QLabel)][0]
    type_here("lan")
    press(Qt.Key.Key_Tab)
    type_here("sai-mat-khau")
    press(Qt.Key.Key_Return)
    assert dialog.message.text() == "Sai tên đăng nhập hoặc mật khẩu." and dialog.database is None
    assert focused() is dialog.password
    type_here(ADMIN_PASSWORD)
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.session is not None
    assert (dialog.session.username, dialog.session.unit_code) == ("lan", "06046")
    assert dialog.database is not None and dialog.database.is_encrypted
    dialog.database.dispose()


def test_forgot_password_sets_a_new_one_with_the_recovery_code(qtbot, encrypted):
    path, code = encrypted
    dialog = open_locked(qtbot, path)
    seen: dict[str, str] = {}

    def recover(recovery):  # type: ignore[no-untyped-def]
        type_here(code.lower())  # as read from the paper, in any case
        press(Qt.Key.Key_Tab)
        type_here("lan")
        press(Qt.Key.Key_Tab)
        type_here("mat-khau-moi-2026")
        press(Qt.Key.Key_Tab)
        type_here("mat-khau-moi-2026")
        press(Qt.Key.Key_Return)
        seen["closed"] = str(not recovery.isVisible())

    when_window("Khôi phục mật khẩu", recover)
    press(Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # "&Quên mật khẩu…" (clicks a moment later)
    qtbot.waitUntil(lambda: "closed" in seen, timeout=20_000)
    assert seen == {"closed": "True"}
    activate(dialog)  # a window manager gives the log-in window back its activation; offscreen has none
    assert dialog.message.text() == "Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu đó."
    assert dialog.username.text() == "lan" and focused() is dialog.password
    sqlcipher.forget_all()  # the new password alone opens it
    type_here("mat-khau-moi-2026")
    press(Qt.Key.Key_Return)
    assert dialog.session is not None and dialog.session.role == "admin"
    dialog.database.dispose()


def test_an_administrator_makes_a_new_recovery_code_in_settings(qtbot, db, db_path):
    from htx_desktop.gui.common import Session
    from htx_desktop.gui.settings.users import UsersPage
    from htx_desktop.security import data_key
    from htx_desktop.storage import key_file

    page = UsersPage(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(page)
    activate(page)
    shown: list[str] = []

    def read_code(dialog):  # type: ignore[no-untyped-def]
        shown.append(dialog.findChild(QLabel, "recovery_code").text())
        press(Qt.Key.Key_Return)

    when_window("Mã khôi phục", read_code)
    qtbot.mouseClick(page.recovery_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Đã tạo mã khôi phục mới; mã cũ không còn dùng được."
    [code] = shown
    entry = key_file.load(key_file.path_for(db_path)).recovery
    assert data_key.unwrap_with_code(entry, code) == db.data_key


def test_what_is_typed_before_the_database_is_known_encrypted_opens_it(qtbot, encrypted):
    """The program shows its log-in window before it looks at the database: an officer quicker
    than that has her Enter kept, and it opens the encrypted database once it is known to be one."""
    path, _code = encrypted
    dialog = LoginDialog(None, None)
    qtbot.addWidget(dialog)
    activate(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
    type_here("lan")
    press(Qt.Key.Key_Tab)
    type_here(ADMIN_PASSWORD)
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.session is None and dialog.database is None
    dialog.unlock(path)
    assert not dialog.isVisible() and dialog.session is not None and dialog.session.username == "lan"
    assert dialog.database is not None and dialog.database.is_encrypted
    assert dialog.findChild(QPushButton, "forgot_password") is not None
    dialog.database.dispose()
