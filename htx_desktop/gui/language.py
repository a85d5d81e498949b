"""The GUI's language: Vietnamese is the source language; English comes from Qt Linguist files."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from htx_desktop import messages, paths

_installed: list[QTranslator] = []


def apply_language(app: QApplication, language: str) -> None:
    """Translate the GUI (and the core's messages) into `language` ("vi" or "en")."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    messages.set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Vietnamese))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_translations)]
    if language == "en":
        candidates.append(("htx_en", str(paths.resources_dir() / "translations")))
    for name, folder in candidates:
        translator = QTranslator()
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
