"""Steering SQLite's query planner where, without statistics, it picks an index that reads much.

SQLite has no statistics unless ANALYZE is run, and then takes any equality on a leading index
column for a narrow search: `deleted IS 0` on the (deleted, name_key, id) index of the People list
looks like a handful of rows, when it is all 300,000 of a province. `unindexed(column)` is the
column as SQLite's documented "+column", which no index answers, so the planner starts from the
selective side of a join; other databases get the plain column.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


class unindexed(ColumnElement[Any]):  # noqa: N801  (reads as a function at the call site)
    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: Any) -> None:
        self.column = column
        self.type = column.type


@compiles(unindexed)
def _plain(element: unindexed, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(unindexed, "sqlite")
def _sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + compiler.process(element.column, **kw)
