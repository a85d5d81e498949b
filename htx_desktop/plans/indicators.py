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

from sqlalchemy import Select, func, select
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


@dataclass(frozen=True)
class Formula:
    code: str
    names: tuple[str, str]  # Vietnamese, English
    descriptions: tuple[str, str]
    record: str  # "cooperative" or "person": what the records are
    share: bool  # a percentage of the records looked at, rather than a count or sum
    build: Callable[[Scope], Select]

    @property
    def name(self) -> str:
        return self.names[1] if language() == "en" else self.names[0]

    @property
    def description(self) -> str:
        return self.descriptions[1] if language() == "en" else self.descriptions[0]

    def rows(self, unit_codes: Sequence[str], start: date, end: date) -> Select:
        return self.build(Scope(tuple(unit_codes), start, end))

    def __call__(self, session: Session, unit_codes: Sequence[str], start: date, end: date) -> Achieved:
        rows = self.rows(unit_codes, start, end)
        found = rows.subquery()
        num, looked_at = session.execute(select(func.coalesce(func.sum(found.c.num), 0), func.count())).one()
        return self.achieved(num, looked_at, rows)

    def by_unit(self, session: Session, unit_codes: Sequence[str], start: date, end: date) -> dict[str, tuple[float, int]]:
        """(sum of num, records looked at) for each unit code that has records: one query, grouped by unit."""
        found = self.rows(unit_codes, start, end).subquery()
        grouped = session.execute(
            select(found.c.unit, func.coalesce(func.sum(found.c.num), 0), func.count()).group_by(found.c.unit)
        )
        return {unit: (float(num), looked_at) for unit, num, looked_at in grouped}

    def achieved(self, num: float, looked_at: int, rows: Select | None) -> Achieved:
        num = float(num or 0)
        if not self.share:
            return Achieved(num, num, None, rows)
        value = num / looked_at * 100 if looked_at else None
        return Achieved(value, num, looked_at, rows)


_ALIVE_VI = "không tính HTX, THT đã giải thể hoặc đã xóa đến ngày cuối kỳ"
_ALIVE_EN = "those dissolved or deleted by the last day do not count"
_FOUNDED_VI = ("có ngày thành lập trong kỳ, được Hội hỗ trợ thành lập và do phụ nữ tham gia quản lý "
               "(có nữ giữ chức vụ quản lý vào ngày cuối kỳ); " + _ALIVE_VI + ".")
_FOUNDED_EN = ("founded in the period with union support and managed by women (a woman holds a management "
               "post on the last day); " + _ALIVE_EN + ".")
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
        ("Nữ quản lý HTX, THT được đào tạo, bồi dưỡng", "Women managers trained"),
        ("Tỷ lệ phụ nữ giữ chức vụ quản lý (HĐQT, giám đốc, ban kiểm soát, kế toán trưởng, tổ trưởng THT) vào ngày "
         "cuối kỳ ở HTX, THT còn hoạt động đã hoàn thành ít nhất một khóa quản trị, công nghệ số, thương mại điện tử "
         "hoặc pháp luật kết thúc trong kỳ; không tính người đã thôi chức vụ và khóa tham dự mà chưa hoàn thành.",
         "Share of the women holding a management post (board, director, supervisory board, chief accountant, group "
         "leader) on the last day in a cooperative alive then who completed a governance, digital, e-commerce or law "
         "course ending in the period; women whose post ended and courses attended but not completed do not count."),
        "person", True, lambda s: queries.managers_trained(s, MANAGEMENT_TOPICS),
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
)}


def formula(code: str) -> Formula:
    found = FORMULAS.get(code)
    if found is None:
        raise HtxError(tr("plans.unknown_indicator", code=code, codes=", ".join(FORMULAS)))
    return found
