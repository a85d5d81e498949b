"""Facts derived from the records, never ticked by hand.

- A cooperative (HTX) is *managed by women* ("do phụ nữ tham gia quản lý") when, on the given
  date, a woman holds one of its manager posts as both plans name them: chair or member of the
  management board, director or deputy, head or member of the supervisory board (not the chief
  accountant). A cooperative group (THT) is managed by women when a woman is its leader.
- It *creates many jobs for women* ("tạo nhiều việc làm cho lao động nữ (trên 50% lao động HTX là
  nữ)") when more than 50% of its workers are women, by its latest annual figures with a worker count.

The SQL twins of these rules, for counting at scale, are in `htx_desktop.services.derived`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from htx_desktop.domain.enums import COOPERATIVE_MANAGER_POSTS, GROUP_MANAGER_POSTS, CooperativeKind, Sex


def manager_posts(kind: str) -> frozenset[str]:
    """The posts whose holders manage a cooperative of that kind ("nữ quản lý" when a woman holds one)."""
    return GROUP_MANAGER_POSTS if kind == CooperativeKind.GROUP else COOPERATIVE_MANAGER_POSTS


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


def women_managed(kind: str, posts: Iterable[HeldPost], on: date) -> bool:
    roles = manager_posts(kind)
    return any(post.role in roles and post.holder_sex == Sex.FEMALE and post.held_on(on) for post in posts)


def female_share(workers: int | None, female_workers: int | None) -> float | None:
    """Share of female workers (0..1), or None when there is no worker count."""
    if not workers or female_workers is None:
        return None
    return female_workers / workers


def many_jobs_for_women(workers: int | None, female_workers: int | None) -> bool:
    share = female_share(workers, female_workers)
    return share is not None and share > 0.5
