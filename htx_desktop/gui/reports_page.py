"""The Reports screen: choose the kind, plan, unit, period and issuer, write the free texts, then
preview the pages, save a PDF or Excel file, or print.

Keyboard: F5 preview, Ctrl+S save, Ctrl+P print. Reports are made off the GUI thread with a busy
bar; reportlab, openpyxl and PDFium are imported only then.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from htx_desktop.errors import HtxError
from htx_desktop.gui.background import run_in_background
from htx_desktop.gui.common import Session, fill_units, translate
from htx_desktop.gui.report_preview import PagePreview, print_pdf
from htx_desktop.services.common import today
from htx_desktop.storage.database import Database
from htx_desktop.gui.styles import ERROR_STYLE

#: The start of a saved report's suggested name, without diacritics so any PC and e-mail keep it.
FILE_NAMES = {"progress": "bao-cao-tien-do", "review": "bao-cao-so-ket", "cooperatives": "danh-sach-htx",
              "managers": "danh-sach-nu-quan-ly", "signin": "danh-sach-ky-ten"}


def _t(text: str) -> str:
    return translate("ReportsPage", text)


def _kinds() -> list[tuple[str, str]]:
    return [
        ("progress", _t("Báo cáo tiến độ (6 tháng, năm)")),
        ("review", _t("Báo cáo sơ kết, tổng kết giai đoạn")),
        ("cooperatives", _t("Danh sách HTX, tổ hợp tác")),
        ("managers", _t("Danh sách nữ quản lý và việc đào tạo")),
        ("signin", _t("Danh sách ký tên của khóa học")),
    ]


class ReportsPage(QWidget):
    def __init__(self, database: Database, session: Session) -> None:
        super().__init__()
        self.database, self.session = database, session
        self.folder = tempfile.TemporaryDirectory(prefix="htx-report-")
        self.busy_with: str | None = None
        self.loaded = False

        self.kind = QComboBox(objectName="report_kind")
        for code, title in _kinds():
            self.kind.addItem(title, code)
        self.plan = QComboBox(objectName="report_plan")
        self.unit = QComboBox(objectName="report_unit")
        self.training = QComboBox(objectName="report_training")
        self.training.setMinimumContentsLength(30)
        self.period = QComboBox(objectName="report_period")
        self.start = QLineEdit(objectName="report_from", placeholderText=_t("dd/mm/yyyy"))
        self.end = QLineEdit(objectName="report_to", placeholderText=_t("dd/mm/yyyy"))
        self.dates = QWidget(objectName="report_dates")
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.start)
        dates.addWidget(QLabel(_t("đến")))
        dates.addWidget(self.end)
        self.issuer = QComboBox(objectName="report_issuer")
        self.issuer.addItem(_t("Hội LHPN"), "union")
        self.issuer.addItem(_t("UBND"), "committee")
        self.number = QLineEdit(objectName="report_number", placeholderText=_t("để trống: ghi tay sau"))
        self.format = QComboBox(objectName="report_format")
        self.format.addItem(_t("PDF (mẫu Nghị định 30)"), "pdf")
        self.format.addItem(_t("Excel (.xlsx)"), "xlsx")

        choices = QGroupBox(_t("Báo cáo"))
        form = QFormLayout(choices)
        form.addRow(_t("&Loại:"), self.kind)
        form.addRow(_t("&Kế hoạch:"), self.plan)
        form.addRow(_t("Đơn &vị:"), self.unit)
        form.addRow(_t("Khóa &học:"), self.training)
        form.addRow(_t("Kỳ &báo cáo:"), self.period)
        form.addRow(_t("Từ ngày:"), self.dates)
        form.addRow(_t("Cơ &quan ban hành:"), self.issuer)
        form.addRow(_t("&Số văn bản:"), self.number)
        form.addRow(_t("Định &dạng:"), self.format)
        self.form = form

        self.texts: dict[str, QPlainTextEdit] = {}
        self.texts_box = QGroupBox(_t("Nội dung do cán bộ viết (lưu lại cho lần sau)"))
        texts_form = QFormLayout(self.texts_box)
        for part, title in (("achievements", _t("Kết quả nổi bật:")), ("difficulties", _t("Khó khăn, vướng mắc:")),
                            ("proposals", _t("Đề xuất, kiến nghị:"))):
            edit = QPlainTextEdit(objectName=f"text_{part}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            self.texts[part] = edit
            texts_form.addRow(title, edit)

        self.preview_button = QPushButton(_t("&Xem trước (F5)"), objectName="preview_button")
        self.save_button = QPushButton(_t("Lưu tệp… (Ctrl+S)"), objectName="save_button")
        self.print_button = QPushButton(_t("In… (Ctrl+P)"), objectName="print_button")
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        self.progress = QProgressBar(objectName="report_progress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.message = QLabel(objectName="report_message", wordWrap=True)

        side = QVBoxLayout()
        side.addWidget(choices)
        side.addWidget(self.texts_box)
        side.addLayout(buttons)
        side.addWidget(self.progress)
        side.addWidget(self.message)
        side.addStretch(1)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(470)
        self.preview = PagePreview()
        self.preview.hint = _t("Bấm “Xem trước” (F5) để xem các trang của báo cáo ở đây.")
        self.preview.show_pages([])
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.preview, 1)

        self.kind.currentIndexChanged.connect(self.kind_changed)
        self.period.currentIndexChanged.connect(self.period_changed)
        self.preview_button.clicked.connect(self.make_preview)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_report)
        for keys, slot in ((Qt.Key.Key_F5, self.make_preview), ("Ctrl+S", self.save), ("Ctrl+P", self.print_report)):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # filling the choices: when first shown, so start-up reads nothing for this screen
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self.loaded:
            self.loaded = True
            self.fill()

    def fill(self) -> None:
        from htx_desktop.plans import catalogue
        from htx_desktop.reports import settings as report_settings
        from htx_desktop.services.listing import SOURCES, ListFilters

        for plan in catalogue.list_plans(self.database):
            self.plan.addItem(plan.name, str(plan.id))
        with self.database.read() as session:
            default = str(catalogue.default_plan(session).id)
        self.plan.setCurrentIndex(max(0, self.plan.findData(default)))
        fill_units(self.unit, self.database, self.session.unit_code)
        source = SOURCES["trainings"]
        with self.database.read() as session:
            ids = source.ids(session, ListFilters(), "starts_on", descending=True, limit=300)
            rows = source.rows(session, ids, self.session.role)
        for row in rows:
            self.training.addItem(f"{row.starts_on:%d/%m/%Y} — {row.title}", str(row.id))
        year = today().year
        for title, start, end in (
            (_t("6 tháng đầu năm {year}").format(year=year), date(year, 1, 1), date(year, 6, 30)),
            (_t("Năm {year}").format(year=year), date(year, 1, 1), date(year, 12, 31)),
            (_t("6 tháng đầu năm {year}").format(year=year - 1), date(year - 1, 1, 1), date(year - 1, 6, 30)),
            (_t("Năm {year}").format(year=year - 1), date(year - 1, 1, 1), date(year - 1, 12, 31)),
            (_t("Cả giai đoạn của kế hoạch"), None, None),
        ):
            self.period.addItem(title, (start, end))
        self.issuer.setCurrentIndex(max(0, self.issuer.findData(report_settings.issuer(self.database).kind)))
        self.period_changed()
        self.kind_changed()

    def kind_changed(self) -> None:
        from htx_desktop.reports import settings as report_settings

        kind = self.kind.currentData()
        has_texts = kind in report_settings.TEXT_PARTS
        self.texts_box.setVisible(has_texts)
        if has_texts:
            for part, text in report_settings.texts(self.database, kind).items():
                self.texts[part].setPlainText(text)
        for widget, wanted in ((self.training, kind == "signin"), (self.plan, kind in ("progress", "review", "managers")),
                               (self.period, kind in ("progress", "review", "managers")),
                               (self.dates, kind in ("progress", "review", "managers")),
                               (self.unit, kind != "signin")):
            widget.setVisible(wanted)
            self.form.labelForField(widget).setVisible(wanted)
        if kind == "review":
            self.period.setCurrentIndex(self.period.count() - 1)

    def period_changed(self) -> None:
        start, end = self.period.currentData() or (None, None)
        self.start.setText("" if start is None else f"{start:%d/%m/%Y}")
        self.end.setText("" if end is None else f"{end:%d/%m/%Y}")

    # making the report
    def request(self, chosen_format: str):  # type: ignore[no-untyped-def]
        from htx_desktop.plans.dates import parse_day
        from htx_desktop.reports import ReportRequest, training_id

        kind = self.kind.currentData()
        dated = kind in ("progress", "review", "managers")
        start = parse_day(self.start.text()) if dated and self.start.text().strip() else None
        end = parse_day(self.end.text()) if dated and self.end.text().strip() else None
        training = self.training.currentData()
        if kind == "signin" and not training:
            raise HtxError(_t("Chưa có khóa học nào để lập danh sách ký tên: hãy thêm khóa học ở màn hình “Đào tạo”."))
        texts = {part: edit.toPlainText() for part, edit in self.texts.items()} if self.texts_box.isVisibleTo(self) else None
        return ReportRequest(
            kind, chosen_format, self.plan.currentData() if dated else None,
            self.unit.currentData() if kind != "signin" else None, start, end,
            training=training_id(training) if kind == "signin" and training else None,
            texts=texts, number=self.number.text().strip(), issuer_kind=self.issuer.currentData(),
        )

    def run(self, what: str, chosen_format: str, target: Path, then) -> None:  # type: ignore[no-untyped-def]
        if self.busy_with is not None:
            return
        try:
            request = self.request(chosen_format)
        except HtxError as error:
            self.show_message(error.message, error=True)
            return
        self.busy_with = what
        self.progress.setRange(0, 0)
        self.progress.show()
        self.show_message(_t("Đang lập báo cáo…"))
        database, actor = self.database, self.session
        width = self.preview.page_width()

        def work(report):  # type: ignore[no-untyped-def]
            from htx_desktop import reports

            written = reports.make(database, request, target, actor, report)
            if chosen_format != "pdf":
                return written, []
            from htx_desktop.reports import pages

            return written, list(pages.render(written, width=width))

        run_in_background(work, lambda result: self.finished(then, result), self.failed, owner=self,
                          on_progress=self.show_progress)

    def show_progress(self, _phase: str, done: int, total: int) -> None:
        """Rows read or written out of the total; busy (no total) while pages are laid out."""
        self.progress.setRange(0, total)
        if total:
            self.progress.setValue(done)

    def finished(self, then, result) -> None:  # type: ignore[no-untyped-def]
        self.busy_with = None
        self.progress.hide()
        written, images = result
        if images:
            self.preview.show_pages(images, written)
        then(written)

    def failed(self, error: Exception) -> None:
        self.busy_with = None
        self.progress.hide()
        if not isinstance(error, HtxError):
            raise error
        self.show_message(error.message, error=True)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def preview_target(self) -> Path:
        return Path(self.folder.name) / f"{self.kind.currentData()}.pdf"

    def make_preview(self) -> None:
        self.run("preview", "pdf", self.preview_target(),
                 lambda _path: self.show_message(_t("Bản xem trước: {pages} trang.").format(pages=self.preview.page_count())))

    def save(self) -> None:
        chosen = self.format.currentData()
        suggested = str(Path.home() / f"{FILE_NAMES[self.kind.currentData()]}-{today():%Y%m%d}.{chosen}")
        filters = _t("Tệp PDF (*.pdf)") if chosen == "pdf" else _t("Tệp Excel (*.xlsx)")
        name, _ = QFileDialog.getSaveFileName(self, _t("Lưu báo cáo"), suggested, filters)
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != f".{chosen}":
            target = target.with_name(target.name + f".{chosen}")
        self.run("save", chosen, target,
                 lambda path: self.show_message(_t("Đã lưu: {path}").format(path=str(path))))

    def print_report(self) -> None:
        self.run("print", "pdf", self.preview_target(), self.choose_printer)

    def choose_printer(self, pdf: Path) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        self.show_message(_t("Chọn máy in…"))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_t("In báo cáo"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            self.show_message(_t("Chưa in."))
            return
        printed = print_pdf(pdf, printer)
        self.show_message(_t("Đã gửi {pages} trang đến máy in.").format(pages=printed))
