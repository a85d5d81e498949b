"""Cooperatives and groups: create, edit, soft-delete, annual figures, posts, OCOP products."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from htx_desktop.domain import validation
from htx_desktop.domain.derivations import HeldPost, female_share, many_jobs_for_women, women_managed
from htx_desktop.domain.records import (
    CooperativeData,
    CooperativeRow,
    OcopProductData,
    PostData,
    YearFiguresData,
)
from htx_desktop.services import derived, units
from htx_desktop.services.common import (
    RowRules,
    cleaned,
    create_row,
    keyed,
    Loaded,
    live,
    load as load_row,
    mark_deleted,
    require_valid,
    shown_version,
    today,
    update_row,
)
from htx_desktop.security.access import Actor, Permission
from htx_desktop.storage.database import Database
from htx_desktop.storage.models import Cooperative, CooperativeYear, OcopProduct, Person, Post
from htx_desktop.storage.models.cooperatives import year_uuid


def _normalise(data: CooperativeData) -> None:
    data.phone = validation.normalise_phone(data.phone)


RULES = RowRules(validation.check_cooperative, "name_key", "name", _normalise)


def create(database: Database, data: CooperativeData, actor: Actor) -> uuid.UUID:
    return create_row(database, Cooperative, RULES.fill, data, actor)


def update(database: Database, cooperative_id: uuid.UUID, data: CooperativeData, actor: Actor,
           expected: int | None = None) -> int:
    """`expected`: the version the form loaded (`load`); a save by someone else since is refused.
    Returns the version saved."""
    return update_row(database, Cooperative, "cooperative", RULES.fill, cooperative_id, data, actor, expected)


def delete(database: Database, cooperative_id: uuid.UUID, actor: Actor, expected: int | None = None) -> int:
    return mark_deleted(database, Cooperative, cooperative_id, True, actor, expected)


def restore(database: Database, cooperative_id: uuid.UUID, actor: Actor, expected: int | None = None) -> int:
    return mark_deleted(database, Cooperative, cooperative_id, False, actor, expected)


def load(database: Database, cooperative_id: uuid.UUID) -> Loaded[CooperativeData]:
    """The cooperative as its form shows it, with the version its save expects."""
    return load_row(database, Cooperative, cooperative_id, "cooperative",
                    lambda row: CooperativeData(**{name: getattr(row, name)
                                                   for name in CooperativeData.__dataclass_fields__}))


def get(database: Database, cooperative_id: uuid.UUID) -> CooperativeData:
    return load(database, cooperative_id).data


def set_year_figures(database: Database, cooperative_id: uuid.UUID, figures: YearFiguresData, actor: Actor,
                     expected: int | None = None) -> int:
    """Record (or correct) one year's figures; one row per cooperative and year. `expected`: the
    year's version as its form loaded it (`load_year`, 0 for none); a save by someone else since
    is refused. Returns the version saved."""
    require_valid(validation.check_year_figures(figures, today()))
    with database.transaction(actor, Permission.RECORDS) as session:
        cooperative = live(session, Cooperative, cooperative_id, "cooperative")
        row_id = year_uuid(cooperative_id, figures.year)
        row = keyed(session, CooperativeYear, row_id, cooperative, expected)
        if row is None:
            row = CooperativeYear(id=row_id, cooperative_id=cooperative_id, year=figures.year)
            session.add(row)
        row.deleted = False
        for key, value in cleaned(figures).items():
            setattr(row, key, value)
        session.flush()
        return row.version


def _year_data(row: CooperativeYear) -> YearFiguresData:
    return YearFiguresData(**{name: getattr(row, name) for name in YearFiguresData.__dataclass_fields__})


def load_year(database: Database, cooperative_id: uuid.UUID, year: int) -> Loaded[YearFiguresData]:
    """One year's figures as the form shows them (blank when none are recorded), with the version
    their save expects (0 for none)."""
    with database.read() as session:
        live(session, Cooperative, cooperative_id, "cooperative")
        row = session.get(CooperativeYear, year_uuid(cooperative_id, year))
        data = _year_data(row) if row is not None and not row.deleted else YearFiguresData(year)
        return Loaded(data, shown_version(row))


def year_figures(database: Database, cooperative_id: uuid.UUID) -> list[YearFiguresData]:
    with database.read() as session:
        rows = session.scalars(
            select(CooperativeYear)
            .where(CooperativeYear.cooperative_id == cooperative_id, CooperativeYear.deleted.is_(False))
            .order_by(CooperativeYear.year)
        )
        return [_year_data(row) for row in rows]


def add_post(database: Database, data: PostData, actor: Actor) -> uuid.UUID:
    with database.transaction(actor, Permission.RECORDS) as session:
        cooperative = live(session, Cooperative, data.cooperative_id, "cooperative")
        live(session, Person, data.person_id, "person")
        require_valid(validation.check_post(data, today(), cooperative.founded_on))
        post = Post(**cleaned(data))
        session.add(post)
        session.flush()
        return post.id


def end_post(database: Database, post_id: uuid.UUID, ended_on: date, actor: Actor,
             expected: int | None = None) -> None:
    """`expected`: the post's version as the form showed it (`PostRow.version`); a change by
    someone else since is refused."""
    with database.transaction(actor, Permission.RECORDS) as session:
        post = live(session, Post, post_id, "post", expected)
        data = PostData(post.person_id, post.cooperative_id, post.role, post.started_on, ended_on)
        require_valid(validation.check_post(data, today()))
        post.ended_on = ended_on


def add_ocop_product(
    database: Database, cooperative_id: uuid.UUID, product: OcopProductData, actor: Actor
) -> uuid.UUID:
    require_valid(validation.check_ocop(product, today()))
    with database.transaction(actor, Permission.RECORDS) as session:
        live(session, Cooperative, cooperative_id, "cooperative")
        row = OcopProduct(cooperative_id=cooperative_id, **cleaned(product))
        session.add(row)
        session.flush()
        return row.id


@dataclass(frozen=True)
class Facts:
    women_managed: bool
    female_worker_share: float | None
    many_jobs_for_women: bool
    ocop_stars: int | None


def facts(session: Session, cooperative_ids: Iterable[uuid.UUID], on: date | None = None) -> dict[uuid.UUID, Facts]:
    """Derived facts of many cooperatives at once (three queries, whatever the count)."""
    ids = list(cooperative_ids)
    if not ids:  # an empty IN would let SQLite read every post's person to find nothing
        return {}
    on = on or today()
    kinds = dict(session.execute(select(Cooperative.id, Cooperative.kind).where(Cooperative.id.in_(ids))).all())
    posts: dict[uuid.UUID, list[HeldPost]] = {}
    post_rows = session.execute(
        select(Post.cooperative_id, Post.role, Person.sex, Post.started_on, Post.ended_on)
        .join(Person, Person.id == Post.person_id)
        .where(Post.cooperative_id.in_(ids), Post.deleted.is_(False), Person.deleted.is_(False))
    )
    for cooperative_id, role, sex, started, ended in post_rows:
        posts.setdefault(cooperative_id, []).append(HeldPost(role, sex, started, ended))
    figures = derived.latest_figures(on, ids)
    workers = {cooperative_id: (total, female) for cooperative_id, total, female in session.execute(figures)}
    stars = dict(
        session.execute(
            select(OcopProduct.cooperative_id, func.max(OcopProduct.stars))
            .where(OcopProduct.cooperative_id.in_(ids), OcopProduct.deleted.is_(False))
            .group_by(OcopProduct.cooperative_id)
        ).all()
    )
    result: dict[uuid.UUID, Facts] = {}
    for cooperative_id in ids:
        total, female = workers.get(cooperative_id, (None, None))
        result[cooperative_id] = Facts(
            women_managed(kinds.get(cooperative_id, ""), posts.get(cooperative_id, []), on),
            female_share(total, female),
            many_jobs_for_women(total, female),
            stars.get(cooperative_id),
        )
    return result


def rows(session: Session, cooperative_ids: list[uuid.UUID], on: date | None = None) -> list[CooperativeRow]:
    """List rows for these ids, in the order given."""
    found = {
        row.id: row
        for row in session.scalars(select(Cooperative).where(Cooperative.id.in_(cooperative_ids)))
    }
    derived = facts(session, cooperative_ids, on)
    names = units.unit_names(session, {row.unit_code for row in found.values()})
    result = []
    for cooperative_id in cooperative_ids:
        row = found.get(cooperative_id)
        if row is None:
            continue
        fact = derived[cooperative_id]
        result.append(
            CooperativeRow(
                row.id, row.kind, row.name, row.unit_code, names.get(row.unit_code, row.unit_code),
                row.status, row.founded_on, row.union_supported, fact.women_managed,
                fact.female_worker_share, fact.many_jobs_for_women, fact.ocop_stars,
            )
        )
    return result


@dataclass(frozen=True)
class PostRow:
    id: uuid.UUID
    role: str
    person_id: uuid.UUID
    person_name: str
    person_sex: str
    started_on: date | None
    ended_on: date | None
    version: int  # of the post, which ending it expects


def posts_of(database: Database, cooperative_id: uuid.UUID) -> list[PostRow]:
    with database.read() as session:
        rows = session.execute(
            select(Post.id, Post.role, Person.id, Person.full_name, Person.sex, Post.started_on, Post.ended_on,
                   Post.version)
            .join(Person, Person.id == Post.person_id)
            .where(Post.cooperative_id == cooperative_id, Post.deleted.is_(False), Person.deleted.is_(False))
            .order_by(Post.ended_on.is_not(None), Post.started_on)
        ).all()
    return [PostRow(*row) for row in rows]
