"""The five activity forms (ui/outreach_form.ui, support_form.ui, job_form.ui,
commendation_form.ui, funding_form.ui): one dialog shape, each kind adding only what is its own
(a row shown for one choice, a cooperative or person to pick)."""

from __future__ import annotations

import uuid
from dataclasses import fields
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from htx_desktop.domain.enums import (
    CommendationLevel,
    CommendationRecipient,
    FundingSource,
    OutreachKind,
    SocialPlatform,
    SupportKind,
    TrainingFormat,
)
from htx_desktop.errors import ValidationError
from htx_desktop.gui import fields as f
from htx_desktop.gui.activities.choosers import chosen_cooperative, fill_cooperatives, set_cooperative
from htx_desktop.gui.common import Session, fill_units, translate
from htx_desktop.gui.form_dialog import FormDialog
from htx_desktop.gui.person_picker import ID_ROLE, PersonPicker
from htx_desktop.gui.widgets.unit_chooser import UnitChooser
from htx_desktop.services import activities
from htx_desktop.services.activities import RecordKind
from htx_desktop.storage.database import Database

#: Lenders an officer meets most; any other can be typed.
LENDERS = ("Ngân hàng Chính sách xã hội (VBSP)", "Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank)",
           "Quỹ hỗ trợ phát triển HTX", "Quỹ hỗ trợ phụ nữ phát triển")
#: Commendations an officer meets most; any other can be typed.
COMMENDATION_TITLES = ("Giấy khen của Chủ tịch UBND xã", "Giấy khen của Ban Thường vụ Hội LHPN tỉnh",
                       "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen của Đoàn Chủ tịch TW Hội LHPN Việt Nam",
                       "Kỷ niệm chương “Vì sự phát triển của phụ nữ Việt Nam”")


def _t(text: str) -> str:
    return translate("ActivityDialogs", text)


class ActivityDialog(FormDialog):
    """A form for one record of `kind`: fields named as the record's data, read and written the
    same way for every kind; Enter saves, Esc asks first when something typed is not saved."""

    form_name: ClassVar[str]
    kind: ClassVar[RecordKind]
    dates: ClassVar[set[str]] = set()
    ints: ClassVar[set[str]] = set()
    choices: ClassVar[dict[str, tuple[type[StrEnum], bool]]] = {}  # field -> (vocabulary, may be blank)

    def __init__(self, database: Database, session: Session, record_id: uuid.UUID | None = None,
                 parent: QWidget | None = None, cooperative_id: uuid.UUID | None = None) -> None:
        super().__init__(self.form_name, database, session, parent)
        self.record_id = record_id
        self.find_widgets([item.name for item in fields(self.kind.data)])
        for name, (vocabulary, blank) in self.choices.items():
            f.fill_enum(self.widgets[name], vocabulary, blank="" if blank else None)
        if "unit_code" in self.widgets:
            fill_units(self.widgets["unit_code"], database, session.unit_code)
            f.set_combo(self.widgets["unit_code"], session.unit_code)
        if "cooperative_id" in self.widgets:
            fill_cooperatives(self.widgets["cooperative_id"], database, session.unit_code)
            set_cooperative(self.widgets["cooperative_id"], cooperative_id)
        self.errors = f.ErrorLabels(self.widgets, {"unit": "unit_code"})
        self.prepare()
        if record_id is not None:
            self.reload()
        self.follow_choices()
        # The first field; opened from a cooperative's form, the one after the cooperative.
        rows = self.form.findChild(QFormLayout, "fields")
        in_order = sorted(self.widgets.values(), key=lambda widget: rows.getWidgetPosition(widget)[0])
        in_order[1 if cooperative_id is not None else 0].setFocus()

    # what a kind may add
    def prepare(self) -> None:
        """Fill what is the kind's own (suggestions, pickers) and connect its choices."""

    def follow_choices(self) -> None:
        """Show the rows that the choices made so far call for."""

    def extra_values(self) -> dict[str, Any]:
        """Values read another way than from the fields (the person picked)."""
        return {}

    # one way for all
    def show_row(self, name: str, visible: bool) -> None:
        self.form.findChild(QFormLayout, "fields").setRowVisible(self.widgets[name], visible)

    def reload(self) -> None:
        loaded = self.kind.load(self.database, self.record_id)
        self.loaded_version = loaded.version
        self.load(loaded.data)

    def load(self, data: Any) -> None:
        for name, widget in self.widgets.items():
            value = getattr(data, name)
            if name == "cooperative_id":
                set_cooperative(widget, value)
            else:
                f.write(widget, value)

    def read(self) -> Any:
        values, problems = f.read_values(self.widgets, dates=self.dates, ints=self.ints)
        if "cooperative_id" in self.widgets:
            values["cooperative_id"], problem = chosen_cooperative(self.widgets["cooperative_id"])
            if problem:
                problems["cooperative_id"] = problem
        values |= self.extra_values()
        data = self.kind.data(**{item.name: values.get(item.name) for item in fields(self.kind.data)})
        if problems:
            raise ValidationError(self.kind.check(data, date.today()) | problems)
        return data

    def store(self) -> None:
        data = self.read()
        if self.record_id is None:
            self.record_id = self.kind.create(self.database, data, self.session)
            self.loaded_version = self.kind.load(self.database, self.record_id).version
        else:
            self.loaded_version = self.kind.update(self.database, self.record_id, data, self.session,
                                                   expected=self.loaded_version)


