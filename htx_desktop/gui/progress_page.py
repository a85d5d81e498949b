"""The progress screen: each indicator of the plan against its target, per commune, and by year.

The figures are computed off the GUI thread (`gui.background.run_in_background`), first when the
page is first shown (building it costs a few small reads): the page paints at once with "Đang
tính…" and fills in when the queries return (about three seconds on a province's database). A newer
request wins over an older one still running; `refreshed` is emitted when figures are on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from htx_desktop.gui.background import run_in_background
from htx_desktop.gui.common import show_error, translate
from htx_desktop.gui.progress.chart import YearChart
from htx_desktop.gui.progress.milestone_dialog import MilestoneDialog
from htx_desktop.gui.progress.records_dialog import RecordsDialog
from htx_desktop.gui.progress.tables import CommuneTable, IndicatorTable
from htx_desktop.plans import breakdown, catalogue, progress
from htx_desktop.plans.areas import area_codes, commune_rows
from htx_desktop.plans.catalogue import PlanInfo
from htx_desktop.plans.indicators import MILESTONE
from htx_desktop.plans.progress import IndicatorProgress
from htx_desktop.security.access import Actor
from htx_desktop.services.common import today
from htx_desktop.services.installation import InstallationInfo
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("ProgressPage", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


@dataclass(frozen=True)
class Figures:
    """Everything the page shows for one choice of plan, phase, unit and date."""

    progress: progress.Progress
    communes: breakdown.CommuneTable | None
    years: breakdown.YearlyFigures


def compute(database: Database, plan_id: str, phase_code: str, unit_code: str, as_of: date,
            with_communes: bool) -> Figures:
    with database.read() as session:
        period = progress.resolve(session, plan_id, unit_code, end=as_of, phase_code=phase_code)
        if with_communes:
            result, table = breakdown.dashboard(session, period)
        else:
            result, table = progress.measure(session, period), None
        first_year = min(phase.starts_on.year for phase in period.plan.phases)
        years = breakdown.yearly(session, unit_code, first_year, period.end)
    return Figures(result, table, years)


class ProgressPage(QWidget):
    refreshed = Signal()  # new figures are on screen

    def __init__(self, database: Database, info: InstallationInfo, actor: Actor | None = None) -> None:
        super().__init__()
        self.setObjectName("progress_page")
        self.database = database
        self.info = info
        self.actor = actor  # who records a milestone; without one the page only reads
        self.figures: Figures | None = None
        self.records_dialog: RecordsDialog | None = None
        self._request = 0
        plans = catalogue.list_plans(database)  # small: plans, phases, targets
        with database.read() as session:
            default = catalogue.default_plan(session)
            communes = commune_rows(session, info.unit_code).communes
        self.plans = {str(plan.id): plan for plan in plans}

        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{_t('Tiến độ thực hiện kế hoạch')}</h2>")
        layout.addWidget(title)
        controls = QHBoxLayout()
        self.plan_combo = QComboBox(objectName="plan_combo")
        for plan in plans:
            self.plan_combo.addItem(plan.name, str(plan.id))
        self.plan_combo.setCurrentIndex(self.plan_combo.findData(str(default.id)))
        self.phase_combo = QComboBox(objectName="phase_combo")
        self.unit_combo = QComboBox(objectName="unit_combo")
        for combo, letters in ((self.plan_combo, 28), (self.phase_combo, 18), (self.unit_combo, 16)):
            # long plan names must not widen the window past a 1366-pixel screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        self.unit_combo.addItem(f"{info.unit_name} ({info.unit_code})", info.unit_code)
        for code, name in communes:
            self.unit_combo.addItem(f"{name} ({code})", code)
        self.unit_combo.setEnabled(bool(communes))
        self.as_of = QDateEdit(objectName="as_of")
        self.as_of.setDisplayFormat("dd/MM/yyyy")
        self.as_of.setCalendarPopup(True)
        for text, widget, stretch in (
            (_t("Kế hoạch:"), self.plan_combo, 3), (_t("Giai đoạn:"), self.phase_combo, 1),
            (_t("Đơn vị:"), self.unit_combo, 2), (_t("Tính đến ngày:"), self.as_of, 0),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget, stretch)
        layout.addLayout(controls)
        self.period_label = QLabel(objectName="period_label")
        layout.addWidget(self.period_label)

        self.tabs = QTabWidget(objectName="progress_tabs")
        indicators = QWidget()
        indicators_layout = QVBoxLayout(indicators)
        self.table = IndicatorTable()
        self.table.setToolTip(_t("Nháy đúp hoặc bấm Enter vào một chỉ tiêu để xem các bản ghi được tính "
                                 "(hoặc ghi nhận một mốc hoàn thành)."))
        indicators_layout.addWidget(self.table, 1)
        self.rule_label = QLabel(objectName="rule_label")
        self.rule_label.setWordWrap(True)
        indicators_layout.addWidget(self.rule_label)
        self.tabs.addTab(indicators, _t("Chỉ tiêu"))
        self.commune_table = CommuneTable()
        self.commune_table.setToolTip(_t("Nháy đúp vào một ô để xem các bản ghi được tính ở xã đó."))
        self.has_communes = info.role == "aggregator" or bool(communes)
        if self.has_communes:
            self.tabs.addTab(self.commune_table, _t("Theo xã, phường"))
        self.chart = YearChart()
        self.tabs.addTab(self.chart, _t("Theo năm"))
        layout.addWidget(self.tabs, 1)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self._fill_phases()
        self.plan_combo.currentIndexChanged.connect(self._plan_changed)
        self.phase_combo.currentIndexChanged.connect(self._phase_changed)
        self.unit_combo.currentIndexChanged.connect(lambda _index: self._debounce.start())
        self.as_of.dateChanged.connect(lambda _day: self._debounce.start())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _before: self._show_rule(current.row()))
        # `activated`: Enter on the current row, or a double click
        self.table.activated.connect(lambda index: self.open_indicator(index.row()))
        self.commune_table.activated.connect(lambda index: self.open_commune_records(index.row(), index.column()))
        self._shown = False  # the figures are first computed when the page is first shown

    def showEvent(self, event: QShowEvent) -> None:
        """The first figures once the page is painted, if it is still on screen (else when next shown)."""
        super().showEvent(event)
        if not self._shown:
            QTimer.singleShot(0, self, self._first_figures)

    def _first_figures(self) -> None:
        if not self._shown and self.isVisible():
            self._shown = True
            self.refresh()

    def refresh_if_shown(self) -> None:
        """The records changed: compute again, unless the figures were never asked for yet."""
        if self._shown:
            self.refresh()

    # choices -------------------------------------------------------------------------------------

    @property
    def plan(self) -> PlanInfo:
        return self.plans[self.plan_combo.currentData()]

    def _fill_phases(self) -> None:
        self.phase_combo.blockSignals(True)
        self.phase_combo.clear()
        for phase in self.plan.phases:
            self.phase_combo.addItem(phase.name, phase.code)
        if self.plan.phases:
            self.phase_combo.setCurrentIndex(self.plan.phases.index(self.plan.phase_on(today())))
        self.phase_combo.blockSignals(False)
        self._reset_date()

    def _reset_date(self) -> None:
        """The as-of date: today, within the phase (its end once it is over)."""
        if not self.plan.phases:
            return
        phase = self.plan.phase(self.phase_combo.currentData())
        self.as_of.blockSignals(True)
        self.as_of.setDateRange(_qdate(phase.starts_on), _qdate(phase.ends_on))
        self.as_of.setDate(_qdate(max(phase.starts_on, min(today(), phase.ends_on))))
        self.as_of.blockSignals(False)

    def _plan_changed(self) -> None:
        self._fill_phases()
        self._debounce.start()

    def reload_plans(self) -> None:
        """Plans or targets changed elsewhere (the Plans screen, an import): read them again,
        keeping the plan on show, and recompute."""
        current = self.plan_combo.currentData()
        self.plans = {str(plan.id): plan for plan in catalogue.list_plans(self.database)}
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in self.plans.values():
            self.plan_combo.addItem(plan.name, str(plan.id))
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(current)))
        self.plan_combo.blockSignals(False)
        self._plan_changed()

    def _phase_changed(self) -> None:
        self._reset_date()
        self._debounce.start()

    # figures -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._debounce.stop()
        if not self.plan.phases:
            self.period_label.setText(_t("Kế hoạch này chưa có giai đoạn nào."))
            return
        self._request += 1
        request = self._request
        self.period_label.setText(_t("Đang tính…"))
        plan_id, phase_code = self.plan_combo.currentData(), self.phase_combo.currentData()
        unit_code, as_of = self.unit_combo.currentData(), self.as_of.date().toPython()
        with_communes = self.has_communes and unit_code == self.info.unit_code

        def done(figures: Figures) -> None:
            if request == self._request:  # an older request finishing late is dropped
                self.show_figures(figures)

        run_in_background(
            lambda: compute(self.database, plan_id, phase_code, unit_code, as_of, with_communes),
            done, lambda error: show_error(self, str(error)), owner=self,
        )

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        result = figures.progress
        self.period_label.setText(
            _t("{unit}: từ {start} đến {end} — đã qua {elapsed}% thời gian của giai đoạn. "
               "Xanh: đạt; vàng: đúng tiến độ; đỏ: chậm.").format(
                unit=result.unit_name, start=f"{result.start:%d/%m/%Y}", end=f"{result.end:%d/%m/%Y}",
                elapsed=round(result.elapsed * 100))
        )
        self.table.show_progress(result)
        self._show_rule(self.table.currentIndex().row())
        if self.has_communes:
            index = self.tabs.indexOf(self.commune_table)
            if figures.communes is not None:
                self.commune_table.show_table(figures.communes)
            self.tabs.setTabEnabled(index, figures.communes is not None)
        self.chart.show_figures(figures.years)
        self.refreshed.emit()

    def _show_rule(self, row: int) -> None:
        if self.figures is None or not 0 <= row < len(self.figures.progress.rows):
            self.rule_label.setText(_t("Chọn một chỉ tiêu để xem cách tính."))
            return
        indicator = self.figures.progress.rows[row]
        self.rule_label.setText(_t("Cách tính: {rule}").format(rule=indicator.description))

    # drill-down ----------------------------------------------------------------------------------

    def open_indicator(self, row: int) -> None:
        """A milestone is recorded as done (for the unit shown); any other figure shows its records."""
        rows = self.figures.progress.rows if self.figures else ()
        if 0 <= row < len(rows) and rows[row].reads_as == MILESTONE and self.actor is not None:
            self.record_milestone(rows[row])
        else:
            self.open_records(row)

    def record_milestone(self, indicator: IndicatorProgress) -> None:
        result = self.figures.progress  # type: ignore[union-attr]
        dialog = MilestoneDialog(self.database, self.actor, indicator.code, indicator.name,  # type: ignore[arg-type]
                                 result.unit_code, result.unit_name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def open_records(self, row: int) -> RecordsDialog | None:
        """The records behind an indicator's figure for the chosen unit."""
        if self.figures is None or not 0 <= row < len(self.figures.progress.rows):
            return None
        result = self.figures.progress
        indicator = result.rows[row]
        with self.database.read() as session:
            codes = area_codes(session, result.unit_code)
        return self._open(indicator.code, f"{indicator.name} — {result.unit_name}", codes)

    def open_commune_records(self, row: int, column: int) -> RecordsDialog | None:
        """The records behind one cell of the commune table."""
        commune = self.commune_table.commune_at(row)
        code = self.commune_table.code_of_column(column)
        if self.figures is None or commune is None or code is None:
            return None
        with self.database.read() as session:
            members = commune_rows(session, self.figures.progress.unit_code).members(commune[0])
        name = next(i.name for i in self.figures.progress.plan.indicators if i.code == code)
        return self._open(code, f"{name} — {commune[1]}", members)

    def _open(self, code: str, title: str, unit_codes: list[str]) -> RecordsDialog:
        result = self.figures.progress  # type: ignore[union-attr]
        dialog = RecordsDialog(self.database, code, title, unit_codes, result.start, result.end, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.records_dialog = dialog
        dialog.show()
        return dialog
