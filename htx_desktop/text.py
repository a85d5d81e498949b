"""Text normalisation: everything is stored in Unicode NFC, and names get a search key.

The search key drops diacritics and case (đ → d as well), so "hop tac xa" finds "Hợp tác xã"
whatever form, composed or decomposed, either side was typed in.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


class _Folding(dict):  # type: ignore[type-arg]
    """A `str.translate` table that drops combining marks and turns the letters whose base is not
    reachable by dropping marks into it (đ -> d); each character of the scripts in use here is
    looked at once, then remembered."""

    def __missing__(self, code: int) -> int | str | None:
        char = chr(code)
        folded = _EXTRA.get(char, None if unicodedata.combining(char) else code)
        if code < 0x3000:
            self[code] = folded
        return folded


_EXTRA = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"}
_FOLD = _Folding()


def clean(value: str | None) -> str:
    """NFC, trimmed, inner whitespace collapsed to single spaces."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def clean_or_none(value: str | None) -> str | None:
    text = clean(value)
    return text or None


def search_key(value: str | None) -> str:
    """Lower-case ASCII-folded form used for diacritic-insensitive search and sorting."""
    if not value:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFD", value).translate(_FOLD).casefold()).strip()


def search_terms(query: str | None) -> list[str]:
    """The words of a query as search keys; every word must occur in a match."""
    return [word for word in search_key(query).split(" ") if word]


# Vietnamese alphabetical order: letters first (ă after a, â after ă, đ after d...), then tones in
# dictionary order (none, huyền, hỏi, ngã, sắc, nặng), then case. f, j, w, z for foreign words.
_ALPHABET = {letter: rank for rank, letter in enumerate(
    ["a", "a\u0306", "a\u0302", "b", "c", "d", "đ", "e", "e\u0302", "f", "g", "h", "i", "j", "k", "l", "m", "n",
     "o", "o\u0302", "o\u031b", "p", "q", "r", "s", "t", "u", "u\u031b", "v", "w", "x", "y", "z"]
)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def vietnamese_sort_key(value: str | None) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...], tuple[bool, ...]]:
    """A key that sorts text in Vietnamese dictionary order, word by word ("An Bình" < "Ana")."""
    letters: list[tuple[int, int]] = []
    tones: list[int] = []
    cases: list[bool] = []
    for char in clean(value):
        lower = char.lower()
        parts = unicodedata.normalize("NFD", lower)
        base = "".join(ch for ch in parts if ch not in _TONES)
        if base in _ALPHABET:
            letters.append((3, _ALPHABET[base]))
        elif base.isdigit():
            letters.append((2, int(base) if base.isascii() else ord(base)))
        elif base == " ":
            letters.append((0, 0))
        else:
            letters.append((1 if not base.isalnum() else 4, ord(base[0]) if base else 0))
        tones.append(next((_TONES[ch] for ch in parts if ch in _TONES), 0))
        cases.append(char != lower)
    return tuple(letters), tuple(tones), tuple(cases)
