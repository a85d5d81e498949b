"""Driving widgets as a user does, including typing Vietnamese (see PITFALLS: keyClicks aborts on
non-ASCII text, so each character is sent as its own key event, as an input method does)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def when_modal(action: Callable[[QWidget], None], delay_ms: int = 50) -> None:
    """Run `action` on the next modal dialog that opens (the code under test calls exec())."""

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(delay_ms, attempt)
        else:
            action(modal)

    QTimer.singleShot(delay_ms, attempt)


def activate(window: QWidget) -> None:
    """Make a window the active one, so focus and shortcuts work (the offscreen platform has no
    window manager to do it)."""
    import warnings

    window.show()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
