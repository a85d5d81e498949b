"""The province's figures read through a larger page cache, and leave the connection's own behind.

On SQLCipher every page read from the file is decrypted and its HMAC checked; progress by commune
looks up the same index pages for indicator after indicator, so with SQLite's default 8 MB cache a
province's figures decrypted each page several times (1.5 s warm against 0.7 s on a plain copy).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from conftest import COMMUNE
from htx_desktop.plans import breakdown
from htx_desktop.plans import progress as service
from htx_desktop.services import overview
from htx_desktop.storage.database import BULK_CACHE_KIB, Database


def _by_commune(session: Session) -> Callable[[], Any]:
    period = service.resolve(session, None, None, None, None, None)
    return lambda: breakdown.dashboard(session, period)


def _progress(session: Session) -> Callable[[], Any]:
    period = service.resolve(session, None, None, None, None, None)
    return lambda: service.measure(session, period)


def _chart(session: Session) -> Callable[[], Any]:
    return lambda: breakdown.yearly(session, COMMUNE, 2021, date(2026, 6, 30))


def _overview(session: Session) -> Callable[[], Any]:
    return lambda: overview.summary(session)


#: Each prepares its figures in a session (choosing the plan and period is not part of them).
FIGURES: dict[str, Callable[[Session], Callable[[], Any]]] = {
    "progress by commune": _by_commune, "progress": _progress, "chart by year": _chart, "overview": _overview}


@pytest.mark.parametrize("figures", FIGURES.values(), ids=FIGURES.keys())
def test_figures_are_read_through_a_larger_page_cache_then_the_connections_own_again(
        db: Database, figures: Callable[[Session], Callable[[], Any]]) -> None:
    if not db.is_sqlite:
        pytest.skip("a SQLite page cache")
    assert db.is_encrypted  # the template has an administrator: SQLCipher, as at a real office
    service.prepare(db)
    seen: list[int] = []

    def cache_at_each_query(connection, cursor, statement, parameters, context, many):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append(cursor.connection.execute("PRAGMA cache_size").fetchone()[0])

    with db.read() as session:
        own = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        compute = figures(session)
        event.listen(db.engine, "before_cursor_execute", cache_at_each_query)
        try:
            compute()
        finally:
            event.remove(db.engine, "before_cursor_execute", cache_at_each_query)
        after = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()

    assert own != -BULK_CACHE_KIB
    assert len(seen) >= 5 and set(seen) == {-BULK_CACHE_KIB}  # every figure's query
    assert after == own


def test_figures_leave_the_cache_as_it_was_when_they_fail(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    if not db.is_sqlite:
        pytest.skip("a SQLite page cache")
    service.prepare(db)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a query failed")

    monkeypatch.setattr(breakdown, "commune_rows", broken)
    with db.read() as session:
        own = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        with pytest.raises(RuntimeError):
            _by_commune(session)()
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == own


def test_the_overview_counts_people_and_women_over_one_narrow_index(db: Database) -> None:
    """Both counts read ix_people_facts, the second from the cache; the People list's index (as
    large again) is not read too."""
    if not db.is_sqlite:
        pytest.skip("SQLite's query plans")
    statements: list[tuple[str, Any]] = []

    def record(connection, cursor, statement, parameters, context, many):  # type: ignore[no-untyped-def]
        if "FROM people" in statement:
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.read() as session:
            overview.summary(session)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    with db.read() as session:
        plans = [" ".join(row[3] for row in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}",
                                                                                  parameters).all())
                 for sql, parameters in statements if sql.lstrip().startswith("SELECT count(*)")]
    people_counts = [plan for plan in plans if "SEARCH posts" not in plan and "SCAN posts" not in plan]
    assert len(people_counts) == 2
    assert all("COVERING INDEX ix_people_facts" in plan for plan in people_counts), people_counts
