"""The program's log file: a rotating file in the data folder that keeps what went wrong.

`setup_logging()` is called once at start-up by the GUI (which adds its own hooks for unhandled
exceptions and Qt's messages). A program built without a console has no sys.stderr (it is
None): anything written there then goes to the log instead of raising. The GUI starts with a
plain handler on the same file (`rotating=False`) and turns rotation on with `start_rotating()`
once its first window is shown: `logging.handlers` brings the socket, pickle and queue modules,
9 ms the window would wait for.
"""

from __future__ import annotations

import logging
import sys
import traceback
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


class _Private:
    """Log files are readable by their owner only (0600), the new one after each rotation too."""

    baseFilename: str

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()  # type: ignore[misc]
        private_files.make_private(Path(self.baseFilename))
        return stream


class _PrivateFileHandler(_Private, logging.FileHandler):
    pass


def _use(handler: logging.Handler) -> None:
    """`handler` replaces the program's previous one (added first: no line is lost between)."""
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.htx_log = True  # type: ignore[attr-defined]
    root = logging.getLogger()
    previous = [h for h in root.handlers if getattr(h, "htx_log", False)]
    root.addHandler(handler)
    for old in previous:
        root.removeHandler(old)
        old.close()


def start_rotating() -> None:
    """From now on the program's log file is rotated (`MAX_BYTES`, `FILES_KEPT`)."""
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingFileHandler(_Private, RotatingFileHandler):
        pass

    _use(PrivateRotatingFileHandler(paths.log_file(), maxBytes=MAX_BYTES, backupCount=FILES_KEPT, encoding="utf-8"))


def setup_logging(level: int = logging.INFO, *, rotating: bool = True) -> Path:
    """Log to the program's file (again: a previous set-up is replaced); returns its path.
    `rotating=False`: a plain handler until `start_rotating()`."""
    path = paths.log_file()
    private_files.make_folder_private(paths.home())  # also what older versions left readable
    if rotating:
        start_rotating()
    else:
        _use(_PrivateFileHandler(path, encoding="utf-8"))
    logging.getLogger().setLevel(level)
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
