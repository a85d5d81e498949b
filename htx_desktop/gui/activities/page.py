"""The Activities screen: one tab per kind of record, each a list like the other screens'
(type to search, filters, sort by a heading, Ctrl+N, Enter, Delete and Ctrl+Z)."""

from __future__ import annotations

import uuid
from enum import StrEnum

from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from htx_desktop.domain.enums import (
    CommendationLevel,
    CommendationRecipient,
    FundingSource,
    OutreachKind,
    SocialPlatform,
    SupportKind,
)
from htx_desktop.formatting import group_digits, short_date
from htx_desktop.gui.activities.dialogs import (
    ActivityDialog,
    CommendationDialog,
    FundingDialog,
    JobDialog,
    OutreachDialog,
    SupportDialog,
)
from htx_desktop.gui.common import Session, translate
from htx_desktop.gui.list_page import ListPage, ListSpec
from htx_desktop.gui.table_model import Column
from htx_desktop.messages import label
from htx_desktop.storage.database import Database


def _t(text: str) -> str:
    return translate("ActivitiesPage", text)


def enum_label(vocabulary: type[StrEnum], value: str | None) -> str:
    """The label of a stored value; a value this version does not know is shown as stored."""
    if value is None:
        return ""
    try:
        return label(vocabulary(value))
    except ValueError:
        return value


def _money(amount: int | None) -> str:
    return "" if amount is None else group_digits(amount)


def _number(value: int | None) -> str:
    return "" if value is None else group_digits(value)


def open_activity(dialog_class: type[ActivityDialog], database: Database, session: Session,
                  parent: QWidget, record_id: uuid.UUID | None,
                  cooperative_id: uuid.UUID | None = None) -> uuid.UUID | None:
    """Show an activity form; the record's id when it was saved."""
    dialog = dialog_class(database, session, record_id, parent, cooperative_id=cooperative_id)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.record_id if accepted or dialog.saved else None


def _spec(database: Database, session: Session, dialog_class: type[ActivityDialog], source: str, noun: str,
          count_text, columns: list[Column], kinds: type[StrEnum] | None, kind_label: str | None,
          year_label: str, date_column: int, describe) -> ListSpec:  # type: ignore[no-untyped-def]
    kind = dialog_class.kind
    return ListSpec(
        source, noun, count_text, columns,
        lambda parent, record_id: open_activity(dialog_class, database, session, parent, record_id),
        kind.delete, kind.restore, kind_label, kinds, None, year_label,
        sort_column=date_column, newest_first=True, describe=describe,
        version_of=lambda db, record_id: kind.load(db, record_id).version,
    )


def outreach_spec(database: Database, session: Session) -> ListSpec:
    columns = [
        Column(_t("Chủ đề"), "name", lambda r: r.title),
        Column(_t("Hình thức"), "kind", lambda r: enum_label(OutreachKind, r.kind)
               + (f" ({enum_label(SocialPlatform, r.platform)})" if r.platform else "")),
        Column(_t("Ngày"), "held_on", lambda r: short_date(r.held_on)),
        Column(_t("Địa điểm"), None, lambda r: r.place or ""),
        Column(_t("Đối tượng"), None, lambda r: r.audience or ""),
        Column(_t("Tham dự"), "participants", lambda r: _number(r.participants), align_right=True),
        Column(_t("Nữ"), None, lambda r: _number(r.female_participants), align_right=True),
        Column(_t("Đơn vị"), "unit", lambda r: r.unit_name),
    ]
    return _spec(database, session, OutreachDialog, "outreach", _t("hoạt động tuyên truyền"),
                 lambda n: translate("ActivitiesPage", "%Ln hoạt động tuyên truyền", n), columns,
                 OutreachKind, _t("Mọi hình thức"), _t("Năm tổ chức"), 2,
                 lambda r: _t("hoạt động tuyên truyền “{title}” ngày {date}").format(
                     title=r.title, date=short_date(r.held_on)))


def support_spec(database: Database, session: Session) -> ListSpec:
    columns = [
        Column(_t("HTX/THT"), "name", lambda r: r.cooperative_name),
        Column(_t("Nội dung hỗ trợ"), "kind", lambda r: enum_label(SupportKind, r.kind)),
        Column(_t("Ngày"), "given_on", lambda r: short_date(r.given_on)),
        Column(_t("Số tiền (đồng)"), "amount", lambda r: _money(r.amount), align_right=True),
        Column(_t("Nơi cho vay"), None, lambda r: r.loan_source or ""),
        Column(_t("Đơn vị hỗ trợ"), None, lambda r: r.given_by or ""),
        Column(_t("Đơn vị"), "unit", lambda r: r.unit_name),
    ]
    return _spec(database, session, SupportDialog, "support", _t("hoạt động hỗ trợ"),
                 lambda n: translate("ActivitiesPage", "%Ln hoạt động hỗ trợ", n), columns,
                 SupportKind, _t("Mọi nội dung hỗ trợ"), _t("Năm hỗ trợ"), 2,
                 lambda r: _t("hỗ trợ “{kind}” cho {name} ngày {date} (HTX/THT vẫn giữ nguyên)").format(
                     kind=enum_label(SupportKind, r.kind), name=r.cooperative_name, date=short_date(r.given_on)))


