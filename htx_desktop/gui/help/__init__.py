"""The Help menu: the user guide (F1) and About. `install_help_menu(window)` adds both."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from htx_desktop.gui.common import translate


def _t(text: str) -> str:
    return translate("HelpMenu", text)


def install_help_menu(window: QMainWindow) -> None:
    """A "Trợ giúp" menu on the window's menu bar; F1 opens the guide anywhere in the window."""
    from htx_desktop.gui.help.about import AboutDialog
    from htx_desktop.gui.help.guide import GuideDialog

    menu = window.menuBar().addMenu(_t("&Trợ giúp"))
    menu.setObjectName("help_menu")
    guide = QAction(_t("&Hướng dẫn sử dụng"), window, objectName="show_guide")
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: GuideDialog.show_for(window))
    about = QAction(_t("&Giới thiệu HTX Desktop"), window, objectName="show_about")
    about.triggered.connect(lambda: AboutDialog(window).exec())
    menu.addAction(guide)
    menu.addAction(about)
