"""`--screenshot DIR`: a PNG of each main screen at 1366×768."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from htx_desktop.gui.background import wait_for_background
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.text import search_key


def save_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 768)
    window.show()
    saved = []
    for row, title in enumerate(window.screen_titles()):
        window.show_screen(row)
        QApplication.processEvents()  # painted: a screen starts reading once it is on screen
        wait_for_background()  # lists and figures load in the background; picture them loaded
        QApplication.processEvents()
        path = folder / f"{row + 1:02d}-{search_key(title).replace(' ', '-')}.png"
        window.grab().save(str(path))
        saved.append(path)
    return saved
