"""The indicator table (one row per indicator, with a coloured progress bar) and the commune table
(communes × indicators, cells coloured by status, sortable so the district sees who is behind).

Both are item models read by views, not QTableWidget items: a model hands Qt its values when asked,
so refreshing a province's table costs two calls instead of thousands of item setters. (PySide6
6.12 on Python 3.11 loses a reference to None on every call of a Qt method returning void; see
the report of issue 4.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QProgressBar, QTableView

from htx_desktop.gui.common import translate
from htx_desktop.plans.breakdown import CommuneTable as CommuneFigures
from htx_desktop.plans.progress import IndicatorProgress, Progress
from htx_desktop.plans.targets import BEHIND, MET, ON_TRACK, number_text
from htx_desktop.text import search_key

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return translate("ProgressPage", text)


#: Bar colour and light cell background of each status.
COLOURS = {
    MET: ("#66bb6a", "#c8e6c9"),
    ON_TRACK: ("#ffca28", "#fff3c4"),
    BEHIND: ("#ef5350", "#ffcdd2"),
}
CODE_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DISPLAY, TOOLTIP, BACKGROUND, FOREGROUND = (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
)


def short_names() -> dict[str, str]:
    """Column headings of the commune table (the full name is the tooltip)."""
    return {
        "new_coops_founded": _t("HTX mới"),
        "new_groups_founded": _t("THT mới"),
        "new_coops_groups_founded": _t("HTX, THT mới"),
        "new_coops_many_jobs": _t("HTX mới (trên 50% LĐ nữ)"),
        "new_coops_groups_many_jobs": _t("HTX, THT mới (trên 50% LĐ nữ)"),
        "group_leaders_trained": _t("Nữ tổ trưởng THT được đào tạo"),
        "women_entrepreneurs_association": _t("Hội doanh nhân nữ"),
        "commendations_two_years": _t("Khen thưởng trong 2 năm"),
        "new_female_jobs": _t("Việc làm mới"),
        "stable_female_jobs": _t("Việc làm ổn định"),
        "stable_female_jobs_coops": _t("Việc làm ổn định (HTX)"),
        "stable_female_jobs_groups": _t("Việc làm ổn định (THT)"),
        "strengthened_share": _t("Được củng cố"),
        "strengthened_coops": _t("HTX được củng cố"),
        "strengthened_groups": _t("THT được củng cố"),
        "managers_trained": _t("Nữ quản lý được đào tạo"),
        "cadres_trained": _t("Cán bộ được tập huấn"),
        "cadres_outreach": _t("Cán bộ có kỹ năng tuyên truyền"),
    }


def status_brush(status: str, role: int) -> QBrush | None:
    if status not in COLOURS:
        return None
    return QBrush(QColor(COLOURS[status][1] if role == BACKGROUND else "#000000"))


def progress_bar(row: IndicatorProgress) -> QProgressBar:
    colour = COLOURS.get(row.status, ("#9e9e9e", ""))[0]
    return QProgressBar(
        minimum=0, maximum=100, value=0 if row.percentage is None else max(0, min(100, round(row.percentage))),
        format=row.percentage_text, textVisible=True, alignment=Qt.AlignmentFlag.AlignCenter,
        objectName=f"bar_{row.code}", toolTip=row.status_text,
        styleSheet="QProgressBar { border: 1px solid #9e9e9e; border-radius: 3px; background: #f5f5f5; }"
                   f"QProgressBar::chunk {{ background-color: {colour}; }}",
    )


class IndicatorModel(QAbstractTableModel):
    NAME, TARGET, ACHIEVED, PERCENTAGE, BAR, STATUS, SINCE_START = range(7)

    def __init__(self) -> None:
        super().__init__()
        self.rows: tuple[IndicatorProgress, ...] = ()
        self.headings = [_t("Chỉ tiêu"), _t("Mục tiêu"), _t("Đạt được"), _t("Tỷ lệ so với mục tiêu"),
                         _t("Tiến độ"), _t("Đánh giá"), _t("Từ đầu kế hoạch")]

    def set_rows(self, rows: tuple[IndicatorProgress, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            first = next((row.plan_start for row in self.rows if row.plan_start), None)
            if section == self.SINCE_START and first is not None:
                return _t("Từ {day}").format(day=f"{first:%d/%m/%Y}")
            return self.headings[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        row, column = self.rows[index.row()], index.column()
        if role == DISPLAY:
            texts = (row.name, row.target_text, row.achieved_text, row.percentage_text, row.percentage_text,
                     row.status_text, row.since_start_figure)
            return texts[column]
        if role == TOOLTIP and column in (self.NAME, self.ACHIEVED):
            return row.description
        if role == TOOLTIP and column == self.SINCE_START and row.since_start_figure:
            return _t("Cùng chỉ tiêu, tính từ ngày đầu của kế hoạch đến ngày tính tiến độ (chỉ tiêu “đến năm "
                      "2030”).")
        if role in (BACKGROUND, FOREGROUND) and column == self.STATUS:
            return status_brush(row.status, role)
        if role == CODE_ROLE:
            return row.code
        return None


class IndicatorTable(QTableView):
    def __init__(self) -> None:
        super().__init__(objectName="indicator_table")
        self.indicators = IndicatorModel()
        self.setModel(self.indicators)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(IndicatorModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (IndicatorModel.TARGET, IndicatorModel.ACHIEVED, IndicatorModel.PERCENTAGE,
                       IndicatorModel.STATUS, IndicatorModel.SINCE_START):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IndicatorModel.BAR, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(IndicatorModel.BAR, 160)

    def show_progress(self, result: Progress) -> None:
        current = self.currentIndex()
        self.indicators.set_rows(result.rows)
        if current.isValid() and current.row() < len(result.rows):  # new figures: the officer keeps her place
            self.setCurrentIndex(self.indicators.index(current.row(), current.column()))
        # a later phase ("đến năm 2030") also shows each figure since the plan began
        self.setColumnHidden(IndicatorModel.SINCE_START, not any(row.since_start_figure for row in result.rows))
        for number, row in enumerate(result.rows):
            self.setIndexWidget(self.indicators.index(number, IndicatorModel.BAR), progress_bar(row))
        self.resizeRowsToContents()

    def bar(self, row: int) -> QProgressBar:
        return self.indexWidget(self.indicators.index(row, IndicatorModel.BAR))  # type: ignore[return-value]

    def code_at(self, row: int) -> str | None:
        return self.indicators.rows[row].code if 0 <= row < len(self.indicators.rows) else None


def compact(row: IndicatorProgress) -> str:
    """A cell of the commune table: the share alone (the counts are in the tooltip), or the number."""
    if row.achieved is None:
        return "—"
    if row.share:
        return f"{number_text(round(row.achieved, 1))}%"
    return number_text(row.achieved)


class CommuneModel(QAbstractTableModel):
    """Rows: communes; column 0 their names, then one column per indicator."""

    def __init__(self) -> None:
        super().__init__()
        self.figures: CommuneFigures | None = None
        self.names = short_names()

    def set_figures(self, figures: CommuneFigures) -> None:
        self.beginResetModel()
        self.figures = figures
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.figures is None else len(self.figures.communes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.figures is None else 1 + len(self.figures.indicators)

    def code_of_column(self, column: int) -> str | None:
        indicators = self.figures.indicators if self.figures else ()
        return indicators[column - 1].code if 1 <= column <= len(indicators) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.figures is None:
            return None
        if section == 0:
            return _t("Xã, phường") if role == DISPLAY else None
        indicator = self.figures.indicators[section - 1]
        if role == DISPLAY:
            return self.names.get(indicator.code, indicator.code)
        return indicator.name if role == TOOLTIP else None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        assert self.figures is not None
        code, name = self.figures.communes[index.row()]
        if index.column() == 0:
            return {DISPLAY: name, TOOLTIP: code, CODE_ROLE: code, SORT_ROLE: search_key(name)}.get(role)
        cell = self.figures.cell(code, self.code_of_column(index.column()) or "")
        if role == DISPLAY:
            return compact(cell)
        if role == TOOLTIP:
            detail = f"{cell.achieved_text} — {cell.status_text}"
            if cell.target is not None:
                detail += " — " + _t("mục tiêu {target}").format(target=cell.target_text)
            return detail
        if role in (BACKGROUND, FOREGROUND):
            return status_brush(cell.status, role)
        if role == SORT_ROLE:
            return -1.0 if cell.achieved is None else float(cell.achieved)
        return None


class CommuneTable(QTableView):
    """Click a heading to sort (who is behind comes first); double-click a cell for its records."""

    def __init__(self) -> None:
        super().__init__(objectName="commune_table")
        self.communes = CommuneModel()
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.communes)
        self.sorted.setSortRole(SORT_ROLE)
        self.setModel(self.sorted)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def show_table(self, figures: CommuneFigures) -> None:
        self.communes.set_figures(figures)

    def text(self, row: int, column: int) -> str:
        return self.sorted.index(row, column).data()

    def commune_at(self, row: int) -> tuple[str, str] | None:
        if not 0 <= row < self.sorted.rowCount():
            return None
        index = self.sorted.index(row, 0)
        return index.data(CODE_ROLE), index.data()

    def code_of_column(self, column: int) -> str | None:
        return self.communes.code_of_column(column)
