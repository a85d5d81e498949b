"""The one way a unit is picked: a combo box the officer types into, without diacritics or with,
by name or by code ("trang dinh", "Tràng Định" and "06046" all find "Xã Tràng Định (06046)").

`UnitChooser.attach(combo)` turns any QComboBox whose items are "Name (code)" with the code as
item data into one (forms loaded from Designer files keep their own combo). A unit counts as
chosen only when the text shown is that unit's, or names it and no other: text that matches no
unit, or several, is never taken for the unit that happened to be current. Leaving the field
(Tab, Enter, a click elsewhere) replaces the text typed by the unit's full label.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QWidget

from htx_desktop.services.units import bare_name, unit_label
from htx_desktop.text import search_key, search_terms


def _t(text: str) -> str:
    return QCoreApplication.translate("UnitChooser", text)


def _holds(label: str, terms: list[str]) -> bool:
    """Whether an item "Name (code)" holds every word typed, diacritics and case ignored."""
    key = search_key(label)
    return all(term in key for term in terms)


def _exact_keys(label: str, code: str) -> set[str]:
    """What typed alone names an item exactly: its whole label, its name, its name without its
    kind ("trang dinh" for "Xã Tràng Định (06046)"), its code."""
    name = label.removesuffix(unit_label("", code))
    return {search_key(label), search_key(name), search_key(bare_name(name)), code}


class _UnitFilter(QSortFilterProxyModel):
    """The units whose text holds every word typed, diacritics and case ignored."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.terms: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.terms = search_terms(text)
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if not self.terms:
            return True
        if index.data(Qt.ItemDataRole.UserRole) is None:  # "all units" is not a unit
            return False
        return _holds(str(index.data()), self.terms)


class UnitChooser(QObject):
    #: the code of the unit chosen, or None; emitted as the officer types
    chosen_changed = Signal(object)
    #: the officer left the field (Tab, Enter, a click elsewhere) and the text was resolved
    left = Signal()

    def __init__(self, combo: QComboBox, revert: bool) -> None:
        super().__init__(combo)
        self.setObjectName("unit_chooser")
        self.combo, self.revert = combo, revert
        self._last: str | None = None
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.filter = _UnitFilter(self)
        self.filter.setSourceModel(combo.model())
        completer = QCompleter(self.filter, combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        edit = combo.lineEdit()
        edit.setPlaceholderText(_t("Gõ tên hoặc mã, không cần dấu"))
        edit.textEdited.connect(self._typed)
        # Not editingFinished: the line edit sends it whenever the list of matches opens.
        edit.returnPressed.connect(self.resolve)
        combo.editTextChanged.connect(self._changed)
        combo.currentIndexChanged.connect(self._changed)
        # While the list of matches is open, Qt sends no focus-out when Tab moves on: watch the focus.
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)
        completer.popup().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list of matches belongs to it, not to a shortcut of the window (a list
        screen opens its selected record on Enter); with no match highlighted, Enter takes the
        text typed, as leaving the field does."""
        if not isinstance(event, QKeyEvent) or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and not self.combo.completer().popup().currentIndex().isValid():
            self.resolve()
            return True
        return False

    @classmethod
    def attach(cls, combo: QComboBox, revert: bool = True) -> UnitChooser:
        """Make `combo` a unit chooser (once). With `revert`, text that names no single unit is
        replaced by the unit still chosen when the officer leaves the field (list filters, forms);
        without it the text stays for a message under the field (the first-run wizard)."""
        existing = combo.findChild(UnitChooser, "unit_chooser")
        return existing if existing is not None else cls(combo, revert)

    def _typed(self, text: str) -> None:
        completer = self.combo.completer()
        # No row current while the rows change: Qt would move the current row, and a highlighted
        # row replaces the text being typed.
        completer.popup().selectionModel().clear()
        self.filter.set_query(text)
        if text.strip() and self.filter.rowCount():
            completer.complete()
        else:
            completer.popup().hide()

    def _changed(self) -> None:
        code = self.chosen()
        if code != self._last:
            self._last = code
            self.chosen_changed.emit(code)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self.combo):  # its form was closed: stop listening
            QApplication.instance().focusChanged.disconnect(self._focus_moved)
            return
        mine = (self.combo, self.combo.lineEdit(), self.combo.completer().popup())
        if old in mine and new is not None and new not in mine:
            self.resolve()

    def matches(self) -> list[int]:
        """Rows of the combo that the text typed could mean: one exact name or code wins over
        several partial matches ("lạng sơn" is the province, not also "Phường Lạng Sơn"...)."""
        typed = search_key(self.combo.currentText())
        terms = search_terms(typed)
        rows, exact = [], []
        for row in range(self.combo.count()):
            if self.combo.itemData(row) is None:
                continue
            label = self.combo.itemText(row)
            if _holds(label, terms):
                rows.append(row)
                if typed in _exact_keys(label, self.combo.itemData(row)):
                    exact.append(row)
        return exact if len(exact) == 1 else rows

    def resolve(self) -> None:
        """Leaving the field (Tab, Enter): the text becomes the unit it names, if exactly one."""
        combo = self.combo
        combo.completer().popup().hide()
        if self._shown() is None:
            rows = self.matches() if combo.currentText().strip() else []
            if len(rows) == 1:
                combo.setCurrentIndex(rows[0])
                combo.setEditText(combo.itemText(rows[0]))
            elif not combo.currentText().strip() and combo.count() and combo.itemData(0) is None:
                combo.setCurrentIndex(0)  # emptied: "all units"
            elif self.revert and combo.currentIndex() >= 0:
                combo.setEditText(combo.itemText(combo.currentIndex()))
        self.filter.set_query("")
        self.left.emit()

    def _shown(self) -> str | None:
        """The code of the current item, when its label is the text shown."""
        index = self.combo.currentIndex()
        if index < 0 or self.combo.itemText(index) != self.combo.currentText():
            return None
        return self.combo.itemData(index)

    def chosen(self) -> str | None:
        """The code of the unit the text names, or None while it names no single unit."""
        shown = self._shown()
        if shown is not None or not self.combo.currentText().strip():
            return shown
        rows = self.matches()
        return self.combo.itemData(rows[0]) if len(rows) == 1 else None

    def problem(self) -> str:
        """Why no unit is chosen yet, for the message under the field ("" when one is)."""
        text = self.combo.currentText().strip()
        if not text or self.chosen() is not None:
            return ""
        count = len(self.matches())
        if count == 0:
            return _t("Không có đơn vị nào khớp “{text}”. Hãy gõ lại tên hoặc mã.").format(text=text)
        return _t("Có {count} đơn vị khớp “{text}”; hãy chọn một đơn vị trong danh sách.").format(count=count, text=text)
