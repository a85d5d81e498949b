"""Choosing a person or a cooperative: type part of the name without diacritics, move with ↑/↓,
Enter picks the highlighted match. A new person is made only when asked ("Người mới…"),
starting with the text typed; the new-person form warns of a likely duplicate. `PickDialog`
holds a picker in a window of its own, for picking one record after another."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from htx_desktop.gui.common import Session, translate
from htx_desktop.services import search
from htx_desktop.storage.database import Database

ID_ROLE = 256  # Qt.UserRole
NAME_ROLE = 257
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _t(text: str) -> str:
    return translate("PersonPicker", text)


class SearchPicker(QWidget):
    """A search field over a list of matches of one kind of record ("person", "cooperative")."""

    #: The officer chose this record (Enter or double-click on a match).
    picked = Signal(object)

    def __init__(self, database: Database, session: Session, kind: str, placeholder: str, nothing: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.session, self.kind, self.nothing = database, session, kind, nothing
        self.search_field = QLineEdit(objectName=f"{kind}_search", placeholderText=placeholder)
        self.results = QListWidget(objectName=f"{kind}_results")
        self.hint = QLabel(objectName=f"{kind}_hint", wordWrap=True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search_field, self.results, self.hint):
            self.layout_.addWidget(widget)
        self.setFocusProxy(self.search_field)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh_results)
        self.search_field.textChanged.connect(self._timer.start)
        self.search_field.installEventFilter(self)
        self.results.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.pick_current())

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
        if watched is self.search_field and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return False

    def refresh_results(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.search_field.text()
        with self.database.read() as session:
            hits = [hit for hit in search.search(session, text, limit=50) if hit.kind == self.kind] if text.strip() else []
        for hit in hits:
            item = QListWidgetItem(f"{hit.name} — {hit.detail} — {hit.unit_name}")
            item.setData(ID_ROLE, hit.id)
            item.setData(NAME_ROLE, hit.name)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
            self.hint.setText(_t("↑/↓ để chọn, Enter để lấy dòng đang tô sáng."))
        else:
            self.hint.setText(self.nothing if text.strip() else "")

    def selected(self) -> uuid.UUID | None:
        item = self.results.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def selected_name(self) -> str:
        item = self.results.currentItem()
        return "" if item is None else item.data(NAME_ROLE)

    def pick_current(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.picked.emit(chosen)

    def clear(self) -> None:
        self.search_field.clear()
        self.refresh_results()
        self.search_field.setFocus()


class PersonPicker(SearchPicker):
    """People, and "Người mới…" (Alt+M) for someone not recorded yet; she is picked once saved."""

    def __init__(self, database: Database, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(database, session, "person", _t("Gõ tên, không cần dấu: nguyen thi lan"),
                         _t("Không thấy ai tên như vậy. Bấm “Người mới…” (Alt+M) để thêm."), parent)
        self.person_search, self.person_results = self.search_field, self.results
        self.new_person = QPushButton(_t("Người &mới…"), objectName="new_person")
        self.new_person.setAutoDefault(False)  # Enter never makes a new person by itself
        self.layout_.addWidget(self.new_person)
        self.new_person.clicked.connect(self.create_person)
        self.new_person.setEnabled(session.can_edit)

    def create_person(self) -> None:
        from htx_desktop.gui.person_dialog import PersonDialog

        dialog = PersonDialog(self.database, self.session, parent=self, name=self.search_field.text())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person_id is not None:
            self.search_field.setText(dialog.saved_name)
            self.refresh_results()
            for row in range(self.results.count()):
                if self.results.item(row).data(ID_ROLE) == dialog.person_id:
                    self.results.setCurrentRow(row)
            self.picked.emit(dialog.person_id)


class CooperativePicker(SearchPicker):
    def __init__(self, database: Database, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(database, session, "cooperative", _t("Gõ tên HTX/THT, không cần dấu: che ban pieng"),
                         _t("Không thấy HTX/THT nào tên như vậy."), parent)


class PickDialog(QDialog):
    """A picker in a small window of its own. Enter hands the highlighted record to `add`, which
    returns what to tell the officer and leaves the window open for the next one, or returns
    None when the job is done and the window closes. Esc or "Xong" closes it."""

    def __init__(self, title: str, picker: SearchPicker, add: Callable[[uuid.UUID, str], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.picker, self.add = picker, add
        picker.setParent(self)
        picker.picked.connect(self.take)
        self.added = QLabel(objectName="added", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        done = buttons.button(QDialogButtonBox.StandardButton.Close)
        done.setText(_t("Xong"))
        done.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (picker, self.added, buttons):
            layout.addWidget(widget)
        self.resize(560, 420)
        picker.setFocus()

    def take(self, record_id: uuid.UUID) -> None:
        said = self.add(record_id, self.picker.selected_name())
        if said is None:
            self.accept()
        else:
            self.added.setText(said)
            self.picker.clear()
