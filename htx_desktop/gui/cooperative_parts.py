"""Small dialogs of the cooperative form: a management post, and one year's figures."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from htx_desktop.domain.enums import Classification, PostRole
from htx_desktop.domain.records import PostData, YearFiguresData
from htx_desktop.errors import ChangedSinceLoaded, ValidationError
from htx_desktop.gui import fields as f
from htx_desktop.gui.common import Session, translate
from htx_desktop.gui.form_dialog import attempt, name_buttons, reload_keeping_typing
from htx_desktop.gui.person_picker import PersonPicker
from htx_desktop.services import cooperatives
from htx_desktop.services.cooperatives import PostRow
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("CooperativeParts", text)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    name_buttons(box)
    box.rejected.connect(dialog.reject)
    return box


class PostDialog(QDialog):
    """Choose a person (searching without diacritics) and the post she or he holds; or end a post."""

    def __init__(self, database: Database, session: Session, cooperative_id: uuid.UUID, parent: QWidget | None = None,
                 ending: PostRow | None = None) -> None:
        super().__init__(parent)
        self.database, self.session, self.cooperative_id, self.ending = database, session, cooperative_id, ending
        self.setWindowTitle(_t("Kết thúc chức vụ") if ending else _t("Thêm chức vụ quản lý"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.picker = PersonPicker(database, session, self)
        self.person_search, self.person_results = self.picker.person_search, self.picker.person_results
        self.role = QComboBox(objectName="role")
        f.fill_enum(self.role, PostRole)
        self.started_on = QLineEdit(objectName="started_on", placeholderText="dd/mm/yyyy")
        self.ended_on = QLineEdit(objectName="ended_on", placeholderText="dd/mm/yyyy")
        if ending is None:
            form.addRow(_t("&Tìm người:"), self.picker)
            form.addRow(_t("&Chức vụ:"), self.role)
            form.addRow(_t("Từ &ngày:"), self.started_on)
        else:
            form.addRow(_t("Người:"), QLineEdit(ending.person_name, readOnly=True))
        form.addRow(_t("Đến ngà&y:"), self.ended_on)
        self.errors = f.ErrorLabels(
            {"person": self.picker, "role": self.role, "started_on": self.started_on, "ended_on": self.ended_on}
        )
        # Enter on a match: on to the post (once a new-person form over this one has closed)
        self.picker.picked.connect(lambda _person: QTimer.singleShot(0, self.role.setFocus))
        buttons = _buttons(self)
        buttons.accepted.connect(self.save)
        form.addRow(buttons)
        self.message = QLabel(objectName="post_message", wordWrap=True)
        form.addRow(self.message)
        self.clean: dict[str, object] = {}
        if ending is not None:
            self.reload()
        (self.picker if ending is None else self.ended_on).setFocus()

    def state(self) -> dict[str, object]:
        return {"ended_on": self.ended_on.text()}

    def reload(self) -> None:
        """The post being ended as saved now (its end date, if another officer gave it one)."""
        assert self.ending is not None
        self.ending = next((post for post in cooperatives.posts_of(self.database, self.cooperative_id)
                            if post.id == self.ending.id), self.ending)
        f.write(self.ended_on, self.ending.ended_on)
        self.clean = self.state()

    def offer_reload(self, error: ChangedSinceLoaded) -> None:
        newest = reload_keeping_typing(self, error, self.clean, self.state, {"ended_on": self.ended_on}.get,
                                       self.reload, self.message)
        if newest is not None:
            self.clean = newest

    def store(self) -> None:
        try:
            ended = f.parse_date(self.ended_on.text())
            started = f.parse_date(self.started_on.text())
        except f.FieldError as error:
            raise ValidationError({"ended_on": str(error)}) from None
        if self.ending is not None:
            if ended is None:
                raise ValidationError({"ended_on": _t("Hãy nhập ngày kết thúc.")})
            cooperatives.end_post(self.database, self.ending.id, ended, self.session, expected=self.ending.version)
            return
        person_id = self.picker.selected()
        if person_id is None:
            raise ValidationError({"person": _t("Hãy chọn một người trong danh sách, hoặc thêm người mới.")})
        data = PostData(person_id, self.cooperative_id, self.role.currentData(), started, ended)
        cooperatives.add_post(self.database, data, self.session)

    def save(self) -> None:
        if attempt(self, self.errors, None, self.store, self.offer_reload):
            self.accept()
        else:
            self.adjustSize()  # grow to show the whole message under the field


class YearDialog(QDialog):
    """One year's figures of a cooperative: members, workers, revenue, classification.

    Choosing a year shows what is recorded for it, so a correction starts from the saved figures;
    the save expects them unchanged, and if another officer saved that year meanwhile, "Tải lại"
    shows theirs and keeps what was typed (`form_dialog.reload_keeping_typing`)."""

    NUMBERS = ("members", "female_members", "workers", "female_workers", "revenue", "profit")

    def __init__(self, database: Database, session: Session, cooperative_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.session, self.cooperative_id = database, session, cooperative_id
        self.setWindowTitle(_t("Số liệu năm"))
        self.setMinimumWidth(440)  # room for a message such as "female workers cannot be more than..."
        form = QFormLayout(self)
        self.year = QSpinBox(objectName="year", minimum=1990, maximum=2100, value=date.today().year)
        form.addRow(_t("&Năm:"), self.year)
        titles = [_t("Số &thành viên:"), _t("trong đó &nữ:"), _t("Số &lao động:"), _t("trong đó n&ữ:"),
                  _t("&Doanh thu (đồng):"), _t("&Lợi nhuận (đồng):")]
        self.numbers: dict[str, QLineEdit] = {}
        for name, title in zip(self.NUMBERS, titles):
            self.numbers[name] = QLineEdit(objectName=name)
            form.addRow(title, self.numbers[name])
        self.numbers["female_members"].setAccessibleName(_t("Số thành viên nữ"))
        self.numbers["female_workers"].setAccessibleName(_t("Số lao động nữ"))
        self.classification = QComboBox(objectName="classification")
        f.fill_enum(self.classification, Classification, blank="")
        form.addRow(_t("&Xếp loại:"), self.classification)
        self.fields: dict[str, QWidget] = {**self.numbers, "classification": self.classification}
        self.errors = f.ErrorLabels({"year": self.year} | self.fields)
        self.message = QLabel(objectName="year_message", wordWrap=True)
        form.addRow(self.message)
        buttons = _buttons(self)
        buttons.accepted.connect(self.save)
        form.addRow(buttons)
        self.loaded_version = 0  # of the year shown; its save expects it unchanged
        self._clean: dict[str, object] = {}
        self.reload()
        self.year.valueChanged.connect(self.year_chosen)

    def state(self) -> dict[str, object]:
        return f.read_values(self.fields)[0]

    def reload(self) -> None:
        """Show the chosen year's figures as saved (blank when none are)."""
        loaded = cooperatives.load_year(self.database, self.cooperative_id, self.year.value())
        for name, widget in self.fields.items():
            f.write(widget, getattr(loaded.data, name))
        self.loaded_version, self._clean = loaded.version, self.state()

    def year_chosen(self) -> None:
        """A year with figures shows them; for a year without, what was typed stays."""
        typed = self.state()
        self.reload()
        if self.loaded_version == 0:
            for name, value in typed.items():
                f.write(self.fields[name], value)
            self.message.setText("")
        else:
            self.message.setText(_t("Năm {year} đã có số liệu: đây là số liệu đã lưu, sửa rồi bấm Lưu.").format(
                year=self.year.value()))

    def store(self) -> None:
        values, problems = f.read_values(self.numbers, ints=set(self.NUMBERS))
        if problems:
            raise ValidationError(problems)
        figures = YearFiguresData(self.year.value(), classification=self.classification.currentData(), **values)
        self.loaded_version = cooperatives.set_year_figures(self.database, self.cooperative_id, figures, self.session,
                                                            expected=self.loaded_version)

    def offer_reload(self, error: ChangedSinceLoaded) -> None:
        newest = reload_keeping_typing(self, error, self._clean, self.state, self.fields.get, self.reload,
                                       self.message)
        if newest is not None:
            self._clean = newest
        self.adjustSize()

    def save(self) -> None:
        if attempt(self, self.errors, None, self.store, self.offer_reload):
            self.accept()
        else:
            self.adjustSize()  # grow to show the whole message under the field
