"""A list screen: search as you type (without diacritics), filters, a lazy table, and actions.

Keyboard: Ctrl+F search, Ctrl+N new, Enter open, Delete delete (asks first), Ctrl+Z undo the
last delete, Ctrl+E export what the list shows to Excel (`list_export`), Ctrl+I import an Excel list
(`import_wizard`). Deletes are soft, and can be undone until the program closes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from htx_desktop.errors import HtxError
from htx_desktop.gui import fields as f
from htx_desktop.gui import common
from htx_desktop.gui.common import Session, fill_units, translate
from htx_desktop.gui.import_wizard import add_to_list_page as add_import_button
from htx_desktop.gui.list_export import ExportAction
from htx_desktop.gui.table_model import Column, LazyTableModel
from htx_desktop.services import units
from htx_desktop.services.listing import SOURCES, ListFilters
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("ListPage", text)


@dataclass(frozen=True)
class ListSpec:
    source: str  # key of services.listing.SOURCES
    noun: str  # "HTX/THT", "người", "khóa học"
    count_text: Callable[[int], str]  # 1 → "1 HTX/THT" (English: "1 cooperative or group")
    columns: list[Column]
    open_record: Callable[[QWidget, uuid.UUID | None], uuid.UUID | None]  # shows the form; the id if saved
    #: delete(database, id, actor, expected=version) and restore: the record's version after
    delete: Callable[..., int]
    restore: Callable[..., int]
    kind_label: str | None = None
    kinds: type[StrEnum] | None = None
    statuses: type[StrEnum] | None = None
    year_label: str = ""
    sort_column: int = 0  # the column the list is first sorted by
    newest_first: bool = False  # sort that column descending (dates: newest first)
    #: What the delete question calls a row ("the support “Loan” to HTX Chè Bản Piềng on 05/06/2025"),
    #: where the first column alone would name something else (the cooperative, not its support).
    describe: Callable[[object], str] | None = None
    #: The record's version now (read when the delete is asked): a save by someone else while the
    #: officer decides makes the delete refused instead of deleting what the officer has not seen.
    version_of: Callable[[Database, uuid.UUID], int] | None = None


class ListPage(QWidget):
    def __init__(self, database: Database, session: Session, spec: ListSpec) -> None:
        super().__init__()
        self.database, self.session, self.spec = database, session, spec
        self.undo_stack: list[tuple[uuid.UUID, str, int]] = []  # id, name, version after the delete
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(_t("Tìm (không cần gõ dấu)… Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.unit_filter = QComboBox(objectName="unit_filter")
        fill_units(self.unit_filter, database, session.unit_code, blank=_t("Tất cả đơn vị"))
        self.kind_filter = QComboBox(objectName="kind_filter")
        self.status_filter = QComboBox(objectName="status_filter")
        self.year_filter = QLineEdit(objectName="year_filter", placeholderText=spec.year_label)
        self.year_filter.setMaximumWidth(140)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.unit_filter, 1)
        for combo, choices, blank in ((self.kind_filter, spec.kinds, spec.kind_label),
                                      (self.status_filter, spec.statuses, _t("Mọi tình trạng"))):
            if choices is None:
                combo.hide()
                continue
            f.fill_enum(combo, choices, blank=blank)
            filters.addWidget(combo)
        filters.addWidget(self.year_filter)

        columns = spec.columns
        self.model = LazyTableModel(database, SOURCES[spec.source], columns, session.role)
        self.table = QTableView(objectName="table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        order = Qt.SortOrder.DescendingOrder if spec.newest_first else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(spec.sort_column, order)
        self.fit_columns()

        self.count_label = QLabel(objectName="count_label")
        self.empty_hint = QLabel(objectName="empty_hint", wordWrap=True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("QLabel#empty_hint { padding: 24px; font-size: 11pt; }")
        self.empty_hint.hide()
        self.new_button = QPushButton(_t("Thêm mới (Ctrl+N)"), objectName="new_button")
        self.edit_button = QPushButton(_t("Mở (Enter)"), objectName="edit_button")
        self.delete_button = QPushButton(_t("Xóa (Delete)"), objectName="delete_button")
        self.undo_button = QPushButton(_t("Hoàn tác xóa (Ctrl+Z)"), objectName="undo_button")
        self.undo_button.setEnabled(False)
        for button in (self.new_button, self.delete_button):
            button.setEnabled(session.can_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        for button in (self.new_button, self.edit_button, self.delete_button, self.undo_button):
            actions.addWidget(button)
        self.export = ExportAction(self)
        actions.addWidget(self.export.button)
        add_import_button(self, actions)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_delete)
        for keys, slot in ((QKeySequence.StandardKey.Find, self.focus_search), ("Ctrl+N", self.new_record),
                           (QKeySequence.StandardKey.Undo, self.undo_delete)):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.edit_current, context=Qt.ShortcutContext.WidgetShortcut)

        self._filter_timer = QTimer(self, singleShot=True, interval=250)
        self._filter_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._filter_timer.start)
        self.year_filter.textChanged.connect(self._filter_timer.start)
        for combo in (self.unit_filter, self.kind_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.model.modelReset.connect(self.update_count)
        self.model.loaded.connect(self.update_count)
        self._started = False
        self._stale = False

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """The list is read when first shown, not when the window is built: start-up stays fast;
        and read again when records changed elsewhere (an import, a sync) while it was hidden."""
        super().showEvent(event)
        if not self._started:
            self._started = True
            self._stale = False
            self.apply_filters()
        elif self._stale:
            self._stale = False
            self.refresh(self.current_id())

    def data_changed(self) -> None:
        """A change was committed; this list's own actions refresh it, others when next shown."""
        self._stale = not self.isVisible()

    def fit_columns(self) -> None:
        """The name takes what the other columns leave, so the last one (OCOP stars, phone...)
        stays on screen at 1366×768; the others are as wide as their heading (units wider)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for column, spec in enumerate(self.spec.columns[1:], start=1):
            width = metrics.horizontalAdvance(spec.title) + 28
            self.table.setColumnWidth(column, max(width, 150 if spec.sort_key == "unit" else 100))

    def current_filters(self) -> ListFilters:
        unit = self.unit_filter.currentData()
        with self.database.read() as session:
            codes = tuple(units.units_under(session, unit)) if unit else None
        try:
            year = f.parse_int(self.year_filter.text())
        except f.FieldError:
            year = None
        return ListFilters(self.search.text(), codes, self.kind_filter.currentData(),
                           self.status_filter.currentData(), year)

    def apply_filters(self) -> None:
        self._filter_timer.stop()
        self.model.set_filters(self.current_filters())

    def update_count(self) -> None:
        count = self.spec.count_text(self.model.rowCount())
        if not self.model.fully_loaded:
            count = _t("{count} (đang tải thêm…)").format(count=count)
        self.count_label.setText(count)
        empty = self.model.fully_loaded and self.model.rowCount() == 0
        self.empty_hint.setVisible(empty)
        if empty:
            self.empty_hint.setText(self.empty_text())

    def empty_text(self) -> str:
        """What to do when the list is empty: clear the filters, or add the first record."""
        filters = self.model.filters
        if filters.text.strip() or filters.unit_codes or filters.kind or filters.status or filters.year:
            return _t("Không có {noun} nào khớp với ô tìm kiếm và bộ lọc. Hãy xóa ô tìm kiếm "
                      "hoặc chọn “Tất cả đơn vị”.").format(noun=self.spec.noun)
        if not self.session.can_edit:
            return _t("Chưa có {noun} nào.").format(noun=self.spec.noun)
        return _t("Chưa có {noun} nào. Bấm Ctrl+N (nút “Thêm mới”) để nhập {noun} đầu tiên, hoặc nhận "
                  "tệp đồng bộ ở màn hình “Đồng bộ”.").format(noun=self.spec.noun)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_id(self, record_id: uuid.UUID) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)

    def new_record(self) -> None:
        if not self.session.can_edit:
            return
        saved = self.spec.open_record(self, None)
        if saved is not None:
            self.refresh(saved)

    def edit_current(self) -> None:
        record_id = self.current_id()
        if record_id is not None and self.spec.open_record(self, record_id) is not None:
            self.refresh(record_id)

    def refresh(self, keep: uuid.UUID | None = None) -> None:
        self.model.set_filters(replace(self.model.filters))
        if keep is not None:
            self.select_id(keep)

    def delete_current(self) -> None:
        record_id = self.current_id()
        if record_id is None or not self.session.can_edit:
            return
        row = self.table.currentIndex().row()
        name = self.model.data(self.model.index(row, 0))
        try:
            shown = self.spec.version_of(self.database, record_id) if self.spec.version_of else None
        except HtxError as error:  # deleted elsewhere since the list was read
            self._refused(error)
            return
        if self.spec.describe is not None:
            question = _t("Xóa {what}? Có thể hoàn tác (Ctrl+Z) cho đến khi đóng chương trình.").format(
                what=self.spec.describe(self.model.row_at(row)))
        else:
            question = _t("Xóa “{name}”? Có thể hoàn tác (Ctrl+Z) cho đến khi đóng chương trình.").format(name=name)
        if not common.confirm(self, _t("Xóa"), question, _t("Xóa"), _t("Không xóa")):
            return
        try:
            version = self.spec.delete(self.database, record_id, self.session, expected=shown)
        except HtxError as error:
            self._refused(error)
            return
        self.undo_stack.append((record_id, str(name), version))
        self.undo_button.setEnabled(True)
        self.refresh()

    def undo_delete(self) -> None:
        if not self.undo_stack:
            return
        record_id, _name, version = self.undo_stack.pop()
        self.undo_button.setEnabled(bool(self.undo_stack))
        try:  # refused if someone else restored or changed it since
            self.spec.restore(self.database, record_id, self.session, expected=version)
        except HtxError as error:
            self._refused(error)
            return
        self.refresh()
        self.select_id(record_id)

    def _refused(self, error: HtxError) -> None:
        """Say why, and show the list as it is now."""
        common.show_error(self, error.message)
        self.refresh()
