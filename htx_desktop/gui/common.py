"""Small pieces every screen uses: translation (`translate`, from `language`), the signed-in user,
messages to the user."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from htx_desktop.gui.language import translate
from htx_desktop.security.roles import Actor

if TYPE_CHECKING:  # the log-in window imports this module before the database layer is loaded
    from htx_desktop.storage.database import Database


@dataclass(frozen=True)
class Session(Actor):
    """Who is signed in, on which installation. It is the actor every service call is given, so
    the core checks the role whatever the screen shows."""

    unit_code: str = ""
    unit_name: str = ""
    demo: bool = False  # the program's own demo data, opened without signing in


def fill_units(combo: QComboBox, database: Database, unit_code: str, blank: str | None = None) -> None:
    """The units an officer of `unit_code` may pick, in a combo that finds them as she types."""
    from htx_desktop.gui.widgets.unit_chooser import UnitChooser
    from htx_desktop.services import units

    UnitChooser.attach(combo)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    with database.read() as session:
        for unit in units.choices(session, unit_code):
            combo.addItem(units.unit_label(unit.name, unit.code), unit.code)


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, translate("Common", "HTX Desktop"), message)


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """Ask before something consequential, with buttons that say what they do."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(no, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is yes_button
