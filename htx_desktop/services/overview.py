"""Headline figures for the Overview screen, computed in SQL so they stay fast at province scale."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from htx_desktop.domain.enums import CooperativeKind, CooperativeStatus, Sex
from htx_desktop.services import derived
from htx_desktop.storage.database import bulk_cache
from htx_desktop.storage.planning import unindexed
from htx_desktop.storage.models import Attendance, Cooperative, Person, Training


@dataclass(frozen=True)
class Summary:
    cooperatives: int
    groups: int
    women_managed: int
    people: int
    women: int
    trainings: int
    completions: int


def summary(session: Session, on: date | None = None) -> Summary:
    on = on or date.today()
    active = and_(Cooperative.deleted.is_(False), Cooperative.status != CooperativeStatus.DISSOLVED.value)

    def count(query) -> int:  # type: ignore[no-untyped-def]
        return session.scalar(query) or 0

    cooperative, group = CooperativeKind.COOPERATIVE.value, CooperativeKind.GROUP.value
    with bulk_cache(session):  # each index page read once, not again per count (decrypted at each read)
        return Summary(
            cooperatives=count(select(func.count()).where(active, Cooperative.kind == cooperative)),
            groups=count(select(func.count()).where(active, Cooperative.kind == group)),
            women_managed=count(select(func.count()).where(active, derived.women_managed(on))),
            # Both counted over the narrow ix_people_facts (the second from the cache), not the wide rows
            # nor the (deleted, name) index of the list, which the first would otherwise read as well.
            people=count(select(func.count()).select_from(Person).where(unindexed(Person.deleted).is_(False))),
            women=count(select(func.count()).where(unindexed(Person.deleted).is_(False),
                                                   Person.sex == Sex.FEMALE.value)),
            trainings=count(select(func.count()).select_from(Training).where(Training.deleted.is_(False))),
            completions=count(  # read from the partial index of completions (ix_attendances_completed)
                select(func.count()).where(Attendance.deleted.is_(False), Attendance.completed.is_(True))
            ),
        )
