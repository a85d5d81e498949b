"""Shared machinery of the demo-data generator: the seeded random source, ids, dates, and a
writer that stamps sync columns and inserts rows in chunks with SQLAlchemy Core.

Rows are inserted table by table in dependency order (parents first), so foreign keys hold at
every chunk and each table gets one progress line.
"""

from __future__ import annotations

import itertools
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import insert
from sqlalchemy.orm import Session

from htx_desktop.storage.hlc import HybridClock

T = TypeVar("T")

#: Districts were abolished on this day: "huyện" bodies only appear in records before it.
DISTRICTS_ABOLISHED = date(2025, 7, 1)
#: The ministries and provincial departments of agriculture and environment merged on this day.
AGRI_ENV_MERGED = date(2025, 3, 1)
FIGURE_YEARS = (2023, 2024, 2025)


@dataclass
class Commune:
    """A commune the demo data fills, with its share of each table and its own villages."""

    code: str
    name: str  # "Xã Tràng Định"
    place: str  # "Tràng Định"
    ward: bool  # a phường: urban, more Kinh people, "khối" instead of villages in addresses
    villages: tuple[str, ...]
    quota: dict[str, int] = field(default_factory=dict)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


class Picker:
    """Weighted choice from a fixed population, with precomputed cumulative weights."""

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = list(items)
        self.cum = list(itertools.accumulate(weights))

    def __call__(self, rng: random.Random) -> Any:
        return rng.choices(self.items, cum_weights=self.cum)[0]


class Context:
    """What every part of the generator shares: rng, clock, today, and the chunked writer."""

    def __init__(
        self,
        session: Session,
        rng: random.Random,
        clock: HybridClock,
        site_id: str,
        today: date,
        now: datetime,
        province_code: str,
        province_name: str,
        progress: Callable[[str], None] | None,
        chunk: int = 20_000,
    ) -> None:
        self.session = session
        self.rng = rng
        self.clock = clock
        self.site_id = site_id
        self.today = today
        self.now = now
        self.province_code = province_code
        self.province_name = province_name
        self.progress = progress
        self.chunk = chunk
        self.counts: dict[str, int] = {}
        self._buffer: list[dict[str, Any]] = []
        self._table: Any = None
        self._constants: dict[str, Any] = {}
        self._columns: list[tuple[str, Callable[[Any], Any] | None]] = []
        self._sql: str | None = None
        self._copy = False

    # --- random values ------------------------------------------------------------------

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def day(self, low: date, high: date) -> date:
        """A day from low to high inclusive (low when the range is empty)."""
        if high <= low:
            return low
        return date.fromordinal(self.rng.randint(low.toordinal(), high.toordinal()))

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def money(self, low: int, high: int, step: int = 1_000_000) -> int:
        """VND amount, log-uniform between low and high, rounded to step."""
        value = low * (high / low) ** self.rng.random()
        return max(step, int(round(value / step)) * step)

    # --- writing ------------------------------------------------------------------------

    def begin(self, model: Any) -> None:
        """Start the rows of one table (the previous table is finished first)."""
        self.finish()
        table = self._table = model.__table__
        self.counts.setdefault(table.name, 0)
        self._constants = {"site_id": self.site_id, "created_at": self.now, "updated_at": self.now, "deleted": False}
        dialect = self.session.get_bind().dialect
        sqlite = dialect.name == "sqlite" and dialect.paramstyle == "qmark"
        self._copy = dialect.name == "postgresql" and dialect.driver == "psycopg"
        if sqlite or self._copy:
            # Fast path: the dialect's own value conversions, column by column, then one
            # executemany of plain tuples (SQLite) or one COPY (PostgreSQL, about 8 times faster
            # than INSERTs); Core's per-row parameter handling dominated the time.
            quote = dialect.identifier_preparer.quote
            self._columns = [(c.name, c.type.dialect_impl(dialect).bind_processor(dialect)) for c in table.columns]
            for name, processor in self._columns:
                if name in self._constants and processor is not None:
                    self._constants[name] = processor(self._constants[name])
            names = ", ".join(quote(name) for name, _ in self._columns)
            into = f"{dialect.identifier_preparer.format_table(table)} ({names})"
            self._sql = (f"COPY {into} FROM STDIN" if self._copy
                         else f"INSERT INTO {into} VALUES ({', '.join('?' for _ in self._columns)})")
        else:
            self._sql = None

    def add(self, owner_unit: str, values: dict[str, Any]) -> None:
        """Queue a row of the current table, with a new id (unless given), owner and version."""
        if "id" not in values:
            values["id"] = self.uuid()
        values["owner_unit"] = owner_unit
        values["version"] = self.clock.tick()
        self._buffer.append(values)
        if len(self._buffer) >= self.chunk:
            self._flush()

    def _flush(self) -> None:
        rows, self._buffer = self._buffer, []
        if not rows:
            return
        if self._sql is None:
            for row in rows:
                row.update(self._constants)
            self.session.execute(insert(self._table), rows)
        else:
            columns: list[Any] = []
            for name, processor in self._columns:
                if name in self._constants:
                    columns.append(itertools.repeat(self._constants[name], len(rows)))
                else:
                    values = [row[name] for row in rows]
                    columns.append(map(processor, values) if processor is not None else values)
            if self._copy:
                cursor = self.session.connection().connection.driver_connection.cursor()
                with cursor, cursor.copy(self._sql) as copy:
                    for row in zip(*columns):
                        copy.write_row(row)
            else:
                self.session.connection().exec_driver_sql(self._sql, list(zip(*columns)))
        self.counts[self._table.name] += len(rows)

    def finish(self) -> None:
        """Insert what is left of the current table and report it."""
        if self._table is None:
            return
        self._flush()
        if self.progress is not None:
            self.progress(f"{self._table.name}: {self.counts[self._table.name]:,}")
        self._table = None
