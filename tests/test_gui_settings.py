"""Settings as the administrator uses them (and as others see them): receiving unit, back up now,
restore (a bad file refused, a good one brought back), daily backups kept, idle-lock time."""


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from gui_helpers import activate, press, type_here, when_modal, when_window
from htx_desktop import settings
from htx_desktop.domain.records import CooperativeData
from htx_desktop.gui.common import Session
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.gui.settings import backups as backups_gui
from htx_desktop.services import cooperatives, installation
import raw_db

ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")
VIEWER = Session("xem", "viewer", "06046", "Xã Tràng Định")
SETTINGS = 8


def settings_page(qtbot, db, session=ADMIN):  # type: ignore[no-untyped-def]
    window = MainWindow(db, session)
    qtbot.addWidget(window)
    activate(window)
    window.show_screen(SETTINGS)
    return window, window.pages.widget(SETTINGS)


def choose_file(qtbot, path) -> None:  # type: ignore[no-untyped-def]
    """When the file dialog opens, type the file's path into it and press Enter, as the officer does."""

    def pick(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        type_here(str(path))
        press(Qt.Key.Key_Return)

    when_modal(pick)


def count_cooperatives(path) -> int:  # type: ignore[no-untyped-def]
    connection = raw_db.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM cooperatives WHERE deleted = 0").fetchone()[0]
    finally:
        connection.close()


def test_back_up_now_writes_a_dated_file_into_the_backups_folder(qtbot, db, private_home):
    window, page = settings_page(qtbot, db)
    box = page.backups
    assert box.last.text() == "chưa có"
    qtbot.mouseClick(box.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.message.text().startswith("Đã sao lưu vào"))
    [made] = (private_home / "backups").glob("*.sqlite3")  # beside it: its key file (.keys)
    assert made.name.startswith("htx-") and made.name.endswith("-manual.sqlite3")
    assert str(made) in box.message.text() and made.name in box.last.text()
    assert count_cooperatives(made) == 0


def test_restore_of_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(qtbot, db, db_path, tmp_path,
                                                                                 private_home, monkeypatch):
    restarted = []
    monkeypatch.setattr(backups_gui, "restart_program", lambda: restarted.append(True))
    cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046"), ADMIN)
    junk = tmp_path / "thu-tu-usb.sqlite3"
    junk.write_text("đây không phải cơ sở dữ liệu", encoding="utf-8")
    window, page = settings_page(qtbot, db)
    choose_file(qtbot, junk)
    qtbot.mouseClick(page.backups.restore_button, Qt.MouseButton.LeftButton)
    message = page.backups.message.text()
    assert "không phải bản sao lưu hợp lệ" in message and "không phải cơ sở dữ liệu" in message
    assert count_cooperatives(db_path) == 1 and not restarted
    assert not (private_home / "backups").exists() or not list((private_home / "backups").iterdir())
    assert window.isVisible()


def test_restore_a_backup_keeps_the_current_data_and_restarts(qtbot, db, db_path, private_home, monkeypatch):
    restarted = []
    monkeypatch.setattr(backups_gui, "restart_program", lambda: restarted.append(True))
    window, page = settings_page(qtbot, db)
    qtbot.mouseClick(page.backups.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backups.message.text().startswith("Đã sao lưu"))
    [saved] = (private_home / "backups").glob("*.sqlite3")
    cooperatives.create(db, CooperativeData(name="HTX Hồi", unit_code="06046"), ADMIN)
    answers = []

    def confirm_restore(box: QMessageBox) -> None:
        answers.append(box.text())
        [restore] = [b for b in box.buttons() if b.text() == "Khôi phục"]
        when_window("Khôi phục dữ liệu", lambda done: (answers.append(done.text()), press(Qt.Key.Key_Return)), delay_ms=100)
        restore.click()

    choose_file(qtbot, saved)
    when_window("Khôi phục dữ liệu", confirm_restore)
    qtbot.mouseClick(page.backups.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: restarted == [True])
    assert saved.name in answers[0] and "Xã Tràng Định (06046)" in answers[0]
    assert "Đã khôi phục" in answers[1]
    assert count_cooperatives(db_path) == 0
    [previous] = [p for p in (private_home / "backups").iterdir() if p.name.endswith("-before-restore.sqlite3")]
    assert count_cooperatives(previous) == 1


def test_administrator_changes_the_receiving_unit(qtbot, db):
    window, page = settings_page(qtbot, db)
    box = page.upstream
    assert box.unit.currentText() == "Tỉnh Lạng Sơn (20)"
    box.unit.setCurrentIndex(box.unit.findText("Tỉnh Cao Bằng (04)"))
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.message.text() == "Đã lưu: từ nay tệp đồng bộ được gửi cho Tỉnh Cao Bằng (04)."
    assert installation.describe(db).upstream_code == "04"


def test_a_viewer_sees_settings_but_changes_only_the_language(qtbot, db):
    window, page = settings_page(qtbot, db, VIEWER)
    assert page.findChild(type(page.note), "read_only_note").isVisible()
    for widget in (page.upstream.unit, page.backups.backup_button, page.backups.restore_button,
                   page.backups.kept, page.idle_minutes):
        assert not widget.isEnabled()
    assert not page.upstream.save_button.isVisibleTo(page)
    assert page.language.isEnabled()


def test_backups_kept_and_idle_lock_minutes_are_saved_for_this_pc(qtbot, db):
    window, page = settings_page(qtbot, db)
    page.tabs.setCurrentIndex(2)
    page.backups.kept.setFocus()
    qtbot.waitUntil(page.backups.kept.hasFocus)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_here("30")
    page.tabs.setCurrentIndex(0)
    page.idle_minutes.setFocus()
    qtbot.waitUntil(page.idle_minutes.hasFocus)
    press(Qt.Key.Key_Down, times=10)
    saved = settings.load()
    assert (saved.backups_kept, saved.idle_lock_minutes) == (30, 0)
    assert page.idle_minutes.text() == "không bao giờ"
