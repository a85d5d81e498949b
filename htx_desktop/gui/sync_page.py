"""The Sync screen: send a file up (USB stick or e-mail), receive one file or a whole folder of
files from the communes with a preview first, history, conflicts to review, and key cards."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from htx_desktop import settings
from htx_desktop.errors import HtxError
from htx_desktop.formatting import group_digits
from htx_desktop.gui.background import run_in_background
from htx_desktop.gui.common import Session, show_error, translate
from htx_desktop.messages import tr
from htx_desktop.services import units
from htx_desktop.services.people import may_see_sensitive
from htx_desktop.storage.database import Database
from htx_desktop.sync import conflicts, keyring, service
from htx_desktop.sync.errors import SyncError
from htx_desktop.gui.styles import ERROR_STYLE

COUNTS = ("new", "changed", "unchanged", "rejected")


def _t(text: str) -> str:
    return translate("SyncPage", text)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(objectName=name)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


def explain(error: Exception) -> str:
    """An error as this screen words it: its buttons, not the command line's commands."""
    if isinstance(error, SyncError):
        return error.worded("gui")
    return error.message if isinstance(error, HtxError) else str(error)


def start_folder() -> str:
    """Where a file dialog opens: the folder used last time on this PC, if it is still there."""
    folder = settings.load().last_folder
    return folder if folder and Path(folder).is_dir() else ""


def remember_folder(path: Path) -> None:
    folder = path if path.is_dir() else path.parent
    settings.save(replace(settings.load(), last_folder=str(folder)))


def _table_label(name: str) -> str:
    try:
        return tr(f"table.{name}")
    except KeyError:
        return name


