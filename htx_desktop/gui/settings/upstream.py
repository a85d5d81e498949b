"""Settings: the receiving unit, the unit this installation's sync files are sent to."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton

from htx_desktop.errors import HtxError
from htx_desktop.gui.common import Session, translate
from htx_desktop.services import installation
from htx_desktop.storage.database import Database
from htx_desktop.sync import keyring


def _t(text: str) -> str:
    return translate("UpstreamBox", text)


class UpstreamBox(QGroupBox):
    def __init__(self, database: Database, session: Session) -> None:
        super().__init__(_t("Đơn vị nhận tệp đồng bộ"))
        self.database, self.session = database, session
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        note = QLabel(_t("Tệp đồng bộ của máy này được gửi cho đơn vị dưới đây. Chỉ đổi khi cấp trên hướng dẫn "
                         "(ví dụ gửi qua huyện còn tổng hợp), sau khi đã tin cậy thẻ khóa của đơn vị đó."),
                      wordWrap=True)
        form.addRow(note)
        self.unit = QComboBox(objectName="upstream")
        self.unit.setMinimumContentsLength(28)
        form.addRow(_t("Gửi &cho:"), self.unit)
        self.save_button = QPushButton(_t("Lưu đơn vị nhận"), objectName="save_upstream")
        self.message = QLabel(objectName="upstream_message", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.message)
        self.fill()
        self.save_button.clicked.connect(self.save)
        self.unit.setEnabled(session.is_admin)
        self.save_button.setVisible(session.is_admin)

    def fill(self) -> None:
        current = installation.describe(self.database).upstream_code
        self.unit.clear()
        if current is None:
            self.unit.addItem(_t("(không gửi lên — cấp cao nhất)"), None)
        for code, name in keyring.upstream_choices(self.database):
            self.unit.addItem(f"{name} ({code})", code)
        index = self.unit.findData(current)
        if index < 0 and current is not None:  # a unit not offered any more: still shown as it is
            self.unit.insertItem(0, current, current)
            index = 0
        self.unit.setCurrentIndex(max(index, 0))

    def save(self) -> None:
        code = self.unit.currentData()
        if code is None:
            self.message.setText(_t("Hãy chọn một đơn vị."))
            return
        try:
            name = keyring.set_upstream(self.database, code, self.session)
        except HtxError as error:
            self.message.setText(error.message)
            return
        self.message.setText(_t("Đã lưu: từ nay tệp đồng bộ được gửi cho {unit}.").format(unit=f"{name} ({code})"))
