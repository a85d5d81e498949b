"""SQL building blocks of the indicator formulas (portable: SQLite and PostgreSQL).

Every formula is a SELECT of the records it looks at, with four labelled columns:
`id` (the cooperative or person), `unit` (the unit code the record counts for), `num` (what the
record adds to the figure: 1, 0, or a number of jobs) and `detail` (a date or number shown when
drilling down). A count or sum is `sum(num)`; a share is `sum(num)` out of `count(*)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, not_, or_, select

from htx_desktop.domain.enums import CooperativeKind, CooperativeStatus, Sex, SupportKind
from htx_desktop.services.derived import (
    has_worker_figures,
    manager_post_of_kind,
    many_jobs_for_women,
    post_held,
    women_managed,
)
from htx_desktop.storage.planning import unindexed
from htx_desktop.storage.models import (
    Attendance,
    Commendation,
    Cooperative,
    JobReport,
    Milestone,
    Person,
    Post,
    SupportAction,
    Training,
)

BOTH_KINDS = (CooperativeKind.COOPERATIVE.value, CooperativeKind.GROUP.value)


@dataclass(frozen=True)
class Scope:
    """Which records: those of these units, in this date range (both ends included).

    `since`: an earlier first day for a second figure over the same records (a later phase's
    figure since the plan began). Queries whose records do not depend on the first day (the
    people a share looks at) then add a `num_since` column and give both figures in one pass;
    the others ignore it.
    """

    unit_codes: tuple[str, ...]
    start: date
    end: date
    since: date | None = None


def cooperative_alive(on: date) -> ColumnElement[bool]:
    """Recorded (not deleted), founded by that day and not dissolved by it. (`deleted` unindexed:
    SQLite would otherwise read every cooperative through the list index rather than the few
    of the range, kind or units asked.)"""
    return and_(
        unindexed(Cooperative.deleted).is_(False),
        or_(Cooperative.founded_on.is_(None), Cooperative.founded_on <= on),
        not_(
            and_(
                Cooperative.status == CooperativeStatus.DISSOLVED.value,
                or_(Cooperative.dissolved_on.is_(None), Cooperative.dissolved_on <= on),
            )
        ),
    )


def in_scope(scope: Scope, kinds: Sequence[str]) -> ColumnElement[bool]:
    return and_(Cooperative.unit_code.in_(scope.unit_codes), Cooperative.kind.in_(kinds))


def founded(scope: Scope, kinds: Sequence[str], *, many_jobs: bool = False) -> Select:
    """Union-supported, women-managed cooperatives founded in the range and not dissolved by its end;
    with `many_jobs`, only those where more than half of the workers are women (latest figures)."""
    query = select(
        Cooperative.id.label("id"),
        Cooperative.unit_code.label("unit"),
        literal(1).label("num"),
        Cooperative.founded_on.label("detail"),
    ).where(
        in_scope(scope, kinds),
        Cooperative.union_supported.is_(True),
        Cooperative.founded_on >= scope.start,
        Cooperative.founded_on <= scope.end,
        cooperative_alive(scope.end),
        women_managed(scope.end),
    )
    return query.where(many_jobs_for_women(scope.end)) if many_jobs else query


def founded_without_figures(scope: Scope, kinds: Sequence[str]) -> Select:
    """The cooperatives `founded(..., many_jobs=True)` cannot judge yet: no worker count recorded."""
    return founded(scope, kinds).where(not_(has_worker_figures(scope.end)))


def new_jobs(scope: Scope, kinds: Sequence[str]) -> Select:
    """New jobs for women in the job reports of the range, per cooperative not dissolved by its end."""
    return (
        select(
            Cooperative.id.label("id"),
            Cooperative.unit_code.label("unit"),
            func.sum(JobReport.new_female_jobs).label("num"),
            func.max(JobReport.reported_on).label("detail"),
        )
        .join(JobReport, JobReport.cooperative_id == Cooperative.id)
        .where(
            in_scope(scope, kinds),
            cooperative_alive(scope.end),
            JobReport.deleted.is_(False),
            JobReport.reported_on >= scope.start,
            JobReport.reported_on <= scope.end,
        )
        .group_by(Cooperative.id, Cooperative.unit_code)
    )


def stable_jobs(scope: Scope, kinds: Sequence[str]) -> Select:
    """Stable jobs for women in each cooperative's latest job report of the range."""
    latest = (
        select(JobReport.cooperative_id.label("cid"), func.max(JobReport.reported_on).label("day"))
        .where(JobReport.deleted.is_(False), JobReport.reported_on >= scope.start, JobReport.reported_on <= scope.end)
        .group_by(JobReport.cooperative_id)
        .subquery()
    )
    return (
        select(
            Cooperative.id.label("id"),
            Cooperative.unit_code.label("unit"),
            func.max(JobReport.stable_female_jobs).label("num"),  # two reports the same day: the larger
            latest.c.day.label("detail"),
        )
        .join(latest, latest.c.cid == Cooperative.id)
        .join(
            JobReport,
            and_(
                JobReport.cooperative_id == latest.c.cid,
                JobReport.reported_on == latest.c.day,
                JobReport.deleted.is_(False),
            ),
        )
        .where(in_scope(scope, kinds), cooperative_alive(scope.end))
        .group_by(Cooperative.id, Cooperative.unit_code, latest.c.day)
    )