class OutreachDialog(ActivityDialog):
    form_name = "outreach_form"
    kind = activities.OUTREACH
    dates = {"held_on"}
    ints = {"participants", "female_participants"}
    choices = {"kind": (OutreachKind, False), "platform": (SocialPlatform, True), "format": (TrainingFormat, False)}

    def prepare(self) -> None:
        self.widgets["kind"].currentIndexChanged.connect(self.follow_choices)
        self.widgets["kind"].currentIndexChanged.connect(self.posts_are_online)

    def posts_are_online(self) -> None:
        if self.widgets["kind"].currentData() == OutreachKind.SOCIAL_POST:
            f.set_combo(self.widgets["format"], TrainingFormat.ONLINE.value)

    def follow_choices(self) -> None:
        post = self.widgets["kind"].currentData() == OutreachKind.SOCIAL_POST
        self.show_row("platform", post)
        if not post:
            self.widgets["platform"].setCurrentIndex(0)


class SupportDialog(ActivityDialog):
    form_name = "support_form"
    kind = activities.SUPPORT
    dates = {"given_on"}
    ints = {"amount"}
    choices = {"kind": (SupportKind, False)}

    def prepare(self) -> None:
        lender: QComboBox = self.widgets["loan_source"]
        lender.addItem("", None)
        for name in LENDERS:
            lender.addItem(name, name)
        # "agribank" or "chinh sach" finds the lender; a lender not in the list is typed whole.
        UnitChooser.attach(lender, revert=False)
        lender.lineEdit().setPlaceholderText(_t("Gõ tên, ví dụ: chinh sach, agribank"))
        self.widgets["kind"].currentIndexChanged.connect(self.follow_choices)

    def follow_choices(self) -> None:
        loan = self.widgets["kind"].currentData() == SupportKind.LOAN
        self.show_row("loan_source", loan)
        if not loan:
            self.widgets["loan_source"].setCurrentIndex(0)


class JobDialog(ActivityDialog):
    form_name = "job_form"
    kind = activities.JOBS
    dates = {"reported_on"}
    ints = {"year", "new_female_jobs", "stable_female_jobs"}

    def prepare(self) -> None:
        self.widgets["year"].setText(str(date.today().year))


class CommendationDialog(ActivityDialog):
    form_name = "commendation_form"
    kind = activities.COMMENDATIONS
    dates = {"given_on"}
    choices = {"recipient_kind": (CommendationRecipient, False), "level": (CommendationLevel, False)}

    def prepare(self) -> None:
        box = self.widgets["person_id"]
        self.picker = PersonPicker(self.database, self.session, box)
        self.picker.person_results.setMaximumHeight(120)  # a few matches: the form stays on a 768-high screen
        box.layout().addWidget(self.picker)
        box.setFocusProxy(self.picker)
        QWidget.setTabOrder(self.widgets["recipient_kind"], self.picker.person_search)
        QWidget.setTabOrder(self.picker.person_search, self.picker.person_results)
        QWidget.setTabOrder(self.picker.person_results, self.picker.new_person)
        QWidget.setTabOrder(self.picker.new_person, self.widgets["cooperative_id"])
        # Enter on a match: on to the commendation (once a new-person form over this one has closed)
        self.picker.picked.connect(lambda _person: QTimer.singleShot(0, self.widgets["title"].setFocus))
        title: QComboBox = self.widgets["title"]
        title.addItem("", None)
        for name in COMMENDATION_TITLES:
            title.addItem(name, name)
        UnitChooser.attach(title, revert=False)  # "giay khen xa" finds it; another title is typed whole
        title.lineEdit().setPlaceholderText(_t("Gõ vài chữ, ví dụ: giay khen xa"))
        self.widgets["recipient_kind"].currentIndexChanged.connect(self.follow_choices)

    def load(self, data: Any) -> None:
        super().load(data)
        if data.person_id is not None:
            from htx_desktop.services import people

            self.picker.person_search.setText(people.get(self.database, data.person_id).full_name)
            self.picker.refresh_results()
            for row in range(self.picker.person_results.count()):
                if self.picker.person_results.item(row).data(ID_ROLE) == data.person_id:
                    self.picker.person_results.setCurrentRow(row)

    def follow_choices(self) -> None:
        kind = self.widgets["recipient_kind"].currentData()
        self.show_row("person_id", kind == CommendationRecipient.PERSON)
        self.show_row("cooperative_id", kind in (CommendationRecipient.COOPERATIVE, CommendationRecipient.GROUP))

    def extra_values(self) -> dict[str, Any]:
        return {"person_id": self.picker.selected()}

    def state(self) -> dict[str, object]:
        return super().state() | {"person": self.picker.person_search.text()}


class FundingDialog(ActivityDialog):
    form_name = "funding_form"
    kind = activities.FUNDING
    dates = {"spent_on"}
    ints = {"amount"}
    choices = {"source": (FundingSource, False)}
