"""Job reports: women's jobs in a cooperative (found as the posts list finds it) for a year; the
same cooperative and year again is an update."""

from __future__ import annotations

from htx_desktop.imports import values
from htx_desktop.imports.kinds.activity import ActivityRules, activity_kind
from htx_desktop.imports.kinds.base import Field
from htx_desktop.imports.kinds.cooperatives import NOTES, UNIT
from htx_desktop.imports.kinds.posts import REGISTRATION_NO
from htx_desktop.imports.kinds.support import COOPERATIVE, referred_cooperative
from htx_desktop.services import activities

FIELDS = (
    COOPERATIVE,
    REGISTRATION_NO,
    Field("year", "Năm", ("Năm báo cáo", "Năm số liệu"), values.year, required=True, example=2024),
    Field("reported_on", "Ngày báo cáo", ("Ngày", "Ngày lập báo cáo"), values.day, required=True,
          note="dd/mm/yyyy", example="31/12/2024"),
    Field("new_female_jobs", "Việc làm mới cho lao động nữ", ("Việc làm mới (nữ)", "Việc làm mới", "Số việc làm mới",
                                                              "Lao động nữ có việc làm mới"), values.number,
          required=True, example=5),
    Field("stable_female_jobs", "Việc làm ổn định cho lao động nữ", ("Việc làm ổn định (nữ)", "Việc làm ổn định",
                                                                     "Số việc làm ổn định",
                                                                     "Lao động nữ có việc làm ổn định"),
          values.number, required=True, example=12),
    NOTES,
    UNIT,
)

RULES = ActivityRules(
    activities.JOBS, lambda row: (row.cooperative_id, row.year), referred_cooperative,
    (("cooperative_id", "cooperative_name"),),
)

KIND = activity_kind("jobs", "Việc làm cho lao động nữ", FIELDS, RULES)
