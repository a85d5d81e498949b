"""The main window: navigation on the left, one page per area, status bar with unit and sync."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from htx_desktop.gui.overview_page import OverviewPage
from htx_desktop.services import installation
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class PlaceholderPage(QLabel):
    """A screen that a later version fills in."""

    def __init__(self, title: str) -> None:
        super().__init__(_t("{title}\n\nSắp có trong phiên bản tới.").format(title=title))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("placeholder")


class MainWindow(QMainWindow):
    def __init__(self, database: Database, username: str = "") -> None:
        super().__init__()
        self.database = database
        self.info = installation.describe(database)
        self.setWindowTitle(_t("HTX Desktop — {unit}").format(unit=self.info.unit_name))
        self.resize(1366, 768)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(220)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 8px 6px; }")
        self.pages = QStackedWidget()
        self.overview = OverviewPage(database, self.info)
        screens: list[tuple[str, QWidget]] = [(_t("Tổng quan"), self.overview)]
        for title in (
            _t("HTX và tổ hợp tác"),
            _t("Người"),
            _t("Đào tạo"),
            _t("Hoạt động"),
            _t("Kế hoạch và tiến độ"),
            _t("Báo cáo"),
            _t("Đồng bộ"),
            _t("Cài đặt"),
        ):
            screens.append((title, PlaceholderPage(title)))
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
        self.user_label = QLabel(_t("Người dùng: {user}").format(user=username or "—"))
        self.sync_label = QLabel(_t("Lần gửi đồng bộ gần nhất: chưa có"))
        for widget in (self.unit_label, self.user_label, self.sync_label):
            status.addPermanentWidget(widget)

    def screen_titles(self) -> list[str]:
        return [self.navigation.item(row).text() for row in range(self.navigation.count())]

    def show_screen(self, row: int) -> None:
        self.navigation.setCurrentRow(row)
