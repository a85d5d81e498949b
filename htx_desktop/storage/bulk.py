"""Writing many rows at once (a sync import) through the session's own database connection, so
they stay in the caller's transaction, with no SQLAlchemy work per row.

Values are put in their stored form by the column types, exactly as SQLAlchemy's own statements
put them (`stored_form`: a UUID as hex text and a time as SQLite's text on SQLite), a column at a
time. Inserts carry several rows per statement: SQLite runs a table's triggers (those keeping
the search index, `storage.search_index`) inside a statement journal opened per statement, which
with one row per statement cost more than the insert itself (30,000 people: 1.7 s, against
0.5 s at 50 rows a statement).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Dialect, Table
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

#: Values bound per statement at most: the lowest limit any SQLite build has had (PostgreSQL
#: allows 65,535).
BOUND_VALUES = 999


def stored_form(column_type: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """The function putting a Python value in the form the driver is given for this column (as
    SQLAlchemy's statements do, a TypeDecorator's own step included); None: the value as it is."""
    return column_type.dialect_impl(dialect).bind_processor(dialect)


class BulkStatement:
    """One INSERT (several rows a statement) or UPDATE by id of many rows. On SQLite an update puts
    the rows in a temporary table (in memory: `temp_store`) and changes them all with one
    UPDATE … FROM: 30,000 people, 0.6 s instead of 1.4 s one statement a row."""

    def __init__(self, session: Session, table: Table, columns: Sequence[str], where_id: bool = False) -> None:
        dialect = session.get_bind().dialect
        quote = dialect.identifier_preparer.quote
        mark = "?" if dialect.paramstyle == "qmark" else "%s"  # SQLite; psycopg (format, pyformat)
        target = dialect.identifier_preparer.format_table(table)
        self.session = session
        self.columns = list(columns)
        self.update = where_id
        self._staged: tuple[str, str, str, str] | None = None
        names = [quote(name) for name in self.columns]
        if where_id:
            self.columns.append("id")
            if dialect.name == "sqlite":  # the rows go to a table of their own, then one UPDATE … FROM
                stage = quote(f"bulk_update_{table.name}")
                self._staged = (
                    f"CREATE TEMPORARY TABLE {stage} ({', '.join([*names, quote('id')])})",  # untyped: as bound
                    f"INSERT INTO {stage} VALUES ({', '.join([mark] * len(self.columns))})",
                    f"UPDATE {target} SET {', '.join(f'{name} = staged.{name}' for name in names)} FROM {stage} "
                    f"AS staged WHERE {target}.{quote('id')} = staged.{quote('id')}",
                    f"DROP TABLE {stage}")
            else:
                assignments = ", ".join(f"{name} = {mark}" for name in names)
                self._sql = f"UPDATE {target} SET {assignments} WHERE {quote('id')} = {mark}"
        else:
            self._sql = f"INSERT INTO {target} ({', '.join(names)}) VALUES "
            self._row = f"({', '.join([mark] * len(self.columns))})"
            self.rows_per_statement = max(1, BOUND_VALUES // len(self.columns))
        self.values = itemgetter(*self.columns)  # a record's (dict's) values in column order, as a tuple
        self._converters = []
        for index, name in enumerate(self.columns):
            column_type = table.c[name].type
            processor = stored_form(column_type, dialect)
            if processor is not None:
                # Flags, dates and times recur from row to row: each is converted once per run.
                stored = getattr(column_type, "impl", column_type)  # a TypeDecorator's stored type
                self._converters.append((index, processor, isinstance(stored, (Boolean, Date, DateTime))))

    def _insert(self, rows: int) -> str:
        return self._sql + ", ".join([self._row] * rows)

    def run(self, rows: Sequence[Sequence[Any]]) -> None:
        """`rows` hold Python values in the order of `columns`; converted a column at a time."""
        if not rows:
            return
        columns: list[Sequence[Any]] = list(zip(*rows))
        for index, processor, recurring in self._converters:
            if recurring:
                known: dict[Any, Any] = {}
                columns[index] = [known[value] if value in known else known.setdefault(value, processor(value))
                                  for value in columns[index]]
            else:
                columns[index] = [None if value is None else processor(value) for value in columns[index]]
        stored = list(zip(*columns))
        cursor = self.session.connection().connection.cursor()  # the driver's, in the session's transaction
        try:
            if self._staged is not None:
                create, fill, update, drop = self._staged
                cursor.execute(create)
                cursor.executemany(fill, stored)
                cursor.execute(update)
                cursor.execute(drop)
                return
            if self.update:
                cursor.executemany(self._sql, stored)
                return
            step = self.rows_per_statement
            whole = len(stored) - len(stored) % step
            if whole:
                cursor.executemany(self._insert(step), [tuple(chain.from_iterable(stored[start:start + step]))
                                                        for start in range(0, whole, step)])
            if whole < len(stored):
                cursor.execute(self._insert(len(stored) - whole), tuple(chain.from_iterable(stored[whole:])))
        finally:
            cursor.close()
