"""Reading and writing form fields, and showing validation messages next to them."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from htx_desktop.dates import read_date
from htx_desktop.formatting import group_digits, short_date
from htx_desktop.messages import label
from htx_desktop.gui.styles import ERROR_STYLE

def _t(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


class FieldError(ValueError):
    """Text in a field that cannot be read (a date or a number); its message is for the user."""


def parse_date(text: str) -> date | None:
    """A date field's text (see `htx_desktop.dates.read_date`); empty is None."""
    try:
        return read_date(text)
    except ValueError:
        raise FieldError(_t("Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 04/05/2023.")) from None


def parse_int(text: str) -> int | None:
    """An integer typed with or without grouping dots or spaces: "1.234.567" → 1234567."""
    cleaned = re.sub(r"[\s.,]", "", text)
    if not cleaned:
        return None
    if not re.fullmatch(r"-?\d+", cleaned):
        raise FieldError(_t("Hãy nhập một số nguyên, ví dụ 1.500.000."))
    return int(cleaned)


def fill_enum(combo: QComboBox, choices: type[StrEnum], blank: str | None = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for member in choices:
        combo.addItem(label(member), member.value)


def set_combo(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    elif combo.isEditable():
        combo.setEditText("" if value is None else str(value))


def combo_value(combo: QComboBox) -> object:
    if combo.isEditable() and combo.currentData() is None:
        return combo.currentText().strip() or None
    return combo.currentData()


def write(widget: QWidget, value: object) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        set_combo(widget, value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QLineEdit):
        if isinstance(value, date):
            widget.setText(short_date(value))
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
            widget.setText(group_digits(value))
        else:
            widget.setText("" if value is None else str(value))


def _form_row(widget: QWidget) -> tuple[QFormLayout, int] | None:
    """The form layout holding `widget` (possibly nested in other layouts) and its row."""
    parent = widget.parentWidget()
    pending = [parent.layout()] if parent is not None and parent.layout() is not None else []
    while pending:
        layout = pending.pop()
        if isinstance(layout, QFormLayout):
            row, _role = layout.getWidgetPosition(widget)
            if row >= 0:
                return layout, row
        pending.extend(layout.itemAt(i).layout() for i in range(layout.count()) if layout.itemAt(i).layout())
    return None


def shown_text(widget: QWidget) -> str:
    """What a field shows, as the officer reads it (a choice's label, not its code)."""
    if isinstance(widget, QCheckBox):
        return _t("có") if widget.isChecked() else _t("không")
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return widget.text() if isinstance(widget, QLineEdit) else ""


def label_of(widget: QWidget) -> str:
    """The field's accessible name when it has one (a label such as "trong đó nữ" that reads the same
    on two rows), else the text of the label in front of it in its form (a check box's own text),
    without "&" and ":", or its name."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QCheckBox) and widget.text():
        return widget.text().replace("&", "")
    found = _form_row(widget)
    if found is not None:
        item = found[0].itemAt(found[1], QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            return item.widget().text().replace("&", "").rstrip(": ")
    return widget.objectName()


def reveal(widget: QWidget) -> None:
    """Bring a field into view and give it the focus: switch to its tab, scroll to it."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            parent.parentWidget().setCurrentWidget(child)
        elif isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        child, parent = parent, parent.parentWidget()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


class ErrorLabels:
    """A red message under each field of a form layout, shown only when there is one."""

    def __init__(self, widgets: dict[str, QWidget], aliases: dict[str, str] | None = None) -> None:
        self.widgets = widgets
        self.aliases = aliases or {}  # error key -> field name, e.g. "unit" -> "unit_code"
        self.labels: dict[str, QLabel] = {}
        for name, widget in widgets.items():
            place = _form_row(widget)
            if place is None:
                continue
            layout, row = place
            message = QLabel()
            message.setObjectName(f"{name}_error")
            message.setStyleSheet(ERROR_STYLE)
            message.setWordWrap(True)
            message.hide()
            layout.insertRow(row + 1, "", message)
            self.labels[name] = message

    def show(self, errors: dict[str, str]) -> dict[str, str]:
        """Show each message under its field, focus the first field in error (in tab order),
        and return the messages that belong to no field shown here."""
        errors = {self.aliases.get(key, key): text for key, text in errors.items()}
        for name, message in self.labels.items():
            text = errors.get(name, "")
            message.setText(text)
            message.setVisible(bool(text))
        in_error = [self.widgets[name] for name in errors if name in self.labels]
        if in_error:
            reveal(min(in_error, key=_tab_position(in_error[0].window())))
        return {name: text for name, text in errors.items() if name not in self.labels}

    def message(self, name: str) -> str:
        return self.labels[name].text() if name in self.labels and self.labels[name].isVisible() else ""


def _tab_position(window: QWidget):  # type: ignore[no-untyped-def]
    """A sort key: where a widget comes in the window's Tab order."""
    order: dict[int, int] = {}
    widget, position = window.nextInFocusChain(), 0
    while widget is not window and position < 5000:
        order.setdefault(id(widget), position)
        widget, position = widget.nextInFocusChain(), position + 1
    return lambda w: order.get(id(w), position)


def read_values(widgets: dict[str, QWidget], dates: set[str] = frozenset(), ints: set[str] = frozenset()
                ) -> tuple[dict[str, object], dict[str, str]]:
    """Every field's value, and a message for each one that cannot be read (its value is None)."""
    values: dict[str, object] = {}
    problems: dict[str, str] = {}
    for name, widget in widgets.items():
        try:
            if name in dates:
                values[name] = parse_date(widget.text())
            elif name in ints:
                values[name] = parse_int(widget.text())
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[name] = combo_value(widget)
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
        except FieldError as error:
            problems[name] = str(error)
            values[name] = None
    return values, problems
