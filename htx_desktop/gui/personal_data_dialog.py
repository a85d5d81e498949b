"""A person's rights over her data, from her form (administrators only): export everything held
about her, or erase it after typing her name. The work is done by `services.personal_data`."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QFileDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from htx_desktop.errors import HtxError
from htx_desktop.gui.common import Session, show_error, translate
from htx_desktop.services import personal_data
from htx_desktop.storage.database import Database
from htx_desktop.text import clean, search_key


def _t(text: str) -> str:
    return translate("PersonalDataDialog", text)


class PersonalDataDialog(QDialog):
    """`erased` tells the person form, once closed, that the person no longer exists."""

    def __init__(self, database: Database, session: Session, person_id: uuid.UUID, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.session, self.person_id, self.name = database, session, person_id, name
        self.erased = False
        self.setWindowTitle(_t("Dữ liệu cá nhân: {name}").format(name=name))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        export_box = QGroupBox(_t("Xuất dữ liệu cá nhân"))
        export_layout = QVBoxLayout(export_box)
        export_layout.addWidget(QLabel(_t(
            "Ghi mọi dữ liệu đang lưu về người này (thông tin, chức vụ, tập huấn, khen thưởng, lịch sử thay đổi) "
            "ra một tệp JSON và một tệp Excel. Tệp có số CCCD và nhóm ưu tiên: chỉ trao cho chính người đó, "
            "không để lại trên máy dùng chung."), wordWrap=True))
        self.export_button = QPushButton(_t("&Xuất dữ liệu…"), objectName="export_personal_data")
        self.export_button.clicked.connect(self.export)
        export_layout.addWidget(self.export_button)
        layout.addWidget(export_box)

        erase_box = QGroupBox(_t("Xóa dữ liệu theo yêu cầu"))
        erase_layout = QVBoxLayout(erase_box)
        erase_layout.addWidget(QLabel(_t(
            "Xóa vĩnh viễn họ tên, năm sinh, CCCD, điện thoại, địa chỉ, dân tộc, nhóm ưu tiên và ghi chú của người "
            "này, cả trên các cấp nhận tệp đồng bộ. Chỉ giữ giới tính, đơn vị và cấp cán bộ Hội cho số liệu chỉ "
            "tiêu. Không thể hoàn tác. Để xác nhận, hãy gõ đúng họ tên:"), wordWrap=True))
        self.confirm_name = QLineEdit(objectName="erase_confirm_name", placeholderText=name)
        self.confirm_name.textChanged.connect(self._name_typed)
        erase_layout.addWidget(self.confirm_name)
        self.erase_button = QPushButton(_t("Xóa &vĩnh viễn"), objectName="erase_personal_data", enabled=False)
        self.erase_button.clicked.connect(self.erase)
        erase_layout.addWidget(self.erase_button)
        layout.addWidget(erase_box)

        self.message = QLabel(objectName="personal_data_message", wordWrap=True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_t("Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.export_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the name field erases (once the name is right), never presses another button."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.confirm_name.hasFocus():
            self.erase()
            return
        super().keyPressEvent(event)

    def _name_typed(self, text: str) -> None:
        self.erase_button.setEnabled(clean(text) == clean(self.name))

    def export(self) -> None:
        suggested = Path.home() / "du-lieu-ca-nhan-{name}-{day:%Y%m%d}.json".format(
            name=search_key(self.name).replace(" ", "-"), day=date.today())
        chosen, _ = QFileDialog.getSaveFileName(self, _t("Lưu dữ liệu cá nhân"), str(suggested),
                                                _t("Tệp JSON (*.json)"))
        if not chosen:
            return
        try:
            files = personal_data.export_person(self.database, self.person_id, Path(chosen), self.session)
        except HtxError as error:
            show_error(self, error.message)
            return
        self.message.setText(_t("Đã ghi “{json}” và “{xlsx}”.").format(json=files.json_path, xlsx=files.xlsx_path))

    def erase(self) -> None:
        if clean(self.confirm_name.text()) != clean(self.name):
            return
        try:
            personal_data.erase(self.database, self.person_id, self.session)
        except HtxError as error:
            show_error(self, error.message)
            return
        self.erased = True
        self.accept()
