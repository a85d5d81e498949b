"""Dates as officers and scripts write them: dd/mm/yyyy (also d/m/yyyy, with - or .) or YYYY-MM-DD."""

from __future__ import annotations

import re
from datetime import date

from htx_desktop.errors import HtxError
from htx_desktop.messages import tr

_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_day(text: str) -> date:
    value = text.strip()
    try:
        if match := _ISO.match(value):
            year, month, day = (int(part) for part in match.groups())
            return date(year, month, day)
        if match := _DMY.match(value):
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise HtxError(tr("plans.bad_date", value=text))


def optional_day(text: str | None) -> date | None:
    return None if text is None else parse_day(text)
