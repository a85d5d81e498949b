"""The person form (ui/person_form.ui), with a warning when the person seems to be there already.

National ID and priority groups are sensitive: the fields are not even shown to a viewer.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from htx_desktop.domain.enums import CadreLevel, PriorityGroup, Sex
from htx_desktop.domain.records import PersonData
from htx_desktop.domain.validation import check_person
from htx_desktop.domain.vocabularies import ETHNIC_GROUPS
from htx_desktop.errors import ValidationError
from htx_desktop.gui import fields as f
from htx_desktop.gui.activities.history import PersonHistory
from htx_desktop.gui.common import Session, fill_units, translate
from htx_desktop.gui.form_dialog import FormDialog
from htx_desktop.gui.forms import child
from htx_desktop.messages import label
from htx_desktop.services import people
from htx_desktop.storage.database import Database

TEXT_FIELDS = ("full_name", "address", "phone", "national_id")


def _t(text: str) -> str:
    return translate("PersonDialog", text)


class PersonDialog(FormDialog):
    def __init__(self, database: Database, session: Session, person_id: uuid.UUID | None = None,
                 parent: QWidget | None = None, name: str = "") -> None:
        super().__init__("person_form", database, session, parent)
        self.person_id = person_id
        self.saved_name = ""
        self.find_widgets(TEXT_FIELDS + ("birth_year", "sex", "ethnicity", "unit_code", "cadre_level", "notes"))
        f.fill_enum(self.widgets["sex"], Sex)
        f.fill_enum(self.widgets["cadre_level"], CadreLevel, blank=_t("Không phải cán bộ Hội"))
        ethnicity: QComboBox = self.widgets["ethnicity"]
        for ethnic_name in ETHNIC_GROUPS:
            ethnicity.addItem(ethnic_name, ethnic_name)
        fill_units(self.widgets["unit_code"], database, session.unit_code)
        self.priority = child(self.form, QGroupBox, "priority_box")
        grid: QGridLayout = self.priority.layout()
        self.priority_boxes: dict[str, QCheckBox] = {}
        for number, group in enumerate(PriorityGroup):
            box = QCheckBox(label(group), objectName=f"priority_{group.value}")
            self.priority_boxes[group.value] = box
            grid.addWidget(box, number // 2, number % 2)
        self.sensitive = people.may_see_sensitive(session.role)
        if not self.sensitive:  # a viewer never sees these fields, not even empty
            national_id = self.widgets.pop("national_id")
            national_id.hide()
            child(self.form, QLabel, "label_national_id").hide()
            self.priority.hide()
        self.errors = f.ErrorLabels(self.widgets, {"unit": "unit_code"})
        self.warning = child(self.form, QLabel, "duplicate_warning")
        self.warning.setStyleSheet("color: #8a5a00;")
        self._check_timer = QTimer(self, singleShot=True, interval=300)
        self._check_timer.timeout.connect(self.check_duplicates)
        for field in ("full_name", "birth_year"):
            self.widgets[field].textChanged.connect(self._check_timer.start)
        self.widgets["unit_code"].currentIndexChanged.connect(self._check_timer.start)
        self.history = PersonHistory(self)  # the "Khóa học và chức vụ" tab
        if person_id is not None:
            self.reload()
            self.history.refresh(person_id)
            if session.is_admin:
                self._add_personal_data_button()
        else:
            f.set_combo(self.widgets["unit_code"], session.unit_code)
            self.widgets["full_name"].setText(name)
        self.widgets["full_name"].setFocus()

    def _add_personal_data_button(self) -> None:
        button = self.buttons.addButton(_t("Dữ &liệu cá nhân…"), QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName("personal_data")
        button.clicked.connect(self.open_personal_data)

    def open_personal_data(self) -> None:
        """Export or erase (administrators); after an erasure the person is gone and the form closes."""
        from htx_desktop.gui.personal_data_dialog import PersonalDataDialog

        dialog = PersonalDataDialog(self.database, self.session, self.person_id,
                                    people.get(self.database, self.person_id).full_name, self)
        dialog.exec()
        dialog.deleteLater()
        if dialog.erased:
            self.saved = True
            QDialog.done(self, QDialog.DialogCode.Rejected)

    def reload(self) -> None:
        loaded = people.load(self.database, self.person_id, self.session.role)
        data, self.loaded_version = loaded.data, loaded.version
        for name, widget in self.widgets.items():
            f.write(widget, getattr(data, name))
        for group, box in self.priority_boxes.items():
            box.setChecked(group in data.priority_groups)

    def read(self) -> PersonData:
        """The form's person; a birth year that is not a number is reported with every other
        problem of the form at once."""
        try:
            birth_year, problems = f.parse_int(self.widgets["birth_year"].text()), {}
        except f.FieldError as error:
            birth_year, problems = None, {"birth_year": str(error)}
        text = {name: self.widgets[name].text() for name in TEXT_FIELDS if name in self.widgets}
        groups = [code for code, box in self.priority_boxes.items() if box.isChecked()] if self.sensitive else []
        notes: QPlainTextEdit = self.widgets["notes"]
        data = PersonData(
            unit_code=f.combo_value(self.widgets["unit_code"]),
            sex=self.widgets["sex"].currentData(),
            birth_year=birth_year,
            ethnicity=f.combo_value(self.widgets["ethnicity"]),
            cadre_level=self.widgets["cadre_level"].currentData(),
            priority_groups=groups,
            notes=notes.toPlainText(),
            **text,
        )
        if problems:
            raise ValidationError(check_person(data, date.today()) | problems)
        return data

    def state(self) -> dict[str, object]:
        return super().state() | {code: box.isChecked() for code, box in self.priority_boxes.items()}

    def field_widget(self, name: str) -> QWidget | None:
        return self.priority_boxes.get(name) or super().field_widget(name)

    def check_duplicates(self) -> None:
        name = self.widgets["full_name"].text()
        try:
            year = f.parse_int(self.widgets["birth_year"].text())
        except f.FieldError:
            year = None
        unit = f.combo_value(self.widgets["unit_code"])
        found = people.likely_duplicates(self.database, name, year, unit, exclude=self.person_id) if name.strip() else []
        self.warning.setText(
            _t("Có thể trùng: đã có {count} người cùng họ tên, năm sinh và đơn vị. Hãy kiểm tra trước khi lưu.")
            .format(count=len(found)) if found else ""
        )

    @property
    def record_id(self) -> uuid.UUID | None:
        return self.person_id

    def store(self) -> None:
        data = self.read()
        if self.person_id is None:
            self.person_id = people.create(self.database, data, self.session)
            self.loaded_version = people.load(self.database, self.person_id).version
        else:
            self.loaded_version = people.update(self.database, self.person_id, data, self.session,
                                                expected=self.loaded_version)
        self.saved_name = data.full_name
