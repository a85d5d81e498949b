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


def test_tab_reaches_the_log_in_and_quit_buttons_and_space_on_thoat_quits(qtbot, db):
    dialog = open_login(qtbot, db)
    type_here("admin")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert focused().text() == "Đăng nhập"
    press(Qt.Key.Key_Tab)
    assert focused().text() == "Thoát"
    press(Qt.Key.Key_Space)
    assert not dialog.isVisible() and dialog.quitting and dialog.session is None


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


def test_the_log_in_window_appears_before_the_database_layer_is_loaded(db_path, tmp_path):
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtCore import QEvent, QObject, Qt, QTimer\n"
        "from PySide6.QtTest import QTest\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "class Watch(QObject):\n"
        "    def eventFilter(self, watched, event):\n"
        "        if event.type() == QEvent.Type.Show and type(watched).__name__ == 'LoginDialog':\n"
        "            print(sorted(m for m in ('sqlalchemy', 'alembic', 'logging.handlers') if m in sys.modules),"
        " flush=True)\n"
        "            self.timer = QTimer(interval=10, timeout=lambda: quit_when_open(watched)); self.timer.start()\n"
        "        return False\n"
        "def quit_when_open(dialog):\n"
        "    if dialog.database is not None or dialog.target is not None:\n"  # opened, or known encrypted
        "        print(sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules), flush=True)\n"
        "        watch.timer.stop(); QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)\n"
        "watch = Watch(); app.installEventFilter(watch)\n"
        "from htx_desktop.gui.app import main\n"
        f"sys.exit(main(['--db', {str(db_path)!r}]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HTX_HOME=str(tmp_path / "home"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 1, result.stderr  # the officer quit the log-in
    shown = result.stdout.splitlines()
    assert shown[0] == "[]"  # first shown with none loaded (the log file is rotated from later on)
    assert "sqlalchemy" in shown[-1]  # then the database opened behind it


def test_what_is_typed_before_the_database_is_open_logs_in_once_it_is(qtbot, db):
    dialog = LoginDialog(None, None)
    qtbot.addWidget(dialog)
    activate(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username)
    type_here("admin")
    press(Qt.Key.Key_Tab)
    type_here("matkhau-an-toan")
    press(Qt.Key.Key_Return)  # the officer is quicker than the database
    assert dialog.isVisible() and dialog.session is None and dialog.message.text() == ""
    dialog.attach(db, installation.describe(db))
    assert not dialog.isVisible() and dialog.session is not None and dialog.session.role == "admin"
