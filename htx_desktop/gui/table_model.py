"""A table model over a database list that never loads the whole table.

It shows the first page at once, then loads the ids of the whole filtered, sorted list in the
background, and fetches rows only for the pages the view asks about, keeping a small cache.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from htx_desktop.gui.background import run_in_background
from htx_desktop.services.id_list import IdList
from htx_desktop.services.listing import ListFilters, ListSource
from htx_desktop.storage.database import Database

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    sort_key: str | None  # None: not sortable
    value: Callable[[Any], Any]  # row -> text (or None)
    align_right: bool = False
    #: National IDs and the like: shown to the roles that may see them, never exported to a file.
    sensitive: bool = False


class LazyTableModel(QAbstractTableModel):
    PAGE = 100
    CACHED_PAGES = 40

    #: Emitted when the full list of ids has arrived (or the list was reloaded without one).
    loaded = Signal()

    def __init__(self, database: Database, source: ListSource, columns: list[Column], role: str | None) -> None:
        super().__init__()
        self.database = database
        self.source = source
        self.columns = columns
        self.role = role
        self.filters = ListFilters()
        self.sort_key: str | None = None
        self.descending = False
        self._ids = IdList()  # packed: a province's 300,000 people take 4.8 MB
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._generation = 0
        self.fully_loaded = False
        self.active = False  # nothing is read until the first set_filters()

    # Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_at(index.row())
            return None if row is None else column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort_key
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        if self.active:  # before the first load, only remember the order
            self.reload()

    # our interface
    def id_at(self, row: int) -> uuid.UUID:
        return self._ids[row]

    def row_of(self, record_id: uuid.UUID) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def set_filters(self, filters: ListFilters) -> None:
        self.filters = filters
        self.active = True
        self.reload()

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def row_at(self, row: int) -> Any:
        page = row // self.PAGE
        if page not in self._pages:
            ids = self._ids[page * self.PAGE : (page + 1) * self.PAGE]
            with self.database.read() as session:
                self._pages[page] = self.source.rows(session, ids, self.role)
            while len(self._pages) > self.CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        rows = self._pages[page]
        offset = row - page * self.PAGE
        return rows[offset] if offset < len(rows) else None

    def reload(self) -> None:
        """Show the first page now; fetch the rest of the ids in the background."""
        self._generation += 1
        generation = self._generation
        filters, sort, descending = self.filters, self.sort_key, self.descending
        with self.database.read() as session:
            first = self.source.ids(session, filters, sort, descending, limit=self.PAGE)
        self.beginResetModel()
        self._ids = first
        self._pages.clear()
        self.fully_loaded = len(first) < self.PAGE
        self.endResetModel()
        if self.fully_loaded:
            self.loaded.emit()
            return

        def load_all() -> IdList:
            with self.database.read() as session:
                return self.source.ids(session, filters, sort, descending)

        run_in_background(load_all, lambda ids: self._all_ids_arrived(generation, ids), owner=self)

    def _all_ids_arrived(self, generation: int, ids: IdList) -> None:
        if generation != self._generation:
            return  # the filter or sort changed meanwhile; a newer load is on its way
        start = len(self._ids)
        if ids[:start] != self._ids:  # the data changed between the two queries
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self.endResetModel()
        elif len(ids) > start:
            self.beginInsertRows(QModelIndex(), start, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        self.fully_loaded = True
        self.loaded.emit()
