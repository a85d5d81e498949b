"""Hybrid logical clock: versions that order writes across installations.

A version is one integer: milliseconds since the Unix epoch in the high bits, a counter in the
low 16 bits. It never goes backwards on one installation, even when the PC's clock does, and it
moves past any version seen from another installation. Ties between installations are broken by
comparing installation ids (see `newer`).
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(millis: int, counter: int) -> int:
    return (millis << COUNTER_BITS) | counter


def unpack(version: int) -> tuple[int, int]:
    return version >> COUNTER_BITS, version & COUNTER_MASK


class HybridClock:
    def __init__(self, last: int = 0, now_ms: Callable[[], int] | None = None) -> None:
        self.last = last
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)

    def tick(self) -> int:
        """A new version, greater than every version issued or observed before."""
        millis, counter = unpack(self.last)
        now = self._now_ms()
        if now > millis:
            self.last = pack(now, 0)
        elif counter < COUNTER_MASK:
            self.last = pack(millis, counter + 1)
        else:
            self.last = pack(millis + 1, 0)
        return self.last

    def observe(self, version: int) -> None:
        """Remember a version received from elsewhere, so later ticks come after it."""
        if version > self.last:
            self.last = version


def newer(version_a: int, site_a: str, version_b: int, site_b: str) -> bool:
    """True when write A wins over write B: higher version, ties broken by installation id."""
    return (version_a, site_a) > (version_b, site_b)
