"""Support given to cooperatives: the cooperative found as the posts list finds it (registration
number, else name + unit); the same cooperative, kind of support and date again is an update."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from htx_desktop.domain import enums
from htx_desktop.imports import values
from htx_desktop.imports.kinds.activity import ActivityRules, activity_kind
from htx_desktop.imports.kinds.base import Context, Field
from htx_desktop.imports.kinds.cooperatives import UNIT
from htx_desktop.imports.kinds.posts import COOPERATIVE_NAME, REGISTRATION_NO, cooperative_of
from htx_desktop.services import activities


def referred_cooperative(given: dict[str, Any], context: Context, unit: str | None) -> tuple[dict, dict]:
    """The cooperative a support or a job report is for, as the record's cooperative_id."""
    found, problems = cooperative_of(given, context, unit)
    return {"cooperative_id": found}, problems


COOPERATIVE = replace(COOPERATIVE_NAME, example="HTX Dệt thổ cẩm Hoa Ban")

FIELDS = (
    COOPERATIVE,
    REGISTRATION_NO,
    Field("kind", "Nội dung hỗ trợ", ("Hình thức hỗ trợ", "Loại hỗ trợ", "Hỗ trợ", "Nội dung"), required=True,
          choices=enums.SupportKind, example="Hỗ trợ vay vốn"),
    Field("given_on", "Ngày hỗ trợ", ("Ngày", "Thời gian", "Thời gian hỗ trợ", "Ngày thực hiện"), values.day,
          required=True, note="dd/mm/yyyy", example="20/04/2024"),
    Field("amount", "Số tiền (đồng)", ("Số tiền", "Số tiền vay", "Kinh phí", "Số vốn vay"), values.number,
          note="bắt buộc khi vay vốn", example=50000000),
    Field("loan_source", "Nơi cho vay", ("Ngân hàng", "Nguồn vốn vay", "Tổ chức cho vay"),
          note="chỉ khi vay vốn", example="Ngân hàng CSXH"),
    Field("given_by", "Đơn vị hỗ trợ", ("Đơn vị thực hiện", "Cơ quan hỗ trợ", "Người hỗ trợ")),
    Field("description", "Mô tả", ("Ghi chú", "Nội dung cụ thể", "Diễn giải")),
    UNIT,
)

RULES = ActivityRules(
    activities.SUPPORT, lambda row: (row.cooperative_id, row.kind, row.given_on), referred_cooperative,
    (("cooperative_id", "cooperative_name"),),
)

KIND = activity_kind("support", "Danh sách hỗ trợ HTX, THT", FIELDS, RULES)
