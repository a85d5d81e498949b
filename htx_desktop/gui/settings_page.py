"""Settings: the language of this PC, and (for the administrator) users and roles."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from htx_desktop import settings
from htx_desktop.gui.common import Session, translate
from htx_desktop.gui.users_page import UsersPage
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("SettingsPage", text)


class SettingsPage(QWidget):
    def __init__(self, database: Database, session: Session) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        box = QGroupBox(_t("Ngôn ngữ"))
        form = QFormLayout(box)
        self.language = QComboBox(objectName="language")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.load().language))
        self.note = QLabel(objectName="language_note")
        form.addRow(_t("Ngôn ngữ giao diện:"), self.language)
        form.addRow(self.note)
        layout.addWidget(box)
        self.users = UsersPage(database, session)
        layout.addWidget(self.users, 1)
        self.language.currentIndexChanged.connect(self.change_language)

    def change_language(self) -> None:
        chosen = self.language.currentData()
        settings.save(replace(settings.load(), language=chosen))  # other preferences kept
        self.note.setText(_t("Đã lưu. Ngôn ngữ mới có hiệu lực khi mở lại chương trình."))
