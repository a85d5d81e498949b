"""Funding spent: the same source, date, amount and unit again is an update (of its purpose)."""

from __future__ import annotations

from htx_desktop.domain import enums
from htx_desktop.imports import values
from htx_desktop.imports.kinds.activity import ActivityRules, activity_kind
from htx_desktop.imports.kinds.base import Field
from htx_desktop.imports.kinds.cooperatives import UNIT
from htx_desktop.services import activities

FIELDS = (
    Field("purpose", "Nội dung chi", ("Nội dung", "Mục đích", "Mục đích sử dụng", "Diễn giải"), required=True,
          example="Tổ chức lớp tập huấn quản trị HTX"),
    Field("source", "Nguồn kinh phí", ("Nguồn", "Nguồn vốn", "Kinh phí từ"), required=True,
          choices=enums.FundingSource, example="Chương trình MTQG"),
    Field("amount", "Số tiền (đồng)", ("Số tiền", "Thành tiền", "Kinh phí", "Số tiền chi"), values.number,
          required=True, example=15000000),
    Field("spent_on", "Ngày chi", ("Ngày", "Thời gian", "Ngày thực hiện"), values.day, required=True,
          note="dd/mm/yyyy", example="15/06/2024"),
    UNIT,
)

RULES = ActivityRules(activities.FUNDING, lambda row: (row.source, row.spent_on, row.amount, row.unit_code))

KIND = activity_kind("funding", "Danh sách khoản kinh phí", FIELDS, RULES)
