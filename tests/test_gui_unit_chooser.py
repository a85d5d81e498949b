"""The unit chooser of the list screens and forms: found by typing, without diacritics or by code."""

from PySide6.QtCore import Qt

from gui_helpers import activate, press, type_here
from htx_desktop.domain.enums import InstallationRole
from htx_desktop.domain.records import CooperativeData
from htx_desktop.gui.background import wait_for_background
from htx_desktop.gui.common import Session
from htx_desktop.security.access import SYSTEM
from htx_desktop.gui.screens import cooperatives_page
from htx_desktop.services import cooperatives, installation
from htx_desktop.storage.database import open_database


def shown_names(page) -> list[str]:
    wait_for_background()
    return sorted(str(page.model.data(page.model.index(row, 0))) for row in range(page.model.rowCount()))


def test_the_province_list_is_filtered_to_the_commune_typed_without_diacritics(qtbot, tmp_path):
    installation.initialise(tmp_path / "tinh.sqlite3", "20", InstallationRole.AGGREGATOR)
    database = open_database(tmp_path / "tinh.sqlite3")
    try:
        with database.read() as session:
            from htx_desktop.services.units import choices

            that_khe = next(u.code for u in choices(session, "20") if u.name == "Xã Thất Khê")
        cooperatives.create(database, CooperativeData(name="HTX Chè Bản Piềng", unit_code="06046"), SYSTEM)
        cooperatives.create(database, CooperativeData(name="HTX Hồi Thất Khê", unit_code=that_khe), SYSTEM)
        page = cooperatives_page(database, Session("admin", "admin", "20", "Tỉnh Lạng Sơn"))
        qtbot.addWidget(page)
        activate(page)
        qtbot.waitUntil(lambda: shown_names(page) == ["HTX Chè Bản Piềng", "HTX Hồi Thất Khê"])
        page.unit_filter.setFocus()
        page.unit_filter.lineEdit().selectAll()
        type_here("trang dinh")
        press(Qt.Key.Key_Return)
        assert page.unit_filter.currentText() == "Xã Tràng Định (06046)"
        qtbot.waitUntil(lambda: shown_names(page) == ["HTX Chè Bản Piềng"])
        page.unit_filter.lineEdit().selectAll()
        type_here(that_khe)  # by its code
        press(Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: shown_names(page) == ["HTX Hồi Thất Khê"])
        page.unit_filter.setFocus()
        page.unit_filter.lineEdit().selectAll()
        type_here("khong co")  # names no unit: the filter stays on the unit chosen before
        press(Qt.Key.Key_Tab)
        assert page.unit_filter.currentText().startswith("Xã Thất Khê")
        assert shown_names(page) == ["HTX Hồi Thất Khê"]
    finally:
        database.dispose()