def jobs_spec(database: Database, session: Session) -> ListSpec:
    columns = [
        Column(_t("HTX/THT"), "name", lambda r: r.cooperative_name),
        Column(_t("Năm"), "year", lambda r: r.year or "", align_right=True),
        Column(_t("Ngày báo cáo"), "reported_on", lambda r: short_date(r.reported_on)),
        Column(_t("Việc làm mới (nữ)"), "new_female_jobs", lambda r: _number(r.new_female_jobs), align_right=True),
        Column(_t("Việc làm ổn định (nữ)"), "stable_female_jobs", lambda r: _number(r.stable_female_jobs),
               align_right=True),
        Column(_t("Đơn vị"), "unit", lambda r: r.unit_name),
    ]
    return _spec(database, session, JobDialog, "jobs", _t("báo cáo việc làm"),
                 lambda n: translate("ActivitiesPage", "%Ln báo cáo việc làm", n), columns,
                 None, None, _t("Năm"), 2,
                 lambda r: _t("báo cáo việc làm năm {year} của {name} (HTX/THT vẫn giữ nguyên)").format(
                     year=r.year or "", name=r.cooperative_name))


def commendations_spec(database: Database, session: Session) -> ListSpec:
    columns = [
        Column(_t("Được khen"), None, lambda r: r.recipient),
        Column(_t("Khen thưởng cho"), None, lambda r: enum_label(CommendationRecipient, r.recipient_kind)),
        Column(_t("Hình thức khen thưởng"), "title", lambda r: r.title),
        Column(_t("Cấp"), "level", lambda r: enum_label(CommendationLevel, r.level)),
        Column(_t("Ngày"), "given_on", lambda r: short_date(r.given_on)),
        Column(_t("Số quyết định"), None, lambda r: r.decision_no or ""),
        Column(_t("Đơn vị"), "unit", lambda r: r.unit_name),
    ]
    return _spec(database, session, CommendationDialog, "commendations", _t("khen thưởng"),
                 lambda n: translate("ActivitiesPage", "%Ln khen thưởng", n), columns,
                 CommendationLevel, _t("Mọi cấp"), _t("Năm"), 4,
                 lambda r: _t("khen thưởng “{title}” cho {name} ngày {date}").format(
                     title=r.title, name=r.recipient, date=short_date(r.given_on)))


def funding_spec(database: Database, session: Session) -> ListSpec:
    columns = [
        Column(_t("Nội dung chi"), "name", lambda r: r.purpose or ""),
        Column(_t("Nguồn kinh phí"), "source", lambda r: enum_label(FundingSource, r.source)),
        Column(_t("Số tiền (đồng)"), "amount", lambda r: _money(r.amount), align_right=True),
        Column(_t("Ngày chi"), "spent_on", lambda r: short_date(r.spent_on)),
        Column(_t("Đơn vị"), "unit", lambda r: r.unit_name),
    ]
    return _spec(database, session, FundingDialog, "funding", _t("khoản kinh phí"),
                 lambda n: translate("ActivitiesPage", "%Ln khoản kinh phí", n), columns,
                 FundingSource, _t("Mọi nguồn"), _t("Năm chi"), 3,
                 lambda r: _t("khoản chi “{purpose}” ({amount} đồng) ngày {date}").format(
                     purpose=r.purpose or "", amount=_money(r.amount), date=short_date(r.spent_on)))


#: Widths of the columns whose values are longer than their heading (the first column stretches).
WIDTHS = {
    "outreach": {1: 180, 3: 170, 4: 170, 5: 80, 6: 60},
    "support": {1: 250, 3: 120, 4: 180, 5: 130},
    "jobs": {1: 70, 3: 140, 4: 160},
    "commendations": {1: 120, 2: 280, 3: 90, 5: 130},
    "funding": {1: 180, 2: 130},
}


class ActivitiesPage(QWidget):
    """Five lists in tabs, in the order the plans speak of them."""

    def __init__(self, database: Database, session: Session) -> None:
        super().__init__()
        self.tabs = QTabWidget(objectName="activity_tabs")
        self.lists: dict[str, ListPage] = {}
        for key, title, spec in (
            ("outreach", _t("Tuyên truyền"), outreach_spec),
            ("support", _t("Hỗ trợ HTX/THT"), support_spec),
            ("jobs", _t("Việc làm cho lao động nữ"), jobs_spec),
            ("commendations", _t("Khen thưởng"), commendations_spec),
            ("funding", _t("Kinh phí"), funding_spec),
        ):
            self.lists[key] = ListPage(database, session, spec(database, session))
            for column, width in WIDTHS[key].items():
                self.lists[key].table.setColumnWidth(column, width)
            self.tabs.addTab(self.lists[key], title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def data_changed(self) -> None:
        for page in self.lists.values():
            page.data_changed()

    def show_list(self, key: str) -> ListPage:
        page = self.lists[key]
        self.tabs.setCurrentWidget(page)
        return page
