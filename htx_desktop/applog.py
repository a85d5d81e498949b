"""The program's log file: a rotating file in the data folder that keeps what went wrong.

`setup_logging()` is called once at start-up by the GUI (which adds its own hooks for unhandled
exceptions and Qt's messages). A program built without a console has no sys.stderr (it is
None): anything written there then goes to the log instead of raising.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from htx_desktop import __version__, paths, private_files

MAX_BYTES = 2_000_000
FILES_KEPT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("htx")


class _LogStream:
    """Stands in for a missing sys.stdout / sys.stderr: each line becomes a log record."""

    def __init__(self, name: str) -> None:
        self.logger = logging.getLogger(name)
        self.pending = ""

    def write(self, text: str) -> int:
        self.pending += text
        *lines, self.pending = self.pending.split("\n")
        for line in lines:
            if line.strip():
                self.logger.warning(line)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Log files are readable by their owner only (0600), the new one after each rotation too."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        private_files.make_private(Path(self.baseFilename))
        return stream


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to the rotating file (again: a previous set-up is replaced); returns its path."""
    path = paths.log_file()
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "htx_log", False)]:
        root.removeHandler(old)
        old.close()
    private_files.make_folder_private(paths.home())  # also what older versions left readable
    handler = _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=FILES_KEPT, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.htx_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its INFO lines at every start say nothing new
    if sys.stdout is None:
        sys.stdout = _LogStream("stdout")  # type: ignore[assignment]
    if sys.stderr is None:
        sys.stderr = _LogStream("stderr")  # type: ignore[assignment]
    logging.captureWarnings(True)
    log.info("HTX Desktop %s started (Python %s, %s)", __version__, sys.version.split()[0], sys.platform)
    return path


def log_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None, where: str = "main"
) -> str:
    """Write an unhandled exception with its traceback to the log; returns the traceback's text."""
    text = "".join(traceback.format_exception(kind, error, tb))
    log.error("Unhandled exception in %s thread:\n%s", where, text.rstrip())
    return text
