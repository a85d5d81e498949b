"""Settings: the audit trail for the administrator. What changed (by user, by record found by its
name without diacritics, by dates) and the log-in history, one page of rows at a time: the
filtering, counting and paging happen in SQL (`services.audit`)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from htx_desktop.errors import HtxError
from htx_desktop.gui import fields as f
from htx_desktop.gui.common import Session, translate
from htx_desktop.messages import MESSAGES, tr
from htx_desktop.services import audit
from htx_desktop.services.audit import AuditLine, AuditQuery
from htx_desktop.storage.database import Database
from htx_desktop.gui.styles import ERROR_STYLE

PAGE_SIZE = 100


def _t(text: str) -> str:
    return translate("AuditPage", text)


def _value(value: object) -> str:
    if value is None or value == "":
        return "∅"
    if value is True or value is False:
        return _t("có") if value else _t("không")
    return str(value)


def describe_changes(line: AuditLine) -> str:
    """"field: old → new" for each changed field, masked values as the trail stores them."""
    parts = []
    for field, old, new in line.changes:
        if field == "reason":
            parts.append(audit.reason_label(new))
            continue
        key = f"field.{field}"
        name = tr(key) if key in MESSAGES else field
        parts.append(f"{name}: {_value(old)} → {_value(new)}" if old is not None else f"{name}: {_value(new)}")
    return "; ".join(parts)


class AuditPage(QWidget):
    def __init__(self, database: Database, session: Session) -> None:
        super().__init__()
        self.database, self.session = database, session
        self.offset, self.total, self._loaded = 0, 0, False
        layout = QVBoxLayout(self)
        if not session.is_admin:
            layout.addWidget(QLabel(_t("Chỉ người quản trị mới xem được nhật ký thay đổi và đăng nhập.")))
            layout.addStretch(1)
            return
        filters = QGridLayout()
        self.kind = QComboBox(objectName="audit_kind")
        self.kind.addItem(_t("Thay đổi dữ liệu"), audit.CHANGES)
        self.kind.addItem(_t("Lịch sử đăng nhập"), audit.LOGINS)
        self.user = QComboBox(objectName="audit_user")
        self.record = QLineEdit(objectName="audit_record", placeholderText=_t("gõ tên người hoặc HTX"))
        self.start = QLineEdit(objectName="audit_start", placeholderText=_t("ngày/tháng/năm"))
        self.end = QLineEdit(objectName="audit_end", placeholderText=_t("ngày/tháng/năm"))
        self.apply_button = QPushButton(_t("&Lọc"), objectName="audit_apply")
        for column, (caption, widget) in enumerate(
            ((_t("&Xem:"), self.kind), (_t("&Người dùng:"), self.user), (_t("&Hồ sơ:"), self.record),
             (_t("&Từ ngày:"), self.start), (_t("Đế&n ngày:"), self.end))
        ):
            caption_label = QLabel(caption)
            caption_label.setBuddy(widget)
            filters.addWidget(caption_label, 0, column)
            filters.addWidget(widget, 1, column)
        filters.addWidget(self.apply_button, 1, 5)
        filters.setColumnStretch(2, 2)
        layout.addLayout(filters)
        self.error = QLabel(objectName="audit_error")
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)

        self.table = QTableWidget(0, 5, objectName="audit_table")
        self.table.setHorizontalHeaderLabels([_t("Thời gian"), _t("Người dùng"), _t("Thao tác"), _t("Hồ sơ"),
                                              _t("Thay đổi")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        paging = QHBoxLayout()
        self.page_label = QLabel(objectName="audit_page_label")
        self.previous_button = QPushButton(_t("Trang &trước"), objectName="audit_previous")
        self.next_button = QPushButton(_t("Trang &sau"), objectName="audit_next")
        paging.addWidget(self.page_label, 1)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)
        layout.addLayout(paging)

        self.apply_button.clicked.connect(self.apply)
        for field in (self.record, self.start, self.end):
            field.returnPressed.connect(self.apply)
        self.kind.currentIndexChanged.connect(self.apply)
        self.user.activated.connect(self.apply)
        self.previous_button.clicked.connect(lambda: self.show_page(self.offset - PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self.show_page(self.offset + PAGE_SIZE))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session.is_admin and not self._loaded:  # read only when first looked at
            self._loaded = True
            self.user.addItem(_t("Tất cả"), None)
            for name in audit.usernames(self.database, self.session):
                self.user.addItem(name, name)
            self.apply()

    def query(self) -> AuditQuery | None:
        """The filters as typed; None (and the reason shown) when a date cannot be read."""
        try:
            start, end = f.parse_date(self.start.text()), f.parse_date(self.end.text())
        except f.FieldError as error:
            self.error.setText(str(error))
            return None
        if start and end and end < start:
            self.error.setText(_t("Ngày kết thúc phải sau ngày bắt đầu."))
            return None
        self.error.setText("")
        return AuditQuery(self.kind.currentData(), self.user.currentData(), self.record.text(), start, end)

    def apply(self) -> None:
        self.show_page(0)

    def show_page(self, offset: int) -> None:
        query = self.query()
        if query is None:
            return
        try:
            self.total = audit.count(self.database, query, self.session)
            self.offset = max(0, min(offset, (max(self.total, 1) - 1) // PAGE_SIZE * PAGE_SIZE))
            lines = audit.page(self.database, query, self.session, self.offset, PAGE_SIZE)
        except HtxError as error:
            self.error.setText(error.message)
            return
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (line.at.astimezone().strftime("%d/%m/%Y %H:%M:%S"), line.username or "—", line.action_label,
                     line.record, describe_changes(line))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:  # long lists of changes are read in full in the tooltip
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        pages = max(1, -(-self.total // PAGE_SIZE))
        self.page_label.setText(_t("Trang {page}/{pages} ({count} dòng)").format(
            page=self.offset // PAGE_SIZE + 1, pages=pages, count=f"{self.total:,}".replace(",", ".")))
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + PAGE_SIZE < self.total)

    def rows(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and for reading aloud)."""
        return [[self.table.item(row, column).text() for column in range(self.table.columnCount())]
                for row in range(self.table.rowCount())]

