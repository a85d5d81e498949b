"""Importing an Excel list: choose the file and sheet, check the columns, see what will happen,
then confirm. Reached from the list screens (Ctrl+I) and from the training form (its attendance).

Reading the file, the preview and the write run off the GUI thread (`run_in_background`); nothing
is written before the officer presses "Nhập". The mapping she confirms is saved for the next file
(`imports.mapping`, a JSON file beside the database).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from htx_desktop.gui.background import run_in_background
from htx_desktop.gui.common import Session, show_error, translate
from htx_desktop.storage.database import Database
from htx_desktop.gui.styles import error_label

#: The list screens that import, by their source (`services.listing`).
KIND_OF_LIST = {name: name for name in ("cooperatives", "people", "trainings", "support", "jobs", "outreach",
                                        "commendations", "funding")}
SHOWN_ROWS = 500  # the preview lists the rejected rows first, then others, up to this many
KEYS = QKeySequence("Ctrl+I")


def _t(text: str) -> str:
    return translate("ImportWizard", text)


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class _BusyPage(QWizardPage):
    """A page whose "next" runs slow work in the background first, then moves on by itself."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.busy = False
        self.passed = False
        self.status = QLabel(objectName="status", wordWrap=True)

    def start(self, work: Callable[..., Any], done: Callable[[Any], None], fail: Callable[[str], None]) -> None:
        self.busy = True
        self.owner.set_busy(True)

        def finished(result: Any) -> None:
            self.busy = False
            self.owner.set_busy(False)
            done(result)

        def failed(error: Exception) -> None:
            self.busy = False
            self.owner.set_busy(False)
            self.status.clear()
            fail(getattr(error, "message", str(error)))

        def progress(_phase: str, done_rows: int, total: int) -> None:
            self.status.setText(_t("Đang kiểm tra dòng {done}/{total}…").format(done=done_rows, total=total))

        run_in_background(work, finished, failed, owner=self, on_progress=progress)

    def go_on(self) -> None:
        self.passed = True
        if self.owner.currentPage() is self:
            if self.isFinalPage():
                self.owner.accept()
            else:
                self.owner.next()
        self.passed = False


