"""The Overview page: the headline figures of the records, and progress against the plan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QPaintEvent, QShowEvent
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
    """The officer's first screen after log-in. It paints at once with its headings; once painted
    (and only while it is on screen) it counts its figures and builds the progress against the
    plan, which reads the plans and the communes: an officer who has already gone on to another
    screen is not kept waiting by figures she does not see (they come when she is back)."""

    def __init__(self, database: Database, info: InstallationInfo, actor: Actor | None = None) -> None:
        super().__init__()
        self.database, self.info, self.actor = database, info, actor
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
            value = QLabel("…")
            value.setObjectName(f"value_{key}")
            self.values[key] = value
            place = len(self.values) - 1
            grid.addWidget(QLabel(text), place // 4, (place % 4) * 2)
            grid.addWidget(value, place // 4, (place % 4) * 2 + 1)
        layout.addWidget(box)
        self._progress_place = QVBoxLayout()  # the progress page, once built
        layout.addLayout(self._progress_place, 1)
        fingerprint = QLabel(_t("Dấu vân tay khóa của cài đặt này: {fp}").format(fp=info.fingerprint))
        layout.addWidget(fingerprint)
        self._progress: ProgressPage | None = None
        self.figures: overview.Summary | None = None
        self._stale = True  # the figures on screen are not (or not yet) the records'
        self._painted = False  # since last shown
        self._debounce = QTimer(self, singleShot=True, interval=400)  # one count for a burst of saves
        self._debounce.timeout.connect(self.refresh)

    @property
    def progress(self) -> ProgressPage:
        """Progress against the plan, built when the page is first on screen (or asked for)."""
        if self._progress is None:
            self._progress = ProgressPage(self.database, self.info, self.actor)
            self._progress_place.addWidget(self._progress)
        return self._progress

    def reload_plans(self) -> None:
        """Plans or targets changed elsewhere; a progress page not built yet reads them when it is."""
        if self._progress is not None:
            self._progress.reload_plans()

    def data_changed(self) -> None:
        """Records changed (a save, a delete, an import): count again now if on screen, else
        when next shown."""
        self._stale = True
        if self.isVisible():
            self._debounce.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._on_screen)

    def _on_screen(self) -> None:
        """Painted: build the progress page and count, unless the officer has moved on already."""
        if not self.isVisible():
            return
        self.progress  # noqa: B018  (built now, if it was not: it computes its figures once on screen)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Count in the background: at province scale the figures take most of a second."""
        self._debounce.stop()
        if self._stale and self._progress is not None:
            self._progress.refresh_if_shown()
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
