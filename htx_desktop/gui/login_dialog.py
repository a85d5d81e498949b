"""Log-in: user name and password; five wrong passwords in a row lock the account for a while.

On an encrypted database not open yet (`target`), the log-in opens it: the password unlocks its
key (`services.protection`), and "Quên mật khẩu…" resets an administrator's password with the
recovery code."""

from __future__ import annotations

import html
from pathlib import Path

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
from htx_desktop.gui.common import Session, translate
from htx_desktop.services import installation, protection, users
from htx_desktop.services.installation import InstallationInfo
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("LoginDialog", text)


class LoginDialog(QDialog):
    def __init__(self, database: Database | None, info: InstallationInfo | None, parent: QWidget | None = None,
                 *, target: Path | None = None) -> None:
        super().__init__(parent)
        self.database, self.info, self.target = database, info, target
        self.session: Session | None = None
        self.setWindowTitle(_t("Đăng nhập — HTX Desktop"))
        # Wide enough for the lock-out message on two lines at most; it wraps, never clips.
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        unit = info.unit_name if info is not None else protection.unit_label(target or "") or str(target)
        layout.addWidget(QLabel(f"<b>{html.escape(unit)}</b>"))
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
        if database is None:
            recover = buttons.addButton(_t("&Quên mật khẩu…"), QDialogButtonBox.ButtonRole.ResetRole)
            recover.setObjectName("forgot_password")
            recover.clicked.connect(self.recover)
        layout.addWidget(buttons)
        self.username.setFocus()

    def try_login(self) -> None:
        try:
            if self.database is None:
                self.database, user = protection.sign_in(self.target or "", self.username.text(),
                                                         self.password.text())
                self.info = installation.describe(self.database)
            else:
                user = users.authenticate(self.database, self.username.text(), self.password.text())
        except HtxError as error:
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
            self.message.setText(_t("Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu đó."))
            self.password.setFocus()
