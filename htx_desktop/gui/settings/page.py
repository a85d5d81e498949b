"""Settings: this PC's language, idle lock and data folder; the receiving unit; backups; the reports' issuer; users;
the audit trail (administrators only).

Everyone sees every part; only the administrator changes them, except the language, which each
officer chooses for this PC.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from htx_desktop import paths, settings
from htx_desktop.gui.common import Session, translate
from htx_desktop.gui.settings.audit import AuditPage
from htx_desktop.gui.settings.backups import BackupsBox
from htx_desktop.gui.settings.issuer import IssuerBox
from htx_desktop.gui.settings.upstream import UpstreamBox
from htx_desktop.gui.settings.users import UsersPage
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("SettingsPage", text)


class SettingsPage(QWidget):
    def __init__(self, database: Database, session: Session) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        if not session.is_admin:
            layout.addWidget(QLabel(_t("Chỉ người quản trị mới thay đổi được cài đặt; bạn chỉ chọn được ngôn ngữ."),
                                    objectName="read_only_note"))
        self.tabs = QTabWidget(objectName="settings_tabs")
        layout.addWidget(self.tabs, 1)

        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(self._language_box())
        general_layout.addWidget(self._lock_box(session))
        general_layout.addWidget(self._folder_box())
        general_layout.addStretch(1)
        self.tabs.addTab(general, _t("Chung"))

        self.upstream = UpstreamBox(database, session)
        self.backups = BackupsBox(database, session)
        for box, title in ((self.upstream, _t("Đồng bộ")), (self.backups, _t("Sao lưu"))):
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.addWidget(box)
            holder_layout.addStretch(1)
            self.tabs.addTab(holder, title)
        self.issuer = IssuerBox(database, session)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addWidget(self.issuer)
        holder_layout.addStretch(1)
        self.tabs.addTab(holder, _t("Báo cáo"))
        self.users = UsersPage(database, session)
        self.tabs.addTab(self.users, _t("Người dùng"))
        self.audit = AuditPage(database, session)
        self.tabs.addTab(self.audit, _t("Nhật ký"))

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(_t("Ngôn ngữ"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox(objectName="language")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.load().language))
        self.note = QLabel(objectName="language_note")
        form.addRow(_t("Ngôn ngữ giao diện:"), self.language)
        form.addRow(self.note)
        self.language.currentIndexChanged.connect(self.change_language)
        return box

    def _lock_box(self, session: Session) -> QGroupBox:
        box = QGroupBox(_t("Tự khóa khi không dùng"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle_minutes = QSpinBox(objectName="idle_lock_minutes")
        self.idle_minutes.setRange(*settings.IDLE_LOCK_MINUTES)
        self.idle_minutes.setSuffix(_t(" phút"))
        self.idle_minutes.setSpecialValueText(_t("không bao giờ"))
        self.idle_minutes.setValue(settings.load().idle_lock_minutes)
        self.idle_minutes.setEnabled(session.is_admin)
        self.idle_minutes.valueChanged.connect(lambda value: settings.change(idle_lock_minutes=value))
        form.addRow(_t("Khóa chương trình sau:"), self.idle_minutes)
        form.addRow(QLabel(_t("Khi khóa, phải nhập lại mật khẩu; những gì đang nhập dở vẫn được giữ nguyên. "
                              "Chỉ áp dụng khi cài đặt có tài khoản người dùng."), wordWrap=True))
        return box

    def _folder_box(self) -> QGroupBox:
        box = QGroupBox(_t("Thư mục dữ liệu"))
        row = QHBoxLayout(box)
        folder = QLabel(str(paths.home()), objectName="data_folder")
        folder.setWordWrap(True)
        row.addWidget(folder, 1)
        button = QPushButton(_t("&Mở thư mục dữ liệu"), objectName="open_data_folder")
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.home()))))
        row.addWidget(button)
        return box

    def change_language(self) -> None:
        settings.change(language=self.language.currentData())
        self.note.setText(_t("Đã lưu. Ngôn ngữ mới có hiệu lực khi mở lại chương trình."))
