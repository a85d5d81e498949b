"""The one reading of a date typed by an officer or a script.

dd/mm/yyyy (also d/m/yyyy, with "-" or "." between), eight digits ddmmyyyy as typed fast, or ISO
YYYY-MM-DD. Each caller words its own refusal (a message under a form field, one line of the CLI).
"""

from __future__ import annotations

import re
from datetime import date

_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def read_date(text: str) -> date | None:
    """The date written in `text`; None when it is empty; ValueError when it is not a real date."""
    value = text.strip()
    if not value:
        return None
    if value.isdigit() and len(value) == 8:
        value = f"{value[:2]}/{value[2:4]}/{value[4:]}"
    if match := _ISO.fullmatch(value):
        year, month, day = (int(part) for part in match.groups())
    elif match := _DMY.fullmatch(value):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise ValueError(text)
    return date(year, month, day)  # ValueError for 31/02
