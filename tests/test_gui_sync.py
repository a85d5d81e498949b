"""The Sync screen: key cards, sending a file up, and receiving it with a preview first."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from gui_helpers import activate, press, when_modal
from sync_helpers import add_cooperative, add_person, connect, dispose, make_nodes
from sync_helpers import sync_templates  # noqa: F401  (fixture)
from htx_desktop.domain.enums import InstallationRole
from htx_desktop.domain.records import CooperativeData
from htx_desktop.gui.background import wait_for_background
from htx_desktop.gui.common import Session
from htx_desktop.gui.sync_page import SyncPage
from htx_desktop.services import cooperatives, installation
from htx_desktop.storage.database import open_database
from htx_desktop.sync import service
from actors import ADMIN


def settle(qtbot) -> None:
    wait_for_background()
    QApplication.processEvents()


def test_commune_sends_a_file_and_the_province_previews_then_imports_it(qtbot, db, tmp_path, monkeypatch):
    installation.initialise(tmp_path / "tinh.sqlite3", "20", InstallationRole.AGGREGATOR)
    province = open_database(tmp_path / "tinh.sqlite3")
    commune_page = SyncPage(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    province_page = SyncPage(province, Session("admin", "admin", "20", "Tỉnh Lạng Sơn"))
    for page in (commune_page, province_page):
        qtbot.addWidget(page)
    cards = tmp_path / "cards"
    cards.mkdir()
    commune_page.write_card(cards)
    province_page.write_card(cards)
    assert "Dấu vân tay" in commune_page.status.text()
    commune_card, province_card = sorted(cards.glob("*.htxkey"))  # 06046 sorts before 20

    def agree(box) -> None:
        assert "Hai bên có khớp không?" in box.text() and " (" in box.text()  # the unit by name and code
        next(b for b in box.buttons() if b.text() == "Khớp, tin cậy").click()

    when_modal(agree)
    commune_page.trust(province_card)
    assert "Đã tin cậy" in commune_page.status.text()
    when_modal(agree)
    province_page.trust(commune_card)

    cooperatives.create(db, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046"), actor=ADMIN)
    outbox = tmp_path / "usb"
    outbox.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(outbox))
    activate(commune_page)
    commune_page.export_button.setFocus()
    press(Qt.Key.Key_Space)
    settle(qtbot)
    assert "Đã ghi" in commune_page.status.text() and "gửi Tỉnh Lạng Sơn (20)" in commune_page.status.text()
    assert commune_page.history.rowCount() == 1 and commune_page.history.item(0, 1).text() == "Gửi đi"
    assert commune_page.history.item(0, 3).text() == "Tỉnh Lạng Sơn (20)"

    seen = {}

    def look_and_confirm(dialog) -> None:
        rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
        seen.update(rows)
        dialog.confirm.click()

    province_page.import_paths([outbox])
    wait_for_background()
    when_modal(look_and_confirm)
    qtbot.waitUntil(lambda: "Đã nhập" in province_page.status.text(), timeout=10_000)
    settle(qtbot)
    assert seen["HTX và THT"] == "1"
    assert "Đã nhập 1 tệp" in province_page.status.text()
    with province.read() as session:
        from htx_desktop.services.search import search

        assert [hit.name for hit in search(session, "che ban pieng")] == ["HTX Chè Bản Piềng"]
    assert province_page.history.item(0, 1).text() == "Nhận về"
    province.dispose()


def test_declining_the_preview_writes_nothing(qtbot, db, tmp_path):
    page = SyncPage(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(page)
    empty = tmp_path / "empty"
    empty.mkdir()
    page.import_paths([empty])
    wait_for_background()

    def decline(dialog) -> None:
        assert not dialog.confirm.isEnabled()  # nothing to import
        press(Qt.Key.Key_Escape)

    when_modal(decline)
    qtbot.waitUntil(lambda: page.status.text() == "Chưa nhập gì.", timeout=5_000)


def test_export_is_refused_before_any_folder_is_asked_for_naming_the_button_and_the_unit(qtbot, db, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: asked.append(args) or "")
    page = SyncPage(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(page)
    activate(page)
    page.export_button.setFocus()
    seen = []

    def read_and_close(box) -> None:
        seen.append(box.text())
        press(Qt.Key.Key_Escape)

    when_modal(read_and_close)
    press(Qt.Key.Key_Space)
    assert asked == []  # no folder dialog: the export could not go ahead
    assert len(seen) == 1 and "Tỉnh Lạng Sơn (20)" in seen[0] and "bấm “Tin cậy thẻ khóa…”" in seen[0]
    assert "keys trust" not in seen[0] and page.status.text() == seen[0]


def test_file_dialogs_start_in_the_folder_used_last(qtbot, db, tmp_path, monkeypatch):
    from htx_desktop import settings

    usb = tmp_path / "usb"
    usb.mkdir()
    starts = []

    def choose(parent, title, start):  # type: ignore[no-untyped-def]
        starts.append(start)
        return str(usb)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    page = SyncPage(db, Session("admin", "admin", "06046", "Xã Tràng Định"))
    qtbot.addWidget(page)
    activate(page)
    page.card_button.setFocus()
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Space)
    assert starts == ["", str(usb)] and settings.load().last_folder == str(usb)
    assert len(list(usb.glob("*.htxkey"))) == 1


def test_many_files_import_counts_and_names_each_file_and_sums_up_with_reasons(qtbot, tmp_path, monkeypatch,
                                                                               sync_templates):  # noqa: F811
    nodes = make_nodes(tmp_path, sync_templates, "xa", "xa_that_khe", "tinh")
    xa, that_khe, tinh = nodes["xa"], nodes["xa_that_khe"], nodes["tinh"]
    connect(xa, tinh)
    connect(that_khe, tinh)
    usb = tmp_path / "usb"
    usb.mkdir()
    add_person(xa)
    service.export_file(xa.db, usb, actor=ADMIN)
    add_cooperative(that_khe)
    service.export_file(that_khe.db, usb, actor=ADMIN)
    (usb / "hong.htxsync").write_text("không phải tệp đồng bộ")
    chosen = sorted(usb.glob("*.htxsync"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(path) for path in chosen], ""))
    page = SyncPage(tinh.db, Session("admin", "admin", "20", "Tỉnh Lạng Sơn"))
    qtbot.addWidget(page)
    shown = []
    page.progress.valueChanged.connect(lambda _value: shown.append(page.progress.text()))
    activate(page)
    page.import_file_button.setFocus()
    press(Qt.Key.Key_Space)
    wait_for_background()
    when_modal(lambda dialog: dialog.confirm.click())
    qtbot.waitUntil(lambda: "Đã nhập" in page.status.text(), timeout=10_000)
    settle(qtbot)

    lines = page.status.text().splitlines()
    assert lines[0] == ("Đã nhập 2 tệp, 2 bản ghi mới hoặc thay đổi; 0 tệp không có gì mới; 1 tệp bị từ chối.")
    assert len(lines) == 2 and "Không nhập tệp đồng bộ “hong.htxsync”" in lines[1]
    for path in chosen:  # each file was named on the bar while it was imported
        assert any(text.endswith(f"/3 tệp — {path.name}") for text in shown), shown
    assert shown[-1] == "3/3 tệp"
    dispose(nodes)
