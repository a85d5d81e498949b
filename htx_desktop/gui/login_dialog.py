"""Log-in: user name and password; five wrong passwords in a row lock the account for a while.

It is the program's first window: shown before the database layer is loaded (`database=None`),
it gets the database with `attach` while the officer types. On an encrypted database (`unlock`)
the log-in opens it: the password unlocks its key (`services.protection`), and "Quên mật khẩu…"
resets an administrator's password with the recovery code.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from htx_desktop.gui.language import translate
from htx_desktop.gui.styles import DONE_STYLE, ERROR_STYLE

if TYPE_CHECKING:
    from htx_desktop.gui.common import Session
    from htx_desktop.services.installation import InstallationInfo
    from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("LoginDialog", text)


def _bold(text: str) -> str:
    import html  # after the window is shown: the unit's name arrives with the database

    return f"<b>{html.escape(text)}</b>"


class LoginDialog(QDialog):
    """`database` given: log in to it. Neither `database` nor `target`: the program's first window,
    whose database arrives with `attach`. `target` (an encrypted database, see `unlock`): the
    password opens it."""

    def __init__(self, database: Database | None, info: InstallationInfo | None, parent: QWidget | None = None,
                 *, target: Path | None = None) -> None:
        super().__init__(parent)
        self.database, self.info, self.target = database, info, None
        self.session: Session | None = None
        self._log_in_when_attached = False
        self.quitting = False  # "Thoát" or Esc, perhaps before the database was even open
        self.setWindowTitle(_t("Đăng nhập — HTX Desktop"))
        # Wide enough for the lock-out message on two lines at most; it wraps, never clips.
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.unit = QLabel(objectName="unit")
        layout.addWidget(self.unit)
        form = QFormLayout()
        self.username = QLineEdit(objectName="username")
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        form.addRow(_t("&Tên đăng nhập:"), self.username)
        form.addRow(_t("&Mật khẩu:"), self.password)
        layout.addLayout(form)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.message)
        # Plain buttons, not a QDialogButtonBox: its first use builds PySide's whole Qt namespace
        # (15 ms before the program's first window). Enter logs in (the default button), Esc quits.
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        log_in = QPushButton(_t("Đăng nhập"), objectName="log_in", default=True)
        quit_button = QPushButton(_t("Thoát"), objectName="quit")
        log_in.clicked.connect(self.try_login)
        quit_button.clicked.connect(self.reject)
        for button in (log_in, quit_button):
            self.buttons.addWidget(button)
        layout.addLayout(self.buttons)
        self.username.setFocus()
        if database is not None and info is not None:
            self.attach(database, info)
        elif target is not None:
            self.unlock(target)

    def attach(self, database: Database, info: InstallationInfo) -> LoginDialog:
        """The database to log in to, once it is open (what was typed meanwhile is kept)."""
        self.database, self.info = database, info
        self.unit.setText(_bold(info.unit_name))
        if self._log_in_when_attached:
            self.try_login()
        return self

    def unlock(self, target: Path) -> LoginDialog:
        """An encrypted database, not open yet: the password unlocks its key and opens it, and
        "Quên mật khẩu…" resets an administrator's password with the recovery code."""
        from htx_desktop.services import protection

        self.target = target
        self.unit.setText(_bold(protection.unit_label(target) or str(target)))
        recover = QPushButton(_t("&Quên mật khẩu…"), objectName="forgot_password")
        recover.clicked.connect(self.recover)
        self.buttons.insertWidget(0, recover)  # at the left, apart from Đăng nhập and Thoát
        if self._log_in_when_attached:
            self.try_login()
        return self

    def reject(self) -> None:
        self.quitting = True
        super().reject()

    def try_login(self) -> None:
        from htx_desktop.errors import HtxError
        from htx_desktop.gui.common import Session
        from htx_desktop.services import installation, protection, users

        if self.target is None and (self.database is None or self.info is None):
            self._log_in_when_attached = True  # Enter while the database is still opening
            return
        try:
            if self.database is None:
                assert self.target is not None
                self.database, user = protection.sign_in(self.target, self.username.text(), self.password.text())
                self.info = installation.describe(self.database)
            else:
                user = users.authenticate(self.database, self.username.text(), self.password.text())
        except HtxError as error:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(error.message)
            self.password.clear()
            self.password.setFocus()
            return
        assert self.info is not None
        self.session = Session(user.username, user.role, self.info.unit_code, self.info.unit_name)
        self.accept()

    def recover(self) -> None:
        from htx_desktop.gui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.target or Path(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.username.setText(dialog.username.text().strip())
            self.message.setStyleSheet(DONE_STYLE)  # news, not an error
            self.message.setText(_t("Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu đó."))
            self.password.setFocus()
