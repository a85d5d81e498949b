"""Validation of what an officer enters, with messages in the user's language.

Each `check_*` function returns {field: message} for the first problem of each field; the services
raise `ValidationError` with it, and the GUI shows each message next to its field.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum

from htx_desktop.domain import enums
from htx_desktop.domain.records import (
    AttendanceData,
    CooperativeData,
    OcopProductData,
    PersonData,
    PostData,
    TrainingData,
    YearFiguresData,
)
from htx_desktop.messages import tr

EARLIEST_FOUNDING = date(1945, 1, 1)
EARLIEST_RECORD = date(2000, 1, 1)
OLDEST_BIRTH_YEAR = 1920
MIN_WORKING_AGE = 15
NAME_MAX = 200
PERSON_NAME_MAX = 120

_NATIONAL_ID = re.compile(r"\d{12}")
_TAX_CODE = re.compile(r"\d{10}(-\d{3})?")
_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")


def normalise_phone(phone: str | None) -> str | None:
    """Digits only, +84 written as 0: "+84 912.345.678" → "0912345678"."""
    if not phone:
        return None
    digits = _PHONE_SEPARATORS.sub("", phone)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits


def phone_ok(phone: str) -> bool:
    """A mobile (10 digits) or a landline with area code (11 digits), starting with 0."""
    return phone.isdigit() and phone.startswith("0") and len(phone) in (10, 11)


def national_id_matches(national_id: str, sex: str, birth_year: int | None) -> bool:
    """Digit 4 of a CCCD encodes sex and century (0/1: 1900s, 2/3: 2000s; even: male), digits
    5–6 the birth year's last two digits."""
    if birth_year is None:
        return True
    century_code = int(national_id[3])
    century = 1900 + 100 * (century_code // 2)
    female = century_code % 2 == 1
    if century_code > 3:  # 2100s and later are not issued yet
        return False
    same_sex = female == (sex == enums.Sex.FEMALE)
    return same_sex and century + int(national_id[4:6]) == birth_year


def _name(field: str) -> str:
    return tr(f"field.{field}")


def _required(errors: dict[str, str], field: str, value: object) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        errors.setdefault(field, tr("required", field=_name(field)))


def _length(errors: dict[str, str], field: str, value: str | None, maximum: int) -> None:
    if value and len(value) > maximum:
        errors.setdefault(field, tr("too_long", field=_name(field), max=maximum))


def _choice(errors: dict[str, str], field: str, value: str | None, choices: type[StrEnum]) -> None:
    if value is not None and value not in set(choices):
        errors.setdefault(field, tr("not_in_choices", field=_name(field), value=value))


def _date_between(errors: dict[str, str], field: str, value: date | None, low: date, high: date) -> None:
    if value is not None and not low <= value <= high:
        errors.setdefault(
            field,
            tr("date_range", field=_name(field), low=f"{low:%d/%m/%Y}", high=f"{high:%d/%m/%Y}"),
        )


def _not_negative(errors: dict[str, str], field: str, value: int | None) -> None:
    if value is not None and value < 0:
        errors.setdefault(field, tr("not_negative", field=_name(field)))


def _female_not_above(errors: dict[str, str], female: str, total: str, data: object) -> None:
    female_value, total_value = getattr(data, female), getattr(data, total)
    if female_value is not None and total_value is not None and female_value > total_value:
        errors.setdefault(
            female,
            tr(
                "female_above_total",
                female=_name(female),
                female_value=female_value,
                total=_name(total).lower(),
                total_value=total_value,
            ),
        )


def check_cooperative(data: CooperativeData, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "name", data.name)
    _length(errors, "name", data.name, NAME_MAX)
    _required(errors, "unit", data.unit_code)
    _choice(errors, "kind", data.kind, enums.CooperativeKind)
    _choice(errors, "status", data.status, enums.CooperativeStatus)
    _date_between(errors, "founded_on", data.founded_on, EARLIEST_FOUNDING, today)
    if data.union_supported and data.union_support_on is None:
        errors["union_support_on"] = tr("support_date_needed")
    _date_between(errors, "union_support_on", data.union_support_on, EARLIEST_RECORD, today)
    if data.status == enums.CooperativeStatus.DISSOLVED and data.dissolved_on is None:
        errors["dissolved_on"] = tr("dissolved_needs_date")
    low = data.founded_on or EARLIEST_FOUNDING
    _date_between(errors, "dissolved_on", data.dissolved_on, low, today)
    _not_negative(errors, "charter_capital", data.charter_capital)
    if data.tax_code and not _TAX_CODE.fullmatch(data.tax_code):
        errors["tax_code"] = tr("tax_code")
    if data.phone and not phone_ok(data.phone):
        errors["phone"] = tr("phone")
    return errors


def check_year_figures(figures: YearFiguresData, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not 1990 <= figures.year <= today.year:
        errors["year"] = tr("year", low=1990, high=today.year)
    for field in ("members", "female_members", "workers", "female_workers", "revenue"):
        _not_negative(errors, field, getattr(figures, field))
    _female_not_above(errors, "female_members", "members", figures)
    _female_not_above(errors, "female_workers", "workers", figures)
    _choice(errors, "classification", figures.classification, enums.Classification)
    return errors


def check_ocop(product: OcopProductData, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "name", product.name)
    if not 3 <= product.stars <= 5:
        errors["stars"] = tr("stars")
    _date_between(errors, "certified_on", product.certified_on, date(2018, 1, 1), today)
    return errors


def check_person(data: PersonData, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "full_name", data.full_name)
    _length(errors, "full_name", data.full_name, PERSON_NAME_MAX)
    _required(errors, "unit", data.unit_code)
    _required(errors, "sex", data.sex)
    _choice(errors, "sex", data.sex, enums.Sex)
    high_year = today.year - MIN_WORKING_AGE
    if data.birth_year is not None and not OLDEST_BIRTH_YEAR <= data.birth_year <= high_year:
        errors["birth_year"] = tr("birth_year", low=OLDEST_BIRTH_YEAR, high=high_year)
    if data.phone and not phone_ok(data.phone):
        errors["phone"] = tr("phone")
    if data.national_id:
        if not _NATIONAL_ID.fullmatch(data.national_id):
            errors["national_id"] = tr("national_id")
        elif "sex" not in errors and "birth_year" not in errors and not national_id_matches(
            data.national_id, data.sex, data.birth_year
        ):
            errors["national_id"] = tr("national_id_mismatch")
    _choice(errors, "cadre_level", data.cadre_level, enums.CadreLevel)
    for group in data.priority_groups:
        _choice(errors, "priority_groups", group, enums.PriorityGroup)
    return errors


def check_post(data: PostData, today: date, founded_on: date | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "role", data.role)
    _choice(errors, "role", data.role, enums.PostRole)
    _date_between(errors, "started_on", data.started_on, EARLIEST_FOUNDING, today)
    if data.started_on and founded_on and data.started_on < founded_on:
        errors.setdefault("started_on", tr("post_before_founding", founded=f"{founded_on:%d/%m/%Y}"))
    if data.started_on and data.ended_on and data.ended_on < data.started_on:
        errors["ended_on"] = tr("end_before_start")
    return errors


def check_training(data: TrainingData, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "title", data.title)
    _length(errors, "title", data.title, 300)
    _required(errors, "unit", data.unit_code)
    _required(errors, "topic", data.topic)
    _choice(errors, "topic", data.topic, enums.TrainingTopic)
    _choice(errors, "format", data.format, enums.TrainingFormat)
    _required(errors, "starts_on", data.starts_on)
    _date_between(errors, "starts_on", data.starts_on, EARLIEST_RECORD, today + timedelta(days=730))
    if data.starts_on and data.ends_on:
        if data.ends_on < data.starts_on:
            errors["ends_on"] = tr("end_before_start")
        elif data.topic == enums.TrainingTopic.VOCATIONAL and data.ends_on - data.starts_on > timedelta(days=92):
            errors["ends_on"] = tr("vocational_too_long")
    _choice(errors, "funding_source", data.funding_source, enums.FundingSource)
    _choice(errors, "target_group", data.target_group, enums.TargetGroup)
    return errors


def check_attendance(data: AttendanceData) -> dict[str, str]:
    if data.completed and not data.attended:
        return {"completed": tr("completed_not_attended")}
    return {}

