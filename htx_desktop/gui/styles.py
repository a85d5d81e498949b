"""The colours of a message: an error (a refusal, a field's problem) and news (something done)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"


def error_label(name: str) -> QLabel:
    """A hidden, wrapping label for the problem with `name` ("{name}_error"), in the error colour."""
    label = QLabel(objectName=f"{name}_error", wordWrap=True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label
