"""The idle lock: after some minutes without a key press or a mouse action the program covers
everything with a lock window and asks the signed-in user's password again.

Nothing behind it is closed or reset: open forms keep what was typed, and the focus goes back
where it was. A wrong password counts as a failed log-in (five lock the account for a while).
An encrypted database stays open under the lock, so its data key stays in the program's memory:
the lock guards the screen, the encryption a PC that is switched off or a copied file.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from htx_desktop import settings
from htx_desktop.errors import HtxError
from htx_desktop.gui.common import Session, translate
from htx_desktop.services import users
from htx_desktop.storage.database import Database
from htx_desktop.gui.styles import ERROR_STYLE

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}
CHECK_EVERY_MS = 15_000


def _t(text: str) -> str:
    return translate("LockWindow", text)


class LockWindow(QDialog):
    """Covers the screen; only the right password closes it (Esc and the close button do nothing)."""

    def __init__(self, database: Database, session: Session) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.CustomizeWindowHint
                         | Qt.WindowType.WindowTitleHint | Qt.WindowType.WindowStaysOnTopHint)
        self.database, self.session = database, session
        self.setObjectName("lock_window")
        self.setWindowTitle(_t("HTX Desktop — Đã khóa"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        panel = QWidget()
        panel.setFixedWidth(480)  # a fixed width lets the wrapped text take the height it needs
        layout = QVBoxLayout(panel)
        layout.addWidget(QLabel(_t("<h2>Chương trình đã khóa</h2>")))
        layout.addWidget(QLabel(_t("Chương trình tự khóa vì lâu không dùng. Những gì đang nhập dở vẫn được giữ.\n"
                                   "Nhập mật khẩu của “{user}” ({unit}) để tiếp tục.")
                                .format(user=session.username, unit=session.unit_name), wordWrap=True))
        self.password = QLineEdit(objectName="lock_password", echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_t("Mật khẩu"))
        layout.addWidget(self.password)
        self.message = QLabel(objectName="lock_message", wordWrap=True)
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message)
        self.unlock_button = QPushButton(_t("&Mở khóa"), objectName="unlock", default=True)
        layout.addWidget(self.unlock_button)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)

    def try_unlock(self) -> None:
        try:
            users.authenticate(self.database, self.session.username, self.password.text())
        except HtxError as error:
            self.message.setText(error.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def reject(self) -> None:  # Esc: stays locked
        pass

    def closeEvent(self, event: QCloseEvent) -> None:  # the window's close button, Alt+F4
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()


class IdleLock(QObject):
    """Watches the whole application's input; locks after `timeout_seconds` (default: Settings)."""

    def __init__(self, database: Database, session: Session, timeout_seconds: float | None = None,
                 check_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(QApplication.instance())
        self.database, self.session = database, session
        self.fixed_timeout = timeout_seconds
        self.last_activity = time.monotonic()
        self.window: LockWindow | None = None
        self.restore: tuple[QWidget | None, QWidget | None] = (None, None)
        QApplication.instance().installEventFilter(self)
        self.timer = QTimer(self, interval=check_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def timeout(self) -> float:
        if self.fixed_timeout is not None:
            return self.fixed_timeout
        return settings.load().idle_lock_minutes * 60

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.last_activity = time.monotonic()
        return False

    def check(self) -> None:
        timeout = self.timeout()
        if self.window is None and timeout > 0 and time.monotonic() - self.last_activity >= timeout:
            self.lock()

    def lock(self) -> None:
        self.restore = (QApplication.activeModalWidget() or QApplication.activeWindow(), QApplication.focusWidget())
        self.window = LockWindow(self.database, self.session)
        self.window.accepted.connect(self.unlocked)
        self.window.showFullScreen()
        self.window.activateWindow()
        self.window.password.setFocus()

    def unlocked(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.deleteLater()
        self.last_activity = time.monotonic()
        active, focus = self.restore
        self.restore = (None, None)
        if active is not None and active.isVisible():
            active.activateWindow()
            if focus is not None and focus.isVisible():
                focus.setFocus()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)


def install_idle_lock(database: Database, session: Session) -> IdleLock | None:
    """Lock after the idle time in Settings, if the installation has users and one is signed in."""
    if session.username not in {user.username for user in users.list_users(database)}:
        return None  # no users, or the demo, opened without a log-in
    return IdleLock(database, session)
