"""How numbers and dates are shown to users: the Vietnamese way (1.234.567; dd/mm/yyyy)."""

from __future__ import annotations

from datetime import date


def group_digits(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def short_date(value: date | None) -> str:
    return "" if value is None else f"{value:%d/%m/%Y}"
