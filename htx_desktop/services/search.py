"""Search for people and cooperatives, ignoring diacritics and case.

Every word of the query must occur in the name's search key: "nguyen lan" finds "Nguyễn Thị Lan".
Plain LIKE on an ASCII key works the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from htx_desktop.domain.records import SearchHit
from htx_desktop.messages import label
from htx_desktop.domain.enums import CooperativeKind, Sex
from htx_desktop.services.units import unit_names
from htx_desktop.storage.models import Cooperative, Person
from htx_desktop.text import search_terms


def matches(column, query: str):  # type: ignore[no-untyped-def]
    """SQL condition: every word of the query occurs in the search-key column."""
    return _like(column, search_terms(query))


def _like(column, terms: list[str]):  # type: ignore[no-untyped-def]
    escaped = [term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for term in terms]
    return and_(*(column.like(f"%{term}%", escape="\\") for term in escaped))


def search(session: Session, query: str, limit: int = 100) -> list[SearchHit]:
    terms = search_terms(query)
    if not terms:
        return []
    cooperatives = session.execute(
        select(Cooperative.id, Cooperative.name, Cooperative.unit_code, Cooperative.kind)
        .where(_like(Cooperative.name_key, terms), Cooperative.deleted.is_(False))
        .order_by(Cooperative.name_key)
        .limit(limit)
    ).all()
    people = session.execute(
        select(Person.id, Person.full_name, Person.unit_code, Person.sex, Person.birth_year)
        .where(_like(Person.name_key, terms), Person.deleted.is_(False))
        .order_by(Person.name_key)
        .limit(limit)
    ).all()
    names = unit_names(session, {row.unit_code for row in cooperatives} | {row.unit_code for row in people})
    hits = [
        SearchHit("cooperative", row.id, row.name, row.unit_code, names.get(row.unit_code, ""),
                  label(CooperativeKind(row.kind)))
        for row in cooperatives
    ]
    hits += [
        SearchHit("person", row.id, row.full_name, row.unit_code, names.get(row.unit_code, ""),
                  f"{label(Sex(row.sex))}, {row.birth_year or '?'}")
        for row in people
    ]
    return hits
