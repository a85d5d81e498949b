"""TCVN3 (.VnTime) and VNI text in old Excel files, recognised per cell and turned into Unicode NFC."""

from __future__ import annotations

import unicodedata

import pytest

from htx_desktop.imports import legacy, values

VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
#: Every lower-case Vietnamese letter that is not plain ASCII: 12 vowels in 6 tones (less the 6 bare
#: ASCII vowels), and đ. 67 letters.
LETTERS = sorted(
    {unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES} - set("aeiouy") | {"đ"}
)


def word_with(letter: str) -> str:
    """A syllable holding the letter: "tán", "đan", "TÁN"."""
    word = f"{letter}an" if letter in "đĐ" else f"t{letter}n"
    return word.upper() if letter.isupper() else word


def test_the_tables_hold_every_letter():
    assert len(LETTERS) == 67
    assert set(LETTERS) <= set(legacy.TCVN3)  # TCVN3: the 67 lower-case letters...
    assert {"Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"} <= set(legacy.TCVN3)  # ...and 7 bare capitals
    assert set(LETTERS) | {letter.upper() for letter in LETTERS} <= set(legacy.VNI)
    assert len(set(legacy.TCVN3.values())) == len(legacy.TCVN3)  # no two letters share a code
    assert len(set(legacy.VNI.values())) == len(legacy.VNI)


@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_in_both_cases_round_trips_through_vni(letter):
    for case in (letter, letter.upper()):
        spelled = legacy.encode(case, legacy.VNI)
        assert spelled != case or case in "íìÍÌ"  # VNI's í and ì are Latin-1's own
        assert legacy.from_vni(spelled) == case
        # Recognised inside a word, as a cell holds it:
        word = word_with(case)
        assert legacy.decode(legacy.encode(word, legacy.VNI), prefer="vni")[0] == word


@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_in_both_cases_round_trips_through_tcvn3(letter):
    spelled = legacy.encode(letter, legacy.TCVN3)
    assert len(spelled) == 1 and ord(spelled) >= 0xA1
    assert legacy.from_tcvn3(spelled) == letter
    # Capitals with tones have no code: they were typed in the all-capital font (.VnTimeH).
    assert legacy.in_capital_font(legacy.encode(word_with(letter), legacy.TCVN3)) == word_with(letter).upper()
    # A cell is recognised as a whole: TCVN3 gives 15 of its letters the codes of Latin-1 letters
    # that are Vietnamese too (0xF3 is "ú" in TCVN3, "ó" in Unicode), so a cell of one such word
    # alone is read as Unicode. Names and titles have other words that tell.
    cell = f"Thị {word_with(letter)}"
    assert legacy.decode(legacy.encode(cell, legacy.TCVN3))[0] == cell
    word = word_with(letter)
    assert legacy.decode(legacy.encode(word, legacy.TCVN3), prefer="tcvn3")[0] == word


@pytest.mark.parametrize("capital", ["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"])
def test_tcvn3_bare_capitals_have_codes_of_their_own(capital):
    assert legacy.from_tcvn3(legacy.encode(capital, legacy.TCVN3)) == capital


@pytest.mark.parametrize(
    ("stored", "meant", "encoding"),
    [
        ("Hîp t¸c x·", "Hợp tác xã", "tcvn3"),  # chart: ợ EE, á B8, ã B7
        ("NguyÔn ThÞ H\xadêng", "Nguyễn Thị Hường", "tcvn3"),  # ư is AD, the soft hyphen
        ("Tr\xadëng ban kiÓm so¸t", "Trưởng ban kiểm soát", "tcvn3"),
        ("Héi Liªn hiÖp Phô n÷", "Hội Liên hiệp Phụ nữ", "tcvn3"),
        ("§µo ThÞ Thu", "Đào Thị Thu", "tcvn3"),
        ("Hôïp taùc xaõ", "Hợp tác xã", "vni"),
        ("Hoäi Lieân hieäp Phuï nöõ", "Hội Liên hiệp Phụ nữ", "vni"),
        ("Nguyeãn Thò Höôøng", "Nguyễn Thị Hường", "vni"),
        ("ÑAØO THÒ THU", "ĐÀO THỊ THU", "vni"),
    ],
)
def test_known_strings_from_old_files(stored, meant, encoding):
    assert legacy.decode(stored) == (meant, encoding)


@pytest.mark.parametrize("text", ["Hoà Bình", "Nguyễn Thị Hoà", "Café Lạng Sơn", "Mông", "Đồng Đăng", "ABC 123"])
def test_unicode_text_is_left_as_it_is(text):
    assert legacy.decode(text) == (text, None)


def test_decomposed_unicode_becomes_nfc():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hường")
    assert values.text(decomposed) == "Nguyễn Thị Hường"
    assert unicodedata.is_normalized("NFC", values.text(decomposed))


def test_cleaning_keeps_the_tcvn3_u_horn_that_is_a_soft_hyphen():
    rows = legacy.decode_rows([(1, ("  tr\xadëng   th«n  ", 5))])
    assert values.text(rows[0][1][0]) == "trưởng thôn"


def test_a_short_cell_is_read_in_the_encoding_of_the_rest_of_its_column():
    # "Thò" is a Vietnamese word and also VNI for "Thị"; the column's other cells settle it.
    rows = [(1, ("Nguyeãn Thò Hoa", "Thò")), (2, ("Löông Thò Thu", "Taøy"))]
    decoded = legacy.decode_rows(rows)
    assert decoded == [(1, ("Nguyễn Thị Hoa", "Thị")), (2, ("Lương Thị Thu", "Tày"))]
    assert legacy.decode_rows([(1, ("Thò", "Hoà Bình"))]) == [(1, ("Thò", "Hoà Bình"))]
    # A Unicode cell in another column keeps its reading: "Thôn/xóm" is also TCVN3 for "Thụn/xúm".
    rows = [(1, ("Thôn/xóm", "Th«n Nµ LÇu")), (2, ("Thôn/xóm", "Th«n Na Rµ"))]
    assert legacy.decode_rows(rows) == [(1, ("Thôn/xóm", "Thôn Nà Lầu")), (2, ("Thôn/xóm", "Thôn Na Rà"))]


def test_codes_agree_with_the_published_charts():
    # TCVN 5712:1993 (VN3): the first (huyền) code of each vowel's row, and the bare letters.
    rows = {"à": 0xB5, "ằ": 0xBB, "ầ": 0xC7, "è": 0xCC, "ề": 0xD2, "ì": 0xD7, "ò": 0xDF, "ồ": 0xE5,
            "ờ": 0xEA, "ù": 0xEF, "ừ": 0xF5, "ỳ": 0xFA, "ặ": 0xC6, "ĩ": 0xDC, "ỵ": 0xFE,
            "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE, "Đ": 0xA7}
    assert {letter: ord(legacy.TCVN3[letter]) for letter in rows} == rows
    # VNI for Windows: marks after the base letter, and its one-character letters.
    vni = {"á": "aù", "à": "aø", "ả": "aû", "ã": "aõ", "ạ": "aï", "ắ": "aé", "ằ": "aè", "ẳ": "aú", "ẵ": "aü",
           "ặ": "aë", "ấ": "aá", "ầ": "aà", "ẩ": "aå", "ẫ": "aã", "ậ": "aä", "ơ": "ô", "ư": "ö", "đ": "ñ",
           "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î", "Ữ": "ÖÕ", "Đ": "Ñ"}
    assert {letter: legacy.VNI[letter] for letter in vni} == vni
