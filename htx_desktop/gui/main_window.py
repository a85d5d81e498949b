"""The main window: navigation on the left, one page per area, status bar with unit, user, sync."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from htx_desktop import settings
from htx_desktop.gui.activities import ActivitiesPage
from htx_desktop.gui.background import stop_background
from htx_desktop.gui.changes import DataChanges
from htx_desktop.gui.common import Session, translate
from htx_desktop.gui.help import install_help_menu
from htx_desktop.gui.overview_page import OverviewPage
from htx_desktop.gui.plans_page import PlansPage
from htx_desktop.gui.reports_page import ReportsPage
from htx_desktop.gui.screens import cooperatives_page, people_page, trainings_page
from htx_desktop.gui.settings import SettingsPage
from htx_desktop.gui.sync_page import SyncPage
from htx_desktop.services import installation
from htx_desktop.storage.database import Database
from htx_desktop.sync import service as sync_service


def _t(text: str) -> str:
    return translate("MainWindow", text)


class MainWindow(QMainWindow):
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
        self.overview = OverviewPage(database, self.info, self.session)
        self.cooperatives = cooperatives_page(database, self.session)
        self.people = people_page(database, self.session)
        self.trainings = trainings_page(database, self.session)
        screens: list[tuple[str, QWidget]] = [
            (_t("Tổng quan"), self.overview),
            (_t("HTX và tổ hợp tác"), self.cooperatives),
            (_t("Người"), self.people),
            (_t("Đào tạo"), self.trainings),
        ]
        self.plans = PlansPage(database, self.session, self.info)
        self.plans.plans_changed.connect(self.overview.progress.reload_plans)
        self.activities = ActivitiesPage(database, self.session)
        screens.append((_t("Hoạt động"), self.activities))
        screens.append((_t("Kế hoạch và chỉ tiêu"), self.plans))  # progress against them: the Overview
        self.reports = ReportsPage(database, self.session)
        screens.append((_t("Báo cáo"), self.reports))
        self.sync = SyncPage(database, self.session)
        screens.append((_t("Đồng bộ"), self.sync))
        screens.append((_t("Cài đặt"), SettingsPage(database, self.session)))
        for title, page in screens:
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
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
        self.show_last_export()
        self.sync.history_changed.connect(self.show_last_export)
        install_help_menu(self)
        self.changes = DataChanges(database, self)
        self.changes.changed.connect(self.overview.data_changed)
        for page in (self.cooperatives, self.people, self.trainings, self.activities):
            self.changes.changed.connect(page.data_changed)

    def show_placed(self) -> None:
        """Show the window where the officer left it; maximized the first time, so the status
        bar is on screen on a 1366×768 laptop."""
        saved = settings.load().window_geometry
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            self.show()
        else:
            self.showMaximized()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.change(window_geometry=bytes(self.saveGeometry().toBase64()).decode("ascii"))
        stop_background(self.database.interrupt)  # the officer does not wait for figures nobody will see
        super().closeEvent(event)

    def show_last_export(self) -> None:
        sent = [e for e in sync_service.history(self.database) if e.direction == "sent" and e.kind == "changes"]
        when = f"{sent[0].at.astimezone():%d/%m/%Y %H:%M}" if sent else _t("chưa có")
        self.sync_label.setText(_t("Lần gửi đồng bộ gần nhất: {when}").format(when=when))

    def screen_titles(self) -> list[str]:
        return [self.navigation.item(row).text() for row in range(self.navigation.count())]

    def show_screen(self, row: int) -> None:
        self.navigation.setCurrentRow(row)
