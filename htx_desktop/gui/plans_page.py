"""The plans screen: every plan with its phases and its targets per indicator and phase.

An aggregating installation (district, province) makes its own plans by copying a template and
changing the targets; the templates stay read-only. At a commune the screen only shows the plans:
they are made at the level above and come down through sync. The plans are read when the page is
first shown (a few small reads), not when the main window is built.
"""

from __future__ import annotations

import html
import re
import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from htx_desktop.domain.enums import InstallationRole, TargetKind
from htx_desktop.errors import ChangedSinceLoaded, HtxError, ValidationError
from htx_desktop.formatting import short_date
from htx_desktop.gui import fields as f
from htx_desktop.gui.common import Session, confirm, fill_units, show_error
from htx_desktop.gui.form_dialog import attempt, name_buttons
from htx_desktop.messages import label
from htx_desktop.plans import catalogue, editing, templates
from htx_desktop.plans.catalogue import IndicatorInfo, PhaseInfo, PlanInfo
from htx_desktop.plans.targets import Target, number_text
from htx_desktop.services import units
from htx_desktop.services.installation import InstallationInfo
from htx_desktop.storage.database import Database
from htx_desktop.gui.styles import ERROR_STYLE


def _t(text: str) -> str:
    return QCoreApplication.translate("PlansPage", text)


FIRST_PHASE_COLUMN = 2  # indicator, measure, then one column per phase
_GROUPED = re.compile(r"-?\d{1,3}(\.\d{3})+")


def parse_number(text: str) -> float | None:
    """A number as typed in Vietnamese: "1.300" → 1300, "12,5" → 12.5 (also "12.5", "80%"); empty is None."""
    cleaned = re.sub(r"\s", "", text).removesuffix("%")
    if not cleaned:
        return None
    if "," in cleaned:  # decimal comma: dots group the thousands
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif _GROUPED.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise f.FieldError(_t("Hãy nhập một số, ví dụ 1.300 hoặc 12,5."))
    value = float(cleaned)
    return int(value) if value.is_integer() else value


def plan_title(plan: PlanInfo) -> str:
    """The plan's name, marked "(mẫu)" when it is a template (the seed names already say so)."""
    marker = _t("(mẫu)")
    if plan.is_template and marker not in plan.name:
        return "{name} {marker}".format(name=plan.name, marker=marker)
    return plan.name


def phase_span(phase: PhaseInfo) -> str:
    return _t("{start} – {end}").format(start=short_date(phase.starts_on), end=short_date(phase.ends_on))


