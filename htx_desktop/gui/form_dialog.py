"""What every edit dialog shares: a Designer form with Save and Cancel, and one way to report
what went wrong (under the field for invalid input, a message box for a refused action)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.gui import fields as f
from htx_desktop.gui.common import Session, show_error, translate
from htx_desktop.gui.forms import child, load_form
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("FormDialog", text)


def name_buttons(buttons: QDialogButtonBox) -> None:
    """Vietnamese texts on Save/Cancel (Qt ships no Vietnamese for its standard buttons)."""
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(_t("Lưu"))
    save.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Hủy"))


def attempt(parent: QWidget, errors: f.ErrorLabels, message: QLabel | None, action: Callable[[], object]) -> bool:
    """Run a save action; show what is wrong and return False instead of raising."""
    try:
        action()
    except ValidationError as error:
        errors.show(error.errors)
        if message is not None:
            message.setText(_t("Chưa lưu được: hãy sửa các ô có thông báo màu đỏ."))
        return False
    except HtxError as error:
        show_error(parent, error.message)
        return False
    errors.show({})
    if message is not None:
        message.setText("")
    return True


class FormDialog(QDialog):
    """A dialog showing `ui/<form_name>.ui`; subclasses fill `widgets`, `errors` and `store()`."""

    def __init__(self, form_name: str, database: Database, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.database, self.session = database, session
        self.form = load_form(form_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        self.resize(self.form.size())
        self.widgets: dict[str, QWidget] = {}
        self.errors = f.ErrorLabels({})
        self.message = child(self.form, QLabel, "form_message")
        self.buttons = child(self.form, QDialogButtonBox, "buttons")
        name_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(session.can_edit)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def find_widgets(self, names: tuple[str, ...] | list[str]) -> None:
        self.widgets = {name: child(self.form, QWidget, name) for name in names}

    def store(self) -> None:
        """Read the form and write it through the services; raise ValidationError/HtxError."""
        raise NotImplementedError

    def store_checked(self) -> bool:
        return attempt(self, self.errors, self.message, self.store)

    def save(self) -> None:
        if self.store_checked():
            self.accept()
