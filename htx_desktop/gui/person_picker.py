"""Choosing a person: type part of the name without diacritics, pick from the matches, or add
someone new (the new-person form warns of a likely duplicate)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from htx_desktop.gui.common import Session, translate
from htx_desktop.services import search
from htx_desktop.storage.database import Database

ID_ROLE = 256  # Qt.UserRole


def _t(text: str) -> str:
    return translate("PersonPicker", text)


class PersonPicker(QWidget):
    def __init__(self, database: Database, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.session = database, session
        self.person_search = QLineEdit(objectName="person_search")
        self.person_search.setPlaceholderText(_t("Gõ tên, không cần dấu: nguyen thi lan"))
        self.person_results = QListWidget(objectName="person_results")
        self.new_person = QPushButton(_t("Người mới…"), objectName="new_person")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.person_search, self.person_results, self.new_person):
            layout.addWidget(widget)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh_results)
        self.person_search.textChanged.connect(self._timer.start)
        self.new_person.clicked.connect(self.create_person)
        self.new_person.setEnabled(session.can_edit)

    def refresh_results(self) -> None:
        self.person_results.clear()
        with self.database.read() as session:
            hits = [hit for hit in search.search(session, self.person_search.text(), limit=50) if hit.kind == "person"]
        for hit in hits:
            item = QListWidgetItem(f"{hit.name} — {hit.detail} — {hit.unit_name}")
            item.setData(ID_ROLE, hit.id)
            self.person_results.addItem(item)
        if hits:
            self.person_results.setCurrentRow(0)

    def selected(self) -> uuid.UUID | None:
        item = self.person_results.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def create_person(self) -> None:
        from htx_desktop.gui.person_dialog import PersonDialog

        dialog = PersonDialog(self.database, self.session, parent=self, name=self.person_search.text())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person_id is not None:
            self.person_search.setText(dialog.saved_name)
            self.refresh_results()
            for row in range(self.person_results.count()):
                if self.person_results.item(row).data(ID_ROLE) == dialog.person_id:
                    self.person_results.setCurrentRow(row)
