"""People: matched by national ID (CCCD), else by name, unit and birth year."""

from __future__ import annotations

from sqlalchemy import select

from htx_desktop.domain import enums
from htx_desktop.domain.records import PersonData
from htx_desktop.imports import values
from htx_desktop.imports.kinds.base import Field, Kind
from htx_desktop.imports.kinds.cooperatives import NOTES, PHONE, UNIT
from htx_desktop.imports.kinds.records import RecordRules, inserter, resolver, writer
from htx_desktop.services import people
from htx_desktop.storage.models import Person
from htx_desktop.text import search_key


def national_id(raw: object) -> str | None:
    """A CCCD as digits: a number cell loses its leading zero in Excel, so 12 digits are restored."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return f"{values.number(raw):012d}"
    text = values.text(raw)
    return text.replace(" ", "").replace(".", "") if text else None


def priority_groups(raw: object) -> list[str] | None:
    text = values.text(raw)
    if text is None:
        return None
    parts = [part for part in text.replace(";", ",").split(",") if part.strip()]
    return [values.choice(part, enums.PriorityGroup) for part in parts]


NAME = Field("full_name", "Họ và tên", ("Họ tên", "Tên", "Họ và tên chị em", "Họ và tên học viên",
                                        "Họ và tên thành viên"), required=True,
             example="Hoàng Thị Mai")
BIRTH_YEAR = Field("birth_year", "Năm sinh", ("Ngày sinh", "Ngày tháng năm sinh", "NS", "Năm sinh (nữ)"), values.year,
                   example=1985)
NATIONAL_ID = Field("national_id", "Số CCCD", ("Số CCCD/CMND", "CCCD", "CMND", "Số CCCD/CMND/ĐDCN", "Số định danh",
                                               "Căn cước công dân", "Số căn cước"), national_id, note="12 chữ số")

FIELDS = (
    NAME,
    BIRTH_YEAR,
    Field("sex", "Giới tính", ("Giới", "Nam/Nữ", "Nữ/Nam"), choices=enums.Sex, note="để trống: Nữ",
          example="Nữ"),
    Field("ethnicity", "Dân tộc", ("Dân tộc (thành phần)",), example="Tày"),
    PHONE,
    NATIONAL_ID,
    Field("address", "Địa chỉ", ("Nơi ở", "Thôn/xóm", "Thôn, xóm", "Địa chỉ thường trú")),
    UNIT,
    Field("cadre_level", "Cán bộ Hội", ("Cán bộ Hội cấp", "Cấp cán bộ Hội"), choices=enums.CadreLevel),
    Field("priority_groups", "Nhóm ưu tiên", ("Đối tượng ưu tiên", "Thuộc nhóm"), priority_groups,
          note="nhiều nhóm cách nhau bởi dấu phẩy"),
    NOTES,
)


def _identities(row: object) -> list:
    keys: list = []
    if getattr(row, "national_id", None):
        keys.append(("national_id", row.national_id))
    keys.append(("name", search_key(row.full_name), row.unit_code, row.birth_year))
    return keys


def _stored_identities(row: Person) -> list:
    """A stored person is also found by name and unit alone, for lists without birth years."""
    return _identities(row) + [("name", search_key(row.full_name), row.unit_code, None)]


def _prepare(data: PersonData) -> None:
    if data.sex is None:
        data.sex = enums.Sex.FEMALE
    if data.priority_groups is None:
        data.priority_groups = []


def _load(row: Person) -> PersonData:
    return PersonData(
        row.full_name, row.unit_code, row.sex, row.birth_year, row.ethnicity, row.phone, row.national_id,
        row.address, row.cadre_level, row.priority_groups.split(",") if row.priority_groups else [], row.notes,
    )


RULES = RecordRules(
    Person, PersonData, people.RULES, _identities, _load,
    lambda session: list(session.scalars(select(Person).where(Person.deleted.is_(False)))),
    _prepare, _stored_identities,
)

KIND = Kind("people", "Danh sách người", FIELDS, resolver(RULES), writer(RULES), inserter(RULES))
