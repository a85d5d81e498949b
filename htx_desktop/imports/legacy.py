"""Text typed years ago in the legacy Vietnamese fonts: TCVN3 (ABC, ".VnTime") and VNI ("VNI-Times").

Excel stored such text as the Windows-1252 characters of the font's bytes, so "Hợp tác xã" typed in
.VnTime reads back as "Hîp t¸c x·" and in VNI-Times as "Hôïp taùc xaõ". The tables below are written
from the published charts of TCVN 5712:1993 (VN3) and of VNI for Windows.

TCVN3 has codes for the 67 lower-case letters and 7 bare capitals (Ă Â Ê Ô Ơ Ư Đ) only: capitals
with tones were typed with the lower-case codes in an all-capital font (".VnTimeH"): the workbook
reader knows each cell's font and reads a cell in such a font with `in_capital_font`. TCVN3's "ư" is
byte 0xAD, the soft hyphen: nothing may strip invisible characters before `decode` has run.

Detection is per cell: each candidate decoding is scored by how many of its words are well-formed
Vietnamese syllables, and text is converted only when a legacy reading is clearly better.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # none, huyền, hỏi, ngã, sắc, nặng


def _letter(vowel: str, tone: int) -> str:
    return unicodedata.normalize("NFC", vowel + _TONES[tone])


# --- TCVN3 (VN3): one byte per letter; the tones in chart order huyền, hỏi, ngã, sắc, nặng. ---
_TCVN3_TONED = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9), "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB), "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6), "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4), "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE), "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9), "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_BARE = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
}
#: Unicode letter -> the character Excel shows for its TCVN3 byte (Latin-1 = Windows-1252 above 0xA0).
TCVN3: dict[str, str] = {letter: chr(code) for code, letter in _TCVN3_BARE.items()}
for _vowel, _codes in _TCVN3_TONED.items():
    for _tone, _code in enumerate(_codes, start=1):
        TCVN3[_letter(_vowel, _tone)] = chr(_code)
_FROM_TCVN3 = str.maketrans({legacy: letter for letter, legacy in TCVN3.items()})

# --- VNI: a base letter followed by a mark character; a few letters are one character. ---
_VNI_HAT = {"ă": "ê", "â": "â", "ê": "â", "ô": "â"}  # breve, circumflex (lower case)
_VNI_TONE_PLAIN = ("ø", "û", "õ", "ù", "ï")  # huyền, hỏi, ngã, sắc, nặng on plain letters
_VNI_TONE_HAT = {"ă": ("è", "ú", "ü", "é", "ë"), "â": ("à", "å", "ã", "á", "ä")}  # with breve / circumflex
_VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}


def _vni_lower(letter: str) -> str | None:
    """The VNI spelling of one lower-case Vietnamese letter, or None for a plain ASCII letter."""
    if letter in _VNI_SINGLE:
        return _VNI_SINGLE[letter]
    parts = unicodedata.normalize("NFD", letter)
    tone = next((_TONES.index(ch) for ch in parts if ch in _TONES[1:]), 0)
    base = unicodedata.normalize("NFC", "".join(ch for ch in parts if ch not in _TONES[1:]))
    if base in ("ơ", "ư"):
        return _VNI_SINGLE[base] + (_VNI_TONE_PLAIN[tone - 1] if tone else "")
    if base in _VNI_HAT:
        plain = unicodedata.normalize("NFD", base)[0]
        marks = _VNI_TONE_HAT["ă" if base == "ă" else "â"]
        return plain + (marks[tone - 1] if tone else _VNI_HAT[base])
    if tone and base in _VOWELS:
        return base + _VNI_TONE_PLAIN[tone - 1]
    return None


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for vowel in _VOWELS:
        for tone in range(6):
            for letter in (_letter(vowel, tone), _letter(vowel, tone).upper()):
                lower = _vni_lower(letter.lower())
                if lower is not None:
                    table[letter] = lower if letter.islower() else lower.upper()
    table["đ"], table["Đ"] = "ñ", "Ñ"
    return table


#: Unicode letter -> its VNI spelling as Excel shows it (one or two characters).
VNI: dict[str, str] = _vni_table()
_VNI_PATTERN = re.compile("|".join(sorted(map(re.escape, {v for v in VNI.values()}), key=len, reverse=True)))
_FROM_VNI = {legacy: letter for letter, legacy in VNI.items()}


def encode(text: str, table: dict[str, str]) -> str:
    """Unicode -> legacy spelling (used by tests and the benchmark to build old files)."""
    return "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def from_tcvn3(text: str) -> str:
    return text.translate(_FROM_TCVN3)


def from_vni(text: str) -> str:
    return _VNI_PATTERN.sub(lambda match: _FROM_VNI[match.group(0)], text)


# --- Is a word a well-formed Vietnamese syllable? (initial consonant, vowel nucleus, final) ---
_INITIALS = sorted(
    "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x".split(), key=len, reverse=True
)
_NUCLEI = set(
    "a ai ao au ay ă â âu ây e eo ê êu i ia iu iê iêu o oa oă oai oao oay oe oeo oi oo ô ôi ơ ơi u ua uâ uây "
    "uê ui uô uôi uơ uy uya uyê uyu ư ưa ưi ưu ươ ươi ươu y yê yêu".split()
)
_FINALS = ("", "c", "ch", "m", "n", "ng", "nh", "p", "t")
#: Nuclei that end the syllable (a glide or an open diphthong: no consonant may follow)...
_OPEN = set("ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu".split())
#: ...and nuclei that never end one.
_CLOSED = set("ă â iê yê uô ươ uâ oă uyê".split())
_WORD = re.compile(r"[^\W\d_]+")


def _syllable_ok(word: str) -> bool:
    parts = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONES[1:] for ch in parts) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in parts if ch not in _TONES[1:]))
    initial = next((i for i in _INITIALS if bare.startswith(i) and len(bare) > len(i)), "")
    rest = bare[len(initial):]
    for final in _FINALS:
        nucleus = rest[: len(rest) - len(final)]
        if rest.endswith(final) and nucleus in _NUCLEI:
            if (final and nucleus in _OPEN) or (not final and nucleus in _CLOSED):
                continue
            return True
    return False


def _score(text: str) -> int:
    """Well-formed syllables minus the rest, counting only words with letters beyond ASCII."""
    score = 0
    for word in _WORD.findall(text):
        if not word.isascii():
            score += 1 if _syllable_ok(word) else -1
    score -= sum(1 for ch in text if ch == "\xad" or (not ch.isalnum() and not ch.isascii() and ch != "\xa0"))
    return score


def _may_be_legacy(text: str) -> bool:
    return not text.isascii() and all(ord(ch) < 0x100 for ch in text)


_TCVN3_ONLY = {chr(code) for code in range(0xA1, 0xBF)}  # codes VNI never uses: à á ạ ư đ ă â...


@lru_cache(maxsize=8192)
def decode(text: str, prefer: str | None = None) -> tuple[str, str | None]:
    """The text in Unicode NFC, and the legacy encoding it was found in ("tcvn3", "vni" or None).

    A reading wins when more of its words are Vietnamese syllables. Short cells can read well
    more than one way ("Thò" is a word, and VNI for "Thị"): `prefer`, the encoding the rest of
    the sheet was found in, settles a tie; without it Unicode wins, then TCVN3 if the text has a
    code only TCVN3 uses, else VNI.
    """
    if not _may_be_legacy(text):
        return unicodedata.normalize("NFC", text), None
    readings = {None: text, "tcvn3": from_tcvn3(text), "vni": from_vni(text)}
    scores = {name: _score(reading) for name, reading in readings.items()}
    best = max(scores.values())
    tied = [name for name, score in scores.items() if score == best]
    if prefer in tied:
        found = prefer
    elif None in tied:
        found = None
    elif len(tied) == 1:
        found = tied[0]
    else:
        found = "tcvn3" if _TCVN3_ONLY.intersection(text) else "vni"
    return unicodedata.normalize("NFC", readings[found]), found


def capital_font(name: str | None) -> bool:
    """A TCVN3 all-capital font (".VnTimeH", ".VnArialH"...): it shows the lower-case codes as capitals."""
    return bool(name) and name.startswith(".Vn") and name.endswith("H")


def in_capital_font(text: str) -> str:
    """A cell typed in a TCVN3 all-capital font, as the capitals it shows, in Unicode NFC."""
    return decode(text, "tcvn3")[0].upper()


def decode_cell(cell: object, prefer: str | None = None) -> object:
    return decode(cell, prefer)[0] if isinstance(cell, str) and _may_be_legacy(cell) else cell


def decode_rows(rows: list[tuple[int, tuple[object, ...]]]) -> list[tuple[int, tuple[object, ...]]]:
    """Every text cell of the data rows in Unicode NFC: each cell read on its own, a tie settled
    by the encoding the other cells of its column were clearly found in (headers are often retyped
    in Unicode above data typed long ago, so a column, not the sheet, is the unit of agreement)."""
    counts: dict[int, dict[str, int]] = {}
    first: list[tuple[int, list[object], list[int]]] = []  # decoded cells, and the columns of undecided ones
    for number, cells in rows:
        decoded, undecided = list(cells), []
        for column, cell in enumerate(cells):
            if isinstance(cell, str) and _may_be_legacy(cell):
                decoded[column], found = decode(cell)
                if found:
                    column_counts = counts.setdefault(column, {"tcvn3": 0, "vni": 0})
                    column_counts[found] += 1
                else:
                    undecided.append(column)
        first.append((number, decoded, undecided))
    prefer = {column: max(found, key=lambda name: found[name]) for column, found in counts.items()}
    result = []
    for (number, decoded, undecided), (_n, cells) in zip(first, rows):
        for column in undecided:
            if column in prefer:
                decoded[column] = decode(cells[column], prefer[column])[0]
        result.append((number, tuple(decoded)))
    return result