def strengthened(scope: Scope, kinds: Sequence[str], *, counted_only: bool) -> Select:
    """Union-supported, women-managed cooperatives alive at the end; num 1 when strengthened in the range.

    `detail` is the date of the latest strengthening in the range. With `counted_only`, only the
    strengthened ones (a count); otherwise all of them (a share).
    """
    last = (
        select(SupportAction.cooperative_id.label("cid"), func.max(SupportAction.given_on).label("day"))
        .where(
            SupportAction.kind == SupportKind.STRENGTHENING.value,
            SupportAction.deleted.is_(False),
            SupportAction.given_on >= scope.start,
            SupportAction.given_on <= scope.end,
        )
        .group_by(SupportAction.cooperative_id)
        .subquery()
    )
    query = (
        select(Cooperative.id.label("id"), Cooperative.unit_code.label("unit"), _flag(last.c.day), last.c.day.label("detail"))
        .outerjoin(last, last.c.cid == Cooperative.id)
        .where(
            in_scope(scope, kinds),
            Cooperative.union_supported.is_(True),
            cooperative_alive(scope.end),
            women_managed(scope.end),
        )
    )
    return query.where(last.c.day.is_not(None)) if counted_only else query


def _flag(detail: ColumnElement) -> ColumnElement[int]:
    """1 when there is a date, else 0 (its own copy of the expression, so an aggregate evaluates it once)."""
    return case((detail.is_not(None), 1), else_=0).label("num")


def _completed(person_id: ColumnElement, scope: Scope, topics: Sequence[str] | None) -> Select:
    """The person's completed attendances at trainings (of these topics) ending in the range."""
    ended = func.coalesce(Training.ends_on, Training.starts_on)
    query = (
        select(ended)
        .select_from(Attendance)
        .join(Training, Training.id == Attendance.training_id)
        .where(
            Attendance.person_id == person_id,
            Attendance.completed.is_(True),
            Attendance.deleted.is_(False),
            Training.deleted.is_(False),
            ended >= scope.start,
            ended <= scope.end,
        )
    )
    return query.where(Training.topic.in_(topics)) if topics is not None else query


def _trained(person_id: ColumnElement, scope: Scope, topics: Sequence[str] | None) -> tuple[ColumnElement, ...]:
    """`num`: 1 when the person completed such a training (EXISTS stops at the first: a sum reads
    only this); `detail`: the end date of the latest one (read when drilling down); with
    `scope.since`, `num_since`: the same from that day."""
    completed = _completed(person_id, scope, topics)
    num = case((completed.exists(), 1), else_=0).label("num")
    last = completed.with_only_columns(func.max(completed.selected_columns[0])).scalar_subquery().label("detail")
    if scope.since is None:
        return num, last
    earlier = _completed(person_id, Scope(scope.unit_codes, scope.since, scope.end), topics)
    return num, last, case((earlier.exists(), 1), else_=0).label("num_since")


def managers_trained(scope: Scope, kind: str, topics: Sequence[str]) -> Select:
    """Women registered in the units who hold a manager post (for that kind of cooperative) on the end
    date in a cooperative of that kind alive then, wherever it is; num 1 when trained.

    A woman counts once, for the unit she is registered in, even with posts in two communes.
    """
    managers = (
        select(Post.person_id.label("id"), Person.unit_code.label("unit"))
        .join(Cooperative, Cooperative.id == Post.cooperative_id)
        .join(Person, Person.id == Post.person_id)
        .where(
            # People by id from the posts of the area's cooperatives, not the other way round.
            unindexed(Person.deleted).is_(False),
            Person.sex == Sex.FEMALE.value,
            unindexed(Person.unit_code).in_(scope.unit_codes),
            Cooperative.kind == kind,
            manager_post_of_kind(),
            post_held(scope.end),
            cooperative_alive(scope.end),
        )
        # `+posts.person_id`: SQLite would otherwise read every post in person order to skip a sort.
        .group_by(unindexed(Post.person_id), Person.unit_code)
        .subquery()
    )
    return select(managers.c.id, managers.c.unit, *_trained(managers.c.id, scope, topics))


def cadres_trained(scope: Scope, topics: Sequence[str] | None) -> Select:
    """Union cadres recorded in the units; num 1 when they completed a training (of these topics)."""
    # SQLite, without statistics, would walk all of a province's 300,000 people through an index
    # to find its few thousand cadres: the partial index of cadres (ix_people_cadres) holds just them.
    return select(Person.id.label("id"), Person.unit_code.label("unit"), *_trained(Person.id, scope, topics)).where(
        unindexed(Person.deleted).is_(False), Person.cadre_level.is_not(None), Person.unit_code.in_(scope.unit_codes)
    )


def milestone(scope: Scope, code: str) -> Select:
    """The units of the area that recorded the milestone as done by the end date; `detail` its date."""
    return select(
        Milestone.id.label("id"), Milestone.unit_code.label("unit"), literal(1).label("num"),
        Milestone.done_on.label("detail"),
    ).where(
        Milestone.code == code,
        Milestone.deleted.is_(False),
        Milestone.unit_code.in_(scope.unit_codes),
        Milestone.done_on <= scope.end,
    )


def commendations_within(scope: Scope, years: int) -> Select:
    """Commendations of the area given in the `years` years up to the end date, whatever the start."""
    since = _years_before(scope.end, years)
    return select(
        Commendation.id.label("id"), Commendation.unit_code.label("unit"), literal(1).label("num"),
        Commendation.given_on.label("detail"),
    ).where(
        Commendation.deleted.is_(False),
        Commendation.unit_code.in_(scope.unit_codes),
        Commendation.given_on > since,
        Commendation.given_on <= scope.end,
    )


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)
