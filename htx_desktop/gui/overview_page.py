"""The Overview page: the headline figures of the records, and progress against the plan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from htx_desktop.formatting import group_digits
from htx_desktop.gui.background import run_in_background
from htx_desktop.gui.progress_page import ProgressPage
from htx_desktop.security.access import Actor
from htx_desktop.services import overview
from htx_desktop.services.installation import InstallationInfo
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return QCoreApplication.translate("OverviewPage", text)


class OverviewPage(QWidget):
    def __init__(self, database: Database, info: InstallationInfo, actor: Actor | None = None) -> None:
        super().__init__()
        self.database = database
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{info.unit_name}</h2>")
        layout.addWidget(title)
        box = QGroupBox(_t("Số liệu chung"))
        grid = QGridLayout(box)
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("cooperatives", _t("Hợp tác xã đang hoạt động")),
            ("groups", _t("Tổ hợp tác đang hoạt động")),
            ("women_managed", _t("HTX/THT do phụ nữ tham gia quản lý")),
            ("people", _t("Người trong danh sách")),
            ("women", _t("trong đó nữ")),
            ("trainings", _t("Khóa đào tạo, tập huấn")),
            ("completions", _t("Lượt học viên hoàn thành")),
        ):
            value = QLabel()
            value.setObjectName(f"value_{key}")
            self.values[key] = value
            place = len(self.values) - 1
            grid.addWidget(QLabel(text), place // 4, (place % 4) * 2)
            grid.addWidget(value, place // 4, (place % 4) * 2 + 1)
        layout.addWidget(box)
        self.progress = ProgressPage(database, info, actor)
        layout.addWidget(self.progress, 1)
        fingerprint = QLabel(_t("Dấu vân tay khóa của cài đặt này: {fp}").format(fp=info.fingerprint))
        layout.addWidget(fingerprint)
        self.figures: overview.Summary | None = None
        self._stale = False
        self._debounce = QTimer(self, singleShot=True, interval=400)  # one count for a burst of saves
        self._debounce.timeout.connect(self.refresh)
        self.refresh()

    def data_changed(self) -> None:
        """Records changed (a save, a delete, an import): count again now if on screen, else
        when next shown."""
        self._stale = True
        if self.isVisible():
            self._debounce.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Count in the background: at province scale the figures take most of a second."""
        self._debounce.stop()
        if self._stale:
            self.progress.refresh_if_shown()
        self._stale = False
        for label in self.values.values():
            label.setText("…")

        def count() -> overview.Summary:
            with self.database.read() as session:
                return overview.summary(session)

        run_in_background(count, self.show_figures, owner=self)

    def show_figures(self, figures: overview.Summary) -> None:
        for key, label in self.values.items():
            label.setText(group_digits(getattr(figures, key)))
        self.figures = figures
