"""Search for people and cooperatives, ignoring diacritics and case.

Every word of the query must occur in the name's search key: "nguyen lan" finds "Nguyễn Thị Lan".
`matches` is that rule as plain LIKE on the folded key, the same on SQLite and PostgreSQL (where
the `pg_trgm` index of `storage.search_index` answers it). On SQLite, `indexed_matches` answers the
same question from the FTS5 trigram index when the query is selective (see its docstring).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (ColumnElement, Select, and_, column, false, func, literal_column, not_, or_, select, table,
                        true)
from sqlalchemy import text as text_clause
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import FromClause, Join

from htx_desktop.domain.records import SearchHit
from htx_desktop.messages import label
from htx_desktop.domain.enums import CooperativeKind, Sex
from htx_desktop.services.units import unit_names
from htx_desktop.storage.models import Cooperative, Person
from htx_desktop.storage.search_index import SEARCHED, TRIGRAM, index_table, later_key, words_table
from htx_desktop.text import search_terms

#: A query that matches fewer rows than this is answered from the trigram index and sorted; a
#: broader one by walking the list in its sort order with LIKE, which meets a page of matches soon.
SELECTIVE = 2000
#: The index's answers to the last questions asked, with the version of the index they came from:
#: typing "nguyen t", "nguyen th", "nguyen thi" asks the index about "nguyen" each time. FTS5
#: rewrites its structure record (row 10 of the `_data` table) on every change to the index, so
#: an answer is reused only while that record is byte for byte the one it was read with.
_ASKED: OrderedDict[tuple[str, str, str, int], tuple[bytes, tuple[str, int, int]]] = OrderedDict()
_REMEMBERED = 256
_STRUCTURE = 10

#: A term of one or two letters held by more words than this ("n") is common: a page of its
#: matches is met soon walking the list; a rarer one ("qz") is asked of the index as those words.
RARE_WORDS = 40

#: A word in more than this share of the rows ("thi" in most women's names) narrows too little to
#: be worth the index's time: it is checked with LIKE on the rows the other words found.
COMMON = 0.3


def matches(column, query: str):  # type: ignore[no-untyped-def]
    """SQL condition: every word of the query occurs in the search-key column."""
    return _like(column, search_terms(query))


def _like(column, terms: list[str]):  # type: ignore[no-untyped-def]
    escaped = [term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for term in terms]
    return and_(true(), *(column.like(f"%{term}%", escape="\\") for term in escaped))


@dataclass(frozen=True)
class IndexedMatch:
    source: FromClause  # the rows the index found, CROSS JOIN the searched table: the few rows drive
    condition: ColumnElement[bool]  # LIKE for the words the index was not asked about


def indexed_matches(session: Session, key: Any, query: str, *, not_initial: bool = False) -> IndexedMatch | None:
    """The rows whose search key contains every word of the query, found through the FTS5 trigram
    index, or None where `matches` (LIKE) is the better way: not SQLite, a key without an index, no
    word the index narrows, or SELECTIVE matches or more. With `not_initial`, only the keys that
    start with none of the words of 3 characters or more.

    Selects exactly what `matches` selects: a phrase of trigrams is a substring of the key. The
    longest words are asked of the index first and the others checked with LIKE on the few rows
    found, since a common word ("thi") costs the index more than it narrows. A word of one or two
    letters has no trigram: it is asked as the words of the keys that contain it (`_short_query`),
    when they are few. The index is asked once: the row numbers it gives (fewer than SELECTIVE)
    drive the query.
    """
    terms = search_terms(query)
    searched = key.table
    if session.get_bind().dialect.name != "sqlite" or SEARCHED.get(searched.name) != key.name:
        return None
    index = table(index_table(searched.name), column("rowid"))
    long_terms = sorted({term for term in terms if len(term) >= TRIGRAM}, key=len, reverse=True)
    initial = (" NOT (" + " OR ".join("^" + _phrase(term) for term in long_terms) + ")"
               if not_initial and long_terms else "")

    version = session.execute(select(column("block")).select_from(table(f"{index.name}_data"))
                              .where(column("id") == _STRUCTURE)).scalar()

    def ask(wanted_terms: list[str]) -> tuple[str, int, int]:
        """The index's rows for all these terms (at most SELECTIVE), how many, the last row number."""
        wanted = "(" + " AND ".join(asked[term] for term in wanted_terms) + ")" + initial
        remembered = (str(session.get_bind().url), index.name, wanted, SELECTIVE)
        known = _ASKED.get(remembered)
        if known is not None and known[0] == version:
            _ASKED.move_to_end(remembered)
            return known[1]
        found = select(index.c.rowid).where(literal_column(index.name).op("MATCH")(wanted)).limit(SELECTIVE)
        found = found.subquery()
        answer = tuple(session.execute(
            select(func.json_group_array(found.c.rowid), func.count(), func.max(found.c.rowid))).one())
        _ASKED[remembered] = (version, answer)
        while len(_ASKED) > _REMEMBERED:
            _ASKED.popitem(last=False)
        return answer

    def driven_by(rowids: str, words: list[str]) -> IndexedMatch:
        rest = [term for term in terms if term not in words]
        rows = func.json_each(rowids).table_valued("value")
        rowid = literal_column(f"{searched.name}.rowid")
        return IndexedMatch(_CrossJoin(rows, searched, rowid == rows.c.value), _like(key, rest) if rest else true())

    asked = {term: _phrase(term) for term in long_terms}  # term -> the FTS5 query of the keys holding it
    share: dict[str, float] = {}  # of the rows, roughly, that contain the word (rows are numbered 1, 2...)
    for term in long_terms:
        rowids, count, last = ask([term])
        if count < SELECTIVE:
            return driven_by(rowids, [term])
        share[term] = SELECTIVE / last
    for term in sorted({term for term in terms if len(term) < TRIGRAM}):
        words = _words_holding(session, searched.name, term)
        if words == []:  # no key has ever held it
            return IndexedMatch(searched, false())
        if words is not None:
            asked[term] = "(" + " OR ".join(_phrase(word) for word in words) + ")"
            rowids, count, last = ask([term])
            if count < SELECTIVE:
                return driven_by(rowids, [term])
            share[term] = SELECTIVE / last
    narrowing = sorted((term for term in share if share[term] < COMMON), key=share.__getitem__)
    for used in range(2, len(narrowing) + 1):
        rowids, count, _last = ask(narrowing[:used])
        if count < SELECTIVE:
            return driven_by(rowids, narrowing[:used])
    return None


