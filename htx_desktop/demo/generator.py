"""Realistic demo data for the installation's area: cooperatives, people, trainings and the rest.

`generate(database, scale, seed)` fills an empty database in one transaction (a failure leaves
nothing) with SQLAlchemy Core bulk inserts, so neither ORM objects nor audit entries are made.
The same seed gives the same rows (ids included); only the clock versions and the creation time
differ between runs. Rows belong to (`owner_unit`) the commune they are recorded in.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from htx_desktop.demo import activities, cooperatives, people
from htx_desktop.demo import vocabulary as v
from htx_desktop.demo.common import Commune, Context
from htx_desktop.domain.enums import UnitKind
from htx_desktop.errors import HtxError
from htx_desktop.messages import tr
from htx_desktop.security.access import Actor, Permission
from htx_desktop.services.common import today as current_day
from htx_desktop.storage.base import utcnow
from htx_desktop.storage.database import Database, bulk_cache
from htx_desktop.storage.hlc import HybridClock
from htx_desktop.storage.models import Cooperative, Installation, Unit


@dataclass(frozen=True)
class Scale:
    """How many communes to fill, and the totals spread over them."""

    communes: int
    cooperatives: int
    people: int
    trainings: int
    attendances: int


SCALES: dict[str, Scale] = {
    "commune": Scale(1, 40, 1_200, 120, 4_000),
    "district": Scale(10, 1_000, 30_000, 3_000, 100_000),
    "province": Scale(100, 10_000, 300_000, 30_000, 1_000_000),
}
_QUOTAS = ("cooperatives", "people", "trainings", "attendances")
#: SQLite page cache (KiB) while generating: the random-keyed indexes of a million attendance rows
#: stay in memory instead of spilling to the WAL (province scale: about 20% faster).
_CACHE_KIB = 131_072


def _units(session: Session, installation: Installation) -> tuple[Unit, Unit | None]:
    """The installation's province and, when the installation is a commune, that commune."""
    unit = session.scalar(select(Unit).where(Unit.code == installation.unit_code))
    if unit is None:
        raise HtxError(tr("unknown_unit", code=installation.unit_code))
    own = unit if unit.kind == UnitKind.COMMUNE else None
    province = unit
    while province.kind != UnitKind.PROVINCE:
        code = province.parent_code or province.current_code
        parent = session.scalar(select(Unit).where(Unit.code == code)) if code else None
        if parent is None:
            raise HtxError(tr("unknown_unit", code=str(code)))
        province = parent
    return province, own


def _communes(
    session: Session, rng: random.Random, installation: Installation, scale: Scale
) -> tuple[Unit, list[Unit]]:
    """The communes to fill: the installation's own first, then others of its province."""
    province, own = _units(session, installation)
    all_communes = list(
        session.scalars(
            select(Unit)
            .where(Unit.parent_code == province.code, Unit.kind == UnitKind.COMMUNE, Unit.national)
            .order_by(Unit.code)
        )
    )
    if not all_communes:
        raise HtxError(tr("unknown_unit", code=province.code))
    first = own if own is not None else all_communes[0]
    others = [unit for unit in all_communes if unit.code != first.code]
    picked = sorted(rng.sample(others, min(len(others), scale.communes - 1)), key=lambda unit: unit.code)
    return province, [first] + picked


def _plan(rng: random.Random, units: list[Unit], scale: Scale) -> list[Commune]:
    """Each commune's villages and share of the totals (bigger and smaller communes)."""
    weights = [rng.uniform(0.6, 1.4) for _ in units] if len(units) > 1 else [1.0]
    total = sum(weights)
    communes = []
    for unit, weight in zip(units, weights):
        prefix = f"{unit.division_type} "  # "Xã Tràng Định" -> "Tràng Định"
        place = unit.name[len(prefix):] if unit.name.lower().startswith(prefix.lower()) else unit.name
        villages = tuple(rng.sample(v.VILLAGE_NAMES, rng.randint(10, 18)))
        commune = Commune(unit.code, unit.name, place, unit.division_type == "phường", villages)
        for key in _QUOTAS:
            commune.quota[key] = max(1, round(getattr(scale, key) * weight / total))
        communes.append(commune)
    return communes


def generate(
    database: Database,
    scale: str,
    seed: int = 1,
    progress: Callable[[str], None] | None = None,
    *,
    actor: Actor,
) -> dict[str, int]:
    """Fill an empty database with demo data; returns the rows inserted per table."""
    if scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}; use one of {', '.join(SCALES)}")
    size = SCALES[scale]
    rng = random.Random(seed)
    with database.transaction(actor, Permission.ADMINISTER) as session:
        existing = session.scalar(select(func.count()).select_from(Cooperative))
        if existing:
            raise HtxError(tr("demo_not_empty", count=existing))
        installation = session.get(Installation, 1)
        if installation is None:
            raise HtxError(tr("db_not_initialised", path=str(database.path or database.url)))
        write = session.info.get("write")
        # The transaction's own clock, so that it stores the final version in the installation.
        clock = write.clock if write is not None else HybridClock(installation.clock)
        province, units = _communes(session, rng, installation, size)
        communes = _plan(rng, units, size)
        ctx = Context(
            session, rng, clock, installation.site_id, current_day(), utcnow(),
            province.code, province.name, progress,
        )
        with bulk_cache(session, _CACHE_KIB):
            _fill(ctx, communes)
        installation.clock = clock.last
    if not database.is_sqlite:
        # PostgreSQL plans queries from statistics that a bulk load leaves empty until autovacuum
        # comes round: `progress` at a province took minutes instead of seconds without them.
        with database.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
    return dict(ctx.counts)


def _fill(ctx: Context, communes: list[Commune]) -> None:
    """Every table, parents before children."""
    coops = cooperatives.cooperatives(ctx, communes)
    cooperatives.year_figures(ctx, coops)
    cooperatives.ocop_products(ctx, coops)
    pools = people.people(ctx, communes)
    people.posts(ctx, coops, pools)
    held = activities.trainings(ctx, communes)
    activities.attendances(ctx, communes, held, pools)
    activities.outreach_events(ctx, communes)
    cooperatives.support_actions(ctx, coops)
    cooperatives.job_reports(ctx, coops)
    activities.commendations(ctx, communes, coops, pools)
    activities.funding_entries(ctx, communes, held)
