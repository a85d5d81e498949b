"""The core says "a user's change was committed" (`Database.on_change`, from whatever thread wrote
it); this re-emits it as a Qt signal on the GUI thread, for screens that show figures or lists
read earlier: the Overview, the lists, after saves, deletes, imports and sync."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from htx_desktop.storage.database import Database


class DataChanges(QObject):
    changed = Signal()

    def __init__(self, database: Database, parent: QObject) -> None:
        super().__init__(parent)
        self._stop = database.on_change(self._notify)
        self.destroyed.connect(lambda *_: self._stop())

    def _notify(self) -> None:
        try:
            self.changed.emit()  # queued to the GUI thread when written from a worker
        except RuntimeError:  # the window is gone while a worker was still writing
            pass
