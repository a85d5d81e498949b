"""The progress page shows what the plan services compute: per indicator, per commune, by year, and the records behind a figure."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor

from htx_desktop.domain.enums import InstallationRole
from htx_desktop.gui.progress import chart
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


def text(view, row, column):
    return view.model().index(row, column).data()


def background(view, row, column):
    return view.model().index(row, column).data(Qt.ItemDataRole.BackgroundRole).color()


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
    assert table.model().rowCount() == len(expected.rows) == 9
    for number, row in enumerate(expected.rows):
        cells = [text(table, number, column) for column in (0, 1, 2, 3, 5)]
        assert cells == [row.name, row.target_text, row.achieved_text, row.percentage_text, row.status_text]
        bar = table.bar(number)
        percent = 0 if row.percentage is None else min(100, round(row.percentage))  # "—": nobody to count
        assert bar.value() == percent and bar.format() == row.percentage_text
    coops = [text(table, 0, column) for column in (0, 1, 2, 3, 5)]
    assert coops == ["HTX do phụ nữ tham gia quản lý, tạo nhiều việc làm cho lao động nữ được Hội hỗ trợ thành lập mới",
                     "2–3", "2", "100%", "Đạt"]
    strengthened = text(table, 3, 2)
    assert strengthened == "33,3% (1/3)"
    assert background(table, 0, 5) == QColor(COLOURS[MET][1])
    assert background(table, 3, 5) == QColor(COLOURS[BEHIND][1])
    assert table.bar(0).styleSheet().endswith(f"background-color: {COLOURS[MET][0]}; }}")


def test_selecting_an_indicator_shows_its_rule_in_one_sentence(qtbot, records):
    page = open_page(qtbot, records)
    page.table.setCurrentIndex(page.table.model().index(3, 0))
    assert page.rule_label.text().startswith("Cách tính: Tỷ lệ HTX, THT được Hội hỗ trợ thành lập")


def test_double_clicking_an_indicator_lists_the_records_that_count_and_those_still_missing(qtbot, records):
    page = open_page(qtbot, records)
    double_click(qtbot, page.table, 3, 0)
    dialog = page.records_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.records is not None, timeout=10_000)
    shown = [[text(dialog.table, r, c) for c in (0, 2, 3, 5)] for r in range(dialog.model.rowCount())]
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
    data = page.chart.data
    assert data.years == ("2023", "2024")
    assert [series.name for series in data.bars] == ["HTX mới thành lập", "THT mới thành lập", "HTX, THT được củng cố"]
    assert data.bars[0].values[:2] == (0, 2)  # 2023: none, 2024: Chè and Mật ong
    assert data.line.name == "Việc làm mới cho lao động nữ (trục phải)"
    assert data.bar_top == 5  # a round top above the tallest bar, in five steps

    page.tabs.setCurrentWidget(page.chart)
    page.chart.resize(900, 420)
    image = page.chart.grab().toImage()
    plot_bottom = int(image.height() * 0.88)  # above the years and the legend's coloured boxes
    columns_of = lambda colour: {x for x in range(image.width()) for y in range(plot_bottom)  # noqa: E731
                                 if image.pixelColor(x, y).name() == colour}
    new_coops = columns_of(chart.BAR_COLOURS[0])
    assert new_coops, "the bars of new cooperatives are drawn"
    assert min(new_coops) > image.width() / 2  # two years side by side: 2023 has none, 2024 has two
    assert columns_of(chart.LINE_COLOUR), "the line of new jobs is drawn"


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
    assert table.model().rowCount() == len(expected.communes) > 50
    rows = {text(table, r, 0): r for r in range(table.model().rowCount())}
    columns = {table.code_of_column(c): c for c in range(1, table.model().columnCount())}
    tran_dinh, that_khe = rows["Xã Tràng Định"], rows[dict(expected.communes)["06040"]]
    assert text(table, tran_dinh, columns["new_coops_many_jobs"]) == "1"
    assert text(table, that_khe, columns["new_coops_many_jobs"]) == "2"
    outreach = columns["cadres_outreach"]
    assert text(table, that_khe, outreach) == "50%"  # 1 of 2 cadres, floor 80%
    assert background(table, that_khe, outreach) == QColor(COLOURS[BEHIND][1])
    assert text(table, tran_dinh, outreach) == "0%"
    assert text(page.table, 0, 2) == "3"  # the province's own row: 1 + 2

    double_click(qtbot, table, that_khe, columns["new_coops_many_jobs"])
    dialog = page.records_dialog
    qtbot.waitUntil(lambda: dialog.records is not None, timeout=10_000)
    assert sorted(text(dialog.table, r, 0) for r in range(dialog.model.rowCount())) == [
        "HTX Hồi Thất Khê", "HTX Na Thất Khê"]


def test_sorting_a_commune_column_brings_the_communes_ahead_or_behind_to_the_top(qtbot, province):
    page = open_page(qtbot, province)
    table = page.commune_table
    column = next(c for c in range(1, table.model().columnCount()) if table.code_of_column(c) == "new_coops_many_jobs")
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + QPoint(header.sectionViewportPosition(column) + 5, 5))
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:  # a second click turns it round
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=header.rect().topLeft() + QPoint(header.sectionViewportPosition(column) + 5, 5))
    assert [text(table, row, column) for row in range(3)] == ["2", "1", "0"]
    assert table.commune_at(0) == ("06040", text(table, 0, 0))
