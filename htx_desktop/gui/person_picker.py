"""Choosing a person: type part of the name without diacritics, move with ↑/↓, Enter picks the
highlighted person. A new person is made only when asked ("Người mới…"), starting with the
text typed; the new-person form warns of a likely duplicate."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from htx_desktop.gui.common import Session, translate
from htx_desktop.services import search
from htx_desktop.storage.database import Database

ID_ROLE = 256  # Qt.UserRole
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _t(text: str) -> str:
    return translate("PersonPicker", text)


class PersonPicker(QWidget):
    #: The officer chose this person (Enter or double-click on a match, or a new person saved).
    picked = Signal(object)

    def __init__(self, database: Database, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.session = database, session
        self.person_search = QLineEdit(objectName="person_search")
        self.person_search.setPlaceholderText(_t("Gõ tên, không cần dấu: nguyen thi lan"))
        self.person_results = QListWidget(objectName="person_results")
        self.hint = QLabel(objectName="person_hint", wordWrap=True)
        self.new_person = QPushButton(_t("Người &mới…"), objectName="new_person")
        self.new_person.setAutoDefault(False)  # Enter never makes a new person by itself
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.person_search, self.person_results, self.hint, self.new_person):
            layout.addWidget(widget)
        self.setFocusProxy(self.person_search)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh_results)
        self.person_search.textChanged.connect(self._timer.start)
        self.person_search.installEventFilter(self)
        self.person_results.installEventFilter(self)
        self.person_results.itemActivated.connect(lambda _item: self.pick_current())
        self.new_person.clicked.connect(self.create_person)
        self.new_person.setEnabled(session.can_edit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field ↑/↓ move through the matches; Enter there or in the list picks."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in ENTER_KEYS:
            if self._timer.isActive():  # typed faster than the search: search now
                self.refresh_results()
            self.pick_current()
            return True  # never reaches the dialog's default button
        if watched is self.person_search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.person_results.count() - 1, self.person_results.currentRow() + step))
            self.person_results.setCurrentRow(row)
            return True
        return False

    def refresh_results(self) -> None:
        self._timer.stop()
        self.person_results.clear()
        text = self.person_search.text()
        with self.database.read() as session:
            hits = [hit for hit in search.search(session, text, limit=50) if hit.kind == "person"] if text.strip() else []
        for hit in hits:
            item = QListWidgetItem(f"{hit.name} — {hit.detail} — {hit.unit_name}")
            item.setData(ID_ROLE, hit.id)
            self.person_results.addItem(item)
        if hits:
            self.person_results.setCurrentRow(0)
            self.hint.setText(_t("↑/↓ để chọn, Enter để lấy người đang tô sáng."))
        elif text.strip():
            self.hint.setText(_t("Không thấy ai tên như vậy. Bấm “Người mới…” (Alt+M) để thêm."))
        else:
            self.hint.setText("")

    def selected(self) -> uuid.UUID | None:
        item = self.person_results.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def pick_current(self) -> None:
        person_id = self.selected()
        if person_id is not None:
            self.picked.emit(person_id)

    def clear(self) -> None:
        self.person_search.clear()
        self.refresh_results()
        self.person_search.setFocus()

    def create_person(self) -> None:
        from htx_desktop.gui.person_dialog import PersonDialog

        dialog = PersonDialog(self.database, self.session, parent=self, name=self.person_search.text())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person_id is not None:
            self.person_search.setText(dialog.saved_name)
            self.refresh_results()
            for row in range(self.person_results.count()):
                if self.person_results.item(row).data(ID_ROLE) == dialog.person_id:
                    self.person_results.setCurrentRow(row)
            self.picked.emit(dialog.person_id)
