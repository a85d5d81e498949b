"""The log file: in the data folder, rotated, and catching what a console-less build would lose."""

import logging.handlers
import os
import subprocess
import sys

from htx_desktop import applog, paths


def test_log_is_a_rotating_file_in_the_data_folder(private_home):
    path = applog.setup_logging()
    try:
        assert path == private_home / "logs" / "htx-desktop.log" == paths.log_file()
        [handler] = [h for h in logging.getLogger().handlers if getattr(h, "htx_log", False)]
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        assert handler.maxBytes == applog.MAX_BYTES and handler.backupCount == applog.FILES_KEPT
        applog.setup_logging()  # again: still one handler
        assert len([h for h in logging.getLogger().handlers if getattr(h, "htx_log", False)]) == 1
        assert "HTX Desktop" in path.read_text(encoding="utf-8")
    finally:
        for h in [h for h in logging.getLogger().handlers if getattr(h, "htx_log", False)]:
            logging.getLogger().removeHandler(h)
            h.close()


def test_the_gui_logs_from_its_first_line_and_rotates_once_its_window_is_shown(private_home, monkeypatch):
    monkeypatch.setattr(applog, "MAX_BYTES", 300)
    path = applog.setup_logging(rotating=False)  # as the GUI starts: no logging.handlers yet
    htx = logging.getLogger("htx")
    try:
        [plain] = [h for h in logging.getLogger().handlers if getattr(h, "htx_log", False)]
        assert not isinstance(plain, logging.handlers.RotatingFileHandler)
        htx.warning("before rotation")
        applog.start_rotating()
        [handler] = [h for h in logging.getLogger().handlers if getattr(h, "htx_log", False)]
        assert isinstance(handler, logging.handlers.RotatingFileHandler) and handler.backupCount == applog.FILES_KEPT
        htx.warning("after rotation")
        for number in range(4):  # past MAX_BYTES, within the files kept
            htx.warning("line %d of a long session", number)
        logs = sorted(p.name for p in path.parent.iterdir())
        assert logs[:2] == ["htx-desktop.log", "htx-desktop.log.1"]
        text = "".join((path.parent / name).read_text(encoding="utf-8") for name in reversed(logs))
        assert text.count("before rotation") == text.count("after rotation") == 1  # nothing lost, nothing twice
        if os.name == "posix":
            assert {oct((path.parent / name).stat().st_mode & 0o777) for name in logs} == {"0o600"}
    finally:
        for h in [h for h in logging.getLogger().handlers if getattr(h, "htx_log", False)]:
            logging.getLogger().removeHandler(h)
            h.close()


def test_without_a_console_stderr_and_exceptions_go_to_the_log(private_home):
    """A PyInstaller build without a console has sys.stderr = None: nothing may crash or vanish."""
    code = (
        "import sys; sys.stdout = None; sys.stderr = None\n"
        "from htx_desktop.applog import setup_logging, log_exception\n"
        "setup_logging()\n"
        "print('printed line'); sys.stderr.write('written to stderr\\n')\n"
        "import warnings; warnings.warn('a warning')\n"
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n    log_exception(*sys.exc_info())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], env={**os.environ, "HTX_HOME": str(private_home)},
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    log = (private_home / "logs" / "htx-desktop.log").read_text(encoding="utf-8")
    for expected in ("printed line", "written to stderr", "a warning", "Traceback", "ZeroDivisionError: division by zero"):
        assert expected in log
