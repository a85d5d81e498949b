"""Targets (a number, a range, a floor, "more than", a percentage floor) and how achievement is judged.

- *goal*: the smallest achievement that meets the target: the number, the low end of a range, the
  floor, the floor plus one for "more than" (indicators count whole things), the percentage floor,
  one for a milestone (done once).
- *percentage*: achieved ÷ goal × 100 (for a share: the share ÷ the floor).
- *status*: met when achieved reaches the goal; on track when the percentage is at least the share
  of the phase's time gone by the as-of date; behind otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from htx_desktop.domain.enums import TargetKind
from htx_desktop.formatting import group_digits
from htx_desktop.messages import tr

MET, ON_TRACK, BEHIND, NO_TARGET, NO_DATA = "met", "on_track", "behind", "no_target", "no_data"
STATUSES = (MET, ON_TRACK, BEHIND, NO_TARGET, NO_DATA)


def number_text(value: float) -> str:
    """1.234 or 12,5 — Vietnamese grouping and decimal comma."""
    if float(value).is_integer():
        return group_digits(int(value))
    whole, fraction = f"{value:.1f}".split(".")
    return f"{group_digits(int(whole))},{fraction}"


@dataclass(frozen=True)
class Target:
    kind: str  # TargetKind value
    low: float
    high: float | None = None
    #: the stored row's version, which an edit of the target expects unchanged (0: none stored)
    version: int = field(default=0, compare=False)

    @property
    def is_percent(self) -> bool:
        return self.kind == TargetKind.PERCENT_FLOOR

    @property
    def goal(self) -> float:
        if self.kind == TargetKind.MILESTONE:
            return 1
        return self.low + 1 if self.kind == TargetKind.ABOVE else self.low

    def text(self) -> str:
        low = number_text(self.low)
        if self.kind == TargetKind.RANGE and self.high is not None:
            return f"{low}–{number_text(self.high)}"
        if self.kind == TargetKind.FLOOR:
            return f"≥ {low}"
        if self.kind == TargetKind.ABOVE:
            return f"> {low}"
        if self.kind == TargetKind.PERCENT_FLOOR:
            return f"≥ {low}%" if self.low < 100 else "100%"
        if self.kind == TargetKind.MILESTONE:
            return tr("plans.target.milestone")
        return low

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "low": self.low, "high": self.high, "text": self.text()}


def elapsed_share(starts_on: date, ends_on: date, as_of: date) -> float:
    """Share (0..1) of the days from `starts_on` to `ends_on` that have passed by the end of `as_of`."""
    total = (ends_on - starts_on).days + 1
    gone = (as_of - starts_on).days + 1
    return min(1.0, max(0.0, gone / total)) if total > 0 else 1.0


def percentage(target: Target | None, achieved: float | None) -> float | None:
    if target is None or achieved is None:
        return None
    if target.goal <= 0:
        return 100.0
    return achieved / target.goal * 100


def status(target: Target | None, achieved: float | None, elapsed: float) -> str:
    if target is None:
        return NO_TARGET
    if achieved is None:
        return NO_DATA
    if achieved >= target.goal:
        return MET
    share = percentage(target, achieved) or 0.0
    return ON_TRACK if share / 100 >= elapsed else BEHIND
