"""Nothing vanishes: unhandled exceptions (GUI thread and other threads) and Qt's own warnings
go to the log file, and the officer sees a message in Vietnamese naming that file.

The program stays alive: PySide reports an exception raised in a slot to sys.excepthook and
carries on, so after the message the window is still there and nothing saved is lost.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from htx_desktop.applog import log_exception
from htx_desktop.gui.language import translate

qt_log = logging.getLogger("htx.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _t(text: str) -> str:
    return translate("CrashReport", text)


class _Reporter(QObject):
    """Lives on the GUI thread; other threads reach it through a queued signal."""

    report = Signal()

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self.log_file = log_file
        self.showing = False
        self.report.connect(self.show_message)

    def show_message(self) -> None:
        # Imported here: PySide makes its Qt namespace when first imported (15 ms), and the
        # program's first window does not need it.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        if self.showing:  # one message at a time; the log has every exception
            return
        self.showing = True
        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                _t("HTX Desktop — Lỗi"),
                _t("Đã xảy ra lỗi không mong muốn. Chương trình vẫn chạy và dữ liệu đã lưu không bị mất.\n\n"
                   "Chi tiết lỗi đã được ghi vào tệp nhật ký:\n{path}\n\n"
                   "Nếu lỗi lặp lại, hãy gửi tệp này cho cán bộ hỗ trợ kỹ thuật.").format(path=self.log_file),
                parent=QApplication.activeModalWidget() or QApplication.activeWindow(),
            )
            box.setObjectName("crash_message")
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.exec()
        finally:
            self.showing = False


_reporter: _Reporter | None = None


def install_exception_hooks(log_file: Path) -> None:
    """Route unhandled exceptions and Qt messages to the log; show a message for exceptions."""
    global _reporter
    _reporter = _Reporter(log_file)
    reporter = _reporter

    def on_exception(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log_exception(kind, error, tb)
        try:
            reporter.show_message()
        except Exception:  # showing the message failed too: the log still has it
            logging.getLogger("htx").exception("Could not show the error message")

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        log_exception(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback,
                      args.thread.name if args.thread else "worker")
        reporter.report.emit()

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
    previous = None

    def on_qt_message(kind: QtMsgType, context: object, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), message)
        if previous is not None:  # e.g. pytest-qt's, which turns warnings into test failures
            previous(kind, context, message)

    previous = qInstallMessageHandler(on_qt_message)
