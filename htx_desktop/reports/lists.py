"""The list reports: cooperatives, women managers and whether trained, a training's sign-in sheet.

"Managed by women", "more than half the workers women" and "a woman manager trained" come from
the functions the lists and indicators use (`services.cooperatives.rows`, the indicator
`managers_trained` through `plans.drilldown`); nothing is defined twice.
"""

from __future__ import annotations

import uuid
from datetime import date

from htx_desktop.messages import label
from htx_desktop.domain.enums import CooperativeKind, CooperativeStatus
from htx_desktop.plans import drilldown
from htx_desktop.plans import progress as plan_progress
from htx_desktop.plans.indicators import FORMULAS
from htx_desktop.reports.document import DATE, SHARE, TEXT, YEAR, Column, Document, Section, Table
from htx_desktop.reports.request import ReportRequest
from htx_desktop.reports.settings import Issuer
from htx_desktop.services import cooperatives, trainings, units
from htx_desktop.services.list_source import ROWS_PER_QUERY
from htx_desktop.services.listing import SOURCES, ListFilters
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import Installation

#: Blank rows at the end of a sign-in sheet, for those who come without being expected.
WALK_IN_ROWS = 8


def _unit(database: Database, code: str | None) -> tuple[str, str, list[str]]:
    with database.read() as session:
        code = code or session.get(Installation, 1).unit_code
        unit = units.get_unit(session, code)
        return unit.code, unit.name, units.units_under(session, unit.code)


def cooperative_list(database: Database, request: ReportRequest, issuer: Issuer, day: date, report=None) -> Document:
    code, name, area = _unit(database, request.unit_code)
    on = request.end or day
    with database.read() as session:
        ids = SOURCES["cooperatives"].ids(session, ListFilters(unit_codes=tuple(area)))
        found = []
        for first in range(0, len(ids), ROWS_PER_QUERY):  # the progress bar moves between parts
            found += cooperatives.rows(session, ids[first:first + ROWS_PER_QUERY], on)
            if report:
                report(min(first + ROWS_PER_QUERY, len(ids)), len(ids))
    rows = [
        (row.name, label(CooperativeKind(row.kind)), row.unit_name, label(CooperativeStatus(row.status)),
         row.founded_on, "x" if row.women_managed else None, row.female_worker_share,
         "x" if row.many_jobs_for_women else None)
        for row in found
    ]
    columns = (
        Column("Tên HTX, tổ hợp tác", TEXT, 3.2),
        Column("Loại hình", TEXT, 1.1),
        Column("Đơn vị", TEXT, 1.6),
        Column("Tình trạng", TEXT, 1.5),
        Column("Ngày thành lập", DATE, 1.1),
        Column("Do nữ quản lý", TEXT, 0.9, "count", centred=True),
        Column("Tỷ lệ lao động nữ", SHARE, 0.9),
        Column("Trên 50% lao động nữ", TEXT, 0.9, "count", centred=True),
    )
    managed = sum(1 for row in found if row.women_managed)
    many = sum(1 for row in found if row.many_jobs_for_women)
    groups = sum(1 for row in found if row.kind == CooperativeKind.GROUP)
    intro = (f"Tính đến ngày {on:%d/%m/%Y}, {name} có {len(found)} hợp tác xã, tổ hợp tác "
             f"({len(found) - groups} HTX, {groups} THT), trong đó {managed} do phụ nữ tham gia quản lý "
             f"và {many} có trên 50% lao động là nữ.")
    table = Table(columns, rows, caption="Danh sách HTX, THT", total_label="Tổng cộng")
    notes = ("Do nữ quản lý: có phụ nữ giữ chức vụ quản lý vào ngày lập danh sách; tỷ lệ lao động nữ theo số liệu "
             "năm gần nhất có số lao động.",)
    return Document("cooperatives", issuer, "DANH SÁCH", f"Hợp tác xã, tổ hợp tác trên địa bàn {name}", day,
                    request.number, "DS", (Section("", (intro,), table, notes),), landscape=True,
                    meta={"Đơn vị": f"{name} ({code})", "Tính đến ngày": f"{on:%d/%m/%Y}"})


