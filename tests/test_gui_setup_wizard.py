"""The first-run wizard as the officer uses it: typing without diacritics, Tab and Enter."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from gui_helpers import activate, error_under, focused, press, type_here
from htx_desktop.gui.setup_wizard import SetupWizard
from htx_desktop.services import installation, users
from htx_desktop.storage.database import open_database


def open_wizard(qtbot, target) -> SetupWizard:
    wizard = SetupWizard(target)
    qtbot.addWidget(wizard)
    activate(wizard)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return wizard


def pick_units(province: str, commune: str) -> None:
    type_here(province)
    press(Qt.Key.Key_Tab)
    type_here(commune)
    press(Qt.Key.Key_Tab)


def fill_admin(full_name: str, password: str = "mat-khau-dai") -> None:
    type_here(full_name)  # the focus starts on the full name; the user name "admin" is filled in
    press(Qt.Key.Key_Tab, times=2)
    type_here(password)
    press(Qt.Key.Key_Tab)
    type_here(password)
    press(Qt.Key.Key_Return)


def installed(target):
    database = open_database(target)
    try:
        return installation.describe(database), users.list_users(database)
    finally:
        database.dispose()


def test_wizard_typed_without_diacritics_sets_up_xa_trang_dinh(qtbot, tmp_path):
    target = tmp_path / "htx.sqlite3"
    wizard = open_wizard(qtbot, target)
    assert focused() is wizard.unit_page.province
    pick_units("lang son", "trang dinh")
    assert wizard.unit_page.province.currentText() == "Tỉnh Lạng Sơn (20)"
    assert wizard.unit_page.commune.currentText() == "Xã Tràng Định (06046)"
    press(Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.admin_page
    fill_admin("Hoàng Thị Mai")
    assert wizard.currentPage() is wizard.confirm_page
    summary = wizard.confirm_page.summary.text()
    assert "Xã Tràng Định (06046) → Tỉnh Lạng Sơn (20)" in summary and "admin (Hoàng Thị Mai)" in summary
    assert not target.exists()  # nothing is written before the officer confirms
    press(Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.done_page
    assert wizard.info.fingerprint in wizard.done_page.summary.text()
    press(Qt.Key.Key_Return)  # "Bắt đầu dùng"
    assert not wizard.isVisible() and wizard.result() == QWizard.DialogCode.Accepted
    info, people = installed(target)
    assert (info.unit_code, info.role, info.upstream_code) == ("06046", "commune", "20")
    assert [(u.username, u.full_name, u.role) for u in people] == [("admin", "Hoàng Thị Mai", "admin")]


def test_units_are_found_by_code_and_with_diacritics(qtbot, tmp_path):
    wizard = open_wizard(qtbot, tmp_path / "htx.sqlite3")
    pick_units("20", "Tràng Định")
    assert wizard.unit_page.commune.currentText() == "Xã Tràng Định (06046)"
    wizard.unit_page.commune.lineEdit().selectAll()
    wizard.unit_page.commune.setFocus()
    type_here("06046")
    press(Qt.Key.Key_Tab)
    assert wizard.unit_page.unit_code() == "06046"


def test_text_matching_no_commune_keeps_the_wizard_from_going_on(qtbot, tmp_path):
    target = tmp_path / "htx.sqlite3"
    wizard = open_wizard(qtbot, target)
    pick_units("lang son", "khong co xa nay")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert "Không có đơn vị nào khớp “khong co xa nay”" in error_under(wizard, "commune")
    wizard.unit_page.commune.setFocus()
    press(Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.unit_page and not target.exists()


def test_text_matching_several_communes_asks_to_choose_one(qtbot, tmp_path):
    wizard = open_wizard(qtbot, tmp_path / "htx.sqlite3")
    pick_units("lang son", "xa")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "hãy chọn một đơn vị trong danh sách" in error_under(wizard, "commune")


def test_going_back_after_the_database_was_made_gives_a_database_for_the_new_choice(qtbot, tmp_path):
    target = tmp_path / "htx.sqlite3"
    wizard = open_wizard(qtbot, target)
    pick_units("lang son", "trang dinh")
    press(Qt.Key.Key_Return)
    fill_admin("Hoàng Thị Mai")
    press(Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.done_page and target.exists()
    for _ in range(3):
        wizard.button(QWizard.WizardButton.BackButton).click()
    assert wizard.currentPage() is wizard.unit_page and not target.exists()
    commune = wizard.unit_page.commune
    commune.setFocus()
    commune.lineEdit().selectAll()
    type_here("that khe")
    press(Qt.Key.Key_Tab)
    assert commune.currentText().startswith("Xã Thất Khê")
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.done_page
    wizard.button(QWizard.WizardButton.FinishButton).click()
    info, _people = installed(target)
    assert info.unit_name == "Xã Thất Khê" and info.unit_code != "06046"


def test_cancelling_after_the_database_was_made_leaves_nothing(qtbot, tmp_path):
    target = tmp_path / "htx.sqlite3"
    wizard = open_wizard(qtbot, target)
    pick_units("lang son", "trang dinh")
    press(Qt.Key.Key_Return)
    fill_admin("Hoàng Thị Mai")
    press(Qt.Key.Key_Return)
    assert target.exists()
    press(Qt.Key.Key_Escape)
    assert not wizard.isVisible() and list(tmp_path.glob("htx.sqlite3*")) == []


def test_provinces_are_in_vietnamese_order_and_none_is_chosen_at_first(qtbot, tmp_path):
    wizard = open_wizard(qtbot, tmp_path / "htx.sqlite3")
    province = wizard.unit_page.province
    names = [province.itemText(row).rsplit(" (", 1)[0] for row in range(province.count())]
    assert names[:4] == ["Tỉnh An Giang", "Tỉnh Bắc Ninh", "Tỉnh Cà Mau", "Tỉnh Cao Bằng"]
    assert names.index("Thành phố Cần Thơ") == names.index("Tỉnh Cao Bằng") + 1
    assert names.index("Thành phố Đà Nẵng") > names.index("Tỉnh Cao Bằng")
    assert province.currentText() == "" and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
