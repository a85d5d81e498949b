"""The main window: navigation on the left, one page per area, status bar with unit, user, sync."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from htx_desktop import settings
from htx_desktop.gui.background import run_in_background, stop_background
from htx_desktop.gui.changes import DataChanges
from htx_desktop.gui.common import Session, translate
from htx_desktop.gui.help import install_help_menu
from htx_desktop.services import installation
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("MainWindow", text)


def _screen(row: int) -> property:
    return property(lambda window: window.screen_at(row), doc="The screen at this row, built on first use.")


#: The list screens (cooperatives, people, trainings), built while the officer reads her first one.
LISTS_BUILT_AHEAD = (1, 2, 3)
#: From the first paint: the first screen's own work (the Overview's figures) goes first.
BUILD_AHEAD_AFTER_MS = 200


class MainWindow(QMainWindow):
    """Each screen is built (and its modules imported) the first time it is shown or asked for:
    the window appears at once. The three lists, where an officer goes most, are also built while
    she reads her first screen, one per turn of the event loop once it is painted (each takes some
    50 ms at province scale: she would wait for it when she picks it); the others cost nothing
    until she opens them."""

    overview, cooperatives, people, trainings, activities, plans, reports, sync, settings_page = map(_screen, range(9))

    def __init__(self, database: Database, session: Session | None = None) -> None:
        super().__init__()
        self.database = database
        self.info = installation.describe(database)
        self.session = session or Session("", "viewer", self.info.unit_code, self.info.unit_name)
        title = _t("HTX Desktop — {unit} (dữ liệu mẫu)") if self.session.demo else _t("HTX Desktop — {unit}")
        self.setWindowTitle(title.format(unit=self.info.unit_name))
        self.resize(1280, 720)

        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setFixedWidth(220)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 8px 6px; }")
        self.pages = QStackedWidget()
        self._screens: list[tuple[str, Callable[[], QWidget]]] = [
            (_t("Tổng quan"), self._make_overview),
            (_t("HTX và tổ hợp tác"), self._make_cooperatives),
            (_t("Người"), self._make_people),
            (_t("Đào tạo"), self._make_trainings),
            (_t("Hoạt động"), self._make_activities),
            (_t("Kế hoạch và chỉ tiêu"), self._make_plans),  # progress against them: the Overview
            (_t("Báo cáo"), self._make_reports),
            (_t("Đồng bộ"), self._make_sync),
            (_t("Cài đặt"), self._make_settings),
        ]
        self._built: dict[int, QWidget] = {}
        for title, _make in self._screens:
            self.navigation.addItem(title)
            self.pages.addWidget(QWidget())  # stands in for the screen until it is first shown
        self.changes = DataChanges(database, self)
        self.navigation.currentRowChanged.connect(self.show_screen)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.unit_label = QLabel(_t("Đơn vị: {unit} ({code})").format(unit=self.info.unit_name, code=self.info.unit_code))
        self.user_label = QLabel(_t("Người dùng: {user}").format(user=self.session.username or "—"))
        self.sync_label = QLabel()
        for widget in (self.unit_label, self.user_label, self.sync_label):
            status.addPermanentWidget(widget)
        self._export_reads = 0
        self.show_last_export()
        install_help_menu(self)
        self._ahead = list(LISTS_BUILT_AHEAD)
        self._ahead_started = False  # built ahead once the window is first painted

    def screen_at(self, row: int) -> QWidget:
        """The screen at `row` of the navigation, built now if it has not been yet."""
        page = self._built.get(row)
        if page is None:
            page = self._built[row] = self._screens[row][1]()
            stand_in = self.pages.widget(row)
            self.pages.insertWidget(row, page)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            self._menus_after_screens()
        return page

    def _menus_after_screens(self) -> None:
        """A screen's labels keep their Alt keys ("&Từ ngày") over the menu bar's ("&Trợ giúp"), as
        when every screen was built first: Qt gives a key claimed twice to the first to claim it,
        so the menu bar claims its keys again after each screen is built."""
        bar = self.menuBar()
        for action in bar.actions():
            bar.removeAction(action)
            bar.addAction(action)

    def _make_overview(self) -> QWidget:
        from htx_desktop.gui.overview_page import OverviewPage

        page = OverviewPage(self.database, self.info, self.session)
        self.changes.changed.connect(page.data_changed)
        return page

    def _list(self, make: Callable[[Database, Session], QWidget]) -> QWidget:
        page = make(self.database, self.session)
        self.changes.changed.connect(page.data_changed)  # type: ignore[attr-defined]
        return page

    def _make_cooperatives(self) -> QWidget:
        from htx_desktop.gui.screens import cooperatives_page

        return self._list(cooperatives_page)

    def _make_people(self) -> QWidget:
        from htx_desktop.gui.screens import people_page

        return self._list(people_page)

    def _make_trainings(self) -> QWidget:
        from htx_desktop.gui.screens import trainings_page

        return self._list(trainings_page)

    def _make_activities(self) -> QWidget:
        from htx_desktop.gui.activities import ActivitiesPage

        return self._list(ActivitiesPage)

    def _make_plans(self) -> QWidget:
        from htx_desktop.gui.plans_page import PlansPage

        page = PlansPage(self.database, self.session, self.info)
        page.plans_changed.connect(self._plans_changed)
        return page

    def _plans_changed(self) -> None:
        if 0 in self._built:  # an Overview not built yet reads the plans when it is
            self.overview.reload_plans()

    def _make_reports(self) -> QWidget:
        from htx_desktop.gui.reports_page import ReportsPage

        return ReportsPage(self.database, self.session)

    def _make_sync(self) -> QWidget:
        from htx_desktop.gui.sync_page import SyncPage

        page = SyncPage(self.database, self.session)
        page.history_changed.connect(self.show_last_export)
        return page

    def _make_settings(self) -> QWidget:
        from htx_desktop.gui.settings import SettingsPage

        return SettingsPage(self.database, self.session)

    def show_placed(self) -> None:
        """Show the window where the officer left it; maximized the first time, so the status
        bar is on screen on a 1366×768 laptop."""
        saved = settings.load().window_geometry
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.show()
        else:
            self.showMaximized()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._ahead_started:
            self._ahead_started = True
            QTimer.singleShot(BUILD_AHEAD_AFTER_MS, self, self._build_ahead)

    def _build_ahead(self) -> None:
        """Build the next list screen not built yet, then give the event loop a turn (her keys
        first) before the next."""
        while self._ahead and self._ahead[0] in self._built:
            self._ahead.pop(0)
        if self._ahead:
            self.screen_at(self._ahead.pop(0))
            QTimer.singleShot(0, self, self._build_ahead)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.change(window_geometry=bytes(self.saveGeometry().toBase64()).decode("ascii"))
        stop_background(self.database.interrupt)  # the officer does not wait for figures nobody will see
        super().closeEvent(event)

    def show_last_export(self) -> None:
        """Read off the GUI thread (with the sync modules it needs): the window does not wait for it."""
        database = self.database
        self._export_reads += 1
        read = self._export_reads

        def last_sent() -> datetime | None:
            from htx_desktop.sync import service as sync_service

            sent = [e for e in sync_service.history(database) if e.direction == "sent" and e.kind == "changes"]
            return sent[0].at if sent else None

        run_in_background(last_sent, lambda at: self._show_last_sent(read, at), owner=self)

    def _show_last_sent(self, read: int, at: datetime | None) -> None:
        if read != self._export_reads:
            return  # an export happened meanwhile: a newer read is on its way
        when = f"{at.astimezone():%d/%m/%Y %H:%M}" if at else _t("chưa có")
        self.sync_label.setText(_t("Lần gửi đồng bộ gần nhất: {when}").format(when=when))

    def screen_titles(self) -> list[str]:
        return [self.navigation.item(row).text() for row in range(self.navigation.count())]

    def show_screen(self, row: int) -> None:
        self.screen_at(row)
        self.pages.setCurrentIndex(row)
        self.navigation.setCurrentRow(row)