def manager_list(database: Database, request: ReportRequest, issuer: Issuer, day: date, report=None) -> Document:
    plan_progress.prepare(database, request.plan, request.unit_code)
    with database.read() as session:
        period = plan_progress.resolve(session, request.plan, request.unit_code, request.start, request.end,
                                       request.phase_code, today=day)
        area = units.units_under(session, period.unit_code)
        found = drilldown.records(session, "managers_trained", area, period.start, period.end, limit=10**9)
    rows = [(row.name, row.unit_name, "x" if row.counted else None, row.detail if row.counted else None)
            for row in found.rows]
    columns = (
        Column("Họ và tên", TEXT, 3.0),
        Column("Đơn vị", TEXT, 2.2),
        Column("Đã được đào tạo", TEXT, 1.2, "count", centred=True),
        Column("Ngày kết thúc khóa học", DATE, 1.4),
    )
    share = f"{found.counted / found.total * 100:.1f}".replace(".", ",") + "%" if found.total else "—"
    intro = (f"Ngày {period.end:%d/%m/%Y}, {period.unit_name} có {found.total} phụ nữ giữ chức vụ quản lý HTX, tổ hợp "
             f"tác; {found.counted} người ({share}) đã hoàn thành khóa đào tạo, bồi dưỡng kết thúc trong kỳ "
             f"từ ngày {period.start:%d/%m/%Y} đến ngày {period.end:%d/%m/%Y}.")
    table = Table(columns, rows, caption="Nữ quản lý", total_label="Tổng cộng")
    notes = (FORMULAS["managers_trained"].description,)
    return Document("managers", issuer, "DANH SÁCH", f"Nữ quản lý hợp tác xã, tổ hợp tác và việc đào tạo, bồi dưỡng",
                    day, request.number, "DS", (Section("", (intro,), table, notes),),
                    meta={"Đơn vị": f"{period.unit_name} ({period.unit_code})",
                          "Kỳ": f"{period.start:%d/%m/%Y} – {period.end:%d/%m/%Y}"})


def signin_sheet(database: Database, training_id: uuid.UUID, issuer: Issuer, day: date, number: str = "") -> Document:
    training = trainings.get(database, training_id)
    expected = trainings.attendees(database, training_id)
    with database.read() as session:
        names = units.unit_names(session, {training.unit_code} | {row.unit_code for row in expected})
    rows = [(row.full_name, row.birth_year, names.get(row.unit_code, row.unit_code), None) for row in expected]
    rows += [(None, None, None, None)] * WALK_IN_ROWS
    columns = (
        Column("Họ và tên", TEXT, 3.0),
        Column("Năm sinh", YEAR, 0.9, centred=True),
        Column("Đơn vị, HTX/THT", TEXT, 2.4),
        Column("Ký tên", TEXT, 1.8),
    )
    ends = training.ends_on or training.starts_on
    when = (f"ngày {training.starts_on:%d/%m/%Y}" if ends == training.starts_on
            else f"từ ngày {training.starts_on:%d/%m/%Y} đến ngày {ends:%d/%m/%Y}")
    lines = [f"Thời gian: {when}.", f"Địa điểm: {training.place or '……………………………………'}."]
    if training.organiser:
        lines.append(f"Đơn vị tổ chức: {training.organiser}.")
    table = Table(columns, rows, caption="Ký tên", tall_rows=True)
    return Document("signin", issuer, "DANH SÁCH HỌC VIÊN THAM DỰ", training.title, day, number, "DS",
                    (Section("", tuple(lines), table),), signed=False,
                    meta={"Khóa học": training.title, "Đơn vị": names.get(training.unit_code, training.unit_code),
                          "Thời gian": when})
