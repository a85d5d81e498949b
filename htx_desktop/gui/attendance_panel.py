"""The attendance list of the training form, built by the keyboard for a class of forty.

Alt+M adds people one Enter each (search without diacritics, "Người mới…" for someone not
recorded yet), Alt+Q adds everyone holding a post in a cooperative today, Space marks the
highlighted person as completed (or not), Alt+O marks everyone, Delete takes someone off the list.
Every change is written at once, so closing the form never loses the list; the form's Save is
for the training's own fields. A change of a list another officer changed since it was read is
refused, and "Tải lại" reads the newest. The line under the list always says how many are on it and how
many completed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from htx_desktop.domain.records import AttendanceData
from htx_desktop.errors import ChangedSinceLoaded, HtxError
from htx_desktop.formatting import group_digits
from htx_desktop.gui.common import Session, confirm, show_error, translate
from htx_desktop.gui.form_dialog import ask_reload
from htx_desktop.gui.forms import child
from htx_desktop.gui.person_picker import CooperativePicker, PersonPicker, PickDialog, SearchPicker
from htx_desktop.services import trainings
from htx_desktop.services.trainings import AttendeeRow
from htx_desktop.storage.database import Database

ATTENDED, COMPLETED = 2, 3  # columns of the attendance table


def _t(text: str) -> str:
    return translate("AttendancePanel", text)


def count_text(rows: list[AttendeeRow]) -> str:
    """"Danh sách có 40 học viên, 38 hoàn thành." """
    return _t("Danh sách có {count} học viên, {completed} hoàn thành.").format(
        count=group_digits(len(rows)), completed=group_digits(sum(row.completed for row in rows)))


class AttendancePanel(QObject):
    """The list, its count and its buttons in the training form (`ui/training_form.ui`).

    Before people are added to a new training, `needs_training` asks the form to save it and
    to call `show_training` (a signal, not a stored callback: no reference cycle between the
    form and its panel, whose Qt objects outlive them as children of the window)."""

    #: people are about to be added: save a new training first, then call show_training
    needs_training = Signal()
    #: the list was written (the screen behind shows counts to read again)
    written = Signal()

    def __init__(self, form: QWidget, database: Database, session: Session) -> None:
        super().__init__(form)
        self.form, self.database, self.session = form, database, session
        self.training_id: uuid.UUID | None = None
        self.rows: list[AttendeeRow] = []
        self.table = child(form, QTableWidget, "attendance_table")
        self.count = child(form, QLabel, "attendance_count")
        self.message = child(form, QLabel, "attendance_message")
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels([_t("Họ và tên"), _t("Năm sinh"), _t("Tham dự"), _t("Hoàn thành")])
        self.table.setColumnWidth(0, 240)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)  # more of a class in sight
        self.table.itemChanged.connect(self.clicked)
        if session.can_edit:
            self.table.installEventFilter(self)
        self.buttons: dict[str, QPushButton] = {}
        for name, slot in (("add_attendee", self.add_people), ("add_managers", self.add_managers),
                           ("all_completed", self.complete_all), ("remove_attendee", self.remove)):
            self.buttons[name] = child(form, QPushButton, name)
            self.buttons[name].setAutoDefault(False)  # Enter in the form saves it, never adds or removes
            self.buttons[name].clicked.connect(slot)
        self.refresh()

    # --- showing the list -------------------------------------------------------------------

    def show_training(self, training_id: uuid.UUID) -> None:
        self.training_id = training_id
        self.refresh()

    def stop(self) -> None:
        """The form is closed: no more keys to watch (its widgets may live on a while)."""
        self.table.removeEventFilter(self)

    def refresh(self, current: uuid.UUID | None = None) -> None:
        """Read the list again; keep the highlighted person (or highlight `current`)."""
        was = self.table.currentRow()
        keep = current or (self.rows[was].person_id if 0 <= was < len(self.rows) else None)
        self.rows = trainings.attendees(self.database, self.training_id) if self.training_id else []
        self.draw(was, keep)

    def draw(self, was: int, keep: uuid.UUID | None) -> None:
        """Show `rows` as last read (highlighting `keep`, else the row at `was`)."""
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session.can_edit:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        for row, attendee in enumerate(self.rows):
            self._cell(row, 0).setText(attendee.full_name)
            self._cell(row, 1).setText(str(attendee.birth_year or ""))
            for column, checked in ((ATTENDED, attendee.attended), (COMPLETED, attendee.completed)):
                item = self._cell(row, column)
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        ids = [attendee.person_id for attendee in self.rows]
        if keep in ids:
            self.table.setCurrentCell(ids.index(keep), 0)
        elif self.rows:
            self.table.setCurrentCell(min(max(was, 0), len(self.rows) - 1), 0)
        self.count.setText(count_text(self.rows))
        everyone = bool(self.rows) and all(attendee.completed for attendee in self.rows)
        self.buttons["all_completed"].setText(_t("Bỏ h&oàn thành cho tất cả") if everyone else _t("Tất cả h&oàn thành"))
        for name, button in self.buttons.items():
            button.setEnabled(self.session.can_edit and (bool(self.rows) or name.startswith("add_")))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """The cell's item, made the first time: a redraw (often from inside a key press on the
        table) changes items in place instead of making Qt delete the ones it replaces."""
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        return item

    def current(self) -> AttendeeRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- changing it -------------------------------------------------------------------------

    def _write(self, action: Callable[[], object]) -> bool:
        """Write a change of the list as shown. If another officer changed it since it was read,
        nothing is written: "Tải lại" reads the newest list, "Tiếp tục sửa" keeps this one."""
        try:
            action()
        except ChangedSinceLoaded as error:
            if ask_reload(self.form, error, _t("Thay đổi vừa rồi chưa được lưu; xem danh sách mới nhất rồi làm lại "
                                               "nếu vẫn cần.")):
                self.refresh()
                self.message.setText(_t("Đã tải danh sách mới nhất; thay đổi vừa rồi chưa được lưu."))
            else:
                self.draw(self.table.currentRow(), None)  # the ticks as read, not the refused click
            return False
        except HtxError as error:
            show_error(self.form, error.message)
            self.refresh()
            return False
        self.written.emit()
        return True

    def eventFilter(self, _table: QObject, event: QEvent) -> bool:
        """In the list, Space marks the highlighted person completed (or not) and Delete takes
        her off the list. (A QShortcut on the table would also take Space from the buttons.)"""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        action = {Qt.Key.Key_Space: self.toggle_completed, Qt.Key.Key_Delete: self.remove}.get(Qt.Key(event.key()))
        if action is None:
            return False
        action()
        return True

    def toggle_completed(self) -> None:
        attendee = self.current()
        if attendee is None or self.training_id is None:
            return
        if self._write(lambda: trainings.set_completed(self.database, self.training_id, attendee.person_id,
                                                       not attendee.completed, self.session,
                                                       expected=attendee.version)):
            said = _t("Chưa hoàn thành: {name}.") if attendee.completed else _t("Đã hoàn thành: {name}.")
            self.message.setText(said.format(name=attendee.full_name))
            self.refresh()

    def complete_all(self) -> None:
        if self.training_id is None or not self.rows:
            return
        everyone = all(attendee.completed for attendee in self.rows)
        changed: list[int] = []
        shown = {attendee.person_id: attendee.version for attendee in self.rows}
        if self._write(lambda: changed.append(trainings.set_completed_for_all(
                self.database, self.training_id, not everyone, self.session, expected=shown))):
            said = _t("Đã bỏ dấu hoàn thành của {count} người.") if everyone else \
                _t("Đã đánh dấu hoàn thành cho {count} người.")
            self.message.setText(said.format(count=group_digits(changed[0])))
            self.refresh()
        self.table.setFocus()

    def clicked(self, item: QTableWidgetItem) -> None:
        """A tick set or cleared with the mouse: not attending means not completing, and back."""
        if item.column() not in (ATTENDED, COMPLETED) or self.training_id is None:
            return
        row = item.row()
        attended = self.table.item(row, ATTENDED).checkState() == Qt.CheckState.Checked
        completed = self.table.item(row, COMPLETED).checkState() == Qt.CheckState.Checked
        if item.column() == COMPLETED and completed:
            attended = True
        elif item.column() == ATTENDED and not attended:
            completed = False
        data = AttendanceData(self.training_id, self.rows[row].person_id, attended, completed)
        if self._write(lambda: trainings.set_attendance(self.database, data, self.session,
                                                        expected=self.rows[row].version)):
            self.refresh()

    def remove(self) -> None:
        attendee = self.current()
        if attendee is None or self.training_id is None:
            return
        if confirm(self.form, _t("Bỏ khỏi danh sách"),
                   _t("Bỏ {name} khỏi danh sách học viên của khóa này?").format(name=attendee.full_name),
                   _t("&Bỏ khỏi danh sách"), _t("&Giữ lại")):
            if self._write(lambda: trainings.remove_attendance(self.database, self.training_id, attendee.person_id,
                                                               self.session, expected=attendee.version)):
                self.message.setText(_t("Đã bỏ {name} khỏi danh sách.").format(name=attendee.full_name))
                self.refresh()
        self.table.setFocus()

    def add_people(self) -> None:
        self._pick(_t("Thêm học viên"), PersonPicker(self.database, self.session), self._add_person)

    def add_managers(self) -> None:
        self._pick(_t("Thêm ban quản lý một HTX/THT"), CooperativePicker(self.database, self.session),
                   self._add_managers)

    def _pick(self, title: str, picker: SearchPicker, add: Callable[[uuid.UUID, str], str | None]) -> None:
        if self.training_id is None:
            self.needs_training.emit()  # a new training is saved first
        if self.training_id is None:  # it could not be: the form says why under its fields
            picker.deleteLater()
            return
        dialog = PickDialog(title, picker, add, self.form)
        # Over the training's fields, so the list growing beside it stays in sight.
        left = self.form.mapToGlobal(QPoint(0, 0))
        dialog.resize(max(400, self.table.mapToGlobal(QPoint(0, 0)).x() - left.x() - 16), dialog.height())
        dialog.move(left)
        dialog.exec()
        dialog.deleteLater()
        self.table.setFocus()

    def _add_person(self, person_id: uuid.UUID, name: str) -> str:
        try:
            added, _already = trainings.add_attendees(self.database, self.training_id, [person_id], self.session)
        except HtxError as error:
            return error.message
        self.written.emit()
        self.refresh(current=person_id)
        done = _t("Đã thêm: {name}.") if added else _t("Đã có trong danh sách: {name}.")
        self.message.setText(done.format(name=name))
        return self.message.text() + " " + count_text(self.rows)

    def _add_managers(self, cooperative_id: uuid.UUID, name: str) -> str | None:
        try:
            added, already = trainings.add_cooperative_managers(self.database, self.training_id, cooperative_id,
                                                                self.session)
        except HtxError as error:
            return error.message
        self.written.emit()
        if added + already == 0:
            return _t("Không ai đang giữ chức vụ ở {name}. Hãy chọn HTX/THT khác, hoặc Esc.").format(name=name)
        self.refresh()
        self.message.setText(_t("{name}: đã thêm {added} người; {already} người đã có trong danh sách.").format(
            name=name, added=group_digits(added), already=group_digits(already)))
        return None
