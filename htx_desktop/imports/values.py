"""Cleaning what real Excel files hold: one parser per kind of value, each raising `BadValue` with
a message for the officer. Text is put in NFC and trimmed."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache

from htx_desktop.errors import HtxError
from htx_desktop.imports import texts  # noqa: F401  (registers the messages)
from htx_desktop.messages import ENUM_LABELS, label, tr
from htx_desktop.plans.dates import parse_day
from htx_desktop.text import clean, search_key


class BadValue(ValueError):
    """A cell that cannot be read as its field's kind of value; `message` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def text(value: object) -> str | None:
    """Any cell as trimmed NFC text; None when empty. (Legacy encodings are decoded for the whole
    sheet first, `table.read`: cleaning never sees TCVN3's soft-hyphen "ư".)"""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime, date)):
        return f"{value:%d/%m/%Y}"
    return clean(str(value)) or None


_DIGITS_MAX = 40  # far beyond any amount; Python refuses to convert more than 4,300 digits
_GROUPED = re.compile(r"\d{1,3}([.,\s])\d{3}(\1\d{3})*")


def number(value: object) -> int | None:
    """A whole number: 1234, 1234.0, "1.234.567", "1,234,567", "1 234 567"."""
    if value is None or isinstance(value, bool):
        return None if value is None else int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise BadValue(tr("imports.not_number", value=value))
    raw = text(value)
    if raw is None:
        return None
    digits = raw.replace("\u00a0", " ")
    sign = -1 if digits.startswith("-") else 1
    digits = digits.lstrip("-").strip()
    if len(digits) > _DIGITS_MAX:
        raise BadValue(tr("imports.not_number", value=f"{raw[:20]}…"))
    if digits.isdecimal():
        return sign * int(digits)
    if _GROUPED.fullmatch(digits):
        return sign * int(re.sub(r"\D", "", digits))
    raise BadValue(tr("imports.not_number", value=raw))


_EXCEL_EPOCH = date(1899, 12, 30)
_SHORT_YEAR = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$")


def _year_alone(year: int, raw: object) -> date:
    if not 1900 <= year <= 2100:
        raise BadValue(tr("imports.not_date", value=raw))
    return date(year, 1, 1)


def day(value: object) -> date | None:
    """A date: a date cell, an Excel serial, "dd/mm/yyyy", "d-m-yy", "yyyy-mm-dd", or a year alone
    (taken as 1 January of that year)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1900 <= value <= 2100:
            return _year_alone(int(value), value)
        if 1 <= value < 2958466:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise BadValue(tr("imports.not_date", value=value))
    raw = text(value)
    if raw is None:
        return None
    if raw.isdecimal() and len(raw) == 4:
        return _year_alone(int(raw), raw)
    if match := _SHORT_YEAR.match(raw):
        d, m, yy = (int(part) for part in match.groups())
        century = 2000 if yy <= date.today().year % 100 else 1900
        try:
            return date(century + yy, m, d)
        except ValueError:
            raise BadValue(tr("imports.not_date", value=raw)) from None
    try:
        return parse_day(raw)
    except HtxError:
        raise BadValue(tr("imports.not_date", value=raw)) from None


def year(value: object) -> int | None:
    """A year: 1985, "1985", 1985.0, or any date (its year)."""
    if isinstance(value, (datetime, date)):
        return value.year
    try:
        found = number(value)
    except BadValue:
        try:
            found_day = day(value)
        except BadValue:
            raise BadValue(tr("imports.not_year", value=text(value))) from None
        return found_day.year if found_day else None
    if found is not None and not 1000 <= found <= 9999:
        raise BadValue(tr("imports.not_year", value=found))
    return found


_YES = {"x", "co", "1", "yes", "true", "y", "dung", "v", "✓", "✔", "+"}
_NO = {"0", "khong", "no", "false", "n", "-", "k"}


def yes(value: object) -> bool:
    """A tick: "x", "có", "1", "yes" are yes; empty, "0", "không" are no."""
    if value is None or value is False:
        return False
    if value is True:
        return True
    raw = text(value)
    if raw is None:
        return False
    key = search_key(raw)
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise BadValue(tr("imports.not_yes_no", value=raw))


#: Words officers write for a choice that are not its label ("HTX" for a cooperative...).
CHOICE_SYNONYMS: dict[str, str] = {
    "htx": "cooperative", "hop tac xa": "cooperative", "tht": "group", "to hop tac": "group",
    "nu": "female", "f": "female", "nam": "male", "m": "male",
    "hdqt": "board_member", "chu tich hdqt": "board_chair", "chu tich": "board_chair",
    "giam doc": "director", "pho giam doc": "deputy_director", "truong bks": "supervisor_head",
    "thanh vien bks": "supervisor", "kiem soat vien": "supervisor", "to truong": "group_leader",
    "ke toan truong": "chief_accountant", "truc tiep": "in_person", "truc tuyen": "online",
    "online": "online", "dang hoat dong": "active", "hoat dong": "active", "tam ngung": "suspended",
    "giai the": "dissolved",
    # activities: support, outreach, commendations, funding
    "vay von": "loan", "vay": "loan", "hoi cho": "trade_fair", "xuc tien thuong mai": "trade_fair",
    "thuong mai dien tu": "ecommerce", "tmdt": "ecommerce", "nhan hieu": "trademark", "chuyen doi so": "digital",
    "ma so vung trong": "growing_area_code", "bao hiem": "insurance", "hop": "meeting",
    "sinh hoat chi hoi": "meeting", "noi chuyen": "talk", "bai dang": "social_post", "hoi thi": "contest",
    "xa": "commune", "huyen": "district", "tinh": "province", "tw": "central", "chi hoi": "union_branch",
    "hoi": "union_branch", "mtqg": "national_target_programme", "ngan sach": "provincial_budget",
    "tai tro": "sponsorship", "xa hoi hoa": "sponsorship", "tin dung": "credit",
}


@lru_cache(maxsize=None)
def choice_keys(choices: type[StrEnum]) -> dict[str, str]:
    """Every way a choice may be written, as a search key, to its stored value."""
    keys: dict[str, str] = {}
    values = {str(member) for member in choices}
    for member in choices:
        keys[search_key(str(member))] = str(member)
        keys[search_key(str(member).replace("_", " "))] = str(member)
        for language_label in ENUM_LABELS.get(f"{choices.__name__}.{member}", ()):
            keys[search_key(language_label)] = str(member)
    for synonym, value in CHOICE_SYNONYMS.items():
        if value in values:
            keys.setdefault(synonym, value)
    return keys


def choice(value: object, choices: type[StrEnum]) -> str | None:
    """A value of a closed list, written as its label (with or without diacritics) or its code."""
    raw = text(value)
    if raw is None:
        return None
    found = choice_keys(choices).get(search_key(raw))
    if found is None:
        shown = ", ".join(label(member) for member in choices)
        raise BadValue(tr("imports.not_choice", value=raw, choices=shown))
    return found
