"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold is
crossed, often a worker counting figures. A reference cycle that holds a Qt object (a closed
dialog, a screen and its callbacks) collected there deletes that object off the GUI thread, and
Qt crashes later, far from the cause (seen as rare segfaults while a form was open). So automatic
collection is switched off and the GUI thread collects on a timer, as often as the thresholds ask.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        gc.disable()
        self._threshold = gc.get_threshold()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> None:
        """Collect the generations whose counts crossed their thresholds, oldest first."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._threshold[generation]:
                gc.collect(generation)
                return


_installed: GuiThreadCollector | None = None


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install once, after the QApplication exists. (Remembered here rather than looked up with
    `app.findChild`, whose first call takes 6 ms before the program's first window.)"""
    global _installed
    if _installed is not None and shiboken6.isValid(_installed) and _installed.parent() is app:
        gc.disable()
        return _installed
    _installed = GuiThreadCollector(app)
    return _installed
