"""What a record's own form shows of the activities: on a cooperative's form, the support it
received and its job reports (add one from there, Enter opens one); on a person's form, the
trainings she attended and the posts she holds (Enter opens the training or the cooperative)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QTableWidget, QTableWidgetItem

from htx_desktop.domain.enums import PostRole, SupportKind
from htx_desktop.formatting import group_digits, short_date
from htx_desktop.gui.activities.dialogs import JobDialog, SupportDialog
from htx_desktop.gui.activities.page import enum_label, open_activity
from htx_desktop.gui.common import translate
from htx_desktop.gui.form_dialog import FormDialog
from htx_desktop.gui.forms import child
from htx_desktop.services import activities


def _t(text: str) -> str:
    return translate("ActivityHistory", text)


def _amount(value: int | None) -> str:
    return "" if value is None else group_digits(value)


class HistoryTable:
    """A read-only table of lines, one id per row; Enter or a double-click opens the row's record."""

    def __init__(self, table: QTableWidget, headers: Sequence[str], open_row: Callable[[uuid.UUID], None]) -> None:
        self.table, self.open_row = table, open_row
        self.ids: list[uuid.UUID] = []
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.doubleClicked.connect(lambda _index: self.open_current())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter opens the row, it does not save the form
            shortcut = QShortcut(QKeySequence(key), table, self.open_current)
            # Set apart: PySide6 6.11 ignores the constructor's context= keyword (the shortcut would
            # belong to the whole window, and two tables' Enter would cancel each other out).
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def fill(self, rows: Sequence[tuple[uuid.UUID, Sequence[str]]]) -> None:
        self.ids = [row_id for row_id, _values in rows]
        self.table.setRowCount(len(rows))
        for row, (_row_id, values) in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        for column in range(self.table.columnCount() - 1):  # the last one takes the rest
            self.table.resizeColumnToContents(column)

    def open_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.ids):
            self.open_row(self.ids[row])


class CooperativeActivities:
    """The "Hỗ trợ và việc làm" tab of a cooperative's form."""

    def __init__(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        form = dialog.form
        self.support = HistoryTable(
            child(form, QTableWidget, "support_table"),
            [_t("Ngày"), _t("Nội dung hỗ trợ"), _t("Số tiền (đồng)"), _t("Nơi cho vay"), _t("Đơn vị hỗ trợ")],
            lambda record_id: self.open(SupportDialog, record_id),
        )
        self.jobs = HistoryTable(
            child(form, QTableWidget, "jobs_table"),
            [_t("Năm"), _t("Ngày báo cáo"), _t("Việc làm mới (nữ)"), _t("Việc làm ổn định (nữ)")],
            lambda record_id: self.open(JobDialog, record_id),
        )
        for name, dialog_class in (("add_support", SupportDialog), ("add_job", JobDialog)):
            button = child(form, QPushButton, name)
            button.clicked.connect(lambda _checked=False, cls=dialog_class: self.add(cls))
            button.setEnabled(dialog.session.can_edit)

    def refresh(self, cooperative_id: uuid.UUID | None) -> None:
        if cooperative_id is None:
            return
        self.support.fill([
            (line.id, [short_date(line.given_on), enum_label(SupportKind, line.kind), _amount(line.amount),
                       line.loan_source or "", line.given_by or ""])
            for line in activities.support_of(self.dialog.database, cooperative_id)
        ])
        self.jobs.fill([
            (line.id, [str(line.year or ""), short_date(line.reported_on), group_digits(line.new_female_jobs),
                       group_digits(line.stable_female_jobs)])
            for line in activities.jobs_of(self.dialog.database, cooperative_id)
        ])

    def add(self, dialog_class: type[SupportDialog] | type[JobDialog]) -> None:
        """A new support or job report of this cooperative (saved first when it is new)."""
        if not self.dialog.store_checked():
            return
        cooperative_id = self.dialog.record_id
        if open_activity(dialog_class, self.dialog.database, self.dialog.session, self.dialog, None,
                         cooperative_id=cooperative_id) is not None:
            self.refresh(cooperative_id)

    def open(self, dialog_class: type[SupportDialog] | type[JobDialog], record_id: uuid.UUID) -> None:
        if open_activity(dialog_class, self.dialog.database, self.dialog.session, self.dialog, record_id) is not None:
            self.refresh(self.dialog.record_id)


class PersonHistory:
    """The "Khóa học và chức vụ" tab of a person's form: read-only, Enter opens the record."""

    def __init__(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        form = dialog.form
        self.trainings = HistoryTable(
            child(form, QTableWidget, "trainings_table"),
            [_t("Khóa học"), _t("Từ ngày"), _t("Đến ngày"), _t("Hoàn thành")],
            self.open_training,
        )
        self.posts = HistoryTable(
            child(form, QTableWidget, "held_posts_table"),
            [_t("Chức vụ"), _t("HTX/THT"), _t("Từ ngày"), _t("Đến ngày")],
            self.open_cooperative,
        )
        self.cooperative_of: dict[uuid.UUID, uuid.UUID] = {}

    def refresh(self, person_id: uuid.UUID | None) -> None:
        if person_id is None:
            return
        database = self.dialog.database
        self.trainings.fill([
            (line.id, [line.title, short_date(line.starts_on), short_date(line.ends_on), "✓" if line.completed else ""])
            for line in activities.trainings_of(database, person_id)
        ])
        posts = activities.posts_held(database, person_id)
        self.cooperative_of = {line.id: line.cooperative_id for line in posts}
        self.posts.fill([
            (line.id, [enum_label(PostRole, line.role), line.cooperative_name, short_date(line.started_on),
                       short_date(line.ended_on)])
            for line in posts
        ])

    def open_training(self, training_id: uuid.UUID) -> None:
        from htx_desktop.gui.training_dialog import TrainingDialog

        self._open(TrainingDialog(self.dialog.database, self.dialog.session, training_id, self.dialog))

    def open_cooperative(self, post_id: uuid.UUID) -> None:
        from htx_desktop.gui.cooperative_dialog import CooperativeDialog

        dialog = CooperativeDialog(self.dialog.database, self.dialog.session, self.cooperative_of[post_id], self.dialog)
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        dialog.exec()
        self.refresh(self.dialog.record_id)
