"""What every list is made of: the filters an officer sets, and a source that turns them into
ids (one filtered, sorted SQL query) and rows for a page of ids."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from htx_desktop.services.id_list import IdList, read_ids
from htx_desktop.services.search import first_page, indexed_matches, matches, narrowed
from htx_desktop.text import search_terms


#: Rows read per query when a whole list is read: a province's 300,000 ids in one IN (...) are
#: more parameters than PostgreSQL's driver sends (65,535) and than SQLite allows by default.
ROWS_PER_QUERY = 500


@dataclass(frozen=True)
class ListFilters:
    text: str = ""
    unit_codes: tuple[str, ...] | None = None  # None: every unit
    kind: str | None = None  # cooperative kind, person sex, training topic, the kind of an activity
    status: str | None = None  # cooperative status
    year: int | None = None  # founding, birth, start year, or the year of an activity


class ListSource:
    """One kind of list: the table, its sort keys, and how to build rows for a page."""

    model: Any
    search_key: Any = None  # the model's own search-key column the text filter reads, if it has one
    sort_keys: dict[str, Any]
    default_sort = "name"

    def _filtered(self, query: Select, filters: ListFilters) -> Select:
        raise NotImplementedError

    def ids(
        self, session: Session, filters: ListFilters, sort: str | None = None, descending: bool = False,
        limit: int | None = None,
    ) -> IdList:
        key = self.sort_keys.get(sort or self.default_sort, self.sort_keys[self.default_sort])
        order = key.desc() if descending else key.asc()
        query = select(self.model.id).where(self.model.deleted.is_(False))
        if self.search_key is not None and search_terms(filters.text):  # matched here, by the index if it helps
            text, filters = filters.text, replace(filters, text="")
            indexed = indexed_matches(session, self.search_key, text)
            if indexed is None and limit is not None and getattr(key, "key", None) == self.search_key.key:
                base = self._filtered(select(self.search_key, self.model.id).where(self.model.deleted.is_(False)),
                                      filters)
                return IdList(first_page(session, base, self.search_key, self.model.id, text, limit, descending))
            query = narrowed(query, self.search_key, text, indexed)
        query = self._filtered(query, filters)
        query = query.order_by(order, self.model.id)
        return read_ids(session, query if limit is None else query.limit(limit), self.model.id)

    def rows(self, session: Session, ids: Sequence[uuid.UUID], role: str | None) -> list[Any]:
        raise NotImplementedError

    def rows_in_parts(self, session: Session, ids: Sequence[uuid.UUID], role: str | None) -> Iterator[Any]:
        """The rows of a whole list (an export, `htx-cli list`), read ROWS_PER_QUERY at a time."""
        for first in range(0, len(ids), ROWS_PER_QUERY):
            yield from self.rows(session, ids[first:first + ROWS_PER_QUERY], role)

    @staticmethod
    def name_of(row: Any) -> str:
        """What names a row in the list's first column (`htx-cli list` prints it beside the id)."""
        return row.name


def common_filters(query: Select, model: Any, name_column: Any, filters: ListFilters) -> Select:
    """The text typed (on the name's search key, unless `name_column` is None) and the units."""
    if filters.text and name_column is not None:
        query = query.where(matches(name_column, filters.text))
    if filters.unit_codes is not None:
        query = query.where(model.unit_code.in_(filters.unit_codes))
    return query
