"""The audit page in Settings, by keys: a record's history found by a name typed without
diacritics, the log-in history, a date that cannot be read said under the filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from actors import ADMIN as ADMIN_ACTOR
from gui_helpers import activate, press, type_here
from htx_desktop.domain.records import PersonData
from htx_desktop.errors import HtxError
from htx_desktop.gui.common import Session
from htx_desktop.gui.main_window import MainWindow
from htx_desktop.services import people, users

ADMIN = Session("admin", "admin", "06046", "Xã Tràng Định")
VIEWER = Session("xem", "viewer", "06046", "Xã Tràng Định")
ALT = Qt.KeyboardModifier.AltModifier
SETTINGS = 8


def audit_page(qtbot, db, session=ADMIN):  # type: ignore[no-untyped-def]
    window = MainWindow(db, session)
    qtbot.addWidget(window)
    activate(window)
    window.show_screen(SETTINGS)
    settings_page = window.pages.widget(SETTINGS)
    settings_page.tabs.setCurrentWidget(settings_page.audit)
    return settings_page.audit


@pytest.fixture
def history(db):  # type: ignore[no-untyped-def]
    hoa = people.create(db, PersonData(full_name="Nông Thị Hoa", unit_code="06046"), ADMIN_ACTOR)
    people.create(db, PersonData(full_name="Lý Thị Mai", unit_code="06046"), ADMIN_ACTOR)
    people.update(db, hoa, PersonData(full_name="Nông Thị Hoa", unit_code="06046", phone="0912345678"), ADMIN_ACTOR)
    with pytest.raises(HtxError):
        users.authenticate(db, "admin", "sai-mat-khau")
    return db


def test_a_persons_history_found_by_her_name_without_diacritics(qtbot, history):
    page = audit_page(qtbot, history)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    press(Qt.Key.Key_H, ALT)  # the record filter
    type_here("nong thi hoa")
    press(Qt.Key.Key_Return)

    rows = page.rows()
    assert [row[1:4] for row in rows] == [["admin", "Sửa", "Nông Thị Hoa"], ["admin", "Thêm", "Nông Thị Hoa"]]
    assert rows[0][4] == "Số điện thoại: 0912345678"
    assert page.page_label.text() == "Trang 1/1 (2 dòng)"


def test_log_in_history_and_a_date_that_cannot_be_read(qtbot, history):
    page = audit_page(qtbot, history)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    press(Qt.Key.Key_X, ALT)  # "Xem": changes or log-ins
    press(Qt.Key.Key_Down)
    assert [row[1:4] for row in page.rows()] == [["admin", "Đăng nhập sai", "admin"]]
    assert page.rows()[0][4] == "sai mật khẩu"

    press(Qt.Key.Key_T, ALT)
    type_here("31/02/2026")
    press(Qt.Key.Key_Return)
    assert page.error.text().startswith("Ngày không hợp lệ")
    assert page.table.rowCount() == 1  # the last good result stays


def test_a_viewer_sees_only_a_note(qtbot, db):
    page = audit_page(qtbot, db, VIEWER)
    assert not hasattr(page, "table")
