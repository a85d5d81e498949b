"""Picking a cooperative or group in a form by typing part of its name, without diacritics: the
same type-to-search combo as the unit chooser, filled with the cooperatives of the officer's units."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox

from htx_desktop.gui.common import translate
from htx_desktop.gui.widgets.unit_chooser import UnitChooser
from htx_desktop.services import activities
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("CooperativeChooser", text)


def fill_cooperatives(combo: QComboBox, database: Database, unit_code: str) -> None:
    """Every live cooperative and group of the units an officer of `unit_code` records for, as
    "Name — unit"; the item data is the id as text (a plain value Qt compares reliably)."""
    chooser = UnitChooser.attach(combo, revert=False)  # a name that matches nothing stays, with its message
    combo.clear()
    combo.addItem("", None)
    for choice in activities.cooperative_choices(database, unit_code):
        combo.addItem(f"{choice.name} — {choice.unit_name}", str(choice.id))
    combo.lineEdit().setPlaceholderText(_t("Gõ tên HTX/THT, không cần dấu"))
    chooser.resolve()


def set_cooperative(combo: QComboBox, cooperative_id: uuid.UUID | None) -> None:
    index = combo.findData(None if cooperative_id is None else str(cooperative_id))
    combo.setCurrentIndex(max(index, 0))


def chosen_cooperative(combo: QComboBox) -> tuple[uuid.UUID | None, str | None]:
    """The cooperative the text names, or None with why not (None when nothing was typed)."""
    chooser = UnitChooser.attach(combo, revert=False)
    code = chooser.chosen()
    if code is not None:
        return uuid.UUID(code), None
    text = combo.currentText().strip()
    if not text:
        return None, None
    count = len(chooser.matches())
    if count == 0:
        return None, _t("Không có HTX/THT nào khớp “{text}”. Hãy gõ lại tên.").format(text=text)
    return None, _t("Có {count} HTX/THT khớp “{text}”; hãy chọn một trong danh sách.").format(count=count, text=text)
