"""An officer's day, driven through the real widgets."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton

from gui_helpers import activate, press, type_text, when_modal
from htx_desktop.domain.records import PersonData
from htx_desktop.gui.common import Session
from htx_desktop.gui.cooperative_dialog import CooperativeDialog
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.gui.person_dialog import PersonDialog
from htx_desktop.services import people

ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")
VIEWER = Session("xem", "viewer", "06046", "Xã Tràng Định")


def save(dialog) -> None:
    dialog.form.findChild(QDialogButtonBox, "buttons").button(QDialogButtonBox.StandardButton.Save).click()


def test_add_a_cooperative_with_a_woman_chair_find_it_edit_delete_and_undo(qtbot, db, monkeypatch):
    chair_id = people.create(db, PersonData(full_name="Hoàng Thị Mai", unit_code="06046", birth_year=1984), actor=ADMIN)
    window = MainWindow(db, ADMIN)
    qtbot.addWidget(window)
    activate(window)
    window.show_screen(1)
    page = window.cooperatives
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton)  # the officer clicks into the list

    # New cooperative through the form (Ctrl+N opens it; the test drives the modal dialog).
    def fill_new(dialog: CooperativeDialog) -> None:
        type_text(dialog.widgets["name"], "Hợp tác xã Chè Bản Piềng")
        type_text(dialog.widgets["founded_on"], "04/05/2023")

        def add_chair(post_dialog) -> None:
            type_text(post_dialog.person_search, "hoang thi mai")
            qtbot.waitUntil(lambda: post_dialog.person_results.count() == 1)
            post_dialog.role.setCurrentIndex(post_dialog.role.findData("board_chair"))
            type_text(post_dialog.started_on, "04/05/2023")
            post_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

        def add_year(year_dialog) -> None:
            year_dialog.year.setValue(2025)
            type_text(year_dialog.numbers["workers"], "12")
            type_text(year_dialog.numbers["female_workers"], "9")
            year_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

        when_modal(add_chair)
        dialog.form.findChild(QPushButton, "add_post").click()  # saves the cooperative first
        assert dialog.posts_table.rowCount() == 1
        assert dialog.posts_table.item(0, 1).text() == "Hoàng Thị Mai"
        when_modal(add_year)
        dialog.form.findChild(QPushButton, "add_year").click()
        assert dialog.years_table.item(0, 4).text() == "9"
        save(dialog)

    when_modal(fill_new)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    activate(window)  # back from the dialog
    page.table.setFocus()

    # Find it by typing its name without diacritics.
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)
    qtbot.keyClicks(page.search, "che ban pieng")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.filters.text == "che ban pieng")
    row = page.model.row_at(0)
    assert row.name == "Hợp tác xã Chè Bản Piềng"
    cells = [page.model.data(page.model.index(0, column)) for column in range(page.model.columnCount())]
    assert cells[6] == "✓" and cells[7] == "75%"  # women-managed, 9 of 12 workers are women
    assert page.count_label.text() == "1 HTX/THT"

    # Edit: Enter opens the form; change the name; Enter saves.
    page.table.selectRow(0)

    def rename(dialog: CooperativeDialog) -> None:
        dialog.widgets["name"].selectAll()
        type_text(dialog.widgets["name"], "HTX Chè Bản Piềng")
        qtbot.keyClick(dialog.widgets["name"], Qt.Key.Key_Return)

    when_modal(rename)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    activate(window)
    page.search.clear()
    qtbot.keyClicks(page.search, "htx che ban")
    qtbot.waitUntil(lambda: page.model.filters.text == "htx che ban" and page.model.rowCount() == 1)
    assert page.model.row_at(0).name == "HTX Chè Bản Piềng"

    # Delete asks first; undo brings it back.
    def answer_delete(box) -> None:
        assert "HTX Chè Bản Piềng" in box.text()
        next(b for b in box.buttons() if b.text() == "Xóa").click()

    when_modal(answer_delete)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    activate(window)
    assert page.model.rowCount() == 0
    assert page.undo_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 1
    assert not page.undo_button.isEnabled()
    assert chair_id


def test_validation_messages_appear_next_to_the_fields(qtbot, db):
    dialog = CooperativeDialog(db, ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.widgets["founded_on"], "31/02/2023")
    type_text(dialog.widgets["tax_code"], "123")
    save(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("name") == "Tên không được để trống."
    assert dialog.errors.message("founded_on").startswith("Ngày không hợp lệ")
    dialog.widgets["founded_on"].clear()
    type_text(dialog.widgets["name"], "HTX Hồi")
    save(dialog)
    assert dialog.errors.message("tax_code").startswith("Mã số thuế phải gồm 10 chữ số")
    assert dialog.errors.message("name") == ""
    dialog.widgets["tax_code"].clear()
    save(dialog)
    assert not dialog.isVisible()


def test_new_person_form_warns_of_a_likely_duplicate(qtbot, db):
    people.create(db, PersonData(full_name="Nguyễn Thị Lan", unit_code="06046", birth_year=1984), actor=ADMIN)
    dialog = PersonDialog(db, ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.widgets["full_name"], "Nguyen Thi Lan")
    type_text(dialog.widgets["birth_year"], "1984")
    qtbot.waitUntil(lambda: "Có thể trùng" in dialog.warning.text())
    dialog.widgets["birth_year"].clear()
    type_text(dialog.widgets["birth_year"], "1990")
    qtbot.waitUntil(lambda: dialog.warning.text() == "")
    save(dialog)  # a different person after all
    assert not dialog.isVisible()


def test_a_viewer_never_sees_national_ids_or_priority_groups(qtbot, db):
    person_id = people.create(db, PersonData(full_name="Lò Thị Ón", unit_code="06046", birth_year=1990,
                                             national_id="020190004321", priority_groups=["trafficking_survivor"]), actor=ADMIN)
    window = MainWindow(db, VIEWER)
    qtbot.addWidget(window)
    window.show()
    window.show_screen(2)
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 1)
    headers = [window.people.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.people.model.columnCount())]
    assert "Số CCCD" not in headers
    texts = [str(window.people.model.data(window.people.model.index(0, c))) for c in range(len(headers))]
    assert "020190004321" not in texts
    assert not window.people.new_button.isEnabled() and not window.people.delete_button.isEnabled()
    dialog = PersonDialog(db, VIEWER, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "national_id" not in dialog.widgets
    assert not dialog.form.findChild(QLineEdit, "national_id").isVisible()
    assert not dialog.priority.isVisible()
    admin_window = MainWindow(db, ADMIN)
    qtbot.addWidget(admin_window)
    admin_window.show()
    admin_window.show_screen(2)
    model = admin_window.people.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.data(model.index(0, headers.index("Số CCCD"))) == "020190004321"


def test_record_a_training_and_who_completed_it(qtbot, db):
    from htx_desktop.gui.attendance_panel import ATTENDED, COMPLETED
    from htx_desktop.gui.training_dialog import TrainingDialog
    from htx_desktop.services import trainings

    people.create(db, PersonData(full_name="Triệu Thị Lìu", unit_code="06046", birth_year=1988), actor=ADMIN)
    dialog = TrainingDialog(db, ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.widgets["title"], "Tập huấn quản trị HTX cho nữ quản lý")
    type_text(dialog.widgets["starts_on"], "10/06/2025")
    type_text(dialog.widgets["ends_on"], "12/06/2025")

    def pick(attendee_dialog) -> None:
        type_text(attendee_dialog.picker.person_search, "trieu thi liu")
        qtbot.waitUntil(lambda: attendee_dialog.picker.person_results.count() == 1)
        press(Qt.Key.Key_Return)  # adds her
        press(Qt.Key.Key_Escape)  # done

    when_modal(pick)
    dialog.form.findChild(QPushButton, "add_attendee").click()  # saves the training first
    assert dialog.training_id is not None and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Triệu Thị Lìu"
    dialog.table.item(0, COMPLETED).setCheckState(Qt.CheckState.Checked)
    [row] = trainings.attendees(db, dialog.training_id)
    assert row.attended and row.completed
    dialog.table.item(0, ATTENDED).setCheckState(Qt.CheckState.Unchecked)  # did not come after all
    [row] = trainings.attendees(db, dialog.training_id)
    assert not row.attended and not row.completed
    save(dialog)
    assert trainings.get(db, dialog.training_id).title == "Tập huấn quản trị HTX cho nữ quản lý"