class PreviewDialog(QDialog):
    """What an import would do, per table; nothing is written unless the officer confirms."""

    def __init__(self, reports: list[service.ImportReport], refused: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Xem trước khi nhập"))
        layout = QVBoxLayout(self)
        totals: dict[str, dict[str, int]] = {}
        for report in reports:
            for table, counts in report.tables.items():
                into = totals.setdefault(table, dict.fromkeys(COUNTS, 0))
                for key in COUNTS:
                    into[key] += counts.get(key, 0)
        senders = ", ".join(sorted({f"{r.sender_name} ({r.sender_unit}) #{r.sequence}" for r in reports}))
        layout.addWidget(QLabel(_t("Tệp từ: {senders}").format(senders=senders or "—"), wordWrap=True))
        self.table = _table([_t("Bảng"), _t("Mới"), _t("Thay đổi"), _t("Không đổi"), _t("Bị từ chối")], "preview_table")
        _fill(self.table, [[_table_label(name)] + [group_digits(counts[k]) for k in COUNTS]
                           for name, counts in sorted(totals.items())])
        layout.addWidget(self.table)
        for message in refused:
            warning = QLabel(message, wordWrap=True)
            warning.setStyleSheet(ERROR_STYLE)
            layout.addWidget(warning)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(_t("Nhập vào cơ sở dữ liệu"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_t("Không nhập"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm.setEnabled(any(report.status == "preview" for report in reports))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


class SyncPage(QWidget):
    history_changed = Signal()

    def __init__(self, database: Database, session: Session) -> None:
        super().__init__()
        self.database, self.session = database, session
        layout = QVBoxLayout(self)
        actions = QGroupBox(_t("Gửi và nhận"))
        row = QHBoxLayout(actions)
        self.export_button = QPushButton(_t("Xuất tệp gửi cấp trên…"), objectName="export_button")
        self.import_file_button = QPushButton(_t("Nhập tệp…"), objectName="import_file_button")
        self.import_folder_button = QPushButton(_t("Nhập cả thư mục…"), objectName="import_folder_button")
        self.card_button = QPushButton(_t("Xuất thẻ khóa…"), objectName="card_button")
        self.trust_button = QPushButton(_t("Tin cậy thẻ khóa…"), objectName="trust_button")
        for button in (self.export_button, self.import_file_button, self.import_folder_button,
                       self.card_button, self.trust_button):
            row.addWidget(button)
            button.setEnabled(session.can_edit)
        layout.addWidget(actions)
        self.progress = QProgressBar(objectName="progress")
        self.progress.hide()
        self.status = QLabel(objectName="status", wordWrap=True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(f"<b>{_t('Tệp đã gửi và đã nhận')}</b>"))
        self.history = _table([_t("Thời gian"), _t("Chiều"), _t("Loại"), _t("Đơn vị"), _t("Số thứ tự"), _t("Tệp")],
                              "history_table")
        layout.addWidget(self.history, 2)
        layout.addWidget(QLabel(f"<b>{_t('Xung đột chờ xem xét')}</b>"))
        self.conflicts = _table([_t("Thời gian"), _t("Bảng"), _t("Bản ghi"), _t("Loại"), _t("Tệp")], "conflicts_table")
        layout.addWidget(self.conflicts, 1)
        self.export_button.clicked.connect(self.choose_export)
        self.import_file_button.clicked.connect(self.choose_file)
        self.import_folder_button.clicked.connect(self.choose_folder)
        self.card_button.clicked.connect(self.choose_card_folder)
        self.trust_button.clicked.connect(self.choose_card)
        self.refresh()

    def refresh(self) -> None:
        entries = service.history(self.database)
        with self.database.read() as session:
            names = units.unit_names(session, {e.peer_unit for e in entries})
        _fill(self.history, [[f"{e.at.astimezone():%d/%m/%Y %H:%M}",
                              _t("Gửi đi") if e.direction == "sent" else _t("Nhận về"),
                              _t("Biên nhận") if e.kind == "receipt" else _t("Dữ liệu"),
                              units.unit_label(names[e.peer_unit], e.peer_unit) if e.peer_unit in names else e.peer_unit,
                              str(e.sequence), e.file_name] for e in entries])
        pending = conflicts.pending_conflicts(self.database, show_sensitive=may_see_sensitive(self.session.role))
        _fill(self.conflicts, [[f"{c.at.astimezone():%d/%m/%Y %H:%M}", _table_label(c.table_name), c.row_id,
                                c.kind, c.file_name] for c in pending])
        self.history_changed.emit()

    # slow work, off the GUI thread, with a progress bar
    def _run(self, work, done) -> None:  # type: ignore[no-untyped-def]
        self.progress.setRange(0, 0)
        self.progress.resetFormat()
        self.progress.show()
        self.setEnabled(False)

        def finished(result) -> None:  # type: ignore[no-untyped-def]
            self.progress.hide()
            self.setEnabled(True)
            done(result)
            self.refresh()

        def failed(error: Exception) -> None:
            self.progress.hide()
            self.setEnabled(True)
            message = explain(error)
            self.status.setText(message)
            show_error(self, message)

        def progressed(phase: str, count: int, total: int) -> None:
            if phase.startswith(service.FILE_PHASE):  # many files: files done of all, and the one now
                name = phase.removeprefix(service.FILE_PHASE)
                self.progress.setFormat(_t("%v/%m tệp") + (f" — {name}" if name else ""))
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(count)

        run_in_background(work, finished, failed, owner=self, on_progress=progressed)

    def export_to(self, folder: Path, receiver: str) -> None:
        def work(report):  # type: ignore[no-untyped-def]
            return service.export_file(self.database, folder, actor=self.session, progress=report)

        self._run(work, lambda result: self.status.setText(
            _t("Đã ghi {file}: {count} bản ghi, gửi {unit}. Chép tệp này vào USB hoặc gửi thư điện tử.")
            .format(file=result.path.name, count=group_digits(result.records), unit=receiver)))

    def import_paths(self, paths: list[Path]) -> None:
        """Preview (every check, nothing written), ask, then import: one file, or many (the chosen
        files, or a folder's), each in its own transaction."""
        path = paths[0]
        folder = len(paths) > 1 or path.is_dir()
        files = [found for each in paths for found in (service.sync_files_in(each) if each.is_dir() else [each])]

        def preview(report):  # type: ignore[no-untyped-def]
            if folder:
                return service.import_files(self.database, files, actor=self.session, dry_run=True, progress=report)
            return [service.FolderItem(path, report=service.preview_file(self.database, path, report,
                                                                                  actor=self.session))]

        def confirm(items: list[service.FolderItem]) -> None:
            reports = [item.report for item in items if item.report is not None]
            refused = [explain(item.error) for item in items if item.error is not None]
            dialog = PreviewDialog(reports, refused, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.status.setText(_t("Chưa nhập gì."))
                return

            def write(report):  # type: ignore[no-untyped-def]
                if folder:
                    return service.import_files(self.database, files, actor=self.session, progress=report)
                return [service.FolderItem(path, report=service.import_file(
                    self.database, path, actor=self.session, progress=report))]

            self._run(write, self.show_imported)

        self._run(preview, confirm)

    def show_imported(self, items: list[service.FolderItem]) -> None:
        """The summary: files imported, with nothing new, refused (each with its reason)."""
        written = sum(item.report.written for item in items if item.report is not None)
        counts = service.outcomes(items)
        lines = [_t("Đã nhập {files} tệp, {records} bản ghi mới hoặc thay đổi; {nothing_new} tệp không có gì mới; "
                    "{refused} tệp bị từ chối.")
                 .format(files=counts["imported"], records=group_digits(written), nothing_new=counts["nothing_new"],
                         refused=counts["refused"])]
        lines += [explain(item.error) for item in items if item.error is not None]
        self.status.setText("\n".join(lines))

    def refuse(self, error: Exception) -> None:
        message = explain(error)
        self.status.setText(message)
        show_error(self, message)

    def choose_export(self) -> None:
        """Check first (a trusted card of the receiver...), and ask for a folder only then."""
        try:
            receiver = service.export_check(self.database, actor=self.session)
        except HtxError as error:
            self.refuse(error)
            return
        folder = QFileDialog.getExistingDirectory(
            self, _t("Chọn thư mục hoặc ổ USB để ghi tệp gửi {unit}").format(unit=receiver), start_folder())
        if folder:
            remember_folder(Path(folder))
            self.export_to(Path(folder), receiver)

    def choose_file(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, _t("Chọn tệp đồng bộ (một hoặc nhiều tệp)"), start_folder(),
                                                _t("Tệp đồng bộ (*.htxsync)"))
        if names:
            remember_folder(Path(names[0]))
            self.import_paths([Path(name) for name in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _t("Chọn thư mục chứa tệp của các xã"), start_folder())
        if folder:
            remember_folder(Path(folder))
            self.import_paths([Path(folder)])

    def choose_card_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _t("Chọn nơi ghi thẻ khóa"), start_folder())
        if folder:
            remember_folder(Path(folder))
            self.write_card(Path(folder))

    def write_card(self, folder: Path) -> None:
        try:
            files = keyring.write_card(self.database, folder)
        except HtxError as error:
            self.refuse(error)
            return
        self.status.setText(_t("Đã ghi thẻ khóa {card} và trang in {page}. Dấu vân tay: {fp}")
                            .format(card=files.card.name, page=files.page.name, fp=files.fingerprint))

    def choose_card(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, _t("Chọn thẻ khóa"), start_folder(), _t("Thẻ khóa (*.htxkey)"))
        if name:
            remember_folder(Path(name))
            self.trust(Path(name))

    def trust(self, path: Path) -> None:
        try:
            card = keyring.read_card(path)
        except HtxError as error:
            self.refuse(error)
            return
        from htx_desktop.gui.common import confirm

        question = _t("Đọc dấu vân tay này qua điện thoại với {unit} trước khi tin cậy:\n\n{fp}\n\nHai bên có khớp không?")
        if not confirm(self, _t("Tin cậy thẻ khóa"), question.format(unit=units.unit_label(card.unit_name, card.unit_code), fp=card.fingerprint),
                       _t("Khớp, tin cậy"), _t("Không khớp")):
            return
        try:
            outcome = keyring.trust_card_file(self.database, path, self.session)
        except HtxError as error:
            self.refuse(error)
            return
        self.status.setText(_t("Đã tin cậy {unit} ({fp}).")
                            .format(unit=units.unit_label(outcome.unit_name, outcome.unit_code), fp=outcome.fingerprint))
