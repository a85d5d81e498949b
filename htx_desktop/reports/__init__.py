"""Reports: official-form PDFs (Decree 30/2020/NĐ-CP) and Excel tables, for the GUI and `htx-cli report`.

`make(database, request, target, actor)` builds the report the request names and writes it
atomically; `self_check(folder)` renders a one-page PDF with the bundled font (the program's
self-test). reportlab and openpyxl are imported here only when a file is written, never at
start-up (see PITFALLS.md).

Report texts are Vietnamese whatever the interface language: they are official documents.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from htx_desktop.reports.request import FORMATS, KINDS, ReportRequest, training_id
from htx_desktop.security.access import Actor, Permission
from htx_desktop.storage.database import Database

__all__ = ["FORMATS", "KINDS", "ReportRequest", "build", "make", "self_check", "training_id"]

#: `report(phase, done, total)`: phase "data" (rows read), "pdf" (pages laid out), "xlsx" (rows written).
Progress = Callable[[str, int, int], None]


def build(database: Database, request: ReportRequest, report: Progress | None = None):  # type: ignore[no-untyped-def]
    """The report as a `document.Document`, with the saved issuer and texts unless the request gives them."""
    from htx_desktop.reports import figures, lists, settings
    from htx_desktop.services.common import today

    day = request.day or today()
    issuer = settings.issuer(database, request.issuer_kind)
    on_rows = (lambda done, total: report("data", done, total)) if report else None
    if request.kind in ("progress", "review"):
        texts = request.texts if request.texts is not None else settings.texts(database, request.kind)
        return figures.build(database, request, issuer, texts, day)
    if request.kind == "cooperatives":
        return lists.cooperative_list(database, request, issuer, day, on_rows)
    if request.kind == "managers":
        return lists.manager_list(database, request, issuer, day, on_rows)
    assert request.training is not None  # ReportRequest checks it
    return lists.signin_sheet(database, request.training, issuer, day, request.number)


def write(document, request_format: str, target: Path, report: Progress | None = None) -> Path:  # type: ignore[no-untyped-def]
    from htx_desktop.reports.files import atomic_path

    with atomic_path(target) as temporary:
        if request_format == "xlsx":
            from htx_desktop.reports import xlsx

            xlsx.write(document, temporary, (lambda done, total: report("xlsx", done, total)) if report else None)
        else:
            from htx_desktop.reports import pdf

            pdf.write(document, temporary, (lambda page: report("pdf", page, 0)) if report else None)
    return Path(target)


def make(database: Database, request: ReportRequest, target: Path, actor: Actor | None = None,
         report: Progress | None = None) -> Path:
    """Build and write the report; free texts given in the request are saved for next time
    (when `actor` may edit records)."""
    from htx_desktop.reports import settings

    if request.texts is not None and actor is not None and actor.may(Permission.RECORDS):
        settings.save_texts(database, request.kind, request.texts, actor)
    return write(build(database, request, report), request.format, target, report)


def self_check(folder: Path) -> Path:
    """Render a one-page PDF in the bundled font, with Vietnamese in every face; its path."""
    from htx_desktop.reports.document import Document, Section
    from htx_desktop.reports.settings import UNION, Issuer

    issuer = Issuer(UNION, "HỘI LHPN TỈNH LẠNG SƠN", "HỘI LHPN XÃ TRÀNG ĐỊNH", "HPN", "Tràng Định",
                    "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Hoàng Thị Mai", "Hội LHPN tỉnh Lạng Sơn")
    document = Document("self-check", issuer, "BÁO CÁO", "Kiểm tra phông chữ: Tiếng Việt có dấu — ắ ễ ộ ữ ỹ Đ",
                        date.today(), sections=(Section("I. NỘI DUNG", ("Hợp tác xã do phụ nữ tham gia quản lý.",)),))
    return write(document, "pdf", Path(folder) / "htx-self-check.pdf")


def export_list(target: Path, heading: list[str], headers: list[str], rows: list[tuple[object, ...]]) -> Path:
    """A list screen as it shows: its columns and rows, as an Excel sheet. Whole numbers stay numbers
    (years without digit grouping); the rest is the text the screen shows."""
    from htx_desktop.reports.document import INT, TEXT, YEAR, Column, Table
    from htx_desktop.reports.files import atomic_path
    from htx_desktop.reports import xlsx

    def kind(index: int) -> str:
        values = [row[index] for row in rows if row[index] not in (None, "")]
        if not values or not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return TEXT
        return YEAR if all(1000 <= v <= 2200 for v in values) else INT  # type: ignore[operator]

    columns = tuple(Column(title, kind(i), 2.4 if i == 0 else 1.2) for i, title in enumerate(headers))
    cleaned = [tuple(None if v == "" else v for v in row) for row in rows]
    with atomic_path(target) as temporary:
        xlsx.write_tables(temporary, heading, [Table(columns, cleaned, caption=heading[0] if heading else "")])
    return Path(target)
