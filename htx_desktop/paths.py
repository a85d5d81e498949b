"""Every path the application uses, in one place.

`HTX_HOME` overrides the folder for data, backups and logs (tests and acceptance checks set it).
Forms and resources are the packages `htx_desktop.ui` and `htx_desktop.resources` (the top-level
`ui/` and `resources/` folders, mapped by setup.py), found by their import spec in a checkout, an
installed wheel and the PyInstaller build alike.
"""

from __future__ import annotations

import os
from importlib.util import find_spec
from pathlib import Path

from htx_desktop import private_files

APP_NAME = "HTXDesktop"
APP_AUTHOR = "HoiLHPN"

def home() -> Path:
    """The folder holding the database, backups and logs."""
    override = os.environ.get("HTX_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, APP_AUTHOR)
    if not path.is_dir():
        path.mkdir(parents=True, mode=0o700)
        private_files.make_private(path)
    return path


def default_database() -> Path:
    return home() / "htx.sqlite3"


def demo_database() -> Path:
    return home() / "demo.sqlite3"


def backups_dir() -> Path:
    path = home() / "backups"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = home() / "logs"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def log_file() -> Path:
    """The program's log (rotated: `htx-desktop.log.1`, `.2`... beside it)."""
    return logs_dir() / "htx-desktop.log"


def help_file() -> Path:
    """The user guide shipped with the program."""
    return resources_dir() / "help" / "huong-dan.html"


def icon_file() -> Path:
    """The program's icon (the built program's own is set from it by build.spec)."""
    return resources_dir() / "icons" / "htx-desktop.png"


def resources_dir() -> Path:
    """Fonts, icons, translations and templates shipped with the program."""
    return _package_folder("htx_desktop.resources")


def ui_dir() -> Path:
    """Qt Designer forms."""
    return _package_folder("htx_desktop.ui")


def _package_folder(package: str) -> Path:
    """The folder of a package of data files: the one holding its `__init__.py` (what
    importlib.resources would give, without importing it: 5 ms before the first window). pip and
    PyInstaller install packages as folders, and Qt reads forms, fonts and translations by file
    name, so a zipped install is refused here."""
    spec = find_spec(package)
    folder = Path(spec.origin).parent if spec is not None and spec.origin else None
    if folder is None or not folder.is_dir():
        raise RuntimeError(f"{package} is not installed as a folder: {folder}")
    return folder
