"""Filter as you type over a province's 300,000 people: each keystroke's first page, p50 and p95.

A keystroke costs what the People list does on the GUI thread (see gui/table_model.py): the
ids of the first page (`ListSource.ids(..., limit=100)`) and the rows of that page. The floor is
the same work for the cheapest filter there is, an exact search key looked up by equality in the
list's own (deleted, name_key, id) index, through the same session, ORM and page of rows: what a
keystroke costs before any substring search. Target: p95 under 20 ms whatever is typed.

Keystrokes: short (one or two letters, including a rare pair), long (names typed letter by
letter), and no-match (typed letter by letter too). Needs `--db`, a province made with
`htx-cli --db D init --unit 20 --role aggregator && htx-cli --db D demo --scale province`.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from benchmarks.common import Figure
from benchmarks.database import at_head

PAGE = 100  # gui.table_model.LazyTableModel.PAGE, without importing Qt

SHORT = ["n", "ng", "h", "ho", "t", "th", "l", "a", "v", "qz", "zz"]
LONG = ["nguyen thi lan", "hoang van minh", "luong thi hoa", "giang seo", "nong duc anh"]
NO_MATCH = ["xyzw", "nguyen qqq", "hoang zzz"]


def typed(words: list[str], shortest: int = 1) -> list[str]:
    """Each text the filter box holds while the words are typed letter by letter."""
    return [word[:n] for word in words for n in range(shortest, len(word) + 1) if word[:n].strip()]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--filter-kind", default="people", help="the list to filter (people, cooperatives…)")


def run(args: argparse.Namespace) -> list[Figure]:
    if args.db is None:
        return []
    from sqlalchemy import func, select

    from htx_desktop.services.list_source import ListFilters
    from htx_desktop.services.listing import SOURCES

    source = SOURCES[getattr(args, "filter_kind", "people")]
    with at_head(args.db) as database:
        def keystroke(text: str) -> Callable[[], float]:
            def measure() -> float:
                started = time.perf_counter()
                with database.read() as session:
                    source.rows(session, source.ids(session, ListFilters(text=text), limit=PAGE), None)
                return (time.perf_counter() - started) * 1000
            return measure

        key = source.sort_keys["name"]  # the search key, the list's name order
        with database.read() as session:  # the most common key: a full page by equality
            common = session.scalar(select(key).where(source.model.deleted.is_(False))
                                    .group_by(key).order_by(func.count().desc()).limit(1))

        def floor() -> float:
            started = time.perf_counter()
            with database.read() as session:
                ids = list(session.scalars(select(source.model.id).where(
                    source.model.deleted.is_(False), key == common).order_by(key, source.model.id).limit(PAGE)))
                source.rows(session, ids, None)
            return (time.perf_counter() - started) * 1000

        groups = {"short": SHORT, "long": typed(LONG, 3), "no match": typed(NO_MATCH, 3)}
        for texts in groups.values():  # warm the caches once, as an officer's session is
            for text in texts:
                keystroke(text)()
        floors: list[float] = []
        figures = []
        for name, texts in groups.items():
            times: list[float] = []
            for _ in range(args.runs):
                for text in texts:
                    times.append(keystroke(text)())
                    floors.append(floor())
            floor_value = statistics.median(floors)
            p50 = statistics.median(times)
            p95 = statistics.quantiles(times, n=20)[-1]
            label = f"filter {source.__class__.__name__.removesuffix('List').lower()}, {name}"
            figures.append(Figure(f"{label}: p50 per keystroke", p50, "ms", floor_value, "equality lookup"))
            figures.append(Figure(f"{label}: p95 per keystroke", p95, "ms", floor_value, "equality lookup", limit=20))
        return figures


if __name__ == "__main__":
    from benchmarks.common import main

    raise SystemExit(main(run, add_arguments))