class _SmallDialog(QDialog):
    """A form (fields with their error messages under them) and Save / Cancel."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.intro = QLabel(objectName="dialog_intro", wordWrap=True)
        self.intro.hide()
        layout.addWidget(self.intro)
        self.form_widget = QWidget()  # ErrorLabels needs the fields' parent to hold the QFormLayout
        self.form = QFormLayout(self.form_widget)
        self.form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_widget)
        self.message = QLabel(objectName="form_message", wordWrap=True)
        self.message.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, objectName="buttons"
        )
        name_buttons(self.buttons)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.errors = f.ErrorLabels({})

    def add_field(self, caption: str, widget: QWidget) -> QWidget:
        widget.setParent(self.form_widget)
        self.form.addRow(caption, widget)
        return widget

    def show_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def store(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        if attempt(self, self.errors, self.message, self.store):
            self.accept()


class NewPlanDialog(_SmallDialog):
    """A new plan of the installation's area, copied from a template (phases, indicators, targets)."""

    def __init__(self, database: Database, session: Session, info: InstallationInfo, plans: list[PlanInfo],
                 chosen: PlanInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(_t("Tạo kế hoạch từ mẫu"), parent)
        self.database, self.session = database, session
        self.plan_id: uuid.UUID | None = None
        self.show_intro(_t("Kế hoạch mới chép các giai đoạn, chỉ tiêu và mục tiêu của mẫu; "
                           "sau đó có thể sửa từng mục tiêu."))
        self.name = self.add_field(_t("Tên kế hoạch:"), QLineEdit(objectName="plan_name"))
        self.name.setPlaceholderText(_t("ví dụ: Kế hoạch thực hiện Đề án 01 năm 2026"))
        self.template = self.add_field(_t("Chép từ mẫu:"), QComboBox(objectName="plan_template"))
        for plan in plans:
            if plan.is_template:
                self.template.addItem(plan.name, str(plan.id))
        if chosen is None or not chosen.is_template:  # the template of the installation's province
            with database.read() as read:
                seed = templates.template_for_province(catalogue.province_of(read, info.unit_code))
            wanted = str(templates.plan_uuid(seed.code))
        else:
            wanted = str(chosen.id)
        self.template.setCurrentIndex(max(0, self.template.findData(wanted)))
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(40)
        self.unit = self.add_field(_t("Đơn vị áp dụng:"), QComboBox(objectName="plan_unit"))
        fill_units(self.unit, database, info.unit_code)
        self.decision_no = self.add_field(_t("Số quyết định:"), QLineEdit(objectName="plan_decision"))
        self.decision_no.setPlaceholderText(_t("không bắt buộc"))
        self.issued_on = self.add_field(_t("Ngày ban hành:"), QLineEdit(objectName="plan_issued"))
        self.issued_on.setPlaceholderText(_t("ngày/tháng/năm, không bắt buộc"))
        self.errors = f.ErrorLabels({"name": self.name, "unit_code": self.unit, "issued_on": self.issued_on})
        self.name.setFocus()

    def store(self) -> None:
        try:
            issued_on = f.parse_date(self.issued_on.text())
        except f.FieldError as error:
            raise ValidationError({"issued_on": str(error)}) from None
        draft = editing.PlanDraft(self.name.text(), self.unit.currentData(), decision_no=self.decision_no.text(),
                                  issued_on=issued_on)
        self.plan_id = editing.create_plan(self.database, draft, copy_from=self.template.currentData(),
                                           actor=self.session)


class TargetDialog(_SmallDialog):
    """One indicator's target in one phase: its kind, and its value or range."""

    def __init__(self, database: Database, session: Session, indicator: IndicatorInfo, phase: PhaseInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(_t("Sửa mục tiêu"), parent)
        self.database, self.session, self.indicator, self.phase = database, session, indicator, phase
        self.show_intro(_t("<b>{indicator}</b><br>{phase} ({span})").format(
            indicator=html.escape(indicator.name), phase=html.escape(phase.name), span=phase_span(phase)))
        self.kind = self.add_field(_t("Loại mục tiêu:"), QComboBox(objectName="target_kind"))
        for kind in TargetKind:
            if (kind == TargetKind.PERCENT_FLOOR) == indicator.share:  # a share has a percentage floor
                self.kind.addItem(label(kind), kind.value)
        self.kind.setEnabled(self.kind.count() > 1)
        self.low = self.add_field(_t("Giá trị:"), QLineEdit(objectName="target_low"))
        self.high = self.add_field(_t("Giá trị trên:"), QLineEdit(objectName="target_high"))
        self.errors = f.ErrorLabels({"low": self.low, "high": self.high})
        current = indicator.targets.get(phase.code)
        if current is not None:
            f.set_combo(self.kind, current.kind)
            self.low.setText(number_text(current.low))
            if current.high is not None:
                self.high.setText(number_text(current.high))
        self.kind.currentIndexChanged.connect(self.follow_kind)
        self.follow_kind()
        self.low.setFocus()
        self.low.selectAll()
        self.changed_elsewhere = False

    def save(self) -> None:
        if attempt(self, self.errors, self.message, self.store, self.refused_as_changed):
            self.accept()

    def refused_as_changed(self, error: ChangedSinceLoaded) -> None:
        """Someone else set or cleared this target since: say who and when, and close, so the
        table shows the newest target to edit again."""
        show_error(self, error.message)
        self.changed_elsewhere = True
        QDialog.done(self, QDialog.DialogCode.Rejected)

    def follow_kind(self) -> None:
        kind = self.kind.currentData()
        is_range = kind == TargetKind.RANGE
        captions = {TargetKind.RANGE: _t("Giá trị dưới:"), TargetKind.PERCENT_FLOOR: _t("Tỷ lệ tối thiểu (%):")}
        self.form.labelForField(self.low).setText(captions.get(kind, _t("Giá trị:")))
        self.high.setEnabled(is_range)
        self.high.setToolTip("" if is_range else _t("Chỉ mục tiêu dạng khoảng mới có giá trị trên."))

    def store(self) -> None:
        values, problems = {}, {}
        for name, widget in (("low", self.low), ("high", self.high)):
            try:
                values[name] = parse_number(widget.text()) if widget.isEnabled() else None
            except f.FieldError as error:
                problems[name] = str(error)
        if problems:
            raise ValidationError(problems)
        shown = self.indicator.targets.get(self.phase.code)
        editing.set_target(self.database, self.indicator.id, self.phase.id, self.kind.currentData(),
                           values["low"], values["high"], actor=self.session,
                           expected=shown.version if shown is not None else 0)


class PlansPage(QWidget):
    plans_changed = Signal()  # a plan was made or a target changed

    def __init__(self, database: Database, session: Session, info: InstallationInfo) -> None:
        super().__init__()
        self.setObjectName("plans_page")
        self.database, self.session, self.info = database, session, info
        self.plans: list[PlanInfo] = []
        self.area: set[str] = set()
        self.loaded = False
        self.aggregator = info.role == InstallationRole.AGGREGATOR

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{_t('Kế hoạch và mục tiêu')}</h2>"))
        layout.addWidget(QLabel(_t("Tiến độ thực hiện so với kế hoạch xem ở trang Tổng quan.")))
        self.note = QLabel(objectName="plans_note", wordWrap=True)
        if not self.aggregator:
            self.note.setText(_t("Ở cài đặt cấp xã, kế hoạch chỉ để xem: kế hoạch do cấp trên (huyện, tỉnh) "
                                 "lập và gửi xuống qua đồng bộ."))
        elif not session.can_edit:
            self.note.setText(_t("Tài khoản của bạn chỉ có quyền xem kế hoạch."))
        else:
            self.note.setText(_t("Kế hoạch mẫu chỉ để xem. Để đặt mục tiêu riêng, hãy tạo kế hoạch từ mẫu rồi sửa "
                                 "các mục tiêu; kế hoạch được gửi xuống các xã qua đồng bộ."))
        layout.addWidget(self.note)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(_t("Các kế hoạch:")))
        self.plan_list = QListWidget(objectName="plans_list")
        self.plan_list.setWordWrap(True)
        self.plan_list.setStyleSheet("QListWidget#plans_list::item { padding: 6px 4px; }")
        self.plan_list.currentRowChanged.connect(self.show_plan)
        left_layout.addWidget(self.plan_list, 1)
        self.create_button = QPushButton(_t("Tạo kế hoạch từ mẫu…"), objectName="create_plan")
        self.create_button.clicked.connect(self.create_plan)
        left_layout.addWidget(self.create_button)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.details = QLabel(objectName="plan_details", wordWrap=True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_layout.addWidget(self.details)
        self.phases_label = QLabel(objectName="plan_phases", wordWrap=True)
        right_layout.addWidget(self.phases_label)
        self.table = QTableWidget(objectName="targets_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.currentCellChanged.connect(lambda *_: self.update_buttons())
        self.table.cellDoubleClicked.connect(lambda *_: self.edit_target())
        right_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(_t("Sửa mục tiêu…"), objectName="edit_target")
        self.edit_button.clicked.connect(self.edit_target)
        self.clear_button = QPushButton(_t("Bỏ mục tiêu"), objectName="clear_target")
        self.clear_button.clicked.connect(self.clear_target)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 900])
        layout.addWidget(splitter, 1)

        for button in (self.create_button, self.edit_button, self.clear_button):
            button.setVisible(self.aggregator)  # a commune never edits plans: no buttons to wonder about
        self.update_buttons()

    # --- reading -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Read the plans again; keep the chosen plan (or choose `select`) and the chosen cell."""
        self.loaded = True
        keep = select or (self.current_plan().id if self.current_plan() else None)
        cell = (self.table.currentRow(), self.table.currentColumn())
        self.plans = catalogue.list_plans(self.database)
        if self.aggregator and not self.area:
            with self.database.read() as session:
                self.area = set(units.units_under(session, self.info.unit_code))
        if keep is None:
            with self.database.read() as session:
                keep = catalogue.default_plan(session).id if self.plans else None
        self.plan_list.blockSignals(True)
        self.plan_list.clear()
        for plan in self.plans:
            item = QListWidgetItem(plan_title(plan))
            item.setData(Qt.ItemDataRole.UserRole, str(plan.id))
            item.setToolTip(_t("Mã: {code} · Đơn vị: {unit}").format(code=plan.code, unit=plan.unit_name))
            self.plan_list.addItem(item)
        row = next((i for i, plan in enumerate(self.plans) if plan.id == keep), 0 if self.plans else -1)
        self.plan_list.setCurrentRow(row)
        self.plan_list.blockSignals(False)
        self.show_plan(row)
        if select is None and cell[0] >= 0 and cell[0] < self.table.rowCount() and cell[1] < self.table.columnCount():
            self.table.setCurrentCell(*cell)

    def current_plan(self) -> PlanInfo | None:
        row = self.plan_list.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def current_cell(self) -> tuple[IndicatorInfo, PhaseInfo] | None:
        plan = self.current_plan()
        row, column = self.table.currentRow(), self.table.currentColumn() - FIRST_PHASE_COLUMN
        if plan is None or not 0 <= row < len(plan.indicators) or not 0 <= column < len(plan.phases):
            return None
        return plan.indicators[row], plan.phases[column]

    def show_plan(self, row: int) -> None:
        plan = self.plans[row] if 0 <= row < len(self.plans) else None
        self.table.clear()
        if plan is None:
            self.details.setText(_t("Chưa có kế hoạch nào."))
            self.phases_label.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.update_buttons()
            return
        facts = [_t("Mã: {code}").format(code=plan.code), _t("Đơn vị: {unit}").format(unit=plan.unit_name)]
        if plan.decision_no or plan.issued_on:
            facts.append(_t("Quyết định: {number} ngày {date}").format(
                number=plan.decision_no or "—", date=short_date(plan.issued_on) or "—"))
        if plan.is_template:
            facts.append(_t("Kế hoạch mẫu, chỉ để xem"))
        text = "<b>{name}</b><br>{facts}".format(name=html.escape(plan_title(plan)),
                                                 facts=html.escape(" · ".join(facts)))
        if plan.notes:
            text += "<br><i>{notes}</i>".format(notes=html.escape(plan.notes))
        self.details.setText(text)
        phases = ["{name} ({span})".format(name=html.escape(p.name), span=phase_span(p)) for p in plan.phases]
        self.phases_label.setText(_t("<b>Giai đoạn:</b> {phases}").format(
            phases="; ".join(phases) if phases else _t("chưa có")))

        self.table.setColumnCount(FIRST_PHASE_COLUMN + len(plan.phases))
        self.table.setHorizontalHeaderLabels(
            [_t("Chỉ tiêu"), _t("Đơn vị tính")]
            + ["{code}\n{span}".format(code=p.code, span=phase_span(p)) for p in plan.phases]
        )
        for column, phase in enumerate(plan.phases, start=FIRST_PHASE_COLUMN):
            self.table.horizontalHeaderItem(column).setToolTip(phase.name)
        self.table.setRowCount(len(plan.indicators))
        for row_index, indicator in enumerate(plan.indicators):
            name = QTableWidgetItem(indicator.name)
            name.setToolTip(indicator.name)
            self.table.setItem(row_index, 0, name)
            self.table.setItem(row_index, 1, QTableWidgetItem(indicator.measure))
            for column, phase in enumerate(plan.phases, start=FIRST_PHASE_COLUMN):
                target: Target | None = indicator.targets.get(phase.code)
                item = QTableWidgetItem(target.text() if target else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(label(TargetKind(target.kind)) if target else _t("Không đặt mục tiêu"))
                self.table.setItem(row_index, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        self.update_buttons()

    # --- what may be changed -------------------------------------------------------------------

    def refusal(self, plan: PlanInfo | None) -> str:
        """Why the plan's targets cannot be changed here; empty when they can."""
        if not self.aggregator:
            return _t("Kế hoạch do cấp trên lập và gửi xuống qua đồng bộ; cài đặt cấp xã chỉ xem được.")
        if not self.session.can_edit:
            return _t("Tài khoản của bạn chỉ có quyền xem.")
        if plan is None:
            return _t("Hãy chọn một kế hoạch.")
        if plan.is_template:
            return _t("Kế hoạch mẫu không sửa được; hãy tạo kế hoạch từ mẫu này rồi sửa mục tiêu ở kế hoạch mới.")
        if plan.unit_code not in self.area:
            return _t("Kế hoạch này do cấp trên lập; chỉ cấp đó sửa được.")
        return ""

    def update_buttons(self) -> None:
        can_create = self.aggregator and self.session.can_edit
        self.create_button.setEnabled(can_create)
        self.create_button.setToolTip("" if can_create else self.refusal(None))
        reason = self.refusal(self.current_plan())
        cell = self.current_cell()
        if not reason and cell is None:
            reason = _t("Hãy chọn một ô mục tiêu trong bảng (cột của giai đoạn).")
        self.edit_button.setEnabled(not reason)
        self.edit_button.setToolTip(reason)
        has_target = cell is not None and cell[1].code in cell[0].targets
        self.clear_button.setEnabled(not reason and has_target)
        self.clear_button.setToolTip(reason or ("" if has_target else _t("Ô này chưa có mục tiêu.")))

    # --- actions -------------------------------------------------------------------------------

    def create_plan(self) -> None:
        if not self.create_button.isEnabled():
            return
        dialog = NewPlanDialog(self.database, self.session, self.info, self.plans, self.current_plan(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.plan_id is not None:
            self.refresh(select=dialog.plan_id)
            self.plans_changed.emit()

    def edit_target(self) -> None:
        cell = self.current_cell()
        if not self.edit_button.isEnabled() or cell is None:
            return
        dialog = TargetDialog(self.database, self.session, cell[0], cell[1], self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted or dialog.changed_elsewhere:  # saved, or someone else's newer target: show it
            self.refresh()
        if accepted:
            self.plans_changed.emit()

    def clear_target(self) -> None:
        cell = self.current_cell()
        if not self.clear_button.isEnabled() or cell is None:
            return
        indicator, phase = cell
        question = _t("Bỏ mục tiêu của chỉ tiêu “{indicator}” trong giai đoạn “{phase}”?").format(
            indicator=indicator.name, phase=phase.name)
        if not confirm(self, _t("Bỏ mục tiêu"), question, _t("Bỏ mục tiêu"), _t("Không")):
            return
        try:
            shown = indicator.targets.get(phase.code)
            editing.clear_target(self.database, indicator.id, phase.id, actor=self.session,
                                 expected=shown.version if shown is not None else 0)
        except HtxError as error:
            show_error(self, error.message)
            self.refresh()  # what is stored now
            return
        self.refresh()
        self.plans_changed.emit()
