"""Facts derived from the records, never ticked by hand.

- A cooperative is *managed by women* ("do phụ nữ tham gia quản lý") when, on the given date, at
  least one of its management posts (board, director, supervisors, chief accountant, group
  leader) is held by a woman.
- It *creates many jobs for women* ("tạo nhiều việc làm cho lao động nữ") when more than 50% of
  its workers are women, by its latest annual figures with a worker count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from htx_desktop.domain.enums import MANAGEMENT_POSTS, Sex


@dataclass(frozen=True)
class HeldPost:
    role: str
    holder_sex: str
    started_on: date | None
    ended_on: date | None

    def held_on(self, day: date) -> bool:
        started = self.started_on is None or self.started_on <= day
        not_ended = self.ended_on is None or self.ended_on >= day
        return started and not_ended


def women_managed(posts: Iterable[HeldPost], on: date) -> bool:
    return any(
        post.role in MANAGEMENT_POSTS and post.holder_sex == Sex.FEMALE and post.held_on(on)
        for post in posts
    )


def female_share(workers: int | None, female_workers: int | None) -> float | None:
    """Share of female workers (0..1), or None when there is no worker count."""
    if not workers or female_workers is None:
        return None
    return female_workers / workers


def many_jobs_for_women(workers: int | None, female_workers: int | None) -> bool:
    share = female_share(workers, female_workers)
    return share is not None and share > 0.5
