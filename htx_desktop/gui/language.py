"""The GUI's language: Vietnamese is the source language; English comes from Qt Linguist files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from htx_desktop import messages, paths


def translate(context: str, text: str, count: int = -1) -> str:
    """The text in the GUI's language; with a count, "%Ln" in it becomes the count (1.234) and
    English picks its singular or plural form."""
    return QCoreApplication.translate(context, text, None, count)

#: The compiled English of the GUI, in `htx_desktop.resources` (resources/translations/).
ENGLISH = "htx_en"

_installed: list[QTranslator] = []


def english_translator() -> QTranslator | None:
    """The program's English, loaded from the installed resources; None when it is missing."""
    translator = QTranslator()
    return translator if translator.load(ENGLISH, str(paths.resources_dir() / "translations")) else None


def apply_language(app: QApplication, language: str) -> None:
    """Translate the GUI (and the core's messages) into `language` ("vi" or "en")."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    messages.set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Vietnamese))
    qt_translator = QTranslator()
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_translator)
    if language == "en" and (ours := english_translator()) is not None:
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