class FilePage(_BusyPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(_t("Chọn tệp Excel"))
        self.setSubTitle(_t("Tệp .xlsx; dòng tiêu đề cột được tìm tự động, kể cả dưới phần tiêu đề của văn bản."))
        self.path = QLineEdit(objectName="path")
        self.path.setPlaceholderText(_t("Đường dẫn tệp .xlsx"))
        browse = QPushButton(_t("&Chọn tệp…"), objectName="browse")
        browse.clicked.connect(self.browse)
        template = QPushButton(_t("Lưu &mẫu nhập trống…"), objectName="template")
        template.clicked.connect(self.save_template)
        for button in (browse, template):
            button.setAutoDefault(False)  # Enter anywhere on the page means "Tiếp"
        self.sheet = QComboBox(objectName="sheet")
        self.sheet.setMinimumWidth(260)
        self.path_error = error_label("path")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(_t("Tệp:"), row)
        form.addRow("", self.path_error)
        form.addRow(_t("Trang tính:"), self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(template, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.status)
        self.path.editingFinished.connect(self.list_sheets)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, _t("Chọn tệp Excel"), str(Path.home()),
                                              _t("Tệp Excel (*.xlsx *.xlsm *.xls)"))
        if name:
            self.path.setText(name)
            self.list_sheets()

    def list_sheets(self) -> None:
        from htx_desktop.errors import HtxError
        from htx_desktop.imports import workbook

        self.sheet.clear()
        _show(self.path_error, "")
        if not self.path.text().strip():
            return
        try:
            sheets = workbook.sheets(Path(self.path.text().strip()))
        except HtxError as error:
            _show(self.path_error, error.message)
            return
        for sheet in sheets:
            shown = _t("{name} (ẩn)").format(name=sheet.name) if sheet.hidden else sheet.name
            self.sheet.addItem(shown, sheet.name)
        first_visible = next((i for i, sheet in enumerate(sheets) if not sheet.hidden), 0)
        self.sheet.setCurrentIndex(first_visible)

    def save_template(self) -> None:
        from htx_desktop.errors import HtxError
        from htx_desktop.imports.output import write_template

        suggested = str(Path.home() / f"mau-nhap-{self.owner.kind.name}.xlsx")
        name, _ = QFileDialog.getSaveFileName(self, _t("Lưu mẫu nhập"), suggested, _t("Tệp Excel (*.xlsx)"))
        if not name:
            return
        try:
            write_template(self.owner.kind, Path(name if name.lower().endswith(".xlsx") else name + ".xlsx"))
        except HtxError as error:
            show_error(self, error.message)

    def validatePage(self) -> bool:
        if self.passed:
            return True
        if self.busy:
            return False
        if self.sheet.count() == 0:
            self.list_sheets()
            if self.sheet.count() == 0:
                if not self.path_error.isVisible():
                    _show(self.path_error, _t("Hãy chọn tệp Excel cần nhập."))
                self.path.setFocus()
                return False
        from htx_desktop.imports import table

        path, sheet, kind, saved = Path(self.path.text().strip()), self.sheet.currentData(), self.owner.kind, \
            self.owner.saved_mapping()
        self.status.setText(_t("Đang đọc tệp…"))

        def done(read: Any) -> None:
            self.status.clear()
            self.owner.table = read
            self.go_on()

        def fail(message: str) -> None:
            _show(self.path_error, message)
            self.path.setFocus()

        self.start(lambda report: table.read(path, kind, sheet, saved), done, fail)
        return False


class MappingPage(_BusyPage):
    """One line per column of the file: its header, an example value, and the field it fills."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(_t("Kiểm tra các cột"))
        self.setSubTitle(_t("Mỗi cột của tệp được ghép với một trường; sửa nếu chưa đúng. Lần sau "
                            "chương trình nhớ cách ghép này."))
        self.combos: list[QComboBox] = []
        self.rows = QWidget()
        self.rows_layout = QFormLayout(self.rows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows)
        self.mapping_error = error_label("mapping")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.mapping_error)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        from htx_desktop.imports.values import text

        table, kind = self.owner.table, self.owner.kind
        while self.rows_layout.rowCount():
            self.rows_layout.removeRow(0)
        self.combos = []
        sample = table.rows[0][1] if table.rows else ()
        for column, (header, field) in enumerate(zip(table.headers, table.fields)):
            combo = QComboBox(objectName=f"column_{column}")
            combo.addItem(_t("— không nhập —"), "")
            for item in kind.fields:
                combo.addItem(item.header + (" *" if item.required else ""), item.key)
            combo.setCurrentIndex(max(0, combo.findData(field)))
            example = text(sample[column]) if column < len(sample) else None
            caption = header or _t("(cột {number} không có tiêu đề)").format(number=column + 1)
            if example:
                caption = _t("{header} — ví dụ: {example}").format(header=caption, example=example[:40])
            self.rows_layout.addRow(QLabel(caption, wordWrap=True), combo)
            self.combos.append(combo)
        _show(self.mapping_error, "")
        if self.combos:
            self.combos[next((i for i, c in enumerate(self.combos) if c.currentData()), 0)].setFocus()

    def fields(self) -> list[str]:
        return [combo.currentData() for combo in self.combos]

    def validatePage(self) -> bool:
        if self.passed:
            return True
        if self.busy:
            return False
        from htx_desktop import imports
        from htx_desktop.imports import mapping

        fields = self.fields()
        chosen = [field for field in fields if field]
        twice = sorted({self.owner.kind.field(field).header for field in chosen if chosen.count(field) > 1})
        if twice:
            _show(self.mapping_error, _t("Mỗi trường chỉ ghép với một cột: {fields}.").format(fields=", ".join(twice)))
            return False
        missing = mapping.missing_required(self.owner.kind, fields)
        if missing:
            _show(self.mapping_error, _t("Chưa có cột cho: {fields}.").format(fields=", ".join(missing)))
            return False
        _show(self.mapping_error, "")
        self.owner.table.fields = fields
        self.status.setText(_t("Đang kiểm tra…"))
        owner = self.owner

        def work(report: Callable[[str, int, int], None]) -> Any:
            return imports.run(owner.database, owner.session, owner.kind, owner.table, fields,
                               default_unit=owner.session.unit_code, training_id=owner.training_id,
                               progress=lambda done, total: report("", done, total))

        def done(result: Any) -> None:
            self.status.clear()
            owner.result = result
            self.go_on()

        self.start(work, done, lambda message: _show(self.mapping_error, message))
        return False


class PreviewPage(_BusyPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(_t("Xem trước"))
        self.setSubTitle(_t("Chưa có gì được ghi. Bấm “Nhập” để ghi các dòng hợp lệ, một lần cho tất cả."))
        self.summary = QLabel(objectName="summary", wordWrap=True)
        self.table = QTableWidget(0, 3, objectName="preview_table")
        self.table.setHorizontalHeaderLabels([_t("Dòng"), _t("Kết quả"), _t("Lý do")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.save_errors = QPushButton(_t("&Lưu các dòng bị từ chối ra Excel…"), objectName="save_errors")
        self.save_errors.clicked.connect(self.write_errors)
        self.save_errors.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.save_errors, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        from htx_desktop.imports import REJECT

        result, kind = self.owner.result, self.owner.kind
        self.summary.setText(result.summary())
        shown = (result.rejected + [o for o in result.outcomes if o.action != REJECT])[:SHOWN_ROWS]
        self.table.setRowCount(len(shown))
        actions = {"create": _t("Thêm mới"), "update": _t("Cập nhật"), "reject": _t("Từ chối")}
        for row, outcome in enumerate(shown):
            reasons = "\n".join(outcome.reasons(kind))
            for column, value in enumerate((str(outcome.number), actions[outcome.action], reasons)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(1)
        self.table.resizeRowsToContents()
        self.save_errors.setVisible(bool(result.rejected))
        self.owner.setButtonText(QWizard.WizardButton.FinishButton, _t("&Nhập"))
        self.owner.button(QWizard.WizardButton.FinishButton).setEnabled(bool(result.count("create") + result.count("update")))

    def write_errors(self) -> None:
        from htx_desktop.errors import HtxError
        from htx_desktop.imports.output import write_errors

        table = self.owner.table
        suggested = str(table.path.with_name(f"{table.path.stem}-loi.xlsx"))
        name, _ = QFileDialog.getSaveFileName(self, _t("Lưu các dòng bị từ chối"), suggested, _t("Tệp Excel (*.xlsx)"))
        if not name:
            return
        try:
            write_errors(self.owner.kind, table.headers, table.fields, self.owner.result, Path(name))
        except HtxError as error:
            show_error(self, error.message)

    def validatePage(self) -> bool:
        if self.passed:
            return True
        if self.busy:
            return False
        from htx_desktop import imports
        from htx_desktop.imports import mapping

        owner = self.owner
        self.status.setText(_t("Đang ghi…"))

        def work(report: Callable[[str, int, int], None]) -> Any:
            result = imports.run(owner.database, owner.session, owner.kind, owner.table, owner.table.fields,
                                 default_unit=owner.session.unit_code, training_id=owner.training_id, write=True,
                                 progress=lambda done, total: report("", done, total))
            mapping.save(owner.kind, mapping.saved_file(owner.database.path), owner.table.headers, owner.table.fields)
            return result

        def done(result: Any) -> None:
            owner.result = result
            self.status.setText(result.summary())
            self.go_on()

        self.start(work, done, lambda message: show_error(self, message))
        return False


class ImportWizard(QWizard):
    def __init__(self, database: Database, session: Session, kind_name: str,
                 training_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        from htx_desktop import imports

        super().__init__(parent)
        self.database, self.session, self.training_id = database, session, training_id
        self.kind = imports.kind(kind_name)
        self.table: Any = None
        self.result: Any = None
        # "Danh sách HTX, THT" -> "danh sách HTX, THT": only the first letter, abbreviations stay capitals.
        listed = self.kind.title[:1].lower() + self.kind.title[1:]
        self.setWindowTitle(_t("Nhập {list} từ Excel").format(list=listed))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        for button, label in ((QWizard.WizardButton.NextButton, _t("&Tiếp >")),
                              (QWizard.WizardButton.BackButton, _t("< &Quay lại")),
                              (QWizard.WizardButton.CancelButton, _t("Hủy")),
                              (QWizard.WizardButton.FinishButton, _t("&Nhập"))):
            self.setButtonText(button, label)
        self.file_page, self.mapping_page, self.preview_page = FilePage(self), MappingPage(self), PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.resize(760, 540)

    def saved_mapping(self) -> dict[str, str]:
        from htx_desktop.imports import mapping

        return mapping.load_saved(self.kind, mapping.saved_file(self.database.path))

    def set_busy(self, busy: bool) -> None:
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.FinishButton):
            self.button(button).setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def reject(self) -> None:
        if any(page.busy for page in (self.file_page, self.mapping_page, self.preview_page)):
            return  # the write is under way: it finishes (or rolls back) on its own
        super().reject()


def run_wizard(parent: QWidget, database: Database, session: Session, kind_name: str,
               training_id: uuid.UUID | None = None) -> Any:
    """Show the wizard; the import's result when something was written, else None."""
    wizard = ImportWizard(database, session, kind_name, training_id, parent)
    accepted = wizard.exec() == QWizard.DialogCode.Accepted
    result = wizard.result if accepted else None
    wizard.deleteLater()
    if result is None or not result.written:
        return None
    QMessageBox.information(parent, _t("Nhập từ Excel"), result.summary())
    return result


def add_to_list_page(page: Any, layout: QHBoxLayout) -> None:
    """The list screen's "Nhập từ Excel (Ctrl+I)" button, for the lists that import."""
    kind_name = KIND_OF_LIST.get(page.spec.source)
    if kind_name is None:
        return
    button = QPushButton(_t("Nhập từ Excel (Ctrl+I)"), objectName="import_button")
    button.setEnabled(page.session.can_edit)

    def start() -> None:
        if not page.session.can_edit:
            return
        if run_wizard(page, page.database, page.session, kind_name) is not None:
            page.refresh()

    button.clicked.connect(start)
    QShortcut(KEYS, page, start, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    layout.addWidget(button)


def add_to_training_form(dialog: Any, beside: QPushButton) -> None:
    """The training form's "Nhập danh sách từ Excel…", beside its "add attendee" button."""
    button = QPushButton(_t("Nhập danh sách từ E&xcel…"), objectName="import_attendance")
    button.setEnabled(dialog.session.can_edit)

    def start() -> None:
        if not dialog.store_checked():  # a new training is saved first
            return
        if run_wizard(dialog, dialog.database, dialog.session, "attendance", dialog.training_id) is not None:
            dialog.refresh_attendees()

    button.clicked.connect(start)
    found = _layout_holding(beside.parentWidget().layout(), beside)
    if found is not None and hasattr(found[0], "insertWidget"):
        found[0].insertWidget(found[1] + 1, button)
    else:
        beside.parentWidget().layout().addWidget(button)


def _layout_holding(layout: Any, widget: QWidget) -> tuple[Any, int] | None:
    """The (nested) layout that holds the widget, and its place in it."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return layout, index
        if item.layout() is not None and (found := _layout_holding(item.layout(), widget)) is not None:
            return found
    return None
