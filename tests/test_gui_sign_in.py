"""Opening the program: `--demo` only on the program's own demo data, and a database set up without
users first gets its administrator — through the real dialogs, with real key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from gui_helpers import press, type_here, visible_windows, when_modal, when_window
from htx_desktop.domain.enums import InstallationRole
from htx_desktop.gui import app
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.services import installation, users
from htx_desktop.storage import sqlcipher
from htx_desktop.storage.database import open_database


@pytest.fixture
def without_users(tmp_path):  # type: ignore[no-untyped-def]
    """A database made like `htx-cli init` without `--admin`."""
    path = tmp_path / "kich-ban.sqlite3"
    installation.initialise(path, "06046", InstallationRole.COMMUNE)
    return path


def user_names(path) -> list[str]:  # type: ignore[no-untyped-def]
    database = open_database(path)
    try:
        return [user.username for user in users.list_users(database)]
    finally:
        database.dispose()


@pytest.mark.parametrize("kind", ["with users", "without users"])
def test_demo_refuses_a_database_the_program_did_not_make_as_demo_data(qtbot, db_path, without_users, kind):
    target = db_path if kind == "with users" else without_users
    shown: list[str] = []

    def read_and_close(box):  # type: ignore[no-untyped-def]
        shown.append(box.text())
        press(Qt.Key.Key_Return)

    when_modal(read_and_close)
    assert app.main(["--demo", "--db", str(target)]) == 1
    assert len(shown) == 1 and "không phải cơ sở dữ liệu mẫu do chương trình tạo" in shown[0]
    assert str(target) in shown[0]
    assert visible_windows() == []
    assert user_names(target) == (["admin"] if kind == "with users" else [])


def test_a_database_without_users_asks_for_its_administrator_first(qtbot, without_users):
    database = open_database(without_users)
    seen: dict[str, str] = {}

    def fill(dialog):  # type: ignore[no-untyped-def]
        type_here("quantri")
        press(Qt.Key.Key_Tab)
        type_here("Hoàng Thị Mai")
        press(Qt.Key.Key_Tab)
        type_here("mat-khau-dai")
        press(Qt.Key.Key_Tab)
        type_here("mat-khau-khac")
        press(Qt.Key.Key_Return)  # the two passwords differ: the dialog stays, and says so
        seen["message"] = dialog.findChild(QLabel, "message").text()
        seen["focus"] = QApplication.focusWidget().objectName()
        type_here("mat-khau-dai")
        press(Qt.Key.Key_Tab)
        type_here("mat-khau-dai")
        when_window("Mã khôi phục", read_code)
        press(Qt.Key.Key_Return)

    def read_code(dialog):  # type: ignore[no-untyped-def]
        seen["code"] = dialog.findChild(QLabel, "recovery_code").text()
        press(Qt.Key.Key_Return)  # "Tôi đã cất mã"

    when_window("Tạo người quản trị", fill)
    try:
        session = app._sign_in(database, demo=False, unattended=False)
        code = seen.pop("code")
        assert seen == {"message": "Hai lần nhập mật khẩu không giống nhau.", "focus": "password"}
        assert len(code) == 29 and code.count("-") == 5
        assert sqlcipher.is_encrypted(without_users)  # encrypted the moment it has its administrator
        assert (session.username, session.role, session.demo) == ("quantri", "admin", False)
        (admin,) = users.list_users(database)
        assert (admin.username, admin.full_name, admin.role) == ("quantri", "Hoàng Thị Mai", "admin")
        assert users.authenticate(database, "quantri", "mat-khau-dai").role == "admin"
    finally:
        database.dispose()
    assert visible_windows() == []


def test_escape_quits_without_creating_anything(qtbot, without_users):
    when_window("Tạo người quản trị", lambda dialog: press(Qt.Key.Key_Escape))
    assert app.main(["--db", str(without_users)]) == 1
    assert visible_windows() == []
    assert user_names(without_users) == []


def test_the_demo_opens_as_demo_data_and_says_so_in_the_title(qtbot, tmp_path):
    target = app.ensure_demo_database(tmp_path / "demo.sqlite3")
    database = open_database(target)
    try:
        session = app._sign_in(database, demo=True, unattended=False)
        assert session.demo and session.role == "admin"
        window = MainWindow(database, session)
        qtbot.addWidget(window)
        assert window.windowTitle() == "HTX Desktop — Xã Tràng Định (dữ liệu mẫu)"
    finally:
        database.dispose()
