"""Settings: back up now, restore a backup, how many daily backups are kept; and the daily backup
itself, taken in the background soon after start-up and once a day while the program stays open."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from htx_desktop import paths, settings
from htx_desktop.errors import HtxError
from htx_desktop.gui.background import run_in_background, wait_for_background
from htx_desktop.gui.common import Session, confirm, translate
from htx_desktop.messages import tr
from htx_desktop.services import backups
from htx_desktop.storage import backup
from htx_desktop.storage.database import Database

log = logging.getLogger("htx.backups")
CHECK_EVERY_MS = 60 * 60 * 1000  # the daily backup is looked at every hour while the program is open


def _t(text: str) -> str:
    return translate("BackupsBox", text)


def restart_program() -> None:
    """Start the program again with the same arguments, then close this one."""
    arguments = sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv
    QProcess.startDetached(sys.executable, arguments)
    QApplication.quit()


class BackupsBox(QGroupBox):
    def __init__(self, database: Database, session: Session) -> None:
        super().__init__(_t("Sao lưu và khôi phục"))
        self.database, self.session = database, session
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(QLabel(_t("Mỗi ngày chương trình tự sao lưu một lần (khi mở và trong lúc đang mở) vào thư mục "
                              "sao lưu; các bản cũ nhất được xóa bớt. Bản “Sao lưu ngay” không bao giờ bị xóa tự động."),
                           wordWrap=True))
        self.kept = QSpinBox(objectName="backups_kept")
        self.kept.setRange(*settings.BACKUPS_KEPT)
        self.kept.setValue(settings.load().backups_kept)
        self.kept.setEnabled(session.is_admin)
        form.addRow(_t("Số bản sao lưu hằng ngày được &giữ:"), self.kept)
        self.last = QLabel(objectName="last_backup")
        form.addRow(_t("Bản sao lưu gần nhất:"), self.last)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(_t("&Sao lưu ngay"), objectName="backup_now")
        self.restore_button = QPushButton(_t("&Khôi phục từ bản sao lưu…"), objectName="restore_backup")
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(session.is_admin)
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.message = QLabel(objectName="backup_message", wordWrap=True)
        form.addRow(self.message)
        self.kept.valueChanged.connect(lambda value: settings.change(backups_kept=value))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore)
        self.show_last()

    def showEvent(self, event: QShowEvent) -> None:  # today's daily backup may have been taken meanwhile
        self.show_last()
        super().showEvent(event)

    def show_last(self) -> None:
        source = self.database.path
        found = backup.backups_of(source.stem, paths.backups_dir()) if source else []
        if not found:
            self.last.setText(_t("chưa có"))
            return
        newest = found[-1]
        self.last.setText(f"{newest.taken:%d/%m/%Y %H:%M} — {newest.path.name}")

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.message.setText(_t("Đang sao lưu…"))
        run_in_background(lambda: backups.create(self.database, self.session), self.backed_up, self.failed, owner=self)

    def backed_up(self, target: Path) -> None:
        self.backup_button.setEnabled(True)
        self.message.setText(_t("Đã sao lưu vào “{path}”.").format(path=target))
        self.show_last()

    def failed(self, error: Exception) -> None:
        self.backup_button.setEnabled(True)
        if isinstance(error, OSError):  # a full or read-only disk: said plainly, nothing else changes
            error = HtxError(tr("backup_failed", reason=error.strerror or error))
        if not isinstance(error, HtxError):
            raise error
        self.message.setText(error.message)

    def restore(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, _t("Chọn bản sao lưu để khôi phục"), str(paths.backups_dir()),
            _t("Bản sao lưu HTX (*.sqlite3 *.db);;Mọi tệp (*)"))
        if not chosen:
            return
        file = Path(chosen)
        try:
            unit = backup.check_backup(file)
        except HtxError as error:
            self.message.setText(error.message)
            return
        if not confirm(self, _t("Khôi phục dữ liệu"),
                       _t("Thay dữ liệu hiện tại bằng bản sao lưu “{name}” ({unit})?\n\n"
                          "Dữ liệu hiện tại được sao lưu trước nên không mất gì. "
                          "Sau khi khôi phục, chương trình sẽ khởi động lại.").format(name=file.name, unit=unit),
                       _t("Khôi phục"), _t("Không khôi phục")):
            return
        wait_for_background()
        self.database.dispose()  # no connection may stay open on the file being replaced
        try:
            previous = backups.restore(self.database.url, file, self.session)
        except HtxError as error:
            self.message.setText(error.message)
            return
        QMessageBox.information(
            self, _t("Khôi phục dữ liệu"),
            _t("Đã khôi phục từ “{path}”.\nDữ liệu trước khi khôi phục được giữ ở “{previous}”.\n\n"
               "Chương trình sẽ khởi động lại.").format(path=file, previous=previous or "—"))
        restart_program()


def start_daily_backups(owner: QObject, database: Database, first_in_ms: int) -> QTimer:
    """Take today's backup in `first_in_ms` (in the background) and look again every hour."""

    def take() -> None:
        keep = settings.load().backups_kept
        run_in_background(lambda: backups.daily(database, keep), made,
                          lambda error: log.error("Daily backup failed: %s", error), owner=owner)

    def made(target: Path | None) -> None:
        if target is not None:
            log.info("Daily backup written to %s", target)

    timer = QTimer(owner, interval=CHECK_EVERY_MS)
    timer.timeout.connect(take)
    timer.start()
    QTimer.singleShot(first_in_ms, owner, take)
    return timer
