"""Every path the application uses, in one place.

`HTX_HOME` overrides the folder for data, backups and logs (tests and acceptance checks set it).
In a PyInstaller build, resources live under `sys._MEIPASS`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "HTXDesktop"
APP_AUTHOR = "HoiLHPN"

FROZEN = bool(getattr(sys, "frozen", False))


def home() -> Path:
    """The folder holding the database, backups and logs."""
    override = os.environ.get("HTX_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return home() / "htx.sqlite3"


def demo_database() -> Path:
    return home() / "demo.sqlite3"


def backups_dir() -> Path:
    path = home() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = home() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    """The program's log (rotated: `htx-desktop.log.1`, `.2`... beside it)."""
    return logs_dir() / "htx-desktop.log"


def help_file() -> Path:
    """The user guide shipped with the program."""
    return resources_dir() / "help" / "huong-dan.html"


def resources_dir() -> Path:
    """Fonts, icons, translations and templates shipped with the program."""
    if FROZEN:
        return Path(getattr(sys, "_MEIPASS")) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def ui_dir() -> Path:
    """Qt Designer forms."""
    if FROZEN:
        return Path(getattr(sys, "_MEIPASS")) / "ui"
    return Path(__file__).resolve().parent.parent / "ui"
