"""The plans screen: a province makes its own plan from a template and changes its targets; a commune only looks."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gui_helpers import press, type_text, when_modal
from htx_desktop.domain.enums import InstallationRole, TargetKind
from htx_desktop.gui import fields as f
from htx_desktop.gui.common import Session
from htx_desktop.gui.plans_page import FIRST_PHASE_COLUMN, PlansPage, parse_number
from htx_desktop.plans import catalogue
from htx_desktop.services.installation import describe, initialise
from htx_desktop.storage.database import open_database

PROVINCE_ADMIN = Session("tinh", "admin", "20", "Tỉnh Lạng Sơn")
PLAN_NAME = "Kế hoạch thực hiện Đề án 01 tỉnh Lạng Sơn năm 2026"


@pytest.fixture
def aggregator(tmp_path):
    path = tmp_path / "tinh.sqlite3"
    initialise(path, "20", InstallationRole.AGGREGATOR)
    database = open_database(path)
    yield database
    database.dispose()


def make_page(qtbot, database, session=PROVINCE_ADMIN):
    page = PlansPage(database, session, describe(database))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()  # the plans are read when the page is first shown
    return page


def list_texts(page):
    return [page.plan_list.item(row).text() for row in range(page.plan_list.count())]


def cell_text(page, indicator_code, phase_code):
    plan = page.current_plan()
    row = next(i for i, indicator in enumerate(plan.indicators) if indicator.code == indicator_code)
    column = FIRST_PHASE_COLUMN + next(i for i, phase in enumerate(plan.phases) if phase.code == phase_code)
    return page.table.item(row, column).text()


def select_cell(page, indicator_code, phase_code):
    plan = page.current_plan()
    row = next(i for i, indicator in enumerate(plan.indicators) if indicator.code == indicator_code)
    column = FIRST_PHASE_COLUMN + next(i for i, phase in enumerate(plan.phases) if phase.code == phase_code)
    page.table.setCurrentCell(row, column)


def select_plan(page, code):
    page.plan_list.setCurrentRow(next(i for i, plan in enumerate(page.plans) if plan.code == code))


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def create_from_trang_dinh(qtbot, page):
    def fill(dialog):
        dialog.template.setCurrentIndex(dialog.template.findText("Tràng Định", Qt.MatchFlag.MatchContains))
        type_text(dialog.name, PLAN_NAME)
        type_text(dialog.issued_on, "15/01/2026")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)


def test_the_templates_are_listed_marked_and_shown_with_their_targets(qtbot, aggregator):
    page = make_page(qtbot, aggregator)
    texts = list_texts(page)
    assert len(texts) == 2 and all("(mẫu)" in text for text in texts)
    select_plan(page, "KH-TRANGDINH-2023")
    assert "Giai đoạn 1: đến năm 2025 (01/01/2023 – 31/12/2025)" in page.phases_label.text()
    assert cell_text(page, "new_coops_many_jobs", "2025") == "2–3"
    assert cell_text(page, "new_coops_many_jobs", "2030") == "≥ 7"
    assert cell_text(page, "new_female_jobs", "2030") == "80–100"
    assert cell_text(page, "managers_trained", "2025") == "100%"
    assert page.create_button.isEnabled()


def test_template_targets_cannot_be_edited(qtbot, aggregator):
    page = make_page(qtbot, aggregator)
    select_plan(page, "KH-TRANGDINH-2023")
    select_cell(page, "new_coops_many_jobs", "2025")
    assert not page.edit_button.isEnabled() and not page.clear_button.isEnabled()
    assert "Kế hoạch mẫu không sửa được" in page.edit_button.toolTip()
    page.edit_target()  # a double click or a stray call opens nothing
    assert page.table.item(0, FIRST_PHASE_COLUMN).text() == "2–3"


def test_a_province_makes_a_plan_from_a_template_and_changes_a_target(qtbot, aggregator):
    page = make_page(qtbot, aggregator)
    create_from_trang_dinh(qtbot, page)
    assert PLAN_NAME in list_texts(page)
    assert page.current_plan().name == PLAN_NAME and not page.current_plan().is_template
    assert "15/01/2026" in page.details.text()
    assert cell_text(page, "new_coops_many_jobs", "2030") == "≥ 7"  # copied from the template

    select_cell(page, "new_coops_many_jobs", "2030")
    assert page.edit_button.isEnabled()

    def change(dialog):
        f.set_combo(dialog.kind, TargetKind.RANGE.value)
        assert dialog.high.isEnabled()
        dialog.low.clear()
        type_text(dialog.low, "12")
        type_text(dialog.high, "1.500")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    when_modal(change)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert cell_text(page, "new_coops_many_jobs", "2030") == "12–1.500"
    with aggregator.read() as session:
        plan = catalogue.find(session, page.current_plan().id)
    coops = next(i for i in plan.indicators if i.code == "new_coops_many_jobs")
    assert coops.targets["2030"].text() == "12–1.500"
    assert (coops.targets["2030"].low, coops.targets["2030"].high) == (12, 1500)
    with aggregator.read() as session:  # the template is untouched
        template = catalogue.find(session, "KH-TRANGDINH-2023")
    assert next(i for i in template.indicators if i.code == "new_coops_many_jobs").targets["2030"].text() == "≥ 7"


def test_a_share_takes_a_decimal_percentage_with_a_comma(qtbot, aggregator):
    page = make_page(qtbot, aggregator)
    create_from_trang_dinh(qtbot, page)
    select_cell(page, "cadres_outreach", "2025")
    seen = {}

    def change(dialog):
        seen["kinds"] = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
        seen["high"] = dialog.high.isEnabled()
        dialog.low.clear()
        type_text(dialog.low, "82,5")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    when_modal(change)
    page.edit_target()
    assert seen == {"kinds": [TargetKind.PERCENT_FLOOR.value], "high": False}
    assert cell_text(page, "cadres_outreach", "2025") == "≥ 82,5%"


def test_an_invalid_range_shows_the_message_under_the_field_and_writes_nothing(qtbot, aggregator):
    page = make_page(qtbot, aggregator)
    create_from_trang_dinh(qtbot, page)
    select_cell(page, "new_female_jobs", "2025")
    seen = {}

    def change(dialog):
        try:
            dialog.low.clear()
            type_text(dialog.low, "60")
            dialog.high.clear()
            type_text(dialog.high, "40")
            qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
            seen["high"] = dialog.errors.message("high")
            seen["open"] = dialog.isVisible()
            dialog.high.clear()
            type_text(dialog.high, "bốn mươi")
            qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
            seen["unreadable"] = dialog.errors.message("high")
        finally:
            press(Qt.Key.Key_Escape)

    when_modal(change)
    page.edit_target()
    assert seen["high"] == "Giá trị dưới không được lớn hơn giá trị trên."
    assert seen["open"]
    assert seen["unreadable"] == "Hãy nhập một số, ví dụ 1.300 hoặc 12,5."
    assert cell_text(page, "new_female_jobs", "2025") == "35–50"
    with aggregator.read() as session:
        plan = catalogue.find(session, page.current_plan().id)
    assert next(i for i in plan.indicators if i.code == "new_female_jobs").targets["2025"].text() == "35–50"


def test_a_plan_without_a_name_is_refused_under_the_name(qtbot, aggregator):
    page = make_page(qtbot, aggregator)
    create_from_trang_dinh(qtbot, page)  # its own plan is now the chosen one
    seen = {}

    def fill(dialog):
        try:
            seen["template"] = dialog.template.currentText()  # Lạng Sơn's template is proposed
            qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
            seen["name"] = dialog.errors.message("name")
        finally:
            press(Qt.Key.Key_Escape)

    when_modal(fill)
    page.create_plan()
    assert seen["name"] == "Tên kế hoạch không được để trống."
    assert "Tràng Định" in seen["template"]
    assert len(list_texts(page)) == 3


def test_a_target_can_be_taken_off_after_asking(qtbot, aggregator):
    page = make_page(qtbot, aggregator)
    create_from_trang_dinh(qtbot, page)
    select_cell(page, "new_groups_founded", "2030")
    assert page.clear_button.isEnabled()

    def answer(box: QMessageBox):
        next(button for button in box.buttons() if button.text() == "Bỏ mục tiêu").click()

    when_modal(answer)
    page.clear_target()
    assert cell_text(page, "new_groups_founded", "2030") == "—"
    assert not page.clear_button.isEnabled()


def test_a_viewer_at_the_province_only_looks(qtbot, aggregator):
    page = make_page(qtbot, aggregator, Session("xem", "viewer", "20", "Tỉnh Lạng Sơn"))
    assert not page.create_button.isEnabled()
    assert "chỉ có quyền xem" in page.note.text()


def test_at_a_commune_the_plans_are_read_only_and_come_from_above(qtbot, db):
    page = make_page(qtbot, db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    assert len(list_texts(page)) == 2
    assert page.current_plan().code == "KH-TRANGDINH-2023"  # the commune's default plan
    assert "qua đồng bộ" in page.note.text()
    select_cell(page, "new_coops_many_jobs", "2025")
    for button in (page.create_button, page.edit_button, page.clear_button):
        assert not button.isVisible() and not button.isEnabled()
    page.create_plan()  # nothing opens
    page.edit_target()
    assert len(list_texts(page)) == 2


def test_numbers_are_read_as_typed_in_vietnamese():
    assert parse_number("1.300") == 1300 and parse_number("12,5") == 12.5 and parse_number("12.5") == 12.5
    assert parse_number(" 80 % ") == 80 and parse_number("1.234,5") == 1234.5 and parse_number("") is None
    with pytest.raises(f.FieldError):
        parse_number("mười")


def test_a_new_plan_appears_in_the_overview_progress_at_once(qtbot, aggregator):
    from htx_desktop.gui.main_window import MainWindow

    window = MainWindow(aggregator, PROVINCE_ADMIN)
    qtbot.addWidget(window)
    window.show()
    progress = window.overview.progress
    names = lambda: [progress.plan_combo.itemText(i) for i in range(progress.plan_combo.count())]  # noqa: E731
    assert PLAN_NAME not in names()
    window.show_screen(5)
    create_from_trang_dinh(qtbot, window.plans)
    qtbot.waitUntil(lambda: PLAN_NAME in names())
