"""The recovery code, shown once: where it is made (the first-run wizard, the first administrator of
a database made without users, a new code from the log-in window's recovery) and what to do with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from htx_desktop.gui.common import translate


def _t(text: str) -> str:
    return translate("RecoveryCode", text)


class RecoveryCodeBox(QWidget):
    """The code in large type, selectable, with a button that copies it and what to do with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(
            _t("<b>Mã khôi phục</b> — chỉ hiện lần này. Hãy in hoặc chép lại, cất trong ngăn kéo có khoá. "
               "Khi quên mật khẩu người quản trị, mã này mở lại được dữ liệu; ai có mã cũng mở được, "
               "nên đừng để cạnh máy tính."), wordWrap=True))
        self.code = QLabel(objectName="recovery_code")
        self.code.setStyleSheet("font-size: 16pt; font-family: monospace;")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code)
        self.copy = QPushButton(_t("&Chép mã"), objectName="copy_recovery_code")
        self.copy.setAutoDefault(False)  # Enter goes on (or closes the dialog), Alt+C copies
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code.text()))
        layout.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignLeft)

    def show_code(self, code: str) -> None:
        self.code.setText(code)


class RecoveryCodeDialog(QDialog):
    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Mã khôi phục — HTX Desktop"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.box = RecoveryCodeBox()
        self.box.show_code(code)
        layout.addWidget(self.box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Tôi đã cất mã"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()
