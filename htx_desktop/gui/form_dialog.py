"""What every edit dialog shares: a Designer form with Save and Cancel, and one way to report
what went wrong (under the field for invalid input, a message box for a refused action); and,
when another officer saved the record since the form loaded it, a reload that keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from htx_desktop.errors import ChangedSinceShown, HtxError, ValidationError
from htx_desktop.gui import fields as f
from htx_desktop.gui.common import Session, confirm, show_error, translate
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


def attempt(parent: QWidget, errors: f.ErrorLabels, message: QLabel | None, action: Callable[[], object],
            on_changed: Callable[[ChangedSinceShown], None] | None = None) -> bool:
    """Run a save action; show what is wrong and return False instead of raising.

    Each message goes under its field (the first such field gets the focus); a message that
    belongs to no field of the form is shown in the form's message line, or in a box. A save
    refused because someone else saved the record first goes to `on_changed` (to offer a reload)
    where one is given."""
    try:
        action()
    except ChangedSinceShown as error:
        if on_changed is None:
            show_error(parent, error.message)
        else:
            on_changed(error)
        return False
    except ValidationError as error:
        elsewhere = errors.show(error.errors)
        lines = [_t("Chưa lưu được: hãy sửa các ô có thông báo màu đỏ.")] if len(elsewhere) < len(error.errors) else []
        lines += list(elsewhere.values())
        if message is not None:
            message.setText("\n".join(lines))
        elif elsewhere:
            show_error(parent, "\n".join(elsewhere.values()))
        return False
    except HtxError as error:
        show_error(parent, error.message)
        return False
    errors.show({})
    if message is not None:
        message.setText("")
    return True


def ask_reload(parent: QWidget, error: ChangedSinceShown, kept: str) -> bool:
    """The refusal of a save over someone else's newer one, and the question whether to show the
    newest ("Tải lại", the default) or go on with what is shown; `kept` says what stays."""
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Bản ghi đã được người khác sửa"), error.message + "\n\n" + kept,
                      parent=parent)
    reload = box.addButton(_t("&Tải lại"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_t("Tiếp tục &sửa"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(reload)
    box.exec()
    return box.clickedButton() is reload


def reload_keeping_typing(parent: QWidget, error: ChangedSinceShown, base: dict[str, object],
                          state: Callable[[], dict[str, object]], field_widget: Callable[[str], QWidget | None],
                          reload: Callable[[], None], message: QLabel | None) -> dict[str, object] | None:
    """Someone else saved the record since the form loaded it (`base`: the fields as loaded; `state`
    reads them now): nothing was written. "Tải lại" (`reload`) shows the newest record and keeps
    the officer's typing: a field only the officer changed keeps what was typed; a field both
    changed shows the newest value, and what the officer typed there is listed in `message`, to
    copy back if it should win. Returns the fields as reloaded (None if the officer went on)."""
    if not ask_reload(parent, error, _t("Những gì bạn đã nhập vẫn được giữ: ô nào người kia không sửa sẽ giữ "
                                        "nguyên như bạn nhập.")):
        return None
    mine = state()
    typed_text = {name: f.shown_text(widget) for name in mine if (widget := field_widget(name)) is not None}
    reload()
    newest = state()
    both_changed = []
    for name, typed in mine.items():
        widget = field_widget(name)
        if widget is None or typed == base.get(name) or typed == newest.get(name):
            continue
        if newest.get(name) == base.get(name):
            f.write(widget, typed)
        else:
            both_changed.append(f"{f.label_of(widget)}: {typed_text[name]}")
    if message is not None:
        message.setText(
            _t("Đã tải bản mới nhất. Cả hai cùng sửa các ô sau; ô đang hiện bản mới nhất, bạn đã nhập:")
            + "\n" + "\n".join(both_changed) if both_changed else _t("Đã tải bản mới nhất, giữ những gì bạn đã nhập."))
    return newest


class FormDialog(QDialog):
    """A dialog showing `ui/<form_name>.ui`; subclasses fill `widgets`, `errors` and `store()`.

    The Designer form is a plain widget inside this one dialog, so Esc, the window's close
    button and Cancel all close the whole form. When something typed is not saved yet, it asks
    first. `saved` tells the list whether the record was written (a post or an attendee saves a
    new record before it is attached to it, even if the form is then closed without Save).
    """

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
        self.saved = False
        self._clean: dict[str, object] | None = None
        #: the version of the record the fields show; its save is refused if the stored one moved on
        self.loaded_version: int | None = None

    def find_widgets(self, names: tuple[str, ...] | list[str]) -> None:
        self.widgets = {name: child(self.form, QWidget, name) for name in names}

    def store(self) -> None:
        """Read the form and write it through the services; raise ValidationError/HtxError."""
        raise NotImplementedError

    def reload(self) -> None:
        """Fill the fields again from the database (the newest data) and set `loaded_version`."""
        raise NotImplementedError

    def store_checked(self) -> bool:
        if not attempt(self, self.errors, self.message, self.store, self.offer_reload):
            return False
        self.saved = True
        self.mark_clean()
        return True

    def save(self) -> None:
        if self.store_checked():
            self.accept()

    def state(self) -> dict[str, object]:
        """What the officer has put in the fields (as typed), to tell whether anything changed."""
        return f.read_values(self.widgets)[0]

    def offer_reload(self, error: ChangedSinceShown) -> None:
        """Someone else saved the record since it was loaded: nothing was written (see
        `reload_keeping_typing`)."""
        newest = reload_keeping_typing(self, error, self._clean or {}, self.state, self.field_widget, self.reload,
                                       self.message)
        if newest is not None:
            self._clean = newest

    def field_widget(self, name: str) -> QWidget | None:
        """The widget showing the value `state()` calls `name`."""
        return self.widgets.get(name)

    def mark_clean(self) -> None:
        self._clean = self.state()

    def is_dirty(self) -> bool:
        return self._clean is not None and self.state() != self._clean

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._clean is None:  # what the form showed when it opened, filled in
            self.mark_clean()

    def reject(self) -> None:
        """Esc, Cancel or the window's ✕: ask before losing what was typed."""
        if self.is_dirty() and self.session.can_edit and not confirm(
            self, _t("Đóng biểu mẫu"), _t("Những gì vừa nhập chưa được lưu. Đóng và bỏ các thay đổi?"),
            _t("&Bỏ thay đổi"), _t("&Tiếp tục sửa"),
        ):
            return
        super().reject()
