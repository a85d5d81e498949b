"""The Activities screen as the officer meets it: each of the five lists, Ctrl+N, typing with Tab,
Enter to save and the row in the list; Esc on a form with something typed asks first; a wrong value
gets its message under the field and keeps the text; Delete and Ctrl+Z; the cooperative's form
adds a support and a job report; the person's form shows her trainings and posts. Every key goes
to the focused widget of the active window."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTabWidget, QWidget

from gui_helpers import activate, close_modals, error_under, focused, press, type_here, visible_titles, visible_windows, when_modal
from htx_desktop.domain.records import (
    AttendanceData,
    CooperativeData,
    PersonData,
    PostData,
    SupportData,
    TrainingData,
)
from htx_desktop.gui.background import wait_for_background
from htx_desktop.gui.common import Session
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.gui.person_dialog import PersonDialog
from htx_desktop.services import activities, cooperatives, people, trainings

ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")
VIEWER = Session("xem", "viewer", "06046", "Xã Tràng Định")
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
ACTIVITIES = 4  # the "Hoạt động" screen in the navigation


@pytest.fixture
def window(qtbot, db):
    main = MainWindow(db, ADMIN)
    qtbot.addWidget(main)
    activate(main)
    main.show_screen(ACTIVITIES)  # where the officer works here; the Overview counts only when shown
    settle_background()
    yield main
    settle_background()


def settle_background() -> None:
    """Let the figures counted again after each save finish (in worker threads) while the window
    and its database are still there, so no worker outlives the test that started it."""
    wait_for_background()
    QApplication.processEvents()
    gc.collect()  # Qt objects of this test's dialogs go now, not in the middle of a later test


@pytest.fixture
def che_ban(db):
    return cooperatives.create(db, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046"), ADMIN)


@pytest.fixture
def mai(db):
    return people.create(db, PersonData(full_name="Hoàng Thị Mai", unit_code="06046", birth_year=1984), ADMIN)


def open_new_form(window: MainWindow, kind: str, steps) -> None:  # type: ignore[no-untyped-def]
    """Go to Activities, to the tab of `kind`, press Ctrl+N there and run `steps` on the form."""
    window.show_screen(ACTIVITIES)
    page = window.activities.show_list(kind)
    page.table.setFocus()

    def then_close(form) -> None:  # type: ignore[no-untyped-def]
        steps(form)
        if form.isVisible():  # the steps should have closed it: fail instead of waiting for ever
            close_modals()
            shown = {name: label.text() for name, label in form.errors.labels.items() if label.text()}
            raise AssertionError(f"the form is still open: {form.message.text()} {shown}")

    when_modal(then_close)
    press(Qt.Key.Key_N, CTRL)


def rows_shown(qtbot, window: MainWindow, kind: str) -> list[list[str]]:
    window.show_screen(ACTIVITIES)
    page = window.activities.show_list(kind)  # a list is read when it is first shown
    qtbot.waitUntil(lambda: page.model.active and page.model.fully_loaded)
    model = page.model
    return [[str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def type_outreach(form) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_Down)  # Họp → Nói chuyện chuyên đề
    press(Qt.Key.Key_Tab)  # the Facebook/Zalo row is hidden for a talk: on to the topic
    type_here("Luật Hợp tác xã năm 2023")
    press(Qt.Key.Key_Tab)
    type_here("12/03/2025")
    press(Qt.Key.Key_Tab, times=2)  # past "trực tiếp"
    type_here("Nhà văn hóa thôn Nà Pàn")
    press(Qt.Key.Key_Tab, times=2)  # past the unit
    type_here("Hội viên phụ nữ")
    press(Qt.Key.Key_Tab)
    type_here("45")
    press(Qt.Key.Key_Tab)
    type_here("40")
    press(Qt.Key.Key_Return)


def type_support(form) -> None:  # type: ignore[no-untyped-def]
    type_here("che ban")  # the cooperative, without diacritics
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Down)  # Tư vấn thành lập → Hỗ trợ vay vốn: the lender's row appears
    press(Qt.Key.Key_Tab)
    type_here("05/06/2025")
    press(Qt.Key.Key_Tab)
    type_here("50.000.000")
    press(Qt.Key.Key_Tab)
    type_here("Agribank Tràng Định")
    press(Qt.Key.Key_Tab)
    type_here("Hội LHPN xã")
    press(Qt.Key.Key_Return)


def type_job(form) -> None:  # type: ignore[no-untyped-def]
    type_here("che ban")
    press(Qt.Key.Key_Tab)
    type_here("2025")  # Tab selected the year proposed: typing replaces it
    press(Qt.Key.Key_Tab)
    type_here("20/12/2025")
    press(Qt.Key.Key_Tab)
    type_here("5")
    press(Qt.Key.Key_Tab)
    type_here("12")
    press(Qt.Key.Key_Return)


def type_commendation(form) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_Tab)  # "Cá nhân" is chosen: on to the person
    type_here("hoang thi mai")
    press(Qt.Key.Key_Return)  # takes Mai and goes on to the commendation
    QTest.qWait(50)
    assert focused().objectName() == "title" or focused().parent().objectName() == "title"
    type_here("Giấy khen của Chủ tịch UBND xã")
    press(Qt.Key.Key_Tab, times=2)  # past the level "Cấp xã"
    type_here("01/09/2025")
    press(Qt.Key.Key_Tab)
    type_here("125/QĐ-UBND")
    press(Qt.Key.Key_Return)


def type_funding(form) -> None:  # type: ignore[no-untyped-def]
    press(Qt.Key.Key_Down)  # Ngân sách tỉnh → Chương trình MTQG
    press(Qt.Key.Key_Tab)
    type_here("15.000.000")
    press(Qt.Key.Key_Tab)
    type_here("10/10/2025")
    press(Qt.Key.Key_Tab)
    type_here("In tài liệu tuyên truyền")
    press(Qt.Key.Key_Return)


EXPECTED = {
    "outreach": (type_outreach, ["Luật Hợp tác xã năm 2023", "Nói chuyện chuyên đề", "12/03/2025",
                                 "Nhà văn hóa thôn Nà Pàn", "Hội viên phụ nữ", "45", "40", "Xã Tràng Định"]),
    "support": (type_support, ["HTX Chè Bản Piềng", "Hỗ trợ vay vốn", "05/06/2025", "50.000.000",
                               "Agribank Tràng Định", "Hội LHPN xã", "Xã Tràng Định"]),
    "jobs": (type_job, ["HTX Chè Bản Piềng", "2025", "20/12/2025", "5", "12", "Xã Tràng Định"]),
    "commendations": (type_commendation, ["Hoàng Thị Mai", "Cá nhân", "Giấy khen của Chủ tịch UBND xã", "Cấp xã",
                                          "01/09/2025", "125/QĐ-UBND", "Xã Tràng Định"]),
    "funding": (type_funding, ["In tài liệu tuyên truyền", "Chương trình MTQG", "15.000.000", "10/10/2025",
                               "Xã Tràng Định"]),
}


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_a_new_record_typed_with_tab_and_saved_with_enter_appears_in_its_list(qtbot, window, che_ban, mai, kind):
    steps, expected = EXPECTED[kind]
    seen = {}

    def run(form) -> None:  # type: ignore[no-untyped-def]
        seen["windows"] = len(visible_windows())
        steps(form)
        seen["message"] = form.message.text() if form.isVisible() else ""

    assert rows_shown(qtbot, window, kind) == []
    open_new_form(window, kind, run)
    assert seen["windows"] == 2 and seen["message"] == ""
    assert visible_windows() == [window]
    assert rows_shown(qtbot, window, kind) == [expected]


FIRST_TEXT_FIELD = {"outreach": "title", "support": "given_by", "jobs": "notes", "commendations": "decision_no",
                    "funding": "purpose"}


@pytest.mark.parametrize("kind", list(FIRST_TEXT_FIELD))
def test_esc_after_typing_asks_first_and_keeps_the_text_when_the_officer_goes_back(qtbot, window, kind):
    seen = {}

    def keep_editing(box) -> None:  # type: ignore[no-untyped-def]
        seen["question"] = box.text() if isinstance(box, QMessageBox) else ""
        press(Qt.Key.Key_Escape)

    def discard(box) -> None:  # type: ignore[no-untyped-def]
        press(Qt.Key.Key_B, ALT)  # "Bỏ thay đổi"

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        field = form.widgets[FIRST_TEXT_FIELD[kind]]
        field.setFocus()
        type_here("Hà")
        when_modal(keep_editing)
        press(Qt.Key.Key_Escape)
        text = field.toPlainText() if hasattr(field, "toPlainText") else field.text()
        seen["after_keep"] = (len(visible_windows()), text)
        when_modal(discard)
        press(Qt.Key.Key_Escape)

    open_new_form(window, kind, steps)
    assert "chưa được lưu" in seen["question"]
    assert seen["after_keep"] == (2, "Hà")
    assert visible_windows() == [window]
    assert rows_shown(qtbot, window, kind) == []


def test_esc_on_an_untouched_form_closes_it_at_once(qtbot, window):
    def steps(form) -> None:  # type: ignore[no-untyped-def]
        press(Qt.Key.Key_Escape)

    open_new_form(window, "funding", steps)
    assert visible_windows() == [window]


def test_more_women_than_participants_is_said_under_the_field_and_the_text_stays(qtbot, window):
    seen = {}

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        form.widgets["title"].setFocus()
        type_here("Tuyên truyền Luật HTX")
        form.widgets["held_on"].setFocus()
        type_here("12/03/2025")
        form.widgets["participants"].setFocus()
        type_here("30")
        form.widgets["female_participants"].setFocus()
        type_here("45")
        press(Qt.Key.Key_Return)
        seen["message"] = error_under(form, "female_participants")
        seen["text"] = form.widgets["female_participants"].text()
        seen["focus"] = focused().objectName()
        seen["open"] = form.isVisible()
        form.widgets["female_participants"].selectAll()
        type_here("25")
        press(Qt.Key.Key_Return)

    open_new_form(window, "outreach", steps)
    assert seen["message"] == "Số nữ tham dự (45) không được lớn hơn số người tham dự (30)."
    assert seen["text"] == "45" and seen["focus"] == "female_participants" and seen["open"]
    assert visible_windows() == [window]
    assert len(rows_shown(qtbot, window, "outreach")) == 1


def test_a_social_media_post_asks_for_facebook_or_zalo(qtbot, window):
    seen = {}

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        form.widgets["kind"].setCurrentIndex(form.widgets["kind"].findData("social_post"))
        seen["platform_shown"] = form.widgets["platform"].isVisible()
        form.widgets["title"].setFocus()
        type_here("Gương phụ nữ làm kinh tế giỏi")
        form.widgets["held_on"].setFocus()
        type_here("01/04/2025")
        press(Qt.Key.Key_Return)
        seen["message"] = error_under(form, "platform")
        form.widgets["platform"].setFocus()
        press(Qt.Key.Key_Down)  # Facebook
        press(Qt.Key.Key_Return)

    open_new_form(window, "outreach", steps)
    assert seen["platform_shown"]
    assert seen["message"] == "Bài đăng mạng xã hội: hãy chọn Facebook hoặc Zalo."
    assert rows_shown(qtbot, window, "outreach")[0][1] == "Bài đăng mạng xã hội (Facebook)"


def test_a_loan_without_lender_and_a_cooperative_not_found_are_said_under_their_fields(qtbot, window, che_ban):
    seen = {}

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        type_here("ban khong co")
        form.widgets["kind"].setCurrentIndex(form.widgets["kind"].findData("loan"))
        form.widgets["given_on"].setFocus()
        type_here("05/06/2025")
        press(Qt.Key.Key_Return)
        seen["cooperative"] = error_under(form, "cooperative_id")
        seen["lender"] = error_under(form, "loan_source")
        seen["amount"] = error_under(form, "amount")
        seen["text"] = form.widgets["cooperative_id"].currentText()
        when_modal(discard)
        press(Qt.Key.Key_Escape)  # asks first; the officer discards

    def discard(box) -> None:  # type: ignore[no-untyped-def]
        press(Qt.Key.Key_B, ALT)

    open_new_form(window, "support", steps)
    assert seen["cooperative"] == "Không có HTX/THT nào khớp “ban khong co”. Hãy gõ lại tên."
    assert seen["lender"].startswith("Khoản vay: hãy nhập nơi cho vay")
    assert seen["amount"] == "Khoản vay: hãy nhập số tiền vay."
    assert seen["text"] == "ban khong co"
    assert visible_windows() == [window]


def test_a_job_report_dated_before_its_year_is_refused_under_the_date(qtbot, window, che_ban):
    seen = {}

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        type_here("che ban")
        press(Qt.Key.Key_Tab)
        type_here("2025")
        press(Qt.Key.Key_Tab)
        type_here("20/12/2024")
        press(Qt.Key.Key_Tab)
        type_here("3")
        press(Qt.Key.Key_Tab)
        type_here("9")
        press(Qt.Key.Key_Return)
        seen["message"] = error_under(form, "reported_on")
        seen["focus"] = focused().objectName()
        form.widgets["reported_on"].selectAll()
        type_here("15/01/2026")
        press(Qt.Key.Key_Return)

    open_new_form(window, "jobs", steps)
    assert seen["message"] == "Ngày báo cáo (20/12/2024) không thể trước năm báo cáo 2025."
    assert seen["focus"] == "reported_on"
    assert [row[:3] for row in rows_shown(qtbot, window, "jobs")] == [["HTX Chè Bản Piềng", "2025", "15/01/2026"]]


def test_an_amount_that_is_not_a_number_is_said_under_it(qtbot, window):
    seen = {}

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        press(Qt.Key.Key_Tab)
        type_here("mười triệu")
        press(Qt.Key.Key_Return)
        seen["message"] = error_under(form, "amount")
        seen["text"] = form.widgets["amount"].text()
        seen["purpose"] = error_under(form, "purpose")
        form.widgets["amount"].selectAll()
        type_here("10.000.000")
        form.widgets["spent_on"].setFocus()
        type_here("10/10/2025")
        form.widgets["purpose"].setFocus()
        type_here("Hội nghị sơ kết")
        press(Qt.Key.Key_Return)

    open_new_form(window, "funding", steps)
    assert seen["message"] == "Hãy nhập một số nguyên, ví dụ 1.500.000."
    assert seen["text"] == "mười triệu"
    assert seen["purpose"] == "Nội dung chi không được để trống."
    assert rows_shown(qtbot, window, "funding")[0][2] == "10.000.000"


def test_delete_asks_then_ctrl_z_brings_the_support_back(qtbot, window, db, che_ban):
    activities.SUPPORT.create(db, SupportData(che_ban, "trade_fair", date(2025, 5, 1), 5_000_000), ADMIN)
    window.show_screen(ACTIVITIES)
    page = window.activities.show_list("support")
    assert len(rows_shown(qtbot, window, "support")) == 1
    seen = {}

    def answer_delete(box) -> None:  # type: ignore[no-untyped-def]
        seen["question"] = box.text()
        next(b for b in box.buttons() if b.text() == "Xóa").click()

    page.table.selectRow(0)
    page.table.setFocus()
    when_modal(answer_delete)
    press(Qt.Key.Key_Delete)
    assert seen["question"].startswith("Xóa hỗ trợ “Hội chợ, diễn đàn, xúc tiến thương mại” cho HTX Chè Bản Piềng "
                                       "ngày 01/05/2025 (HTX/THT vẫn giữ nguyên)?")
    assert rows_shown(qtbot, window, "support") == []
    press(Qt.Key.Key_Z, CTRL)
    assert rows_shown(qtbot, window, "support")[0][:2] == ["HTX Chè Bản Piềng", "Hội chợ, diễn đàn, xúc tiến thương mại"]


def test_the_lists_filter_by_typing_without_diacritics_and_by_kind(qtbot, window, db, che_ban):
    other = cooperatives.create(db, CooperativeData(name="THT Miến dong Bình Độ", unit_code="06046", kind="group"),
                                ADMIN)
    activities.SUPPORT.create(db, SupportData(che_ban, "trade_fair", date(2025, 5, 1)), ADMIN)
    activities.SUPPORT.create(db, SupportData(other, "strengthening", date(2025, 6, 1)), ADMIN)
    window.show_screen(ACTIVITIES)
    page = window.activities.show_list("support")
    assert len(rows_shown(qtbot, window, "support")) == 2
    page.focus_search()
    type_here("mien dong")
    page.apply_filters()
    assert [row[0] for row in rows_shown(qtbot, window, "support")] == ["THT Miến dong Bình Độ"]
    page.search.clear()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("trade_fair"))
    assert [row[0] for row in rows_shown(qtbot, window, "support")] == ["HTX Chè Bản Piềng"]


def test_the_cooperative_form_adds_a_support_and_a_job_report_and_shows_them(qtbot, window, db, che_ban):
    seen = {}

    def support(form) -> None:  # type: ignore[no-untyped-def]
        seen["support_cooperative"] = form.widgets["cooperative_id"].currentText()
        seen["support_focus"] = focused().objectName()
        form.widgets["kind"].setCurrentIndex(form.widgets["kind"].findData("strengthening"))
        form.widgets["given_on"].setFocus()
        type_here("02/02/2026")
        press(Qt.Key.Key_Return)

    def job(form) -> None:  # type: ignore[no-untyped-def]
        seen["job_focus"] = focused().objectName()
        type_here("2025")
        press(Qt.Key.Key_Tab)
        type_here("31/12/2025")
        press(Qt.Key.Key_Tab)
        type_here("6")
        press(Qt.Key.Key_Tab)
        type_here("14")
        press(Qt.Key.Key_Return)

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        form.form.findChild(QTabWidget, "tabs").setCurrentWidget(form.form.findChild(QWidget, "tab_activities"))
        for name, action in (("add_support", support), ("add_job", job)):
            button = form.form.findChild(QPushButton, name)
            button.setFocus()
            when_modal(action)
            press(Qt.Key.Key_Space)
        table = form.activities.support.table
        seen["support"] = [table.item(0, c).text() for c in range(2)]
        table = form.activities.jobs.table
        seen["jobs"] = [table.item(0, c).text() for c in range(4)]
        seen["windows"] = len(visible_windows())
        press(Qt.Key.Key_Escape)

    window.show_screen(1)
    qtbot.waitUntil(lambda: window.cooperatives.model.rowCount() == 1)
    settle_background()
    window.cooperatives.table.selectRow(0)
    window.cooperatives.table.setFocus()
    when_modal(steps)
    press(Qt.Key.Key_Return)
    assert seen["support_cooperative"] == "HTX Chè Bản Piềng — Xã Tràng Định"
    assert seen["support_focus"] == "kind" and seen["job_focus"] == "year"
    assert seen["support"] == ["02/02/2026", "Củng cố, nâng cao chất lượng"]
    assert seen["jobs"] == ["2025", "31/12/2025", "6", "14"]
    assert seen["windows"] == 2
    assert visible_windows() == [window]
    assert [line.kind for line in activities.support_of(db, che_ban)] == ["strengthening"]


def test_the_person_form_shows_her_trainings_and_posts(qtbot, db, che_ban, mai):
    training = trainings.create(db, TrainingData("Tập huấn quản trị HTX", "06046", "governance", date(2025, 3, 1),
                                                 ends_on=date(2025, 3, 2)), ADMIN)
    trainings.set_attendance(db, AttendanceData(training, mai, completed=True), ADMIN)
    cooperatives.add_post(db, PostData(mai, che_ban, "board_chair", date(2024, 1, 1)), ADMIN)
    dialog = PersonDialog(db, ADMIN, mai)
    qtbot.addWidget(dialog)
    activate(dialog)
    history = dialog.history
    assert [history.trainings.table.item(0, c).text() for c in range(4)] == [
        "Tập huấn quản trị HTX", "01/03/2025", "02/03/2025", "✓"]
    assert [history.posts.table.item(0, c).text() for c in range(3)] == [
        "Chủ tịch HĐQT", "HTX Chè Bản Piềng", "01/01/2024"]
    seen = {}

    def cooperative_form(form) -> None:  # type: ignore[no-untyped-def]
        seen["title"] = form.widgets["name"].text()
        press(Qt.Key.Key_Escape)

    dialog.form.findChild(QTabWidget, "tabs").setCurrentIndex(1)
    history.posts.table.selectRow(0)
    history.posts.table.setFocus()
    when_modal(cooperative_form)
    press(Qt.Key.Key_Return)  # opens the cooperative; the person's form stays open
    assert seen["title"] == "HTX Chè Bản Piềng"
    assert dialog.isVisible()
    assert visible_titles() == ["Người"]
    settle_background()


def test_a_viewer_reads_the_activities_but_cannot_add_or_delete(qtbot, db, che_ban):
    activities.SUPPORT.create(db, SupportData(che_ban, "trade_fair", date(2025, 5, 1)), ADMIN)
    window = MainWindow(db, VIEWER)
    qtbot.addWidget(window)
    activate(window)
    window.show_screen(ACTIVITIES)
    settle_background()
    page = window.activities.show_list("support")
    assert len(rows_shown(qtbot, window, "support")) == 1
    assert not page.new_button.isEnabled() and not page.delete_button.isEnabled()
    seen = {}

    def steps(form) -> None:  # type: ignore[no-untyped-def]
        seen["save"] = form.save_button.isEnabled()
        press(Qt.Key.Key_Escape)

    page.table.selectRow(0)
    page.table.setFocus()
    press(Qt.Key.Key_N, CTRL)  # nothing opens for a viewer
    assert visible_windows() == [window]
    when_modal(steps)
    press(Qt.Key.Key_Return)
    assert seen["save"] is False
    assert visible_windows() == [window]
    settle_background()