def _words_holding(session: Session, searched: str, term: str) -> list[str] | None:
    """The words of the keys that contain a term too short for a trigram ("qz"), or None when
    they are too many to ask the index about (a common letter: the list is walked for it) or one
    of them is too short to be a phrase of the index itself."""
    words = table(words_table(searched), column("word"))
    found = list(session.scalars(select(words.c.word).where(_like(words.c.word, [term])).limit(RARE_WORDS + 1)))
    if len(found) > RARE_WORDS or any(len(word) < TRIGRAM for word in found):
        return None
    return found


def first_page(session: Session, base: Select, key: Any, id_column: Any, text: str, limit: int,
               descending: bool = False) -> list[Any]:
    """The first `limit` ids of `base` (a SELECT of key and id, other filters applied) whose key
    matches the text, in key order, when the text has words and `indexed_matches` found it too common.

    Many matches sharing the start of their key ("nguyen …", a tenth of a province's people) lie
    together in the middle of the list: walking it from the top with LIKE meets them only after
    half of it. So the keys that start with a word are read from their range of the key index,
    and the others (spread over the list, or few and taken from the trigram index) apart; the
    first page is the first rows of both. On PostgreSQL the trigram indexes of `storage.search_index`
    are steered to the rows of each part (`_postgresql_rest`, `_walking`).
    """
    terms = sorted(set(search_terms(text)))
    order = (key.desc() if descending else key.asc(), id_column.asc())  # equal keys by id, as the whole list
    every = matches(key, text)
    postgresql = _postgresql_rest(session, key, terms)
    # On PostgreSQL the rest is read through the index of the key past its first letter, which
    # holds every word of 3 letters or more a key does not start with: only those words' ranges
    # are read apart (all of them, when the words are shorter).
    apart = ([term for term in terms if len(term) >= TRIGRAM] or terms) if postgresql is not None else terms
    initial = [and_(key >= term, key < term[:-1] + chr(ord(term[-1]) + 1)) for term in apart]
    rest = and_(*(not_(starts) for starts in initial))
    indexed = None if postgresql is not None else indexed_matches(session, key, text, not_initial=True)
    if postgresql is not None:
        last = base.where(postgresql, rest)
    elif indexed is None:
        last = base.where(every, rest)
    else:
        last = base.select_from(indexed.source).where(indexed.condition, rest)

    def first_rows(query: Select) -> set[tuple[str, Any]]:
        return {(key_value, row_id) for key_value, row_id in session.execute(query.order_by(*order).limit(limit))}

    with _walking(session, postgresql is not None):
        rows = set().union(*(first_rows(base.where(every, starts)) for starts in initial))
    rows |= first_rows(last)
    ordered = sorted(rows, key=lambda row: row[1].int)
    ordered.sort(key=lambda row: row[0], reverse=descending)  # stable: as ORDER BY key, id
    return [row_id for _key, row_id in ordered[:limit]]


