"""The chart of the main figures by year: new HTX and THT and strengthened ones as bars (left axis),
new jobs for women as a line (right axis, a larger scale)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from htx_desktop.gui.common import translate
from htx_desktop.plans.breakdown import YearlyFigures


def _t(text: str) -> str:
    return translate("ProgressPage", text)


def series_names() -> dict[str, str]:
    return {
        "new_coops_founded": _t("HTX mới thành lập"),
        "new_groups_founded": _t("THT mới thành lập"),
        "strengthened_share": _t("HTX, THT được củng cố"),
        "new_female_jobs": _t("Việc làm mới cho lao động nữ (trục phải)"),
    }


BAR_COLOURS = ("#1565c0", "#6a1b9a", "#00897b")
LINE_COLOUR = "#ef6c00"


class YearChart(QChartView):
    def __init__(self) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_)
        self.setObjectName("year_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_.setTitle(_t("Kết quả chính theo năm"))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setLocalizeNumbers(True)  # 12.500, grouped the way the rest of the program does
        self.chart_.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self.figures: YearlyFigures | None = None

    def show_figures(self, figures: YearlyFigures) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.figures = figures
        names = series_names()
        categories = [str(year) for year in figures.years]
        bars = QBarSeries()
        tallest = 1.0
        for colour, code in zip(BAR_COLOURS, ("new_coops_founded", "new_groups_founded", "strengthened_share")):
            values = figures.series.get(code)
            if values is None:
                continue
            bar_set = QBarSet(names[code])
            bar_set.setColor(QColor(colour))
            bar_set.append([float(v) for v in values])
            bars.append(bar_set)
            tallest = max([tallest, *values])
        chart.addSeries(bars)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_x)
        axis_count = QValueAxis()
        axis_count.setLabelFormat("%.0f")
        axis_count.setRange(0, _nice(tallest))
        axis_count.setTickCount(6)
        axis_count.setTitleText(_t("HTX, THT"))
        chart.addAxis(axis_count, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_count)
        jobs = figures.series.get("new_female_jobs")
        if jobs is not None:
            line = QLineSeries()
            line.setName(names["new_female_jobs"])
            line.setPen(QPen(QColor(LINE_COLOUR), 3))
            for index, value in enumerate(jobs):
                line.append(index, float(value))
            chart.addSeries(line)
            axis_jobs = QValueAxis()
            axis_jobs.setLabelFormat("%.0f")
            axis_jobs.setRange(0, _nice(max([1.0, *jobs])))
            axis_jobs.setTickCount(6)
            axis_jobs.setTitleText(_t("Việc làm"))
            chart.addAxis(axis_jobs, Qt.AlignmentFlag.AlignRight)
            line.attachAxis(axis_x)
            line.attachAxis(axis_jobs)


def _nice(value: float) -> float:
    """A round axis maximum a little above the value (5, 10, 20, 50, 100, ...)."""
    step = 1.0
    while True:
        for factor in (1, 2, 5):
            if step * factor * 5 >= value * 1.1:
                return step * factor * 5
        step *= 10
