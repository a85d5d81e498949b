"""The training form (ui/training_form.ui), with the list of who attended and who completed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from htx_desktop.domain.enums import FundingSource, TargetGroup, TrainingFormat, TrainingTopic
from htx_desktop.domain.records import AttendanceData, TrainingData
from htx_desktop.domain.validation import check_training
from htx_desktop.errors import HtxError, ValidationError
from htx_desktop.gui import fields as f
from htx_desktop.gui.common import Session, fill_units, show_error, translate
from htx_desktop.gui.form_dialog import FormDialog
from htx_desktop.gui.forms import child
from htx_desktop.gui.import_wizard import add_to_training_form as add_import_button
from htx_desktop.gui.person_picker import PersonPicker
from htx_desktop.services import trainings
from htx_desktop.storage.database import Database

DATE_FIELDS = {"starts_on", "ends_on"}
NAMES = ("title", "topic", "format", "starts_on", "ends_on", "place", "organiser", "funding_source",
         "target_group", "unit_code", "notes")
ATTENDED, COMPLETED = 2, 3  # columns of the attendance table


def _t(text: str) -> str:
    return translate("TrainingDialog", text)


class AttendeeDialog(QDialog):
    """Add people to a training one after another: type a name, Enter adds the highlighted
    person and clears the field for the next one; Esc or "Xong" closes."""

    def __init__(self, database: Database, session: Session, add: Callable[[uuid.UUID], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Thêm học viên"))
        self.add = add
        self.picker = PersonPicker(database, session, self)
        self.picker.picked.connect(self.add_person)
        self.added = QLabel(objectName="added", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_t("Xong"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.added)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.picker.setFocus()

    def add_person(self, person_id: uuid.UUID) -> None:
        self.added.setText(self.add(person_id))
        self.picker.clear()


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
        self.table = child(self.form, QTableWidget, "attendance_table")
        self.rows: list[trainings.AttendeeRow] = []
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels([_t("Họ và tên"), _t("Năm sinh"), _t("Tham dự"), _t("Hoàn thành")])
        self.table.setColumnWidth(0, 240)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self.attendance_changed)
        for name, slot in (("add_attendee", self.add_attendee), ("remove_attendee", self.remove_attendee)):
            button = child(self.form, QPushButton, name)
            button.clicked.connect(slot)
            button.setEnabled(session.can_edit)
        add_import_button(self, child(self.form, QPushButton, "add_attendee"))
        if training_id is not None:
            data = trainings.get(database, training_id)
            for name, widget in self.widgets.items():
                f.write(widget, getattr(data, name))
            self.refresh_attendees()

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
        else:
            trainings.update(self.database, self.training_id, data, self.session)

    def refresh_attendees(self) -> None:
        self.rows = trainings.attendees(self.database, self.training_id)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for row, attendee in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(attendee.full_name))
            self.table.setItem(row, 1, QTableWidgetItem(str(attendee.birth_year or "")))
            for column, checked in ((ATTENDED, attendee.attended), (COMPLETED, attendee.completed)):
                item = QTableWidgetItem()
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if self.session.can_edit:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def attendance_changed(self, item: QTableWidgetItem) -> None:
        if item.column() not in (ATTENDED, COMPLETED):
            return
        row = item.row()
        attended = self.table.item(row, ATTENDED).checkState() == Qt.CheckState.Checked
        completed = self.table.item(row, COMPLETED).checkState() == Qt.CheckState.Checked
        if item.column() == COMPLETED and completed:
            attended = True  # completing implies having attended
        elif item.column() == ATTENDED and not attended:
            completed = False
        try:
            trainings.set_attendance(self.database, AttendanceData(self.training_id, self.rows[row].person_id,
                                                                   attended, completed), self.session)
        except HtxError as error:
            show_error(self, error.message)
        self.refresh_attendees()

    def add_attendee(self) -> None:
        if not self.store_checked():  # a new training is saved first
            return
        AttendeeDialog(self.database, self.session, self.add_person, self).exec()

    def add_person(self, person_id: uuid.UUID) -> str:
        """Put a person on the list; what to tell the officer."""
        known = {row.person_id for row in self.rows}
        if person_id not in known:
            try:
                trainings.set_attendance(self.database, AttendanceData(self.training_id, person_id),
                                         self.session)
            except HtxError as error:
                return error.message
            self.refresh_attendees()
        name = next(row.full_name for row in self.rows if row.person_id == person_id)
        done = _t("Đã có trong danh sách: {name}.") if person_id in known else _t("Đã thêm: {name}.")
        return done.format(name=name) + " " + _t("Danh sách có {count} học viên.").format(count=len(self.rows))

    def remove_attendee(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        trainings.remove_attendance(self.database, self.training_id, self.rows[row].person_id, self.session)
        self.refresh_attendees()
