"""Trainings: matched by title, start date and unit."""

from __future__ import annotations

from sqlalchemy import select

from htx_desktop.domain import enums
from htx_desktop.domain.records import TrainingData
from htx_desktop.imports import values
from htx_desktop.imports.kinds.base import Field, Kind, record_values
from htx_desktop.imports.kinds.cooperatives import NOTES, UNIT
from htx_desktop.imports.kinds.records import RecordRules, inserter, resolver, writer
from htx_desktop.services import trainings
from htx_desktop.storage.models import Training
from htx_desktop.text import search_key

FIELDS = (
    Field("title", "Tên khóa học", ("Tên lớp", "Tên lớp tập huấn", "Nội dung tập huấn", "Tên khóa", "Khóa học",
                                    "Tên hội nghị"), required=True,
          example="Tập huấn quản trị HTX"),
    Field("topic", "Chủ đề", ("Nội dung", "Lĩnh vực đào tạo", "Chủ đề tập huấn"), required=True,
          choices=enums.TrainingTopic, example="Quản trị HTX"),
    Field("format", "Hình thức", ("Hình thức tổ chức",), choices=enums.TrainingFormat),
    Field("starts_on", "Ngày bắt đầu", ("Từ ngày", "Ngày tổ chức", "Thời gian", "Ngày mở lớp"), values.day,
          required=True, example="10/05/2024"),
    Field("ends_on", "Ngày kết thúc", ("Đến ngày", "Ngày bế giảng"), values.day),
    Field("place", "Địa điểm", ("Nơi tổ chức", "Địa điểm tổ chức")),
    Field("organiser", "Đơn vị tổ chức", ("Cơ quan tổ chức", "Đơn vị thực hiện")),
    Field("funding_source", "Nguồn kinh phí", ("Kinh phí", "Nguồn vốn"), choices=enums.FundingSource),
    Field("target_group", "Đối tượng", ("Đối tượng tham gia", "Thành phần"), choices=enums.TargetGroup),
    UNIT,
    NOTES,
)


def _identities(row: object) -> list:
    return [("training", search_key(row.title), row.starts_on, row.unit_code)]


RULES = RecordRules(
    Training, TrainingData, trainings.RULES, _identities,
    lambda row: record_values(row, TrainingData),
    lambda session: list(session.scalars(select(Training).where(Training.deleted.is_(False)))),
)

KIND = Kind("trainings", "Danh sách khóa tập huấn", FIELDS, resolver(RULES), writer(RULES), inserter(RULES))
