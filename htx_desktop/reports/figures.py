"""The plan reports: periodic progress (6-month, annual) and the mid-term or final review.

Every figure comes from `plans.progress` and `plans.breakdown`, the functions the Overview and
`htx-cli progress` use, so a report never disagrees with the screen.
"""

from __future__ import annotations

from datetime import date

from htx_desktop.plans import breakdown
from htx_desktop.plans import progress as service
from htx_desktop.plans.progress import IndicatorProgress, Progress
from htx_desktop.reports.document import INT, SHARE, TEXT, Column, Document, Section, Table
from htx_desktop.reports.request import ReportRequest
from htx_desktop.reports.settings import Issuer
from htx_desktop.storage.database import Database

PROJECT = ("Đề án “Hỗ trợ hợp tác xã do phụ nữ tham gia quản lý, tạo việc làm cho lao động nữ đến năm 2030” "
           "(Quyết định số 01/QĐ-TTg ngày 03/01/2023 của Thủ tướng Chính phủ)")
HEADINGS = {
    "achievements": "Những kết quả nổi bật",
    "difficulties": "II. KHÓ KHĂN, VƯỚNG MẮC",
    "proposals": "III. ĐỀ XUẤT, KIẾN NGHỊ",
}
BLANK = "…" * 30  # one line to write on by hand


def period_text(start: date, end: date) -> str:
    """"6 tháng đầu năm 2026", "năm 2026", or "từ ngày 01/03/2026 đến ngày 31/08/2026"."""
    if start == date(start.year, 1, 1) and end.year == start.year:
        if end == date(end.year, 6, 30):
            return f"6 tháng đầu năm {end.year}"
        if end == date(end.year, 12, 31):
            return f"năm {end.year}"
    return f"từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y}"


def _indicator_row(number: int, row: IndicatorProgress, since_start: bool) -> tuple[object, ...]:
    share = row.achieved / 100 if row.share and row.achieved is not None else None
    reached = row.percentage / 100 if row.percentage is not None else None
    values = (f"{number}. {row.name}", row.target_text, row.numerator,
              row.denominator if row.share else None, share, reached, row.status_text)
    return values + (row.since_start_figure,) if since_start else values


def indicator_table(result: Progress) -> Table:
    """A later phase ("đến năm 2030") adds each figure since the plan began, as the screen does."""
    first = next((row.plan_start for row in result.rows if row.since_start_figure and row.plan_start), None)
    narrow = 1.0 if first is None else 0.8  # room for the extra column, the names as wide as ever
    columns = (
        Column("Chỉ tiêu", TEXT, 3.9),
        Column("Kế hoạch", TEXT, 1.3 * narrow),
        Column("Kết quả", INT, 1.0 * narrow),
        Column("Trên tổng số", INT, 1.0 * narrow),
        Column("Tỷ lệ", SHARE, 0.9 * narrow),
        Column("So với kế hoạch", SHARE, 1.1 * narrow),
        Column("Đánh giá", TEXT, 1.6 * narrow),
    ) + ((Column(f"Từ {first:%d/%m/%Y}", TEXT, 1.4),) if first is not None else ())
    rows = [_indicator_row(n, row, first is not None) for n, row in enumerate(result.rows, start=1)]
    return Table(columns, rows, caption="Chỉ tiêu", numbered=False)


def unit_table(result: Progress, table: breakdown.CommuneTable) -> Table:
    """One row per commune; a count takes one column, a share two (counted, looked at), so the
    Excel totals are sums and the area's share is the sum of one over the sum of the other."""
    columns: list[Column] = [Column("Đơn vị", TEXT, 2.4)]
    picks: list[tuple[str, bool]] = []
    for number, row in enumerate(result.rows, start=1):
        if row.share:
            columns.append(Column(f"CT{number} đạt", INT, 0.8, "sum"))
            columns.append(Column(f"CT{number} tổng", INT, 0.8, "sum"))
        else:
            columns.append(Column(f"CT{number}", INT, 0.8, "sum"))
        picks.append((row.code, row.share))
    rows = []
    for code, name in table.communes:
        values: list[object] = [name]
        for indicator, share in picks:
            cell = table.cell(code, indicator)
            values.append(cell.numerator)
            if share:
                values.append(cell.denominator or 0)
        rows.append(tuple(values))
    return Table(tuple(columns), rows, caption="Theo đơn vị", total_label="Tổng cộng")


def _free_texts(texts: dict[str, str], achievements_number: int) -> list[Section]:
    sections = []
    for part in ("achievements", "difficulties", "proposals"):
        heading = HEADINGS[part] if part != "achievements" else f"{achievements_number}. {HEADINGS[part]}"
        paragraphs = tuple(line.strip() for line in texts.get(part, "").splitlines() if line.strip()) or (BLANK,)
        sections.append(Section(heading, paragraphs))
    return sections


def build(database: Database, request: ReportRequest, issuer: Issuer, texts: dict[str, str], day: date) -> Document:
    review = request.kind == "review"
    service.prepare(database, request.plan, request.unit_code)
    with database.read() as session:
        period = service.resolve(session, request.plan, request.unit_code, request.start, request.end,
                                 request.phase_code, today=day)
        if review and request.start is None:  # a review covers its phase from the start
            period = service.Period(period.plan, period.phase, period.unit_code, period.unit_name,
                                    period.phase.starts_on, period.end)
        result, communes = breakdown.dashboard(session, period)
    last_phase = period.plan.phases[-1].code == period.phase.code if period.plan.phases else False
    years = f"{period.phase.starts_on.year}–{period.phase.ends_on.year}"
    when = period_text(result.start, result.end)
    if review:
        subject = f"{'Tổng kết' if last_phase else 'Sơ kết'} giai đoạn {years} thực hiện Đề án hỗ trợ hợp tác xã " \
                  f"do phụ nữ tham gia quản lý, tạo việc làm cho lao động nữ"
    else:
        subject = f"Kết quả thực hiện Đề án hỗ trợ hợp tác xã do phụ nữ tham gia quản lý, tạo việc làm cho lao " \
                  f"động nữ {when}"
    intro = (f"Thực hiện {result.plan.name}{f' ({result.plan.decision_no})' if result.plan.decision_no else ''} "
             f"triển khai {PROJECT}, xin báo cáo kết quả thực hiện {when} tại {result.unit_name} như sau:")
    sections = [
        Section("I. KẾT QUẢ THỰC HIỆN", (intro,)),
        Section("1. Kết quả thực hiện các chỉ tiêu",
                (f"Số liệu tính từ ngày {result.start:%d/%m/%Y} đến ngày {result.end:%d/%m/%Y}, "
                 f"{period.phase.name}; thời gian đã qua {round(result.elapsed * 100)}% giai đoạn.",),
                indicator_table(result)),
    ]
    if len(communes.communes) > 1:
        legend = tuple(f"CT{n}: {row.name}." for n, row in enumerate(result.rows, start=1))
        sections.append(Section("2. Kết quả theo đơn vị", (), unit_table(result, communes), legend))
    sections += _free_texts(texts, len(sections))
    meta = {"Kế hoạch": result.plan.name, "Đơn vị": f"{result.unit_name} ({result.unit_code})",
            "Kỳ báo cáo": f"{result.start:%d/%m/%Y} – {result.end:%d/%m/%Y}"}
    return Document(request.kind, issuer, "BÁO CÁO", subject, day, request.number, "BC", tuple(sections), meta=meta)
