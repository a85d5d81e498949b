"""The chart of the main figures by year: new HTX and THT and strengthened ones as bars (left axis),
new jobs for women as a line (right axis, a larger scale).

Drawn with QPainter (QtGui, in PySide6-Essentials): QtCharts would pull in PySide6-Addons, a
download several times the size of everything else, for this one widget. What is drawn comes from
`ChartData`, which the tests read; `paintEvent` only lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

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


BAR_CODES = ("new_coops_founded", "new_groups_founded", "strengthened_share")
LINE_CODE = "new_female_jobs"
BAR_COLOURS = ("#1565c0", "#6a1b9a", "#00897b")
LINE_COLOUR = "#ef6c00"
TICKS = 5  # intervals on each value axis


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class ChartData:
    """What the chart shows: one group of bars per year on the left axis, a line on the right."""

    years: tuple[str, ...]
    bars: tuple[Series, ...]
    line: Series | None
    bar_top: float  # the left axis runs from 0 to this
    line_top: float  # the right axis, likewise

    @classmethod
    def of(cls, figures: YearlyFigures) -> ChartData:
        names = series_names()
        bars = tuple(
            Series(names[code], colour, tuple(float(v) for v in figures.series[code]))
            for colour, code in zip(BAR_COLOURS, BAR_CODES)
            if code in figures.series
        )
        jobs = figures.series.get(LINE_CODE)
        line = Series(names[LINE_CODE], LINE_COLOUR, tuple(float(v) for v in jobs)) if jobs is not None else None
        tallest = max([1.0, *(v for series in bars for v in series.values)])
        return cls(
            years=tuple(str(year) for year in figures.years),
            bars=bars,
            line=line,
            bar_top=nice_top(tallest),
            line_top=nice_top(max([1.0, *(line.values if line else ())])),
        )


def nice_top(value: float) -> float:
    """A round axis maximum a little above the value, divisible into 5 steps (5, 10, 25, 50, 100...)."""
    step = 1.0
    while True:
        for factor in (1, 2, 5):
            if step * factor * TICKS >= value * 1.1:
                return step * factor * TICKS
        step *= 10


class YearChart(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("year_chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title = _t("Kết quả chính theo năm")
        self.locale_ = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)  # 12.500, as elsewhere
        self.figures: YearlyFigures | None = None
        self.data: ChartData | None = None

    def show_figures(self, figures: YearlyFigures) -> None:
        self.figures = figures
        self.data = ChartData.of(figures)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def _number(self, value: float) -> str:
        return self.locale_.toString(int(round(value)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text_colour = self.palette().text().color()
        metrics = QFontMetrics(self.font())
        line_height = metrics.height()
        area = QRectF(self.rect()).adjusted(12, 8, -12, -8)
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line_height * 1.5),
                         Qt.AlignmentFlag.AlignCenter, self.title)
        painter.setFont(self.font())
        data = self.data
        if data is None or not data.years:
            painter.end()
            return
        legend = [*data.bars, *([data.line] if data.line else [])]
        legend_rows = self._legend_rows(legend, metrics, area.width())
        left_labels, right_labels = self._label_widths(data, metrics)
        plot = QRectF(
            area.left() + line_height + left_labels + 10,
            area.top() + line_height * 2.5,
            0, 0,
        )
        plot.setRight(area.right() - (line_height + right_labels + 10 if data.line else 4))
        plot.setBottom(area.bottom() - line_height * (1.6 + 1.3 * len(legend_rows)))
        if plot.width() < 40 or plot.height() < 40:
            painter.end()
            return
        self._axes(painter, data, plot, metrics, text_colour)
        self._bars(painter, data, plot)
        if data.line:
            self._line(painter, data.line, data.line_top, plot)
        self._legend(painter, legend_rows, metrics, QRectF(area.left(), plot.bottom() + line_height * 1.6,
                                                           area.width(), area.bottom()), text_colour)
        painter.end()

    def _axes(self, painter: QPainter, data: ChartData, plot: QRectF, metrics: QFontMetrics,
              text_colour: QColor) -> None:
        grid = QPen(QColor(text_colour.red(), text_colour.green(), text_colour.blue(), 40))
        for step in range(TICKS + 1):
            y = plot.bottom() - plot.height() * step / TICKS
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            label = self._number(data.bar_top * step / TICKS)
            painter.drawText(QRectF(plot.left() - 200 - 6, y - metrics.height() / 2, 200, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            if data.line:
                painter.drawText(QRectF(plot.right() + 6, y - metrics.height() / 2, 200, metrics.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 self._number(data.line_top * step / TICKS))
        painter.setPen(text_colour)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        width = plot.width() / len(data.years)
        for index, year in enumerate(data.years):
            painter.drawText(QRectF(plot.left() + index * width, plot.bottom() + 4, width, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, year)
        left_labels, right_labels = self._label_widths(data, metrics)
        self._vertical_title(painter, _t("HTX, THT"),
                             QPointF(plot.left() - left_labels - 10 - metrics.height() / 2, plot.center().y()))
        if data.line:
            self._vertical_title(painter, _t("Việc làm"),
                                 QPointF(plot.right() + right_labels + 10 + metrics.height() / 2, plot.center().y()))

    def _label_widths(self, data: ChartData, metrics: QFontMetrics) -> tuple[int, int]:
        """The widths of the widest numbers on the left and right axes."""
        left = metrics.horizontalAdvance(self._number(data.bar_top))
        return left, metrics.horizontalAdvance(self._number(data.line_top)) if data.line else 0

    @staticmethod
    def _vertical_title(painter: QPainter, text: str, centre: QPointF) -> None:
        painter.save()
        painter.translate(centre)
        painter.rotate(-90)
        painter.drawText(QRectF(-150, -10, 300, 20), Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    @staticmethod
    def _bars(painter: QPainter, data: ChartData, plot: QRectF) -> None:
        if not data.bars:
            return
        group = plot.width() / len(data.years)
        bar_width = group * 0.7 / len(data.bars)
        painter.setPen(Qt.PenStyle.NoPen)
        for number, series in enumerate(data.bars):
            painter.setBrush(QColor(series.colour))
            for index, value in enumerate(series.values):
                height = plot.height() * value / data.bar_top
                x = plot.left() + index * group + group * 0.15 + number * bar_width
                painter.drawRect(QRectF(x, plot.bottom() - height, bar_width, height))

    @staticmethod
    def _line(painter: QPainter, line: Series, top: float, plot: QRectF) -> None:
        group = plot.width() / len(line.values)
        points = [QPointF(plot.left() + (index + 0.5) * group, plot.bottom() - plot.height() * value / top)
                  for index, value in enumerate(line.values)]
        painter.setPen(QPen(QColor(line.colour), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(points)
        painter.setBrush(QColor(line.colour))
        for point in points:
            painter.drawEllipse(point, 4, 4)

    @staticmethod
    def _entry_width(series: Series, metrics: QFontMetrics) -> float:
        """A legend entry: its colour box, the name, and the gap before the next."""
        return metrics.height() * 0.8 + 6 + metrics.horizontalAdvance(series.name) + 24

    @staticmethod
    def _legend_rows(legend: list[Series], metrics: QFontMetrics, width: float) -> list[list[Series]]:
        """The legend's entries, wrapped into rows that fit the width."""
        rows: list[list[Series]] = [[]]
        used = 0.0
        for series in legend:
            entry = YearChart._entry_width(series, metrics)
            if rows[-1] and used + entry > width:
                rows.append([])
                used = 0.0
            rows[-1].append(series)
            used += entry
        return rows

    @staticmethod
    def _legend(painter: QPainter, rows: list[list[Series]], metrics: QFontMetrics, area: QRectF,
                text_colour: QColor) -> None:
        box = metrics.height() * 0.8
        for row_number, row in enumerate(rows):
            widths = [YearChart._entry_width(series, metrics) for series in row]
            x = area.left() + (area.width() - sum(widths) + 24) / 2
            y = area.top() + row_number * metrics.height() * 1.3
            for series, width in zip(row, widths):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(series.colour))
                painter.drawRect(QRectF(x, y + (metrics.height() - box) / 2, box, box))
                painter.setPen(text_colour)
                painter.drawText(QRectF(x + box + 6, y, width, metrics.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, series.name)
                x += width
