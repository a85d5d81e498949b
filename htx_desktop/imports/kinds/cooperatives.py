"""Cooperatives and groups: matched by registration number, else by name and unit."""

from __future__ import annotations

from sqlalchemy import select

from htx_desktop.domain import enums
from htx_desktop.domain.records import CooperativeData
from htx_desktop.imports import values
from htx_desktop.imports.kinds.base import Field, Kind, record_values
from htx_desktop.imports.kinds.records import RecordRules, inserter, resolver, writer
from htx_desktop.services import cooperatives
from htx_desktop.storage.models import Cooperative
from htx_desktop.text import search_key

UNIT = Field("unit_code", "Đơn vị (xã/phường)", ("Xã", "Xã/phường", "Phường", "Đơn vị", "Địa bàn", "Mã xã", "Mã đơn vị"),
             note="Tên hoặc mã xã; để trống: đơn vị của máy này")
PHONE = Field("phone", "Điện thoại", ("Số điện thoại", "SĐT", "ĐT", "Di động"))
NOTES = Field("notes", "Ghi chú", ("Ghi chú khác",))

FIELDS = (
    Field("name", "Tên HTX/THT", ("Tên HTX", "Tên hợp tác xã", "Tên THT", "Tên tổ hợp tác", "Tên", "Tên HTX, THT"),
          required=True, example="HTX Dệt thổ cẩm Hoa Ban"),
    Field("kind", "Loại hình", ("Loại", "HTX/THT", "Loại hình tổ chức"), choices=enums.CooperativeKind,
          example="Hợp tác xã"),
    Field("registration_no", "Số đăng ký", ("Số ĐKKD", "Số đăng ký kinh doanh", "Số GCN đăng ký", "Mã số HTX",
                                            "Số giấy chứng nhận đăng ký", "Số đăng ký HTX"), example="4507000123"),
    Field("tax_code", "Mã số thuế", ("MST",)),
    UNIT,
    Field("address", "Địa chỉ", ("Địa chỉ trụ sở", "Trụ sở", "Thôn/xóm")),
    Field("sector", "Ngành nghề", ("Lĩnh vực", "Ngành nghề kinh doanh", "Lĩnh vực hoạt động", "Ngành nghề chính")),
    Field("founded_on", "Ngày thành lập", ("Năm thành lập", "Thành lập", "Ngày thành lập HTX"), values.day,
          note="dd/mm/yyyy hoặc chỉ năm", example="15/03/2021"),
    Field("union_supported", "Hội hỗ trợ thành lập", ("Do Hội hỗ trợ thành lập", "Hội LHPN hỗ trợ thành lập",
                                                      "Hội hỗ trợ"), values.yes, note="x hoặc có", example="x"),
    Field("union_support_on", "Ngày Hội hỗ trợ", ("Ngày Hội hỗ trợ thành lập",), values.day, example="01/02/2021"),
    Field("status", "Tình trạng", ("Trạng thái", "Tình trạng hoạt động"), choices=enums.CooperativeStatus,
          example="Đang hoạt động"),
    Field("dissolved_on", "Ngày giải thể", (), values.day),
    Field("charter_capital", "Vốn điều lệ (đồng)", ("Vốn điều lệ", "Vốn"), values.number),
    PHONE,
    Field("ecommerce", "Thương mại điện tử", ("Bán hàng trên sàn TMĐT", "TMĐT"), values.yes),
    Field("trademark", "Nhãn hiệu", ("Có nhãn hiệu",), values.yes),
    Field("traceability", "Truy xuất nguồn gốc", ("Truy xuất",), values.yes),
    NOTES,
)


def _identities(row: object) -> list:
    keys: list = []
    if getattr(row, "registration_no", None):
        keys.append(("registration", str(row.registration_no).strip().casefold()))
    keys.append(("name", search_key(row.name), row.unit_code))
    return keys


RULES = RecordRules(
    Cooperative, CooperativeData, cooperatives.RULES, _identities,
    lambda row: record_values(row, CooperativeData),
    lambda session: list(session.scalars(select(Cooperative).where(Cooperative.deleted.is_(False)))),
)

KIND = Kind("cooperatives", "Danh sách HTX, THT", FIELDS, resolver(RULES), writer(RULES), inserter(RULES))
