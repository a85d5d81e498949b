from htx_desktop.domain.enums import UnitKind
from htx_desktop.services import units
from htx_desktop.storage.models import Unit
from sqlalchemy import func, select


def test_national_list_has_34_provinces_and_3321_communes_with_padded_codes(db):
    with db.read() as session:
        count = lambda kind: session.scalar(select(func.count()).where(Unit.kind == kind))  # noqa: E731
        assert count("province") == 34
        assert count("commune") == 3321
        assert units.unit_info(session, "20").name == "Tỉnh Lạng Sơn"
        assert units.unit_info(session, "04").name == "Tỉnh Cao Bằng"
        commune = units.unit_info(session, "06046")
        assert (commune.name, commune.parent_code) == ("Xã Tràng Định", "20")


def test_added_units_get_codes_that_cannot_collide_and_roll_up(db):
    with db.system_transaction() as session:
        district = units.add_unit(session, "Huyện Tràng Định (cũ)", UnitKind.DISTRICT, parent_code="20", old_code="178")
        old_commune = units.add_unit(session, "Thị trấn Thất Khê (cũ)", UnitKind.COMMUNE,
                                     parent_code=district.code, current_code="06046", old_code="06040")
        other = units.add_unit(session, "Thôn mới", UnitKind.COMMUNE, parent_code="20")
    assert district.code == "U178" and old_commune.code == "U06040"
    assert other.code.startswith("U-")
    with db.read() as session:
        under_district = units.units_under(session, "U178")
        under_current = units.units_under(session, "06046")
        under_province = units.units_under(session, "20")
    assert set(under_district) == {"U178", "U06040"}
    assert "U06040" in under_current  # records of the old commune count for the new one
    assert {"U178", "U06040", "06046"} <= set(under_province)
    assert len([code for code in under_province if len(code) == 5 and code.isdigit()]) == 65


def test_units_sort_by_name_without_their_kind_in_vietnamese_order():
    names = ["Thành phố Cần Thơ", "Tỉnh Cao Bằng", "Tỉnh Điện Biên", "Tỉnh Đắk Lắk", "Thành phố Đà Nẵng",
             "Tỉnh An Giang", "Tỉnh Lạng Sơn", "Thành phố Hà Nội"]
    assert sorted(names, key=units.unit_sort_key) == [
        "Tỉnh An Giang", "Tỉnh Cao Bằng", "Thành phố Cần Thơ", "Thành phố Đà Nẵng", "Tỉnh Đắk Lắk",
        "Tỉnh Điện Biên", "Thành phố Hà Nội", "Tỉnh Lạng Sơn",
    ]
    communes = ["Phường Đông Kinh", "Xã Bắc Sơn", "Đặc khu Bạch Long Vĩ", "Xã Ái Quốc", "Phường Lương Văn Tri"]
    assert sorted(communes, key=units.unit_sort_key) == [
        "Xã Ái Quốc", "Đặc khu Bạch Long Vĩ", "Xã Bắc Sơn", "Phường Đông Kinh", "Phường Lương Văn Tri",
    ]


def test_a_unit_is_named_by_name_and_code(db):
    with db.read() as session:
        assert units.describe_code(session, "20") == "Tỉnh Lạng Sơn (20)"
        assert units.describe_code(session, "99999") == "99999"
