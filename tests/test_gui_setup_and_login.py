"""First run and log-in, through the real dialogs."""

from PySide6.QtCore import Qt

from gui_helpers import type_text
from htx_desktop.domain.enums import UserRole
from htx_desktop.gui.login_dialog import LoginDialog
from htx_desktop.gui.users_page import UsersPage
from htx_desktop.gui.common import Session
from htx_desktop.services import installation, users


def test_log_in_and_lock_after_five_wrong_passwords(qtbot, db):
    info = installation.describe(db)
    dialog = LoginDialog(db, info)
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(5):
        type_text(dialog.username, "admin") if attempt == 0 else None
        type_text(dialog.password, "sai-mat-khau")
        dialog.try_login()
    assert "tạm khóa" in dialog.message.text()
    type_text(dialog.password, "matkhau-an-toan")  # the right one, but the account is locked
    dialog.try_login()
    assert dialog.session is None and "tạm khóa" in dialog.message.text()


def test_log_in_with_the_right_password(qtbot, db):
    dialog = LoginDialog(db, installation.describe(db))
    qtbot.addWidget(dialog)
    type_text(dialog.username, "admin")
    type_text(dialog.password, "matkhau-an-toan")
    dialog.try_login()
    assert dialog.session is not None and dialog.session.role == "admin"


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
    page = window.pages.widget(8)
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
