"""Why a sync file, receipt or key card is refused: a reason code, then a message naming the file.

A message that tells the officer what to do next is worded for where she reads it: the command
line names its commands ("keys trust"), the Sync screen its buttons. Both wordings sit side by
side in `sync/texts.py`, the screen's under the same key with ".gui" added; `.message` is the
command line's, `worded("gui")` the screen's.
"""

from __future__ import annotations

import unicodedata

from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, tr

SURFACES = ("cli", "gui")


def wording(key: str, surface: str) -> str:
    """The message key for a surface: "key.gui" where the screen words it apart, else "key"."""
    return f"{key}.gui" if surface == "gui" and f"{key}.gui" in MESSAGES else key


#: Longest piece of a file (a name, a value) quoted in a message.
QUOTE_LIMIT = 120


#: Unicode categories never shown from a file: controls (terminal escapes), format characters
#: (right-to-left overrides) and surrogates.
UNSHOWN = ("Cc", "Cf", "Cs")


def shows_safely(text: str) -> bool:
    """True when `text` has no character of the `UNSHOWN` categories."""
    return text.isprintable() or all(unicodedata.category(ch) not in UNSHOWN for ch in text)


def printable(value: object) -> object:
    """Text from a file made safe to show: no control, format or surrogate characters (terminal
    escapes, right-to-left overrides), NFC, at most `QUOTE_LIMIT` characters. Other values as they are."""
    if not isinstance(value, str):
        return value
    kept = "".join(ch if unicodedata.category(ch) not in UNSHOWN else "?" for ch in value)
    kept = unicodedata.normalize("NFC", kept)
    return kept if len(kept) <= QUOTE_LIMIT else kept[: QUOTE_LIMIT - 1] + "…"


class Refusal(Exception):
    """Raised inside the sync package; `reason` names a message `sync.reason.<reason>`."""

    def __init__(self, reason: str, /, **values: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.values = values


class SyncError(HtxError):
    """A sync action refused before anything was written, worded per surface."""

    def __init__(self, key: str, /, **values: object) -> None:
        self.key = key
        self.values = dict(values)
        super().__init__(self.worded("cli"))

    def worded(self, surface: str) -> str:
        return tr(wording(self.key, surface), **self.values)


class SyncRefused(SyncError):
    """A file was refused; nothing was written. `reason` is the code tests and the GUI can check."""

    def __init__(self, file_name: str, reason: str, values: dict[str, object], what: str = "file") -> None:
        self.file_name = printable(file_name)
        self.reason = reason
        self.what = what
        super().__init__(f"sync.reason.{reason}", **{key: printable(item) for key, item in values.items()})

    def worded(self, surface: str) -> str:
        explanation = tr(wording(self.key, surface), **self.values)
        return tr(f"sync.refused.{self.what}", file=self.file_name, reason=explanation)


def refused(file_name: str, refusal: Refusal, what: str = "file") -> SyncRefused:
    return SyncRefused(file_name, refusal.reason, refusal.values, what)
