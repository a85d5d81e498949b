"""How every plan indicator is computed from the records: the one place the formulas live.

`FORMULAS[code]` gives, for each indicator code a plan can use, its name, a one-sentence
description of what counts and what doesn't (shown in the GUI and in the README), and the
function `formula(session, unit_codes, start, end) -> Achieved`. Counts and sums are plain
numbers; shares are percentages with their numerator and denominator. `Achieved.records` is the
query of the records behind the figure, for drilling down (see `drilldown`).

Dates: a range includes both ends; the last day is the as-of date of "managed by women", "still
holds the post" and "not dissolved".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, Subquery, func, null, select
from sqlalchemy.orm import Session

from htx_desktop.domain.enums import CooperativeKind, TrainingTopic
from htx_desktop.errors import HtxError
from htx_desktop.messages import language, tr
from htx_desktop.plans import queries
from htx_desktop.plans.queries import BOTH_KINDS, Scope

HTX = (CooperativeKind.COOPERATIVE.value,)
THT = (CooperativeKind.GROUP.value,)
#: Courses that build a manager's capacity to run a cooperative (governance, IT, e-commerce, law).
MANAGEMENT_TOPICS = tuple(t.value for t in (TrainingTopic.GOVERNANCE, TrainingTopic.DIGITAL,
                                            TrainingTopic.ECOMMERCE, TrainingTopic.LAW))
OUTREACH_TOPICS = (TrainingTopic.OUTREACH.value,)


@dataclass(frozen=True)
class Achieved:
    value: float | None  # the count, the sum, or the share in percent (None: a share of nobody)
    numerator: float  # the count or sum; for a share, how many records count
    denominator: int | None  # for a share, how many records were looked at
    records: Select | None  # id, unit, num, detail of the records behind the figure
    latest: date | None = None  # the latest date among the records (milestones, dated checks)
    pending: int = 0  # records that would count once their missing data is entered


#: How a figure reads: a count or sum, a share, a milestone (done or not), a count with its latest date.
COUNT, SHARE, MILESTONE, DATED = "count", "share", "milestone", "dated"


@dataclass(frozen=True)
class Formula:
    code: str
    names: tuple[str, str]  # Vietnamese, English
    descriptions: tuple[str, str]
    record: str  # "cooperative", "person", "commendation" or "milestone": what the records are
    share: bool  # a percentage of the records looked at, rather than a count or sum
    build: Callable[[Scope], Select]
    style: str = COUNT  # COUNT or SHARE (from `share`), MILESTONE, DATED
    pending: Callable[[Scope], Select] | None = None  # records not judged yet for want of data
    pending_note: tuple[str, str] = ("", "")  # what is missing, e.g. "chưa có số liệu lao động"

    @property
    def name(self) -> str:
        return self.names[1] if language() == "en" else self.names[0]

    @property
    def description(self) -> str:
        return self.descriptions[1] if language() == "en" else self.descriptions[0]

    def rows(self, unit_codes: Sequence[str], start: date, end: date) -> Select:
        return self.build(Scope(tuple(unit_codes), start, end))

    @property
    def cumulative(self) -> bool:
        """Whether the figure since the plan began means something (a dated check looks back by itself)."""
        return self.style != DATED

    @property
    def reads_as(self) -> str:
        return SHARE if self.share else self.style

    @property
    def pending_text(self) -> str:
        return self.pending_note[1] if language() == "en" else self.pending_note[0]

    def pending_rows(self, unit_codes: Sequence[str], start: date, end: date) -> Select | None:
        return None if self.pending is None else self.pending(Scope(tuple(unit_codes), start, end))

    def __call__(self, session: Session, unit_codes: Sequence[str], start: date, end: date) -> Achieved:
        rows = self.rows(unit_codes, start, end)
        found = rows.subquery()
        num, looked_at, latest = session.execute(
            select(func.coalesce(func.sum(found.c.num), 0), func.count(), self._latest(found))
        ).one()
        return self.achieved(num, looked_at, rows, latest, self.pending_count(session, unit_codes, start, end))

    def pending_count(self, session: Session, unit_codes: Sequence[str], start: date, end: date) -> int:
        waiting = self.pending_rows(unit_codes, start, end)
        if waiting is None:
            return 0
        return session.scalar(select(func.count()).select_from(waiting.subquery())) or 0

    def by_unit(self, session: Session, unit_codes: Sequence[str], start: date, end: date) -> dict[str, Achieved]:
        """The figure of each unit code that has records: one query, grouped by unit (without pending)."""
        found = self.rows(unit_codes, start, end).subquery()
        grouped = session.execute(
            select(found.c.unit, func.coalesce(func.sum(found.c.num), 0), func.count(), self._latest(found))
            .group_by(found.c.unit)
        )
        return {unit: self.achieved(num, looked_at, None, latest) for unit, num, looked_at, latest in grouped}

    def _latest(self, found: Subquery) -> ColumnElement:
        """The latest `detail`, for the figures that show it; others leave it unread (a person's
        latest course is a subquery per person)."""
        return func.max(found.c.detail) if self.style in (MILESTONE, DATED) else null()

    def by_unit_and_since(self, session: Session, unit_codes: Sequence[str], start: date, end: date,
                          since: date | None) -> tuple[dict[str, Achieved], Achieved | None]:
        """`by_unit`, and the area's figure from `since` to `end` (None without `since`): from the
        same grouped query where the records looked at do not depend on the first day (a share of
        people: its `num_since` column), else by a query of its own."""
        if since is None:
            return self.by_unit(session, unit_codes, start, end), None
        rows = self.build(Scope(tuple(unit_codes), start, end, since))
        if "num_since" not in rows.selected_columns.keys():
            return self.by_unit(session, unit_codes, start, end), self(session, unit_codes, since, end)
        found = rows.subquery()
        grouped = session.execute(
            select(found.c.unit, func.coalesce(func.sum(found.c.num), 0), func.count(),
                   func.coalesce(func.sum(found.c.num_since), 0))
            .group_by(found.c.unit)
        ).all()
        parts = {unit: self.achieved(num, looked_at, None) for unit, num, looked_at, _ in grouped}
        earlier = self.achieved(sum(row[3] for row in grouped), sum(row[2] for row in grouped), None, None,
                                self.pending_count(session, unit_codes, since, end))
        return parts, earlier

    def achieved(self, num: float, looked_at: int, rows: Select | None, latest: date | None = None,
                 pending: int = 0) -> Achieved:
        num = float(num or 0)
        latest = latest if self.style in (MILESTONE, DATED) else None
        if not self.share:
            return Achieved(num, num, None, rows, latest, pending)
        value = num / looked_at * 100 if looked_at else None
        return Achieved(value, num, looked_at, rows, latest, pending)

    def combined(self, parts: Sequence[Achieved]) -> Achieved:
        """The figure of several units together, from their own (each record counts for one unit)."""
        dates = [part.latest for part in parts if part.latest is not None]
        return self.achieved(sum(p.numerator for p in parts), sum(p.denominator or 0 for p in parts) if self.share
                             else len(parts), None, max(dates, default=None), sum(p.pending for p in parts))


_ALIVE_VI = "không tính HTX, THT đã giải thể hoặc đã xóa đến ngày cuối kỳ"
_ALIVE_EN = "those dissolved or deleted by the last day do not count"
_MANAGED_VI = ("do phụ nữ tham gia quản lý (ngày cuối kỳ có nữ là chủ tịch, thành viên HĐQT, giám đốc, phó giám "
               "đốc hoặc thành viên ban kiểm soát của HTX, hoặc nữ là tổ trưởng THT)")
_MANAGED_EN = ("managed by women (on the last day a woman is chair or member of the board, director, deputy "
               "director or on the supervisory board of the HTX, or leads the THT)")
_FOUNDED_VI = "có ngày thành lập trong kỳ, được Hội hỗ trợ thành lập và " + _MANAGED_VI
_FOUNDED_EN = "founded in the period with union support and " + _MANAGED_EN
_MANY_JOBS_VI = (", tạo nhiều việc làm cho lao động nữ (trên 50% lao động là nữ theo số liệu năm gần nhất); HTX "
                 "mới chưa có số liệu lao động không được tính mà ghi riêng; " + _ALIVE_VI + ".")
_MANY_JOBS_EN = (", creating many jobs for women (more than 50% of the workers women in the latest annual "
                 "figures); a new one without worker figures is not counted but listed apart; " + _ALIVE_EN + ".")
_NO_FIGURES = ("chưa có số liệu lao động", "no worker figures yet")
_FOUNDED_VI += "; " + _ALIVE_VI + "."
_FOUNDED_EN += "; " + _ALIVE_EN + "."
_STRENGTHENED_VI = ("được Hội hỗ trợ thành lập, do phụ nữ tham gia quản lý và còn hoạt động ngày cuối kỳ, có ít nhất "
                    "một lần hỗ trợ “củng cố, nâng cao chất lượng” trong kỳ")
_STRENGTHENED_EN = ("founded with union support, managed by women and alive on the last day, that received at "
                    "least one “strengthening” support in the period")

FORMULAS: dict[str, Formula] = {f.code: f for f in (
    Formula(
        "new_coops_founded",
        ("HTX do phụ nữ tham gia quản lý được Hội hỗ trợ thành lập mới",
         "New women-managed cooperatives founded with union support"),
        ("Số HTX " + _FOUNDED_VI, "Cooperatives (HTX) " + _FOUNDED_EN),
        "cooperative", False, lambda s: queries.founded(s, HTX),
    ),
    Formula(
        "new_groups_founded",
        ("Tổ hợp tác do phụ nữ quản lý được Hội hỗ trợ thành lập mới",
         "New women-managed cooperative groups founded with union support"),
        ("Số tổ hợp tác " + _FOUNDED_VI, "Cooperative groups (THT) " + _FOUNDED_EN),
        "cooperative", False, lambda s: queries.founded(s, THT),
    ),
    Formula(
        "new_coops_groups_founded",
        ("HTX, tổ hợp tác do phụ nữ tham gia quản lý được Hội hỗ trợ thành lập mới",
         "New women-managed cooperatives and groups founded with union support"),
        ("Số HTX và tổ hợp tác " + _FOUNDED_VI, "Cooperatives and groups " + _FOUNDED_EN),
        "cooperative", False, lambda s: queries.founded(s, BOTH_KINDS),
    ),
    Formula(
        "new_coops_many_jobs",
        ("HTX do phụ nữ tham gia quản lý, tạo nhiều việc làm cho lao động nữ được Hội hỗ trợ thành lập mới",
         "New women-managed cooperatives creating many jobs for women, founded with union support"),
        ("Số HTX " + _FOUNDED_VI.removesuffix("; " + _ALIVE_VI + ".") + _MANY_JOBS_VI,
         "Cooperatives (HTX) " + _FOUNDED_EN.removesuffix("; " + _ALIVE_EN + ".") + _MANY_JOBS_EN),
        "cooperative", False, lambda s: queries.founded(s, HTX, many_jobs=True),
        pending=lambda s: queries.founded_without_figures(s, HTX), pending_note=_NO_FIGURES,
    ),
    Formula(
        "new_coops_groups_many_jobs",
        ("HTX, tổ hợp tác do phụ nữ tham gia quản lý, tạo nhiều việc làm cho lao động nữ được Hội hỗ trợ thành lập mới",
         "New women-managed cooperatives and groups creating many jobs for women, founded with union support"),
        ("Số HTX và tổ hợp tác " + _FOUNDED_VI.removesuffix("; " + _ALIVE_VI + ".") + _MANY_JOBS_VI,
         "Cooperatives and groups " + _FOUNDED_EN.removesuffix("; " + _ALIVE_EN + ".") + _MANY_JOBS_EN),
        "cooperative", False, lambda s: queries.founded(s, BOTH_KINDS, many_jobs=True),
        pending=lambda s: queries.founded_without_figures(s, BOTH_KINDS), pending_note=_NO_FIGURES,
    ),
    Formula(
        "new_female_jobs",
        ("Việc làm mới cho lao động nữ", "New jobs for women"),
        ("Tổng số việc làm mới cho lao động nữ trong các báo cáo việc làm có ngày báo cáo trong kỳ của HTX, THT; "
         "không tính báo cáo đã xóa và HTX, THT đã giải thể đến ngày cuối kỳ.",
         "Sum of the new jobs for women in job reports dated in the period, of cooperatives and groups; deleted "
         "reports and cooperatives dissolved by the last day do not count."),
        "cooperative", False, lambda s: queries.new_jobs(s, BOTH_KINDS),
    ),
    Formula(
        "stable_female_jobs",
        ("Việc làm ổn định cho lao động nữ trong HTX, THT", "Stable jobs for women in cooperatives and groups"),
        ("Tổng số việc làm ổn định cho lao động nữ theo báo cáo việc làm gần nhất trong kỳ của từng HTX, THT "
         "(mỗi HTX chỉ tính một báo cáo nên không đếm trùng); " + _ALIVE_VI + ".",
         "Sum of the stable jobs for women in each cooperative's and group's latest job report of the period (one "
         "report each, so no job is counted twice); " + _ALIVE_EN + "."),
        "cooperative", False, lambda s: queries.stable_jobs(s, BOTH_KINDS),
    ),
    Formula(
        "stable_female_jobs_coops",
        ("Việc làm ổn định cho lao động nữ trong HTX", "Stable jobs for women in cooperatives"),
        ("Như việc làm ổn định, chỉ tính các HTX (không tính tổ hợp tác); " + _ALIVE_VI + ".",
         "As stable jobs, counting cooperatives (HTX) only, not groups; " + _ALIVE_EN + "."),
        "cooperative", False, lambda s: queries.stable_jobs(s, HTX),
    ),
    Formula(
        "stable_female_jobs_groups",
        ("Việc làm ổn định cho lao động nữ trong tổ hợp tác", "Stable jobs for women in cooperative groups"),
        ("Như việc làm ổn định, chỉ tính các tổ hợp tác (không tính HTX); " + _ALIVE_VI + ".",
         "As stable jobs, counting cooperative groups (THT) only, not cooperatives; " + _ALIVE_EN + "."),
        "cooperative", False, lambda s: queries.stable_jobs(s, THT),
    ),
    Formula(
        "strengthened_share",
        ("HTX, THT do Hội hỗ trợ thành lập được củng cố, nâng cao chất lượng",
         "Union-founded cooperatives and groups strengthened"),
        ("Tỷ lệ HTX, THT " + _STRENGTHENED_VI + "; HTX, THT đã giải thể không nằm trong mẫu số.",
         "Share of the cooperatives and groups " + _STRENGTHENED_EN + "; dissolved ones are not in the count."),
        "cooperative", True, lambda s: queries.strengthened(s, BOTH_KINDS, counted_only=False),
    ),
    Formula(
        "strengthened_coops",
        ("HTX được củng cố, nâng cao chất lượng", "Cooperatives strengthened"),
        ("Số HTX " + _STRENGTHENED_VI + "; không tính tổ hợp tác và HTX đã giải thể.",
         "Cooperatives (HTX) " + _STRENGTHENED_EN + "; groups and dissolved ones do not count."),
        "cooperative", False, lambda s: queries.strengthened(s, HTX, counted_only=True),
    ),
    Formula(
        "strengthened_groups",
        ("Tổ hợp tác được củng cố, nâng cao chất lượng", "Cooperative groups strengthened"),
        ("Số tổ hợp tác " + _STRENGTHENED_VI + "; không tính HTX và tổ hợp tác đã giải thể.",
         "Cooperative groups (THT) " + _STRENGTHENED_EN + "; cooperatives and dissolved groups do not count."),
        "cooperative", False, lambda s: queries.strengthened(s, THT, counted_only=True),
    ),
    Formula(
        "managers_trained",
        ("Nữ quản lý HTX được đào tạo, bồi dưỡng", "Women managers of cooperatives trained"),
        ("Tỷ lệ phụ nữ đăng ký ở đơn vị, vào ngày cuối kỳ là chủ tịch, thành viên HĐQT, giám đốc, phó giám đốc hoặc "
         "thành viên ban kiểm soát của một HTX còn hoạt động (ở bất cứ xã nào; không tính kế toán trưởng và tổ "
         "trưởng THT), đã hoàn thành ít nhất một khóa quản trị, công nghệ số, thương mại điện tử hoặc pháp luật kết "
         "thúc trong kỳ; người giữ chức ở HTX của hai xã được tính một lần, cho xã nơi chị đăng ký.",
         "Share of the women registered in the unit who, on the last day, chair or sit on the board, are director or "
         "deputy director or sit on the supervisory board of a cooperative (HTX) alive then (in any commune; not "
         "chief accountants nor group leaders), who completed a governance, digital, e-commerce or law course "
         "ending in the period; a woman with posts in cooperatives of two communes counts once, where she is "
         "registered."),
        "person", True, lambda s: queries.managers_trained(s, HTX[0], MANAGEMENT_TOPICS),
    ),
    Formula(
        "group_leaders_trained",
        ("Nữ tổ trưởng tổ hợp tác được đào tạo, bồi dưỡng", "Women group leaders trained"),
        ("Tỷ lệ phụ nữ đăng ký ở đơn vị, vào ngày cuối kỳ là tổ trưởng một tổ hợp tác còn hoạt động, đã hoàn thành "
         "ít nhất một khóa quản trị, công nghệ số, thương mại điện tử hoặc pháp luật kết thúc trong kỳ; chỉ để "
         "theo dõi, không nằm trong chỉ tiêu nữ quản lý HTX.",
         "Share of the women registered in the unit who lead a cooperative group (THT) alive on the last day and "
         "completed a governance, digital, e-commerce or law course ending in the period; shown for follow-up, "
         "not part of the women-managers target."),
        "person", True, lambda s: queries.managers_trained(s, THT[0], MANAGEMENT_TOPICS),
    ),
    Formula(
        "cadres_trained",
        ("Cán bộ Hội làm công tác hỗ trợ KTTT, HTX được tập huấn", "Union cadres in cooperative work trained"),
        ("Tỷ lệ cán bộ Hội ghi trong sổ của đơn vị (người có cấp cán bộ Hội; sổ chỉ ghi cán bộ làm công tác "
         "KTTT, HTX) đã hoàn thành ít nhất một khóa đào tạo, tập huấn kết thúc trong kỳ; không tính khóa chưa "
         "hoàn thành.",
         "Share of the union cadres on the unit's register (people with a cadre level; the register holds the "
         "cadres in cooperative work) who completed at least one course ending in the period; courses not "
         "completed do not count."),
        "person", True, lambda s: queries.cadres_trained(s, None),
    ),
    Formula(
        "cadres_outreach",
        ("Cán bộ Hội các cấp được nâng cao kỹ năng tuyên truyền, vận động",
         "Union cadres with better outreach skills"),
        ("Tỷ lệ cán bộ Hội các cấp ghi trong sổ của đơn vị đã hoàn thành một khóa về kỹ năng tuyên truyền, vận "
         "động kết thúc trong kỳ; không tính khóa chủ đề khác và khóa chưa hoàn thành.",
         "Share of the union cadres of all levels on the unit's register who completed an outreach-skills course "
         "ending in the period; courses on other topics and courses not completed do not count."),
        "person", True, lambda s: queries.cadres_trained(s, OUTREACH_TOPICS),
    ),
    Formula(
        "women_entrepreneurs_association",
        ("Thành lập Hội doanh nhân nữ tỉnh", "Provincial women entrepreneurs' association founded"),
        ("Đã xong khi một đơn vị trong địa bàn ghi nhận ngày thành lập Hội doanh nhân nữ tỉnh, không muộn hơn "
         "ngày cuối kỳ.",
         "Done when a unit of the area has recorded the date the provincial women entrepreneurs' association "
         "was founded, on or before the last day."),
        "milestone", False, lambda s: queries.milestone(s, "women_entrepreneurs_association"), style=MILESTONE,
    ),
    Formula(
        "commendations_two_years",
        ("Tôn vinh, khen thưởng tập thể, cá nhân điển hình (02 năm/lần)",
         "Commendations of exemplary groups and people (every two years)"),
        ("Số lần khen thưởng của các đơn vị trong địa bàn có ngày khen trong 2 năm tính đến ngày cuối kỳ (dù "
         "trước ngày đầu kỳ); đạt khi có ít nhất một, tức là lần gần nhất chưa quá 2 năm.",
         "Commendations of the area's units dated in the two years up to the last day (even before the first "
         "day); met with at least one, that is when the latest is less than two years old."),
        "commendation", False, lambda s: queries.commendations_within(s, 2), style=DATED,
    ),
)}


def formula(code: str) -> Formula:
    found = FORMULAS.get(code)
    if found is None:
        raise HtxError(tr("plans.unknown_indicator", code=code, codes=", ".join(FORMULAS)))
    return found
