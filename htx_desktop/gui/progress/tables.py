"""The indicator table (one row per indicator, with a coloured progress bar) and the commune table
(communes × indicators, cells coloured by status, sortable so the district sees who is behind)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QProgressBar, QTableWidget, QTableWidgetItem

from htx_desktop.gui.common import translate
from htx_desktop.plans.breakdown import CommuneTable
from htx_desktop.plans.progress import IndicatorProgress, Progress
from htx_desktop.plans.targets import BEHIND, MET, ON_TRACK, number_text


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


def short_names() -> dict[str, str]:
    """Column headings of the commune table (the full name is the tooltip)."""
    return {
        "new_coops_founded": _t("HTX mới"),
        "new_groups_founded": _t("THT mới"),
        "new_coops_groups_founded": _t("HTX, THT mới"),
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


class SortItem(QTableWidgetItem):
    """An item that sorts by the number under SORT_ROLE (else by its text)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
            return mine < theirs
        return super().__lt__(other)


def _item(text: str, tooltip: str = "", sort: float | None = None) -> QTableWidgetItem:
    item = SortItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip:
        item.setToolTip(tooltip)
    if sort is not None:
        item.setData(SORT_ROLE, sort)
    return item


def _colour(item: QTableWidgetItem, status: str) -> None:
    if status in COLOURS:
        item.setBackground(QBrush(QColor(COLOURS[status][1])))
        item.setForeground(QBrush(QColor("#000000")))


def progress_bar(row: IndicatorProgress) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setValue(0 if row.percentage is None else max(0, min(100, round(row.percentage))))
    bar.setFormat(row.percentage_text)
    bar.setTextVisible(True)
    bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
    bar.setObjectName(f"bar_{row.code}")
    colour = COLOURS.get(row.status, ("#9e9e9e", ""))[0]
    bar.setStyleSheet(
        "QProgressBar { border: 1px solid #9e9e9e; border-radius: 3px; background: #f5f5f5; }"
        f"QProgressBar::chunk {{ background-color: {colour}; }}"
    )
    bar.setToolTip(row.status_text)
    return bar


class IndicatorTable(QTableWidget):
    NAME, TARGET, ACHIEVED, PERCENTAGE, BAR, STATUS = range(6)

    def __init__(self) -> None:
        super().__init__(0, 6)
        self.setObjectName("indicator_table")
        self.setHorizontalHeaderLabels([
            _t("Chỉ tiêu"), _t("Mục tiêu"), _t("Đạt được"), _t("Tỷ lệ so với mục tiêu"), _t("Tiến độ"),
            _t("Đánh giá"),
        ])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (self.TARGET, self.ACHIEVED, self.PERCENTAGE, self.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.BAR, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(self.BAR, 160)

    def show_progress(self, result: Progress) -> None:
        self.clearContents()
        self.setRowCount(len(result.rows))
        for number, row in enumerate(result.rows):
            name = _item(row.name, row.description)
            name.setData(CODE_ROLE, row.code)
            self.setItem(number, self.NAME, name)
            self.setItem(number, self.TARGET, _item(row.target_text))
            self.setItem(number, self.ACHIEVED, _item(row.achieved_text, row.description))
            self.setItem(number, self.PERCENTAGE, _item(row.percentage_text))
            self.setCellWidget(number, self.BAR, progress_bar(row))
            status = _item(row.status_text)
            _colour(status, row.status)
            self.setItem(number, self.STATUS, status)
        self.resizeRowsToContents()

    def code_at(self, row: int) -> str | None:
        item = self.item(row, self.NAME)
        return None if item is None else item.data(CODE_ROLE)


def compact(row: IndicatorProgress) -> str:
    """A cell of the commune table: the share alone (the counts are in the tooltip), or the number."""
    if row.achieved is None:
        return "—"
    if row.share:
        return f"{number_text(round(row.achieved, 1))}%"
    return number_text(row.achieved)


class CommuneTable(QTableWidget):
    """Rows: communes; columns: indicators. Double-click a cell to see the records behind it."""

    def __init__(self) -> None:
        super().__init__(0, 0)
        self.setObjectName("commune_table")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.codes: list[str] = []  # indicator code of each column after the first

    def show_table(self, table: CommuneTable) -> None:
        self.setSortingEnabled(False)
        self.clear()
        self.codes = [indicator.code for indicator in table.indicators]
        names = short_names()
        self.setColumnCount(1 + len(self.codes))
        self.setRowCount(len(table.communes))
        self.setHorizontalHeaderItem(0, QTableWidgetItem(_t("Xã, phường")))
        for column, indicator in enumerate(table.indicators, start=1):
            heading = QTableWidgetItem(names.get(indicator.code, indicator.code))
            heading.setToolTip(indicator.name)
            self.setHorizontalHeaderItem(column, heading)
        for number, (code, name) in enumerate(table.communes):
            unit = _item(name, code)
            unit.setData(CODE_ROLE, code)
            self.setItem(number, 0, unit)
            for column, indicator in enumerate(table.indicators, start=1):
                cell = table.cell(code, indicator.code)
                detail = f"{cell.achieved_text} — {cell.status_text}"
                if cell.target is not None:
                    detail += " — " + _t("mục tiêu {target}").format(target=cell.target_text)
                item = _item(compact(cell), detail, -1 if cell.achieved is None else cell.achieved)
                _colour(item, cell.status)
                self.setItem(number, column, item)
        self.setSortingEnabled(True)

    def commune_at(self, row: int) -> tuple[str, str] | None:
        item = self.item(row, 0)
        return None if item is None else (item.data(CODE_ROLE), item.text())

    def code_of_column(self, column: int) -> str | None:
        return self.codes[column - 1] if 1 <= column <= len(self.codes) else None
