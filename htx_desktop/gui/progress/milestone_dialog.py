"""Record the day a milestone of the plan was reached (or that it is not done after all)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from htx_desktop.errors import ChangedSinceLoaded, HtxError, ValidationError
from htx_desktop.formatting import short_date
from htx_desktop.gui.common import show_error, translate
from htx_desktop.gui.fields import FieldError, parse_date
from htx_desktop.gui.form_dialog import reload_keeping_typing
from htx_desktop.plans import milestones
from htx_desktop.security.access import Actor
from htx_desktop.services.common import today
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("MilestoneDialog", text)


class MilestoneDialog(QDialog):
    def __init__(self, database: Database, actor: Actor, code: str, name: str, unit_code: str, unit_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor, self.code, self.unit_code = database, actor, code, unit_code
        self.setWindowTitle(_t("Ghi nhận hoàn thành"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        heading = QLabel(_t("<b>{name}</b><br>{unit}").format(name=name, unit=unit_name), wordWrap=True)
        layout.addWidget(heading)
        form = QFormLayout()
        # typed as in every form (dd/mm/yyyy, or 8 digits), read by the forms' one date parser
        self.done_on = QLineEdit(objectName="done_on", placeholderText="dd/mm/yyyy", maxLength=10)
        self.note = QLineEdit(objectName="note", maxLength=300,
                              placeholderText=_t("Ví dụ: Quyết định số 12/QĐ-UBND ngày 20/10/2024"))
        form.addRow(_t("&Ngày hoàn thành:"), self.done_on)
        self.error = QLabel(objectName="done_on_error", wordWrap=True, styleSheet="color: #b71c1c;")
        self.error.hide()
        form.addRow("", self.error)
        form.addRow(_t("&Ghi chú:"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(_t("&Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.undo_button = buttons.addButton(_t("Đánh dấu &chưa xong"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(_t("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self.not_done)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # once in the dialog: Enter saves, never "chưa xong"

        self.message = QLabel(objectName="milestone_message", wordWrap=True)
        layout.addWidget(self.message)
        self.fields = {"done_on": self.done_on, "note": self.note}
        self.reload()
        self.done_on.selectAll()
        self.done_on.setFocus()

    def state(self) -> dict[str, object]:
        return {name: field.text() for name, field in self.fields.items()}

    def reload(self) -> None:
        """Show the record as saved (today and no note when there is none)."""
        found = milestones.recorded(self.database, self.code, self.unit_code)
        self.done_on.setText(short_date(found.done_on if found else today()))
        self.note.setText(found.note or "" if found else "")
        self.undo_button.setVisible(found is not None)
        #: the version shown (0: none); a save or "chưa xong" expects it unchanged
        self.loaded_version, self.clean = (found.version if found else 0), self.state()

    def changed_since(self, error: ChangedSinceLoaded) -> None:
        """Someone else recorded or cleared it meanwhile: "Tải lại" shows theirs, keeping the typing."""
        newest = reload_keeping_typing(self, error, self.clean, self.state, self.fields.get, self.reload, self.message)
        if newest is not None:
            self.clean = newest

    def save(self) -> None:
        try:
            day = parse_date(self.done_on.text())
            milestones.record(self.database, self.code, self.unit_code, day, self.note.text(), self.actor,
                              expected=self.loaded_version)
        except ChangedSinceLoaded as refused:
            self.changed_since(refused)
            return
        except (FieldError, ValidationError) as refused:
            message = refused.errors.get("done_on", str(refused)) if isinstance(refused, ValidationError) else str(refused)
            self.error.setText(message)
            self.error.show()
            self.done_on.setFocus()
            return
        except HtxError as refused:
            show_error(self, str(refused))
            return
        self.accept()

    def not_done(self) -> None:
        try:
            milestones.clear(self.database, self.code, self.unit_code, self.actor, expected=self.loaded_version)
        except ChangedSinceLoaded as refused:
            self.changed_since(refused)
            return
        except HtxError as refused:
            show_error(self, str(refused))
            return
        self.accept()
