"""The idle lock: after a short idle time (set by the test) the program asks the password again
over everything, keeps what was typed in an open form, and counts wrong passwords as the log-in does."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from conftest import ADMIN_PASSWORD
from gui_helpers import activate, press, type_here, visible_titles, when_window
from htx_desktop.gui.common import Session
from htx_desktop.gui.idle_lock import IdleLock, install_idle_lock
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.services import users

ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")
LOCKED = "HTX Desktop — Đã khóa"


def test_lock_after_idle_time_keeps_the_open_form_and_wants_the_right_password(qtbot, db):
    window = MainWindow(db, ADMIN)
    qtbot.addWidget(window)
    activate(window)
    window.show_screen(1)
    qtbot.mouseClick(window.cooperatives.table.viewport(), Qt.MouseButton.LeftButton)
    lock = IdleLock(db, ADMIN, timeout_seconds=60, check_ms=50)  # idle only once the form is open:
    seen: dict[str, object] = {}  # a slow machine must not lock before the form shows

    def in_the_form(dialog) -> None:  # type: ignore[no-untyped-def]
        try:
            name = dialog.widgets["name"]
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            name.setFocus()
            type_here("Hợp tác xã Chè Bản Piềng")
            lock.fixed_timeout = 0.4  # the officer leaves the keyboard
            qtbot.waitUntil(lambda: LOCKED in visible_titles(), timeout=5000)
            lock.fixed_timeout = 60  # from now on the officer is at the keyboard
            locker = QApplication.activeModalWidget()
            assert locker.objectName() == "lock_window" and locker.isFullScreen()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is locker.password)  # keys go to the lock now
            press(Qt.Key.Key_Escape)  # Esc does not unlock
            assert LOCKED in visible_titles()
            type_here("sai-mat-khau")
            press(Qt.Key.Key_Return)
            seen["wrong"] = locker.message.text() if locker.message.isVisible() else ""
            type_here(ADMIN_PASSWORD)
            press(Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: LOCKED not in visible_titles())
            seen["name"] = name.text()
            seen["form_visible"] = dialog.isVisible()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is name, timeout=2000)  # typing goes on here
            seen["focus"] = True
        finally:
            when_window("Đóng biểu mẫu", lambda _box: press(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier))
            press(Qt.Key.Key_Escape)  # the officer closes the form and discards what was typed

    when_window("Hợp tác xã", in_the_form)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"wrong": "Sai tên đăng nhập hoặc mật khẩu.", "name": "Hợp tác xã Chè Bản Piềng",
                    "form_visible": True, "focus": True}
    lock.stop()


def test_five_wrong_passwords_at_the_lock_lock_the_account(qtbot, db):
    window = MainWindow(db, ADMIN)
    qtbot.addWidget(window)
    activate(window)
    lock = IdleLock(db, ADMIN, timeout_seconds=0.2, check_ms=50)
    qtbot.waitUntil(lambda: LOCKED in visible_titles(), timeout=5000)
    locker = lock.window
    lock.fixed_timeout = 60
    qtbot.waitUntil(lambda: QApplication.focusWidget() is locker.password)
    for _ in range(5):
        type_here("sai-mat-khau")
        press(Qt.Key.Key_Return)
    assert "tạm khóa" in locker.message.text()
    type_here(ADMIN_PASSWORD)
    press(Qt.Key.Key_Return)
    assert LOCKED in visible_titles() and "tạm khóa" in locker.message.text()
    lock.stop()
    locker.done(1)


def test_no_lock_without_users_or_when_set_to_never(qtbot, db, private_home):
    from htx_desktop import settings

    assert install_idle_lock(db, Session("demo", "admin", "06046", "Xã Tràng Định")) is None  # not a user
    settings.change(idle_lock_minutes=0)
    lock = IdleLock(db, ADMIN, check_ms=20)
    lock.last_activity -= 3600
    qtbot.wait(100)
    assert lock.window is None
    lock.stop()
    assert users.any_user(db)
