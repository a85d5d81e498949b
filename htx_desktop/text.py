"""Text normalisation: everything is stored in Unicode NFC, and names get a search key.

The search key drops diacritics and case (đ → d as well), so "hop tac xa" finds "Hợp tác xã"
whatever form, composed or decomposed, either side was typed in.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Letters whose base is not reachable by stripping combining marks.
_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


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
    decomposed = unicodedata.normalize("NFD", value.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.translate(_EXTRA).casefold()).strip()


def search_terms(query: str | None) -> list[str]:
    """The words of a query as search keys; every word must occur in a match."""
    return [word for word in search_key(query).split(" ") if word]
