"""Checks on the demo-data vocabulary: clean NFC text, no duplicates, usable templates."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest

from htx_desktop.demo import vocabulary as v

CONSTANTS = {
    name: value
    for name, value in vars(v).items()
    if name.isupper() and not name.startswith("_")
}

TOPIC_CODES = {"governance", "digital", "ecommerce", "law", "production", "outreach", "vocational"}
SUPPORT_CODES = {
    "founding_advice", "loan", "trade_fair", "ecommerce", "trademark", "traceability", "growing_area_code",
    "insurance", "digital", "graduate_salary", "strengthening",
}
FUNDING_CODES = {"provincial_budget", "national_target_programme", "sponsorship", "credit", "other"}


def _strings(value: object) -> Iterator[str]:
    """Every string inside a constant, dictionary keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)


def _flat_tuples(value: object, path: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every tuple of strings inside a constant, with a readable location."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flat_tuples(item, f"{path}[{key!r}]")
    elif isinstance(value, tuple) and value and all(isinstance(s, str) for s in value):
        yield path, value


def test_expected_constants_exist() -> None:
    expected = {
        "KINH_SURNAMES", "TAY_NUNG_SURNAMES", "HMONG_SURNAMES", "DAO_SURNAMES", "THAI_SURNAMES",
        "FEMALE_MIDDLE_NAMES", "MALE_MIDDLE_NAMES", "FEMALE_GIVEN_NAMES", "MALE_GIVEN_NAMES",
        "HMONG_FEMALE_GIVEN", "HMONG_MALE_GIVEN", "DAO_FEMALE_GIVEN", "THAI_FEMALE_GIVEN",
        "ETHNICITIES", "COOPERATIVE_SECTORS", "PRODUCTS_BY_SECTOR", "COOPERATIVE_NAME_PATTERNS",
        "GROUP_NAME_PATTERNS", "VILLAGE_NAMES", "TRAINING_TITLES_BY_TOPIC", "TRAINING_PLACES",
        "ORGANISERS", "FUNDING_SOURCES", "OUTREACH_TITLES", "SUPPORT_DESCRIPTIONS",
        "LOAN_SOURCES", "COMMENDATION_TITLES", "PHONE_PREFIXES",
    }
    assert expected <= CONSTANTS.keys()


@pytest.mark.parametrize("name", sorted(CONSTANTS))
def test_strings_are_clean_nfc(name: str) -> None:
    strings = list(_strings(CONSTANTS[name]))
    assert strings, f"{name} holds no text"
    for s in strings:
        assert s, f"empty string in {name}"
        assert s == s.strip(), f"surrounding whitespace in {name}: {s!r}"
        assert "  " not in s, f"double space in {name}: {s!r}"
        assert unicodedata.is_normalized("NFC", s), f"not NFC in {name}: {s!r}"


@pytest.mark.parametrize("name", sorted(CONSTANTS))
def test_no_duplicates_within_a_tuple(name: str) -> None:
    for path, items in _flat_tuples(CONSTANTS[name], name):
        duplicates = {s for s in items if items.count(s) > 1}
        assert not duplicates, f"duplicates in {path}: {sorted(duplicates)}"


def test_name_lists_are_large_enough() -> None:
    assert len(v.KINH_SURNAMES) >= 30
    assert len(v.FEMALE_GIVEN_NAMES) >= 80
    assert len(v.MALE_GIVEN_NAMES) >= 50
    assert len(v.VILLAGE_NAMES) >= 60


@pytest.mark.parametrize("pattern", v.COOPERATIVE_NAME_PATTERNS + v.GROUP_NAME_PATTERNS)
def test_name_patterns_format_with_product_and_place(pattern: str) -> None:
    name = pattern.format(product="chè", place="Nà Lầm")
    assert "{" not in name and "}" not in name
    assert "Nà Lầm" in name


def test_sectors_and_products_match() -> None:
    assert set(v.PRODUCTS_BY_SECTOR) == set(v.COOPERATIVE_SECTORS)
    assert all(v.PRODUCTS_BY_SECTOR[sector] for sector in v.COOPERATIVE_SECTORS)


def test_ethnicities_have_positive_weights_and_unique_names() -> None:
    names = [name for name, _ in v.ETHNICITIES]
    assert len(names) == len(set(names))
    assert all(isinstance(weight, int) and weight > 0 for _, weight in v.ETHNICITIES)
    assert {"Kinh", "Tày", "Nùng", "Dao", "Mông", "Thái"} <= set(names)


def test_topic_codes_are_exactly_the_seven() -> None:
    assert set(v.TRAINING_TITLES_BY_TOPIC) == TOPIC_CODES
    assert all(len(titles) >= 5 for titles in v.TRAINING_TITLES_BY_TOPIC.values())


def test_support_codes() -> None:
    assert set(v.SUPPORT_DESCRIPTIONS) == SUPPORT_CODES
    assert all(v.SUPPORT_DESCRIPTIONS.values())


def test_funding_sources() -> None:
    codes = [code for code, _ in v.FUNDING_SOURCES]
    assert len(codes) == len(set(codes))
    assert set(codes) == FUNDING_CODES
    assert dict(v.FUNDING_SOURCES)["national_target_programme"] == "Chương trình MTQG"
    assert dict(v.FUNDING_SOURCES)["sponsorship"] == "Tài trợ, xã hội hóa"


def test_phone_prefixes_are_three_digits_starting_with_zero() -> None:
    assert v.PHONE_PREFIXES
    for prefix in v.PHONE_PREFIXES:
        assert len(prefix) == 3 and prefix.isascii() and prefix.isdigit(), prefix
        assert prefix.startswith("0"), prefix


def test_demo_ethnicities_and_sectors_are_the_ones_forms_offer():
    from htx_desktop.demo import vocabulary
    from htx_desktop.domain.vocabularies import COOPERATIVE_SECTORS, ETHNIC_GROUPS

    assert len(set(ETHNIC_GROUPS)) == 54
    assert {name for name, _ in vocabulary.ETHNICITIES} <= set(ETHNIC_GROUPS)
    assert set(vocabulary.COOPERATIVE_SECTORS) <= set(COOPERATIVE_SECTORS)
