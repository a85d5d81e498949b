"""The facts of `domain.derivations` written as SQL, to count thousands of cooperatives at once.

Both forms use the same post sets (`derivations.manager_posts`) and the same idea of "latest
annual figures"; tests/test_derivations.py checks that they agree.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import aliased

from htx_desktop.domain.derivations import manager_posts
from htx_desktop.domain.enums import CooperativeKind, Sex
from htx_desktop.storage.models import Cooperative, CooperativeYear, Person, Post

_COOPERATIVE, _GROUP = CooperativeKind.COOPERATIVE.value, CooperativeKind.GROUP.value


def post_held(on: date) -> ColumnElement[bool]:
    return and_(
        Post.deleted.is_(False),
        or_(Post.started_on.is_(None), Post.started_on <= on),
        or_(Post.ended_on.is_(None), Post.ended_on >= on),
    )


def manager_post_of_kind() -> ColumnElement[bool]:
    """The post is a manager post for the kind of its cooperative (join Cooperative on the post)."""
    return or_(
        and_(Cooperative.kind == _COOPERATIVE, Post.role.in_(sorted(manager_posts(_COOPERATIVE)))),
        and_(Cooperative.kind == _GROUP, Post.role.in_(sorted(manager_posts(_GROUP)))),
    )


def women_managed(on: date) -> ColumnElement[bool]:
    """A woman holds a manager post of the cooperative on that day, as an EXISTS on `Cooperative`."""
    return (
        select(Post.person_id)  # a column of ix_posts_held: the index answers alone
        .join(Person, Person.id == Post.person_id)
        .where(
            Post.cooperative_id == Cooperative.id,
            manager_post_of_kind(),
            post_held(on),
            Person.deleted.is_(False),
            Person.sex == Sex.FEMALE.value,
        )
        .exists()
    )


def _with_worker_count(figures: type[CooperativeYear], on: date) -> ColumnElement[bool]:
    return and_(
        figures.deleted.is_(False),
        figures.workers > 0,
        figures.female_workers.is_not(None),
        figures.year <= on.year,
    )


def latest_figures(on: date, cooperative_ids: Sequence[uuid.UUID]) -> Select:
    """These cooperatives' latest annual figures with a worker count, up to the year of `on`:
    columns cooperative_id, workers, female_workers. (The ids narrow the grouping too: a page of
    a list reads its own cooperatives' figures, not a province's.)"""
    latest = (
        select(CooperativeYear.cooperative_id.label("cid"), func.max(CooperativeYear.year).label("year"))
        .where(_with_worker_count(CooperativeYear, on), CooperativeYear.cooperative_id.in_(cooperative_ids))
        .group_by(CooperativeYear.cooperative_id)
        .subquery()
    )
    return select(CooperativeYear.cooperative_id, CooperativeYear.workers, CooperativeYear.female_workers).join(
        latest, and_(latest.c.cid == CooperativeYear.cooperative_id, latest.c.year == CooperativeYear.year)
    ).where(CooperativeYear.deleted.is_(False))


def has_worker_figures(on: date) -> ColumnElement[bool]:
    """The cooperative has annual figures with a worker count up to the year of `on` (EXISTS)."""
    figures = aliased(CooperativeYear)
    return select(figures.id).where(figures.cooperative_id == Cooperative.id, _with_worker_count(figures, on)).exists()


def many_jobs_for_women(on: date) -> ColumnElement[bool]:
    """More than half of the workers are women in the latest figures with a worker count (EXISTS)."""
    figures, earlier = aliased(CooperativeYear), aliased(CooperativeYear)
    latest_year = (
        select(func.max(earlier.year))
        .where(earlier.cooperative_id == Cooperative.id, _with_worker_count(earlier, on))
        .correlate(Cooperative)  # two levels down: auto-correlation would look only one level up
        .scalar_subquery()
    )
    return (
        select(figures.id)
        .where(
            figures.cooperative_id == Cooperative.id,
            figures.deleted.is_(False),
            figures.year == latest_year,
            figures.female_workers * 2 > figures.workers,
        )
        .exists()
    )
