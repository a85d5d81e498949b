"""A database set up without users (`htx-cli init` without `--admin`) opens only after its first
administrator is created here; Esc or Cancel quits and creates nothing. Its data is then encrypted,
and the recovery code made with it is shown once."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.gui.common import Session, translate
from htx_desktop.security.passwords import MIN_LENGTH
from htx_desktop.gui.recovery_code import RecoveryCodeDialog
from htx_desktop.services import protection
from htx_desktop.services.installation import InstallationInfo
from htx_desktop.storage.database import Database
from htx_desktop.gui.new_password import mismatch, password_fields
from htx_desktop.gui.styles import ERROR_STYLE


def _t(text: str) -> str:
    return translate("FirstAdminDialog", text)


class FirstAdminDialog(QDialog):
    def __init__(self, database: Database, info: InstallationInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.info = database, info
        self.session: Session | None = None
        self.setWindowTitle(_t("Tạo người quản trị — HTX Desktop"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        intro = QLabel(
            _t("<b>{unit}</b><br>Cơ sở dữ liệu này chưa có người dùng. Hãy tạo tài khoản quản trị "
               "(mật khẩu ít nhất {n} ký tự); từ nay mọi người phải đăng nhập.").format(
                unit=info.unit_name, n=MIN_LENGTH),
            wordWrap=True,
        )
        form.addRow(intro)
        self.username = QLineEdit(objectName="username")
        self.full_name = QLineEdit(objectName="full_name")
        self.password, self.repeat = password_fields()
        form.addRow(_t("&Tên đăng nhập:"), self.username)
        form.addRow(_t("&Họ và tên:"), self.full_name)
        form.addRow(_t("&Mật khẩu:"), self.password)
        form.addRow(_t("&Nhập lại mật khẩu:"), self.repeat)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet(ERROR_STYLE)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Tạo và đăng nhập"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Thoát"))
        buttons.accepted.connect(self.create_admin)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.username.setFocus()

    def create_admin(self) -> None:
        if differ := mismatch(self.password, self.repeat):
            self._refuse(differ, self.repeat)
            return
        try:
            # The core adds a user without a signed-in administrator only while the database has none.
            user, code = protection.create_first_admin(self.database, self.username.text(), self.password.text(),
                                                       self.full_name.text())
        except ValidationError as error:
            field = self.username if "username" in error.errors else self.password
            self._refuse("\n".join(error.errors.values()), field)
            return
        except HtxError as error:
            self._refuse(error.message, self.username)
            return
        self.session = Session(user.username, user.role, self.info.unit_code, self.info.unit_name)
        if code is not None:
            RecoveryCodeDialog(code, self).exec()
        self.accept()

    def _refuse(self, message: str, field: QLineEdit) -> None:
        self.message.setText(message)
        if field is not self.username:
            self.password.clear()
            self.repeat.clear()
            field = self.password
        field.setFocus()
