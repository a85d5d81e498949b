"""Cleaning what real files hold, and matching their headers to fields."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from htx_desktop.domain.enums import CooperativeKind, PostRole, Sex
from htx_desktop.imports import kind, mapping, values


@pytest.mark.parametrize(
    ("cell", "expected"),
    [(1234567, 1234567), (12.0, 12), ("1.234.567", 1234567), ("1,234,567", 1234567), ("1 234 567", 1234567),
     ("  850000 ", 850000), ("-1.500", -1500), (None, None), ("", None)],
)
def test_numbers_with_thousands_separators(cell, expected):
    assert values.number(cell) == expected


@pytest.mark.parametrize("cell", ["12,5", "1.5", "mười", "1.23.456", 2.5])
def test_what_is_not_a_whole_number_is_refused_with_the_value_shown(cell):
    with pytest.raises(values.BadValue, match=str(cell).split(",")[0]):
        values.number(cell)


@pytest.mark.parametrize("cell", ["9" * 5000, float("inf"), float("nan"), "²", "²²²²"])
def test_what_fuzzing_found_is_refused_as_a_bad_cell_not_a_crash(cell):
    # 5,000 digits (Python refuses to convert them), infinities, and digits int() does not read
    with pytest.raises(values.BadValue):
        values.number(cell)
    with pytest.raises(values.BadValue):
        kind("people").field("national_id").read(cell) if not isinstance(cell, str) else values.year(cell)


def test_numbers_a_column_cannot_hold_are_refused_by_the_records_check():
    from htx_desktop.domain import validation
    from htx_desktop.domain.records import CooperativeData

    def problems(capital):
        return validation.check_cooperative(CooperativeData("HTX Chè", "06046", charter_capital=capital), date.today())

    assert problems(2**63 - 1) == {}
    assert problems(2**63) == {"charter_capital": "Vốn điều lệ quá lớn."}


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("05/03/2019", date(2019, 3, 5)), ("5/3/2019", date(2019, 3, 5)), ("5-3-19", date(2019, 3, 5)),
     ("05.03.2019", date(2019, 3, 5)), ("2019-03-05", date(2019, 3, 5)), (43529, date(2019, 3, 5)),
     (43529.0, date(2019, 3, 5)), (datetime(2019, 3, 5, 0, 0), date(2019, 3, 5)), ("2019", date(2019, 1, 1)),
     (2019, date(2019, 1, 1)), ("1-2-85", date(1985, 2, 1))],
)
def test_dates_as_text_excel_serials_or_a_year_alone(cell, expected):
    assert values.day(cell) == expected


@pytest.mark.parametrize("cell", ["31/02/2019", "ngày 5", "2019/31/12", "05/13/19"])
def test_impossible_dates_are_refused(cell):
    with pytest.raises(values.BadValue, match="dd/mm/yyyy"):
        values.day(cell)


@pytest.mark.parametrize(("cell", "expected"), [(1985, 1985), ("1985", 1985), (1985.0, 1985),
                                                 ("12/03/1985", 1985), (datetime(1985, 3, 12), 1985)])
def test_birth_year_from_a_year_or_a_date(cell, expected):
    assert values.year(cell) == expected


@pytest.mark.parametrize("cell", ["x", "X", "có", "Có", "co", "1", 1, True, "yes", "✓"])
def test_yes_values(cell):
    assert values.yes(cell) is True


@pytest.mark.parametrize("cell", [None, "", "0", 0, "không", "Khong", False])
def test_no_values(cell):
    assert values.yes(cell) is False


def test_a_tick_that_is_neither_yes_nor_no_is_refused():
    with pytest.raises(values.BadValue, match="chưa rõ|không rõ"):
        values.yes("có lẽ")


@pytest.mark.parametrize(
    ("cell", "choices", "expected"),
    [("Nữ", Sex, "female"), ("nu", Sex, "female"), ("NAM", Sex, "male"), ("HTX", CooperativeKind, "cooperative"),
     ("Tổ hợp tác", CooperativeKind, "group"), ("to hop tac", CooperativeKind, "group"),
     ("Giám đốc", PostRole, "director"), ("chu tich hdqt", PostRole, "board_chair"), ("director", PostRole, "director")],
)
def test_choices_by_label_with_or_without_diacritics_or_by_code(cell, choices, expected):
    assert values.choice(cell, choices) == expected


def test_a_choice_not_in_the_list_names_the_list():
    with pytest.raises(values.BadValue, match="Nữ, Nam"):
        values.choice("Khác", Sex)


@pytest.mark.parametrize(
    ("header", "field"),
    [("Tên HTX", "name"), ("Tên hợp tác xã", "name"), ("Ten HTX", "name"), ("TÊN HỢP TÁC XÃ", "name"),
     ("Số đăng ký kinh doanh", "registration_no"), ("MST", "tax_code"), ("Vốn điều lệ (đồng)", "charter_capital"),
     ("Von dieu le", "charter_capital"), ("Năm thành lập", "founded_on"), ("Ghi chú", "notes"), ("STT", "")],
)
def test_cooperative_headers_with_and_without_diacritics_and_synonyms(header, field):
    assert mapping.match_header(kind("cooperatives"), header) == field


@pytest.mark.parametrize(
    ("header", "field"),
    [("Họ và tên", "full_name"), ("Ho va ten", "full_name"), ("Họ tên", "full_name"), ("Năm sinh", "birth_year"),
     ("Nam sinh", "birth_year"), ("Ngày sinh", "birth_year"), ("Số CCCD/CMND", "national_id"),
     ("So CCCD/CMND", "national_id"), ("CCCD", "national_id"), ("Giới tính", "sex"), ("Dân tộc", "ethnicity"),
     ("Số điện thoại", "phone"), ("SĐT", "phone"), ("Xã", "unit_code"), ("Năm sinh (nữ)", "birth_year")],
)
def test_people_headers(header, field):
    assert mapping.match_header(kind("people"), header) == field


def test_a_saved_mapping_wins_over_the_guess_and_one_column_per_field():
    people = kind("people")
    saved = mapping.normalised(people, {"Tên chị em": "full_name", "Họ và tên": ""}, "test")
    assert mapping.columns(people, ["Họ và tên", "Tên chị em", "Năm sinh", "Ngày sinh"], saved) == [
        "", "full_name", "birth_year", ""]


def test_the_header_row_is_found_below_a_title_block():
    rows = [
        (1, ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", None, None)),
        (2, ("DANH SÁCH HỢP TÁC XÃ NĂM 2024", None, None)),
        (3, ("(Kèm theo báo cáo số 12/BC-HPN)", None, None)),
        (5, ("STT", "Tên HTX", "Địa chỉ", "Số đăng ký")),
        (6, (1, "HTX Hoa Ban", "Thôn Nà Lầu", "4507000123")),
    ]
    assert mapping.find_header(kind("cooperatives"), rows) == 3
