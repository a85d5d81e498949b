import unicodedata

from htx_desktop.text import clean, search_key, search_terms


def test_search_key_drops_diacritics_case_and_folds_d_with_stroke():
    assert search_key("Hợp tác xã") == "hop tac xa"
    assert search_key("NGUYỄN THỊ LAN") == "nguyen thi lan"
    assert search_key("Đặng Thị Đào") == "dang thi dao"


def test_search_key_is_the_same_for_composed_and_decomposed_input():
    composed = "Nguyễn Thị Lan"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert search_key(decomposed) == search_key(composed) == "nguyen thi lan"


def test_clean_stores_nfc_and_collapses_whitespace():
    decomposed = unicodedata.normalize("NFD", "  Hợp   tác\txã ")
    cleaned = clean(decomposed)
    assert cleaned == "Hợp tác xã"
    assert unicodedata.is_normalized("NFC", cleaned)


def test_search_terms_split_words_and_ignore_empty_query():
    assert search_terms(" Hợp  TÁC ") == ["hop", "tac"]
    assert search_terms("   ") == []
    assert search_terms(None) == []


def test_vietnamese_sort_key_orders_letters_then_tones_then_case():
    from htx_desktop.text import vietnamese_sort_key

    words = ["ưng", "Đông", "bạ", "an bình", "ăn", "bá", "Ba", "dương", "ân", "bã", "ana", "bà", "ba", "bả", "ô", "ơ", "o"]
    assert sorted(words, key=vietnamese_sort_key) == [
        "an bình", "ana", "ăn", "ân", "ba", "Ba", "bà", "bả", "bã", "bá", "bạ", "dương", "Đông", "o", "ô", "ơ", "ưng",
    ]


def test_vietnamese_sort_key_is_the_same_for_composed_and_decomposed_input():
    from htx_desktop.text import vietnamese_sort_key

    assert vietnamese_sort_key(unicodedata.normalize("NFD", "Tràng Định")) == vietnamese_sort_key("Tràng Định")


def test_one_reading_of_a_typed_date_for_forms_commands_and_reports():
    from datetime import date

    import pytest

    from htx_desktop.dates import read_date

    for text in ("04/05/2023", "4/5/2023", "04-05-2023", "04.05.2023", "04052023", "2023-05-04", " 04/05/2023 "):
        assert read_date(text) == date(2023, 5, 4), text
    assert read_date("  ") is None
    for bad in ("31/02/2025", "2023/05/04", "4/5/23", "hôm nay", "0405202"):
        with pytest.raises(ValueError):
            read_date(bad)
