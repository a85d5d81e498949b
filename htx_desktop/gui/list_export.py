"""Ctrl+E on a list screen: what the list shows (its filter, its order, its columns) as an Excel file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from htx_desktop.gui.background import run_in_background
from htx_desktop.gui.common import show_error, translate
from htx_desktop.services.common import today

if TYPE_CHECKING:
    from htx_desktop.gui.list_page import ListPage

_CHUNK = 500


def _t(text: str) -> str:
    return translate("ListExport", text)


def export_list(page: ListPage) -> None:
    suggested = str(Path.home() / f"danh-sach-{page.spec.source}-{today():%Y%m%d}.xlsx")
    name, _ = QFileDialog.getSaveFileName(page, _t("Xuất danh sách ra Excel"), suggested, _t("Tệp Excel (*.xlsx)"))
    if not name:
        return
    target = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
    model, database, role = page.model, page.database, page.session.role
    filters, sort, descending = model.filters, model.sort_key, model.descending
    columns = list(page.spec.columns)
    heading = [page.spec.noun, _t("Ngày xuất: {day}").format(day=f"{today():%d/%m/%Y}")]
    page.count_label.setText(_t("Đang xuất ra Excel…"))

    def work() -> Path:
        from htx_desktop import reports

        with database.read() as session:
            ids = model.source.ids(session, filters, sort, descending)
            rows = []
            for first in range(0, len(ids), _CHUNK):
                for row in model.source.rows(session, ids[first:first + _CHUNK], role):
                    rows.append(tuple(column.value(row) for column in columns))
        return reports.export_list(target, heading, [column.title for column in columns], rows)

    def done(path: Path) -> None:
        page.update_count()
        page.count_label.setText(_t("Đã xuất {count} dòng ra “{path}”.").format(count=model.rowCount(), path=str(path)))

    def failed(error: Exception) -> None:
        page.update_count()
        show_error(page, getattr(error, "message", str(error)))

    run_in_background(work, done, failed, owner=page)
