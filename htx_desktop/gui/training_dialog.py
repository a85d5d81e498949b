"""The training form (ui/training_form.ui)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from htx_desktop.domain.enums import FundingSource, TargetGroup, TrainingFormat, TrainingTopic
from htx_desktop.domain.records import TrainingData
from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.gui import fields as f
from htx_desktop.gui.common import Session, fill_units, show_error, translate
from htx_desktop.gui.forms import child, load_form
from htx_desktop.services import trainings
from htx_desktop.storage.database import Database

TEXT_FIELDS = ("title", "place", "organiser")
DATE_FIELDS = ("starts_on", "ends_on")
COMBO_FIELDS = ("topic", "format", "funding_source", "target_group", "unit_code")


def _t(text: str) -> str:
    return translate("TrainingDialog", text)


class TrainingDialog(QDialog):
    def __init__(self, database: Database, session: Session, training_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.session, self.training_id = database, session, training_id
        self.form = load_form("training_form")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        names = TEXT_FIELDS + DATE_FIELDS + COMBO_FIELDS + ("notes",)
        self.widgets: dict[str, QWidget] = {name: child(self.form, QWidget, name) for name in names}
        f.fill_enum(self.widgets["topic"], TrainingTopic)
        f.fill_enum(self.widgets["format"], TrainingFormat)
        f.fill_enum(self.widgets["funding_source"], FundingSource, blank="")
        f.fill_enum(self.widgets["target_group"], TargetGroup, blank="")
        fill_units(self.widgets["unit_code"], database, session.unit_code)
        f.set_combo(self.widgets["unit_code"], session.unit_code)
        self.errors = f.ErrorLabels(self.widgets, {"unit": "unit_code"})
        self.message = child(self.form, QLabel, "form_message")
        buttons = child(self.form, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(_t("Lưu"))
        save.setEnabled(session.can_edit and training_id is None)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Hủy"))
        if training_id is not None:
            data = trainings.get(database, training_id)
            for name, widget in self.widgets.items():
                f.write(widget, getattr(data, name))

    def save(self) -> None:
        values: dict[str, object] = {name: self.widgets[name].text() for name in TEXT_FIELDS}
        values |= {name: f.combo_value(self.widgets[name]) for name in COMBO_FIELDS}
        notes: QPlainTextEdit = self.widgets["notes"]
        values["notes"] = notes.toPlainText()
        try:
            problems = {}
            for name in DATE_FIELDS:
                try:
                    values[name] = f.parse_date(self.widgets[name].text())
                except f.FieldError as error:
                    problems[name] = str(error)
            if problems:
                raise ValidationError(problems)
            self.training_id = trainings.create(self.database, TrainingData(**values), self.session.username)
        except ValidationError as error:
            self.errors.show(error.errors)
            self.message.setText(_t("Chưa lưu được: hãy sửa các ô có thông báo màu đỏ."))
            return
        except HtxError as error:
            show_error(self, error.message)
            return
        self.accept()
