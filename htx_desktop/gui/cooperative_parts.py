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
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from htx_desktop.domain.enums import Classification, PostRole
from htx_desktop.domain.records import PostData, YearFiguresData
from htx_desktop.errors import ValidationError
from htx_desktop.gui import fields as f
from htx_desktop.gui.common import Session, translate
from htx_desktop.gui.form_dialog import attempt, name_buttons
from htx_desktop.services import cooperatives, search
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
        form = QFormLayout(self)
        self.person_search = QLineEdit(objectName="person_search")
        self.person_search.setPlaceholderText(_t("Gõ tên, không cần dấu: nguyen thi lan"))
        self.person_results = QListWidget(objectName="person_results")
        self.new_person = QPushButton(_t("Người mới…"), objectName="new_person")
        self.role = QComboBox(objectName="role")
        f.fill_enum(self.role, PostRole)
        self.started_on = QLineEdit(objectName="started_on", placeholderText="dd/mm/yyyy")
        self.ended_on = QLineEdit(objectName="ended_on", placeholderText="dd/mm/yyyy")
        if ending is None:
            form.addRow(_t("&Tìm người:"), self.person_search)
            form.addRow("", self.person_results)
            form.addRow("", self.new_person)
            form.addRow(_t("&Chức vụ:"), self.role)
            form.addRow(_t("Từ &ngày:"), self.started_on)
        else:
            form.addRow(_t("Người:"), QLineEdit(ending.person_name, readOnly=True))
        form.addRow(_t("Đến ngà&y:"), self.ended_on)
        self.errors = f.ErrorLabels(
            {"person": self.person_results, "role": self.role, "started_on": self.started_on, "ended_on": self.ended_on}
        )
        buttons = _buttons(self)
        buttons.accepted.connect(self.save)
        form.addRow(buttons)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.refresh_results)
        self.person_search.textChanged.connect(self._search_timer.start)
        self.new_person.clicked.connect(self.create_person)

    def refresh_results(self) -> None:
        self.person_results.clear()
        with self.database.read() as session:
            hits = [hit for hit in search.search(session, self.person_search.text(), limit=50) if hit.kind == "person"]
        for hit in hits:
            item = QListWidgetItem(f"{hit.name} — {hit.detail} — {hit.unit_name}")
            item.setData(256, hit.id)
            self.person_results.addItem(item)
        if hits:
            self.person_results.setCurrentRow(0)

    def create_person(self) -> None:
        from htx_desktop.gui.person_dialog import PersonDialog

        dialog = PersonDialog(self.database, self.session, parent=self, name=self.person_search.text())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.person_id is not None:
            self.person_search.setText(dialog.saved_name)
            self.refresh_results()
            for row in range(self.person_results.count()):
                if self.person_results.item(row).data(256) == dialog.person_id:
                    self.person_results.setCurrentRow(row)

    def store(self) -> None:
        try:
            ended = f.parse_date(self.ended_on.text())
            started = f.parse_date(self.started_on.text())
        except f.FieldError as error:
            raise ValidationError({"ended_on": str(error)}) from None
        if self.ending is not None:
            if ended is None:
                raise ValidationError({"ended_on": _t("Hãy nhập ngày kết thúc.")})
            cooperatives.end_post(self.database, self.ending.id, ended, self.session.username)
            return
        item = self.person_results.currentItem()
        if item is None:
            raise ValidationError({"person": _t("Hãy chọn một người trong danh sách, hoặc thêm người mới.")})
        data = PostData(item.data(256), self.cooperative_id, self.role.currentData(), started, ended)
        cooperatives.add_post(self.database, data, self.session.username)

    def save(self) -> None:
        if attempt(self, self.errors, None, self.store):
            self.accept()


class YearDialog(QDialog):
    """One year's figures of a cooperative: members, workers, revenue, classification."""

    NUMBERS = ("members", "female_members", "workers", "female_workers", "revenue", "profit")

    def __init__(self, database: Database, session: Session, cooperative_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.session, self.cooperative_id = database, session, cooperative_id
        self.setWindowTitle(_t("Số liệu năm"))
        form = QFormLayout(self)
        self.year = QSpinBox(objectName="year", minimum=1990, maximum=2100, value=date.today().year)
        form.addRow(_t("&Năm:"), self.year)
        titles = [_t("Số &thành viên:"), _t("trong đó &nữ:"), _t("Số &lao động:"), _t("trong đó n&ữ:"),
                  _t("&Doanh thu (đồng):"), _t("&Lợi nhuận (đồng):")]
        self.numbers: dict[str, QLineEdit] = {}
        for name, title in zip(self.NUMBERS, titles):
            self.numbers[name] = QLineEdit(objectName=name)
            form.addRow(title, self.numbers[name])
        self.classification = QComboBox(objectName="classification")
        f.fill_enum(self.classification, Classification, blank="")
        form.addRow(_t("&Xếp loại:"), self.classification)
        self.errors = f.ErrorLabels({"year": self.year, "classification": self.classification} | self.numbers)
        buttons = _buttons(self)
        buttons.accepted.connect(self.save)
        form.addRow(buttons)

    def store(self) -> None:
        values, problems = f.read_values(self.numbers, ints=set(self.NUMBERS))
        if problems:
            raise ValidationError(problems)
        figures = YearFiguresData(self.year.value(), classification=self.classification.currentData(), **values)
        cooperatives.set_year_figures(self.database, self.cooperative_id, figures, self.session.username)

    def save(self) -> None:
        if attempt(self, self.errors, None, self.store):
            self.accept()