@contextmanager
def _walking(session: Session, postgresql: bool) -> Iterator[None]:
    """On PostgreSQL, the keys that start with a word are read by walking its range of the key
    index: otherwise the planner, which cannot tell how many of them hold the other words, may
    fetch every key of the range holding a common word from the trigram index instead ("nguyen
    q": 19,000 rows, 34 ms, where the walk takes 3)."""
    if not postgresql:
        yield
        return
    session.execute(text_clause("SET LOCAL enable_bitmapscan = off"))
    try:
        yield
    finally:
        session.execute(text_clause("SET LOCAL enable_bitmapscan TO DEFAULT"))


def _postgresql_rest(session: Session, key: Any, terms: list[str]) -> ColumnElement[bool] | None:
    """On PostgreSQL, for the keys that start with no term of 3 letters or more (with none of the
    terms, when all are shorter): every term in the key, written so its
    trigram indexes (`storage.search_index`) find the few such keys rather than walking the list
    past the many that start with a common word ("nguyen"): a term of 3 letters or more in the key
    without its first letter (the same, for a key that does not start with it); when all are of
    one or two letters, a rare one ("qz") in the key and in one of the few words that hold it (the
    same again). None elsewhere, or for a key without those indexes."""
    if session.get_bind().dialect.name != "postgresql" or SEARCHED.get(key.table.name) != key.name:
        return None
    conditions = [_like(later_key(key), [term]) if len(term) >= TRIGRAM else _like(key, [term]) for term in terms]
    if all(len(term) < TRIGRAM for term in terms):  # else a longer term's trigrams find the keys
        for term in terms:
            words = _words_holding(session, key.table.name, term)
            if words is not None:
                conditions.append(or_(false(), *(_like(key, [word]) for word in words)))
    return and_(true(), *conditions)


def where_text(session: Session, query: Select, key: Any, text: str) -> Select:
    """`query` narrowed to the rows whose `key` matches the text: through the index when it is
    selective, else with `matches`."""
    return narrowed(query, key, text, indexed_matches(session, key, text) if search_terms(text) else None)


def narrowed(query: Select, key: Any, text: str, indexed: IndexedMatch | None) -> Select:
    if indexed is None:
        return query.where(matches(key, text))
    return query.select_from(indexed.source).where(indexed.condition)


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


class _CrossJoin(Join):
    """An inner join SQLite must run in the order written (the index first), as CROSS JOIN says."""

    inherit_cache = True


@compiles(_CrossJoin, "sqlite")
def _cross_join(element: _CrossJoin, compiler: Any, **kw: Any) -> str:
    inner = compiler.visit_join(element, **kw)  # "people_search JOIN people ON ..."
    return inner.replace(" JOIN ", " CROSS JOIN ", 1)


def search(session: Session, query: str, limit: int = 100) -> list[SearchHit]:
    if not search_terms(query):
        return []
    cooperatives = session.execute(where_text(
        session, select(Cooperative.id, Cooperative.name, Cooperative.unit_code, Cooperative.kind),
        Cooperative.__table__.c.name_key, query,
    ).where(Cooperative.deleted.is_(False)).order_by(Cooperative.name_key, Cooperative.id).limit(limit)).all()
    people = session.execute(where_text(
        session, select(Person.id, Person.full_name, Person.unit_code, Person.sex, Person.birth_year),
        Person.__table__.c.name_key, query,
    ).where(Person.deleted.is_(False)).order_by(Person.name_key, Person.id).limit(limit)).all()
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
