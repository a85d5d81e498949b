"""A forgotten administrator's password: the recovery code printed at setup opens the database,
and the administrator gets a new password (`services.protection.recover`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.gui.common import translate
from htx_desktop.services import protection
from htx_desktop.gui.new_password import mismatch, password_fields
from htx_desktop.gui.styles import ERROR_STYLE


def _t(text: str) -> str:
    return translate("RecoveryDialog", text)


class RecoveryDialog(QDialog):
    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setWindowTitle(_t("Khôi phục mật khẩu người quản trị — HTX Desktop"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        form.addRow(QLabel(_t("Nhập mã khôi phục đã in khi cài đặt (24 ký tự), tên đăng nhập của người quản "
                              "trị và mật khẩu mới."), wordWrap=True))
        self.code = QLineEdit(objectName="code")
        self.username = QLineEdit(objectName="username")
        self.password, self.repeat = password_fields()
        form.addRow(_t("&Mã khôi phục:"), self.code)
        form.addRow(_t("&Tên đăng nhập:"), self.username)
        form.addRow(_t("Mật khẩu &mới:"), self.password)
        form.addRow(_t("&Nhập lại mật khẩu:"), self.repeat)
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet(ERROR_STYLE)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Đặt mật khẩu mới"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Hủy"))
        buttons.accepted.connect(self.reset_password)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.code.setFocus()

    def reset_password(self) -> None:
        if differ := mismatch(self.password, self.repeat):
            self._refuse(differ, self.password)
            return
        try:
            protection.recover(self.target, self.code.text(), self.username.text(), self.password.text())
        except ValidationError as error:
            self._refuse("\n".join(error.errors.values()), self.password)
            return
        except HtxError as error:
            self._refuse(error.message, self.code)
            return
        self.accept()

    def _refuse(self, message: str, field: QLineEdit) -> None:
        self.message.setText(message)
        self.password.clear()
        self.repeat.clear()
        field.setFocus()
