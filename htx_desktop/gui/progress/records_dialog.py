"""Drill-down: the cooperatives or people behind one figure, those that count first, then the rest
(for a share: who still needs a training, which cooperative is not yet strengthened).

The list is an item model (up to 2,000 rows): no per-cell setters, see `tables`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from htx_desktop.domain.enums import CadreLevel, CommendationLevel, CooperativeKind
from htx_desktop.formatting import group_digits, short_date
from htx_desktop.gui.background import run_in_background
from htx_desktop.gui.common import show_error, translate
from htx_desktop.messages import label
from htx_desktop.plans import drilldown
from htx_desktop.plans.indicators import FORMULAS
from htx_desktop.storage.database import Database

LIMIT = 2000


def _t(text: str) -> str:
    return translate("ProgressPage", text)


def _kind(record: drilldown.RecordRow) -> str:
    if not record.sub_kind:
        return ""
    kinds = {"cooperative": CooperativeKind, "person": CadreLevel, "commendation": CommendationLevel}
    try:
        member = kinds[record.kind](record.sub_kind)
    except (KeyError, ValueError):
        return record.sub_kind
    return label(member)


class RecordsModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self) -> None:
        super().__init__()
        self.rows: tuple[drilldown.RecordRow, ...] = ()
        self.headings = [_t("Tên"), _t("Loại"), _t("Đơn vị"), _t("Ngày"), _t("Số lượng"), _t("Được tính")]

    def set_rows(self, rows: tuple[drilldown.RecordRow, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headings[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.name, _kind(row), row.unit_name, short_date(row.detail), group_digits(int(row.value)),
                      _t("Có") if row.counted else row.note or _t("Chưa"))
            return values[column]
        if column == 5 and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#c8e6c9" if row.counted else "#ffcdd2"))
        if column == 5 and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        if column == 5 and role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None


class RecordsDialog(QDialog):
    loaded = Signal()

    def __init__(self, database: Database, code: str, title: str, unit_codes: Sequence[str], start: date,
                 end: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("records_dialog")
        self.setWindowTitle(_t("Các bản ghi được tính"))
        self.resize(900, 560)
        self.formula = FORMULAS[code]
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{title}</b><br>{short_date(start)} – {short_date(end)}")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        rule = QLabel(self.formula.description)
        rule.setWordWrap(True)
        rule.setObjectName("rule")
        layout.addWidget(rule)
        self.summary = QLabel(_t("Đang tải…"))
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)
        self.model = RecordsModel()
        self.table = QTableView(objectName="records_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(4, self.formula.share or "jobs" not in code)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_t("Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.records: drilldown.Records | None = None

        def load() -> drilldown.Records:
            with database.read() as session:
                return drilldown.records(session, code, unit_codes, start, end, limit=LIMIT)

        run_in_background(load, self.show_records, lambda error: show_error(self, str(error)), owner=self)

    def show_records(self, found: drilldown.Records) -> None:
        self.records = found
        if self.formula.share:
            text = _t("{counted} trong số {total} được tính.")
        else:
            text = _t("{counted} bản ghi được tính.")
        text = text.format(counted=group_digits(found.counted), total=group_digits(found.total))
        if found.total > len(found.rows):
            text += " " + _t("Chỉ hiện {shown} bản ghi đầu.").format(shown=group_digits(len(found.rows)))
        self.summary.setText(text)
        self.model.set_rows(found.rows)
        self.loaded.emit()
