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
    CommendationData,
    CooperativeData,
    FundingData,
    JobReportData,
    OutreachData,
    OcopProductData,
    PersonData,
    PostData,
    SupportData,
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


def _required(errors: dict[str, str], field: str, value: object, name: str | None = None) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        errors.setdefault(field, tr("required", field=_name(name or field)))


def _length(errors: dict[str, str], field: str, value: str | None, maximum: int, name: str | None = None) -> None:
    if value and len(value) > maximum:
        errors.setdefault(field, tr("too_long", field=_name(name or field), max=maximum))


def _choice(errors: dict[str, str], field: str, value: str | None, choices: type[StrEnum],
            name: str | None = None) -> None:
    if value is not None and value not in set(choices):
        errors.setdefault(field, tr("not_in_choices", field=_name(name or field), value=value))


def _date_between(errors: dict[str, str], field: str, value: date | None, low: date, high: date) -> None:
    if value is not None and not low <= value <= high:
        errors.setdefault(
            field,
            tr("date_range", field=_name(field), low=f"{low:%d/%m/%Y}", high=f"{high:%d/%m/%Y}"),
        )


#: The largest number a column holds on every database: sums of money (VND) are 64-bit, counts 32-bit.
_AMOUNTS = frozenset({"charter_capital", "revenue", "amount"})
AMOUNT_MAX, COUNT_MAX = 2**63 - 1, 2**31 - 1


def _not_negative(errors: dict[str, str], field: str, value: int | None) -> None:
    if value is not None and value < 0:
        errors.setdefault(field, tr("not_negative", field=_name(field)))
    elif value is not None and value > (AMOUNT_MAX if field in _AMOUNTS else COUNT_MAX):
        errors.setdefault(field, tr("too_large", field=_name(field)))


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



def check_outreach(data: OutreachData, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "kind", data.kind, "outreach_kind")
    _choice(errors, "kind", data.kind, enums.OutreachKind, "outreach_kind")
    if data.kind == enums.OutreachKind.SOCIAL_POST and not data.platform:
        errors.setdefault("platform", tr("platform_needed"))
    elif data.platform and data.kind != enums.OutreachKind.SOCIAL_POST:
        errors.setdefault("platform", tr("platform_only_for_posts"))
    _choice(errors, "platform", data.platform, enums.SocialPlatform)
    _required(errors, "title", data.title, "topic_text")
    _length(errors, "title", data.title, 300, "topic_text")
    _required(errors, "held_on", data.held_on)
    _date_between(errors, "held_on", data.held_on, EARLIEST_RECORD, today)
    _required(errors, "unit", data.unit_code)
    _choice(errors, "format", data.format, enums.TrainingFormat)
    _length(errors, "place", data.place, 200)
    _length(errors, "audience", data.audience, 200)
    _not_negative(errors, "participants", data.participants)
    _not_negative(errors, "female_participants", data.female_participants)
    _female_not_above(errors, "female_participants", "participants", data)
    return errors


def check_support(data: SupportData, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "cooperative_id", data.cooperative_id, "cooperative")
    _required(errors, "kind", data.kind, "support_kind")
    _choice(errors, "kind", data.kind, enums.SupportKind, "support_kind")
    _required(errors, "given_on", data.given_on)
    _date_between(errors, "given_on", data.given_on, EARLIEST_RECORD, today)
    _not_negative(errors, "amount", data.amount)
    if data.kind == enums.SupportKind.LOAN:
        if not data.amount:
            errors.setdefault("amount", tr("loan_needs_amount"))
        if not data.loan_source:
            errors.setdefault("loan_source", tr("loan_needs_lender"))
    elif data.loan_source:
        errors.setdefault("loan_source", tr("lender_only_for_loans"))
    _length(errors, "loan_source", data.loan_source, 200, "lender")
    _length(errors, "given_by", data.given_by, 200)
    return errors


def check_job_report(data: JobReportData, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "cooperative_id", data.cooperative_id, "cooperative")
    _required(errors, "year", data.year)
    if data.year is not None and not EARLIEST_RECORD.year <= data.year <= today.year:
        errors["year"] = tr("year", low=EARLIEST_RECORD.year, high=today.year)
    _required(errors, "reported_on", data.reported_on)
    _date_between(errors, "reported_on", data.reported_on, EARLIEST_RECORD, today)
    if "year" not in errors and data.reported_on and data.reported_on.year < data.year:
        errors.setdefault("reported_on", tr("reported_before_year", reported=f"{data.reported_on:%d/%m/%Y}",
                                            year=data.year))
    for field in ("new_female_jobs", "stable_female_jobs"):
        _required(errors, field, data.__dict__[field])
        _not_negative(errors, field, data.__dict__[field])
    return errors


def check_commendation(data: CommendationData, today: date) -> dict[str, str]:
    """The recipient's kind against the cooperative picked is checked by the service, which
    reads the cooperative."""
    errors: dict[str, str] = {}
    _required(errors, "recipient_kind", data.recipient_kind)
    _choice(errors, "recipient_kind", data.recipient_kind, enums.CommendationRecipient)
    if data.recipient_kind == enums.CommendationRecipient.PERSON and data.person_id is None:
        errors.setdefault("person_id", tr("recipient_person_needed"))
    if data.recipient_kind in (enums.CommendationRecipient.COOPERATIVE, enums.CommendationRecipient.GROUP) \
            and data.cooperative_id is None:
        errors.setdefault("cooperative_id", tr("recipient_cooperative_needed"))
    _required(errors, "title", data.title, "commendation_title")
    _length(errors, "title", data.title, 300, "commendation_title")
    _required(errors, "level", data.level)
    _choice(errors, "level", data.level, enums.CommendationLevel)
    _required(errors, "given_on", data.given_on)
    _date_between(errors, "given_on", data.given_on, EARLIEST_RECORD, today)
    _length(errors, "decision_no", data.decision_no, 60)
    _required(errors, "unit", data.unit_code)
    return errors


def check_funding(data: FundingData, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    _required(errors, "source", data.source)
    _choice(errors, "source", data.source, enums.FundingSource)
    _required(errors, "amount", data.amount)
    if data.amount is not None and data.amount <= 0:
        errors.setdefault("amount", tr("positive", field=_name("amount")))
    _required(errors, "spent_on", data.spent_on)
    _date_between(errors, "spent_on", data.spent_on, EARLIEST_RECORD, today)
    _required(errors, "purpose", data.purpose)
    _length(errors, "purpose", data.purpose, 300)
    _required(errors, "unit", data.unit_code)
    return errors
