"""Dates given to the plan commands and the reports screen, refused in one translated line."""

from __future__ import annotations

from datetime import date

from htx_desktop.dates import read_date
from htx_desktop.errors import HtxError
from htx_desktop.messages import tr


def parse_day(text: str) -> date:
    try:
        day = read_date(text)
    except ValueError:
        day = None
    if day is None:
        raise HtxError(tr("plans.bad_date", value=text))
    return day


def optional_day(text: str | None) -> date | None:
    return None if text is None else parse_day(text)
