"""First run and log-in, through the real dialogs."""

from PySide6.QtCore import Qt

from PySide6.QtWidgets import QApplication, QDialog

from gui_helpers import activate, focused, press, type_here, type_text
from htx_desktop.domain.enums import UserRole
from htx_desktop.gui.login_dialog import LoginDialog
from htx_desktop.gui.settings.users import UsersPage
from htx_desktop.gui.common import Session
from htx_desktop.services import installation, users


def open_login(qtbot, db) -> LoginDialog:
    dialog = LoginDialog(db, installation.describe(db))
    qtbot.addWidget(dialog)
    activate(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
    return dialog


def test_log_in_and_lock_after_five_wrong_passwords_with_the_whole_message_readable(qtbot, db):
    dialog = open_login(qtbot, db)
    type_here("admin")
    press(Qt.Key.Key_Tab)
    for _attempt in range(5):
        type_here("sai-mat-khau")
        press(Qt.Key.Key_Return)
        assert focused() is dialog.password and dialog.password.text() == ""  # ready for the next try
    assert "tạm khóa" in dialog.message.text()
    type_here("matkhau-an-toan")  # the right one, but the account is locked
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.session is None
    message = dialog.message
    assert message.text() == "Tài khoản tạm khóa do nhập sai mật khẩu 5 lần; thử lại sau 15 phút."
    # read whole: the label is as tall as its wrapped text needs, inside the box, on a 1366x768 screen
    assert message.height() >= message.heightForWidth(message.width())
    assert message.geometry().right() <= dialog.width() and dialog.width() <= 1366 and dialog.height() <= 768


def test_log_in_with_the_right_password(qtbot, db):
    dialog = open_login(qtbot, db)
    type_here("admin")
    press(Qt.Key.Key_Tab)
    type_here("matkhau-an-toan")
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.session is not None and dialog.session.role == "admin"


def test_escape_quits_the_log_in(qtbot, db):
    dialog = open_login(qtbot, db)
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected and dialog.session is None


def test_administrator_adds_a_viewer(qtbot, db):
    page = UsersPage(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(page)
    type_text(page.username, "canbo")
    type_text(page.full_name, "Lò Thị Ón")
    page.role.setCurrentIndex(page.role.findData(UserRole.VIEWER.value))
    type_text(page.password, "mat-khau-xem")
    page.add_button.click()
    assert page.message.text() == "Đã lưu."
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == ["admin", "canbo"]
    assert users.authenticate(db, "canbo", "mat-khau-xem").role == "viewer"
    page.table.selectRow(0)  # the only administrator cannot be demoted
    page.role.setCurrentIndex(page.role.findData(UserRole.VIEWER.value))
    page.update_button.click()
    assert "ít nhất một người quản trị" in page.message.text()


def test_english_interface_after_choosing_it_in_settings(qtbot, qapp, db):
    from htx_desktop import messages, settings
    from htx_desktop.gui.language import apply_language
    from htx_desktop.gui.main_window import MainWindow

    window = MainWindow(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(window)
    page = window.settings_page
    page.language.setCurrentIndex(page.language.findData("en"))
    assert settings.load().language == "en" and "mở lại" in page.note.text()
    apply_language(qapp, settings.load().language)
    try:
        english = MainWindow(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
        qtbot.addWidget(english)
        assert english.screen_titles()[:3] == ["Overview", "Cooperatives and groups", "People"]
        headers = [english.cooperatives.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
        assert headers == ["Name", "Kind", "Unit"]
    finally:
        apply_language(qapp, "vi")
        messages.set_language(None)
