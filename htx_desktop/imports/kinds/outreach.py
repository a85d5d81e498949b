"""Outreach events: the same topic, date and unit again is an update."""

from __future__ import annotations

from htx_desktop.domain import enums
from htx_desktop.imports import values
from htx_desktop.imports.kinds.activity import ActivityRules, activity_kind, key_of
from htx_desktop.imports.kinds.base import Field
from htx_desktop.imports.kinds.cooperatives import NOTES, UNIT
from htx_desktop.services import activities

FIELDS = (
    Field("title", "Chủ đề", ("Nội dung", "Nội dung tuyên truyền", "Chủ đề tuyên truyền", "Tên hoạt động",
                              "Tiêu đề"), required=True, example="Phụ nữ tham gia kinh tế tập thể"),
    Field("kind", "Hình thức", ("Hình thức tuyên truyền", "Loại hoạt động"), choices=enums.OutreachKind,
          note="để trống: Họp, sinh hoạt chi hội", example="Nói chuyện chuyên đề"),
    Field("platform", "Mạng xã hội", ("Nền tảng", "Trang"), choices=enums.SocialPlatform,
          note="chỉ với bài đăng mạng xã hội"),
    Field("held_on", "Ngày tổ chức", ("Ngày", "Thời gian", "Ngày đăng", "Ngày thực hiện"), values.day,
          required=True, note="dd/mm/yyyy", example="08/03/2024"),
    Field("format", "Cách tổ chức", ("Trực tiếp/trực tuyến", "Hình thức tổ chức"), choices=enums.TrainingFormat,
          note="để trống: Trực tiếp"),
    Field("place", "Địa điểm", ("Nơi tổ chức", "Địa điểm tổ chức")),
    Field("audience", "Đối tượng", ("Đối tượng tham gia", "Thành phần")),
    Field("participants", "Số người tham dự", ("Số người", "Tổng số người", "Số lượt người", "Tham dự"),
          values.number, example=60),
    Field("female_participants", "Số nữ", ("Trong đó nữ", "Nữ", "Số người nữ"), values.number, example=55),
    NOTES,
    UNIT,
)

RULES = ActivityRules(activities.OUTREACH, lambda row: (key_of(row.title), row.held_on, row.unit_code))

KIND = activity_kind("outreach", "Hoạt động tuyên truyền", FIELDS, RULES)
