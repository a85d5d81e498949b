from datetime import date

import pytest

from htx_desktop import messages
from htx_desktop.domain import validation
from htx_desktop.domain.records import (
    AttendanceData,
    CooperativeData,
    OcopProductData,
    PersonData,
    PostData,
    TrainingData,
    YearFiguresData,
)

TODAY = date(2026, 11, 25)


def person(**changes):
    values = dict(full_name="Nguyễn Thị Lan", unit_code="06046", sex="female", birth_year=1984,
                  national_id="020184001234")
    values.update(changes)
    return PersonData(**values)


def test_valid_person_has_no_errors():
    assert validation.check_person(person(phone="0912345678"), TODAY) == {}


def test_required_name_message_is_vietnamese():
    errors = validation.check_person(person(full_name="  "), TODAY)
    assert errors["full_name"] == "Họ và tên không được để trống."


def test_messages_switch_to_english():
    messages.set_language("en")
    try:
        errors = validation.check_person(person(full_name=""), TODAY)
        assert errors["full_name"] == "Full name is required."
    finally:
        messages.set_language(None)


@pytest.mark.parametrize("national_id", ["12345678901", "0201840012345", "02018400123a"])
def test_national_id_needs_exactly_twelve_digits(national_id):
    errors = validation.check_person(person(national_id=national_id), TODAY)
    assert errors["national_id"] == "Số CCCD phải gồm đúng 12 chữ số."


def test_national_id_must_match_sex_and_birth_year():
    # digit 4 = 1: a woman born in the 1900s; digits 5-6 = 84.
    assert "national_id" not in validation.check_person(person(), TODAY)
    assert "không khớp" in validation.check_person(person(birth_year=1985), TODAY)["national_id"]
    assert "không khớp" in validation.check_person(person(sex="male"), TODAY)["national_id"]
    assert "national_id" not in validation.check_person(
        person(sex="male", birth_year=2001, national_id="020201001234"), TODAY
    )


@pytest.mark.parametrize("phone", ["091234567", "1912345678", "09123456789012", "09a2345678"])
def test_bad_phone_numbers_are_refused(phone):
    assert "phone" in validation.check_person(person(phone=phone), TODAY)


def test_phone_is_normalised_from_international_and_spaced_forms():
    assert validation.normalise_phone("+84 912.345.678") == "0912345678"
    assert validation.normalise_phone("0912-345-678") == "0912345678"
    assert validation.phone_ok("02053123456")  # landline with area code


def test_birth_year_out_of_range():
    errors = validation.check_person(person(birth_year=2020, national_id=None), TODAY)
    assert errors["birth_year"] == "Năm sinh phải trong khoảng 1920 đến 2011."


def test_unknown_priority_group_is_refused():
    assert "priority_groups" in validation.check_person(person(priority_groups=["rich"]), TODAY)


def test_female_counts_cannot_exceed_totals():
    errors = validation.check_year_figures(
        YearFiguresData(2025, members=10, female_members=11, workers=12, female_workers=13), TODAY
    )
    assert errors["female_members"] == "Số thành viên nữ (11) không được lớn hơn số thành viên (10)."
    assert errors["female_workers"] == "Số lao động nữ (13) không được lớn hơn số lao động (12)."


def test_year_figures_refuse_future_year_and_negative_counts():
    errors = validation.check_year_figures(YearFiguresData(2027, workers=-1), TODAY)
    assert set(errors) == {"year", "workers"}


def test_cooperative_dates_must_be_in_range():
    data = CooperativeData(name="HTX Chè", unit_code="06046", founded_on=date(2027, 1, 1))
    errors = validation.check_cooperative(data, TODAY)
    assert errors["founded_on"] == "Ngày thành lập phải trong khoảng 01/01/1945 đến 25/11/2026."


def test_union_support_needs_a_date_and_dissolution_needs_a_date():
    data = CooperativeData(name="HTX Chè", unit_code="06046", union_supported=True, status="dissolved")
    errors = validation.check_cooperative(data, TODAY)
    assert "union_support_on" in errors and "dissolved_on" in errors


def test_tax_code_format():
    ok = CooperativeData(name="HTX", unit_code="06046", tax_code="4900123456-001")
    bad = CooperativeData(name="HTX", unit_code="06046", tax_code="49001")
    assert validation.check_cooperative(ok, TODAY) == {}
    assert "tax_code" in validation.check_cooperative(bad, TODAY)


def test_post_must_end_after_it_starts_and_not_before_founding():
    import uuid

    data = PostData(uuid.uuid4(), uuid.uuid4(), "director", date(2024, 5, 1), date(2024, 4, 1))
    assert validation.check_post(data, TODAY)["ended_on"] == "Ngày kết thúc phải sau hoặc trùng ngày bắt đầu."
    early = PostData(uuid.uuid4(), uuid.uuid4(), "director", date(2019, 1, 1))
    assert "trước ngày thành lập" in validation.check_post(early, TODAY, date(2020, 1, 1))["started_on"]


def test_vocational_training_may_not_exceed_three_months():
    data = TrainingData("Dạy nghề dệt", "06046", "vocational", date(2025, 1, 1), ends_on=date(2025, 6, 1))
    assert validation.check_training(data, TODAY)["ends_on"].startswith("Lớp dạy nghề")


def test_completion_requires_attendance_and_ocop_stars_three_to_five():
    import uuid

    assert "completed" in validation.check_attendance(AttendanceData(uuid.uuid4(), uuid.uuid4(), False, True))
    assert validation.check_ocop(OcopProductData("Chè", 6), TODAY)["stars"] == "Số sao OCOP phải từ 3 đến 5."


def test_every_message_has_both_languages_with_the_same_placeholders():
    import string

    for key, (vi, en) in messages.MESSAGES.items():
        fields = lambda text: {name for _, name, _, _ in string.Formatter().parse(text) if name}  # noqa: E731
        assert fields(vi) == fields(en), key


def test_every_vocabulary_value_has_a_label_in_both_languages():
    from enum import StrEnum

    from htx_desktop.domain import enums

    vocabularies = [v for v in vars(enums).values() if isinstance(v, type) and issubclass(v, StrEnum) and v is not StrEnum]
    for vocabulary in vocabularies:
        for member in vocabulary:
            assert f"{vocabulary.__name__}.{member.value}" in messages.ENUM_LABELS, member
