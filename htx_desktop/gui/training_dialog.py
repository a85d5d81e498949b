"""The training form (ui/training_form.ui): the training's fields on the left, saved with Save,
and its attendance list on the right (gui/attendance_panel.py), saved at every change."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QWidget

from htx_desktop.domain.enums import FundingSource, TargetGroup, TrainingFormat, TrainingTopic
from htx_desktop.domain.records import TrainingData
from htx_desktop.domain.validation import check_training
from htx_desktop.errors import ValidationError
from htx_desktop.gui import fields as f
from htx_desktop.gui.attendance_panel import AttendancePanel
from htx_desktop.gui.common import Session, fill_units
from htx_desktop.gui.form_dialog import FormDialog
from htx_desktop.gui.import_wizard import add_to_training_form as add_import_button
from htx_desktop.services import trainings
from htx_desktop.storage.database import Database

DATE_FIELDS = {"starts_on", "ends_on"}
NAMES = ("title", "topic", "format", "starts_on", "ends_on", "place", "organiser", "funding_source",
         "target_group", "unit_code", "notes")


class TrainingDialog(FormDialog):
    def __init__(self, database: Database, session: Session, training_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("training_form", database, session, parent)
        self.training_id = training_id
        self.find_widgets(NAMES)
        f.fill_enum(self.widgets["topic"], TrainingTopic)
        f.fill_enum(self.widgets["format"], TrainingFormat)
        f.fill_enum(self.widgets["funding_source"], FundingSource, blank="")
        f.fill_enum(self.widgets["target_group"], TargetGroup, blank="")
        fill_units(self.widgets["unit_code"], database, session.unit_code)
        f.set_combo(self.widgets["unit_code"], session.unit_code)
        self.errors = f.ErrorLabels(self.widgets, {"unit": "unit_code"})
        self.attendance = AttendancePanel(self.form, database, session)
        self.attendance.needs_training.connect(self.save_for_attendance)
        self.attendance.written.connect(self.list_written)
        self.finished.connect(self.attendance.stop)
        self.table = self.attendance.table
        add_import_button(self, self.attendance.buttons["add_attendee"])
        if training_id is not None:
            self.reload()
            self.attendance.show_training(training_id)

    def reload(self) -> None:
        loaded = trainings.load(self.database, self.training_id)
        data, self.loaded_version = loaded.data, loaded.version
        for name, widget in self.widgets.items():
            f.write(widget, getattr(data, name))

    @property
    def record_id(self) -> uuid.UUID | None:
        return self.training_id

    def store(self) -> None:
        values, problems = f.read_values(self.widgets, dates=DATE_FIELDS)
        data = TrainingData(**values)  # type: ignore[arg-type]
        if problems:
            raise ValidationError(check_training(data, date.today()) | problems)
        if self.training_id is None:
            self.training_id = trainings.create(self.database, data, self.session)
            self.loaded_version = trainings.load(self.database, self.training_id).version
        else:
            self.loaded_version = trainings.update(self.database, self.training_id, data, self.session,
                                                   expected=self.loaded_version)

    def save_for_attendance(self) -> None:
        """People are about to be added to a new training: save it first (if it can be; if not,
        the messages are under the fields). Changes to the fields of a training already saved
        stay unsaved until Save, as everywhere."""
        if self.training_id is None and self.store_checked() and self.training_id is not None:
            self.attendance.show_training(self.training_id)

    def refresh_attendees(self) -> None:
        """An attendance list was imported from Excel: show it, and count it as a change."""
        if self.training_id is not None:
            self.attendance.show_training(self.training_id)
        self.saved = True

    def list_written(self) -> None:
        """A change to the list is a change to this training, even if the form closes unsaved."""
        self.saved = True
