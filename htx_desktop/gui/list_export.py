"""Ctrl+E on a list screen: what the list shows (its filter, its order, its columns) as an Excel file.

On Linux a line edit takes Ctrl+E for itself (move to the end of the line, as in Emacs), so the
list's search and year fields let it through to the shortcut.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QPushButton

from htx_desktop.gui.background import run_in_background
from htx_desktop.gui.common import show_error, translate
from htx_desktop.services.common import today

if TYPE_CHECKING:
    from htx_desktop.gui.list_page import ListPage


def _t(text: str) -> str:
    return translate("ListExport", text)


KEYS = QKeySequence("Ctrl+E")


class ExportAction(QObject):
    """The list's "Export to Excel" button and its Ctrl+E."""

    def __init__(self, page: ListPage) -> None:
        super().__init__(page)
        self.page = page
        self.button = QPushButton(_t("Xuất Excel (Ctrl+E)"), objectName="export_button")
        self.button.clicked.connect(self.run)
        QShortcut(KEYS, page, self.run, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for field in (page.search, page.year_filter):
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if QKeySequence(event.keyCombination()) == KEYS:
                return True  # not the field's: the shortcut gets it
        return False

    def run(self) -> None:
        export_list(self.page)


def export_list(page: ListPage) -> None:
    suggested = str(Path.home() / f"danh-sach-{page.spec.source}-{today():%Y%m%d}.xlsx")
    name, _ = QFileDialog.getSaveFileName(page, _t("Xuất danh sách ra Excel"), suggested, _t("Tệp Excel (*.xlsx)"))
    if not name:
        return
    target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
    model, database, role = page.model, page.database, page.session.role
    filters, sort, descending = model.filters, model.sort_key, model.descending
    # Sensitive data never leaves the database in plain text (PRODUCT.md): no national IDs in a file.
    columns = [column for column in page.spec.columns if not column.sensitive]
    heading = [page.spec.noun, _t("Ngày xuất: {day}").format(day=f"{today():%d/%m/%Y}")]
    page.count_label.setText(_t("Đang xuất ra Excel…"))

    def work() -> Path:
        from htx_desktop import reports

        with database.read() as session:
            ids = model.source.ids(session, filters, sort, descending)
            rows = [tuple(column.value(row) for column in columns)
                    for row in model.source.rows_in_parts(session, ids, role)]
        return reports.export_list(target, heading, [column.title for column in columns], rows)

    def done(path: Path) -> None:
        page.update_count()
        page.count_label.setText(_t("Đã xuất {count} dòng ra “{path}”.").format(count=model.rowCount(), path=str(path)))

    def failed(error: Exception) -> None:
        page.update_count()
        show_error(page, getattr(error, "message", str(error)))

    run_in_background(work, done, failed, owner=page)
