"""Driving the program as the officer does: real key events sent to the focused widget of the
active window, and assertions on what is visible (the top-level windows, the text under fields).

Typing Vietnamese: `QTest.keyClicks` aborts on non-ASCII text (PITFALLS), so each character is
sent as its own key event, as an input method delivers it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def active() -> QWidget | None:
    """The window the officer is looking at: the open modal dialog, else the active window."""
    return QApplication.activeModalWidget() or QApplication.activeWindow()


def settle(timeout_s: float = 2.0) -> None:
    """Wait, as the officer does, until the window on top is the active one (a dialog that just
    closed hands the focus back to the window under it a moment later)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        modal = QApplication.activeModalWidget()
        if QApplication.activeWindow() is None:
            # A window manager activates the window left on top; the offscreen platform has none.
            windows = visible_windows()
            top = modal or (windows[0] if len(windows) == 1 else None)
            if top is None:
                return
            top.activateWindow()
        elif modal is None or QApplication.activeWindow() is modal:
            return
        QApplication.processEvents()
        time.sleep(0.01)


def focused() -> QWidget:
    """Where a key press goes: an open popup (a completer's list grabs the keyboard, as on a real
    desktop), else the focus widget (of the active window), else that window."""
    settle()
    widget = QApplication.activePopupWidget() or QApplication.focusWidget() or active()
    assert widget is not None, "no window is active: nothing would receive the key"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER, times: int = 1) -> None:
    """Press a key as the officer does: to whatever widget has the focus now."""
    for _ in range(times):
        QTest.keyClick(focused(), key, modifiers)


def type_here(text: str) -> None:
    """Type text (Vietnamese included) into the focused widget."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key.Key_unknown, ch, NO_MODIFIER)


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, NO_MODIFIER)


def visible_windows() -> list[QWidget]:
    """Every top-level window on screen (menus and tooltips left out)."""
    ignored = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowType() not in ignored]


def visible_titles() -> list[str]:
    return sorted(w.windowTitle() for w in visible_windows())


def error_under(window: QWidget, field: str) -> str:
    """The red message shown under a field (empty when there is none, or it is hidden)."""
    label = window.findChild(QLabel, f"{field}_error")
    return label.text() if label is not None and label.isVisible() else ""


def close_modals() -> None:
    """Close every open modal dialog without asking (after a failed step, so the test ends
    with its assertion error instead of waiting for ever on a dialog nobody will close)."""
    for _ in range(20):
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        if isinstance(modal, QDialog):
            QDialog.done(modal, QDialog.DialogCode.Rejected)
        else:
            modal.close()


def _guarded(action: Callable[[QWidget], None]) -> Callable[[QWidget], None]:
    def run(modal: QWidget) -> None:
        try:
            action(modal)
        except BaseException:
            close_modals()
            raise

    return run


def when_modal(action: Callable[[QWidget], None], delay_ms: int = 50) -> None:
    """Run `action` on the next modal dialog that opens (the code under test calls exec())."""
    when_window("", action, delay_ms)


def when_window(title_part: str, action: Callable[[QWidget], None], delay_ms: int = 30) -> None:
    """Run `action` once a modal window whose title contains `title_part` is the active one."""
    guarded = _guarded(action)

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        # Wait until the window system has made it the active window: keys go there only then.
        if modal is None or title_part not in modal.windowTitle() or QApplication.activeWindow() is not modal:
            QTimer.singleShot(delay_ms, attempt)
        else:
            guarded(modal)

    QTimer.singleShot(delay_ms, attempt)


def activate(window: QWidget) -> None:
    """Show a window and make it the active one (the offscreen platform activates what it shows)."""
    import warnings

    window.show()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
