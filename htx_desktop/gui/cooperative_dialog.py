"""The cooperative form (ui/cooperative_form.ui): general information, posts and annual figures."""

from __future__ import annotations

import uuid
from dataclasses import fields
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from htx_desktop.domain.vocabularies import COOPERATIVE_SECTORS
from htx_desktop.domain.enums import Classification, CooperativeKind, CooperativeStatus, PostRole
from htx_desktop.domain.records import CooperativeData
from htx_desktop.domain.validation import check_cooperative
from htx_desktop.errors import ValidationError
from htx_desktop.formatting import group_digits, short_date
from htx_desktop.gui import fields as f
from htx_desktop.gui.activities.history import CooperativeActivities
from htx_desktop.gui.common import Session, fill_units, translate
from htx_desktop.gui.cooperative_parts import PostDialog, YearDialog
from htx_desktop.gui.form_dialog import FormDialog
from htx_desktop.gui.forms import child
from htx_desktop.messages import label
from htx_desktop.services import cooperatives
from htx_desktop.storage.database import Database

DATE_FIELDS = {"founded_on", "union_support_on", "dissolved_on"}
INT_FIELDS = {"charter_capital"}


def _t(text: str) -> str:
    return translate("CooperativeDialog", text)


class CooperativeDialog(FormDialog):
    def __init__(self, database: Database, session: Session, cooperative_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("cooperative_form", database, session, parent)
        self.cooperative_id = cooperative_id
        self.find_widgets([item.name for item in fields(CooperativeData)])
        f.fill_enum(self.widgets["kind"], CooperativeKind)
        f.fill_enum(self.widgets["status"], CooperativeStatus)
        fill_units(self.widgets["unit_code"], database, session.unit_code)
        sector: QComboBox = self.widgets["sector"]
        sector.addItem("", None)
        for name in COOPERATIVE_SECTORS:
            sector.addItem(name, name)
        self.errors = f.ErrorLabels(self.widgets, {"unit": "unit_code"})
        self.posts_table = child(self.form, QTableWidget, "posts_table")
        self.years_table = child(self.form, QTableWidget, "years_table")
        child(self.form, QPushButton, "add_post").clicked.connect(self.add_post)
        child(self.form, QPushButton, "end_post").clicked.connect(self.end_post)
        child(self.form, QPushButton, "add_year").clicked.connect(self.add_year)
        for table, headers in (
            (self.posts_table, [_t("Chức vụ"), _t("Họ và tên"), _t("Giới tính"), _t("Từ ngày"), _t("Đến ngày")]),
            (self.years_table, [_t("Năm"), _t("Thành viên"), _t("TV nữ"), _t("Lao động"), _t("LĐ nữ"),
                                _t("Doanh thu (đồng)"), _t("Lợi nhuận (đồng)"), _t("Xếp loại")]),
        ):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.horizontalHeader().setStretchLastSection(True)
        self.posts_table.setColumnWidth(0, 170)
        self.posts_table.setColumnWidth(1, 200)
        self.activities = CooperativeActivities(self)  # the "Hỗ trợ và việc làm" tab
        if cooperative_id is not None:
            self.reload()
        else:
            f.set_combo(self.widgets["unit_code"], session.unit_code)
        if not session.can_edit:
            for name in ("add_post", "end_post", "add_year"):
                child(self.form, QPushButton, name).setEnabled(False)
        self.widgets["name"].setFocus()

    def reload(self) -> None:
        loaded = cooperatives.load(self.database, self.cooperative_id)
        data, self.loaded_version = loaded.data, loaded.version
        for name, widget in self.widgets.items():
            f.write(widget, getattr(data, name))
        self.refresh_tables()

    def refresh_tables(self) -> None:
        if self.cooperative_id is None:
            return
        self.post_rows = cooperatives.posts_of(self.database, self.cooperative_id)
        self.posts_table.setRowCount(len(self.post_rows))
        for row, post in enumerate(self.post_rows):
            values = [label(PostRole(post.role)), post.person_name, _t("Nữ") if post.person_sex == "female" else _t("Nam"),
                      short_date(post.started_on), short_date(post.ended_on)]
            for column, value in enumerate(values):
                self.posts_table.setItem(row, column, QTableWidgetItem(value))
        years = cooperatives.year_figures(self.database, self.cooperative_id)
        self.years_table.setRowCount(len(years))
        for row, year in enumerate(years):
            numbers = [year.members, year.female_members, year.workers, year.female_workers, year.revenue, year.profit]
            values = [str(year.year)] + ["" if n is None else group_digits(n) for n in numbers]
            values.append(label(Classification(year.classification)) if year.classification else "")
            for column, value in enumerate(values):
                self.years_table.setItem(row, column, QTableWidgetItem(value))
        self.activities.refresh(self.cooperative_id)

    @property
    def record_id(self) -> uuid.UUID | None:
        return self.cooperative_id

    def store(self) -> None:
        values, problems = f.read_values(self.widgets, dates=DATE_FIELDS, ints=INT_FIELDS)
        data = CooperativeData(**values)  # type: ignore[arg-type]
        if problems:
            raise ValidationError(check_cooperative(data, date.today()) | problems)
        if self.cooperative_id is None:
            self.cooperative_id = cooperatives.create(self.database, data, self.session)
            self.loaded_version = cooperatives.load(self.database, self.cooperative_id).version
        else:
            self.loaded_version = cooperatives.update(self.database, self.cooperative_id, data, self.session,
                                                      expected=self.loaded_version)

    def add_post(self) -> None:
        if not self.store_checked():  # a new cooperative is saved first, so the post has something to hang on
            return
        dialog = PostDialog(self.database, self.session, self.cooperative_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_tables()

    def end_post(self) -> None:
        row = self.posts_table.currentRow()
        if row < 0 or self.cooperative_id is None:
            return
        dialog = PostDialog(self.database, self.session, self.cooperative_id, self, ending=self.post_rows[row])
        dialog.exec()
        self.refresh_tables()  # ended here, or (if the save was refused) as another officer left it

    def add_year(self) -> None:
        if not self.store_checked():
            return
        dialog = YearDialog(self.database, self.session, self.cooperative_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh_tables()
