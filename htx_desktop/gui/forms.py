"""Loading Qt Designer forms from `ui/` (installed as the package `htx_desktop.ui`), in one place.

Forms are loaded at run time with QUiLoader rather than compiled: an officer-facing change of
layout or tab order is then an edit in Designer with nothing to regenerate, the build only has
to bundle `ui/`, and a form costs a few milliseconds to load when its dialog first opens.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from htx_desktop import paths

W = TypeVar("W", bound=QWidget)


def form_names() -> list[str]:
    """Every form shipped with the program, by name (the file name without `.ui`)."""
    return sorted(path.stem for path in paths.ui_dir().glob("*.ui"))


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    path = paths.ui_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(path)
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"cannot load form {path}")
    return widget


def child(form: QWidget, kind: type[W], name: str) -> W:
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"{form.objectName()} has no {kind.__name__} named {name}")
    return found
