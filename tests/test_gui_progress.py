"""The progress page shows what the plan services compute: per indicator, per commune, by year, and the records behind a figure."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from htx_desktop.domain.enums import InstallationRole
from htx_desktop.gui.progress.tables import COLOURS
from htx_desktop.gui.progress_page import ProgressPage
from htx_desktop.plans import breakdown, progress
from htx_desktop.plans.targets import BEHIND, MET
from htx_desktop.services import installation
from htx_desktop.storage.database import open_database
from plan_records import attend, coop, course, person, support

AS_OF = date(2024, 12, 31)


def open_page(qtbot, database, phase_index=0, as_of=AS_OF):
    """The page as an officer leaves it: phase "to 2025", figures as of 31/12/2024."""
    page = ProgressPage(database, installation.describe(database))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.figures is not None, timeout=20_000)
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        page.phase_combo.setCurrentIndex(phase_index)
        page.as_of.setDate(QDate(as_of.year, as_of.month, as_of.day))
    return page


def double_click(qtbot, table, row, column):
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def records(db):
    tea = coop(db, "HTX Chè", founded=date(2024, 3, 1))
    coop(db, "HTX Mật ong", founded=date(2024, 4, 1))
    coop(db, "THT Dệt", kind="group", founded=date(2024, 5, 1))
    support(db, tea, date(2024, 6, 1))
    return db


def test_each_indicator_row_shows_target_achieved_percentage_and_a_bar_as_the_service_computes(qtbot, records):
    page = open_page(qtbot, records)
    expected = progress.compute(records, phase_code="2025", end=AS_OF)
    table = page.table
    assert page.period_label.text().startswith("Xã Tràng Định: từ 01/01/2023 đến 31/12/2024")
    assert table.rowCount() == len(expected.rows) == 7
    for number, row in enumerate(expected.rows):
        cells = [table.item(number, column).text() for column in (0, 1, 2, 3, 5)]
        assert cells == [row.name, row.target_text, row.achieved_text, row.percentage_text, row.status_text]
        bar = table.cellWidget(number, table.BAR)
        percent = 0 if row.percentage is None else min(100, round(row.percentage))  # "—": nobody to count
        assert bar.value() == percent and bar.format() == row.percentage_text
    coops = [table.item(0, column).text() for column in range(6) if column != table.BAR]
    assert coops == ["HTX do phụ nữ tham gia quản lý được Hội hỗ trợ thành lập mới", "2–3", "2", "100%", "Đạt"]
    strengthened = table.item(3, 2).text()
    assert strengthened == "33,3% (1/3)"
    assert table.item(0, 5).background().color() == QColor(COLOURS[MET][1])
    assert table.item(3, 5).background().color() == QColor(COLOURS[BEHIND][1])


def test_selecting_an_indicator_shows_its_rule_in_one_sentence(qtbot, records):
    page = open_page(qtbot, records)
    page.table.setCurrentCell(3, 0)
    assert page.rule_label.text().startswith("Cách tính: Tỷ lệ HTX, THT được Hội hỗ trợ thành lập")


def test_double_clicking_an_indicator_lists_the_records_that_count_and_those_still_missing(qtbot, records):
    page = open_page(qtbot, records)
    double_click(qtbot, page.table, 3, 0)
    dialog = page.records_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.records is not None, timeout=10_000)
    shown = [[dialog.table.item(r, c).text() for c in (0, 2, 3, 5)] for r in range(dialog.table.rowCount())]
    assert shown == [
        ["HTX Chè", "Xã Tràng Định", "01/06/2024", "Có"],
        ["HTX Mật ong", "Xã Tràng Định", "", "Chưa"],
        ["THT Dệt", "Xã Tràng Định", "", "Chưa"],
    ]
    assert dialog.summary.text() == "1 trong số 3 được tính."


def test_the_chart_shows_the_main_figures_by_year(qtbot, records):
    page = open_page(qtbot, records)
    with records.read() as session:
        expected = breakdown.yearly(session, "06046", 2023, AS_OF)
    assert page.chart.figures == expected
    chart = page.chart.chart()
    bars, line = chart.series()
    assert [bar_set.label() for bar_set in bars.barSets()] == [
        "HTX mới thành lập", "THT mới thành lập", "HTX, THT được củng cố"]
    assert [bars.barSets()[0].at(i) for i in range(2)] == [0, 2]  # 2023: none, 2024: Chè and Mật ong
    assert line.name() == "Việc làm mới cho lao động nữ (trục phải)"


@pytest.fixture
def province(tmp_path):
    path = tmp_path / "tinh.sqlite3"
    installation.initialise(path, "20", InstallationRole.AGGREGATOR)
    database = open_database(path)
    coop(database, "HTX Chè Tràng Định", founded=date(2024, 3, 1))
    coop(database, "HTX Na Thất Khê", founded=date(2024, 5, 1), unit="06040")
    coop(database, "HTX Hồi Thất Khê", founded=date(2024, 6, 1), unit="06040")
    trained, untrained = (person(database, f"Cán bộ {n}", cadre="commune", unit="06040") for n in ("Thủy", "Hương"))
    attend(database, course(database, "outreach", date(2024, 6, 3), unit="06040"), trained)
    person(database, "Cán bộ Yến", cadre="commune")
    yield database
    database.dispose()


def test_a_province_sees_each_commune_against_the_indicators_coloured_by_status(qtbot, province):
    page = open_page(qtbot, province)
    with province.read() as session:
        period = progress.resolve(session, unit_code="20", phase_code="2025", end=AS_OF)
        _whole, expected = breakdown.dashboard(session, period)
    table = page.commune_table
    assert page.tabs.tabText(1) == "Theo xã, phường"
    assert table.rowCount() == len(expected.communes) > 50
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    columns = {table.code_of_column(c): c for c in range(1, table.columnCount())}
    tran_dinh, that_khe = rows["Xã Tràng Định"], rows[dict(expected.communes)["06040"]]
    assert table.item(tran_dinh, columns["new_coops_founded"]).text() == "1"
    assert table.item(that_khe, columns["new_coops_founded"]).text() == "2"
    outreach = columns["cadres_outreach"]
    assert table.item(that_khe, outreach).text() == "50%"  # 1 of 2 cadres, floor 80%
    assert table.item(that_khe, outreach).background().color() == QColor(COLOURS[BEHIND][1])
    assert table.item(tran_dinh, outreach).text() == "0%"
    assert page.table.item(0, 2).text() == "3"  # the province's own row: 1 + 2

    double_click(qtbot, table, that_khe, columns["new_coops_founded"])
    dialog = page.records_dialog
    qtbot.waitUntil(lambda: dialog.records is not None, timeout=10_000)
    assert sorted(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())) == [
        "HTX Hồi Thất Khê", "HTX Na Thất Khê"]
