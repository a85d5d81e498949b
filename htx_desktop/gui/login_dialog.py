"""Log-in: user name and password; five wrong passwords in a row lock the account for a while.

It is the program's first window: shown before the database layer is loaded (`database=None`),
it gets the database with `attach` while the officer types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from htx_desktop.errors import HtxError
from htx_desktop.gui.language import translate

if TYPE_CHECKING:
    from htx_desktop.gui.common import Session
    from htx_desktop.services.installation import InstallationInfo
    from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("LoginDialog", text)


class LoginDialog(QDialog):
    def __init__(self, database: Database | None, info: InstallationInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.info = database, info
        self.session: Session | None = None
        self._log_in_when_attached = False
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
        self.message.setStyleSheet("color: #b00020;")
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Đăng nhập"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Thoát"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.username.setFocus()
        if database is not None and info is not None:
            self.attach(database, info)

    def attach(self, database: Database, info: InstallationInfo) -> LoginDialog:
        """The database to log in to, once it is open (what was typed meanwhile is kept)."""
        self.database, self.info = database, info
        self.unit.setText(f"<b>{info.unit_name}</b>")
        if self._log_in_when_attached:
            self.try_login()
        return self

    def try_login(self) -> None:
        from htx_desktop.gui.common import Session
        from htx_desktop.services import users

        if self.database is None or self.info is None:  # Enter while the database is still opening
            self._log_in_when_attached = True
            return
        try:
            user = users.authenticate(self.database, self.username.text(), self.password.text())
        except HtxError as error:
            self.message.setText(error.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.session = Session(user.username, user.role, self.info.unit_code, self.info.unit_name)
        self.accept()
