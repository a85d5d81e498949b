"""Deciding what an opened sync file would change, without writing anything.

Per row: new (insert), changed (the incoming version wins), unchanged (same or older version),
or rejected (its natural key is taken by another record). The newer write wins by
`storage.hlc.newer` (version, ties by installation id); when two installations wrote different
contents, the losing version goes to the conflict log. A file carrying rows of units its sender
does not speak for (or, from above, rows of this installation's own units), a row changing owner,
a national unit, or rows that point at records nobody has, is refused as a whole.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, UniqueConstraint, select, tuple_
from sqlalchemy.orm import Session

from htx_desktop.messages import tr
from htx_desktop.storage.base import Base, synced_tables
from htx_desktop.storage.hlc import newer
from htx_desktop.storage.models import SyncConflict
from htx_desktop.sync import scope, trust
from htx_desktop.sync.errors import Refusal
from htx_desktop.sync.format import DOWN
from htx_desktop.sync.payload import decode_section
from htx_desktop.sync.reader import OpenedFile
from htx_desktop.sync.rows import META_COLUMNS

CHUNK = 500


@dataclass
class TableCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    rejected: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class Conflict:
    table: str
    row_id: uuid.UUID
    kind: str  # older, duplicate
    winner: tuple[int, str]
    loser: dict[str, Any]


@dataclass
class MergePlan:
    counts: dict[str, TableCounts] = field(default_factory=dict)
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: Changed rows with the local row they replace (for the audit trail).
    updates: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    max_version: int = 0

    @property
    def writes(self) -> int:
        return sum(len(rows) for rows in self.inserts.values()) + sum(len(rows) for rows in self.updates.values())


def _chunks(values: list[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _local_rows(session: Session, table: Table, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return found


def _content(row: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key not in META_COLUMNS}


def plan_merge(session: Session, opened: OpenedFile) -> MergePlan:
    assert opened.sections is not None
    plan = MergePlan()
    down = opened.manifest.direction == DOWN
    if down:  # reference data from above, never rows of this installation's own units
        ours = scope.expand(session, [trust.installation(session).unit_code])

        def may_own(owner: str) -> bool:
            return owner not in ours
    else:  # the sender's own units and those it serves
        may_own = scope.served_by_key(session, opened.sender).__contains__
    incoming: dict[str, list[dict[str, Any]]] = {}
    for name in synced_tables():
        section = opened.sections.get(name)
        if section is None or not section.rows:
            continue
        if down and name not in scope.REFERENCE_TABLES:
            raise Refusal("not_reference", table=tr(f"table.{name}"))
        assert opened.checks is not None
        records = decode_section(section, opened.checks)
        incoming[name] = records
        _plan_table(session, plan, Base.metadata.tables[name], records, may_own, opened)
    _check_references(session, plan, incoming)
    return plan


def _not_owned(table: str, owner: str, opened: OpenedFile) -> Refusal:
    return Refusal("not_owned", table=tr(f"table.{table}"), owner=owner or "—", unit=opened.sender_name)


def _plan_table(session: Session, plan: MergePlan, table: Table, records: list[dict[str, Any]],
                may_own: Callable[[str], bool], opened: OpenedFile) -> None:
    name = table.name
    counts = plan.counts.setdefault(name, TableCounts())
    ids = [record["id"] for record in records]
    if len(set(ids)) != len(ids):
        raise Refusal("damaged", detail=f"{name}: the same record twice")
    for record in records:
        if not may_own(record["owner_unit"]):
            if opened.manifest.direction == DOWN:
                raise Refusal("ours_from_above", table=tr(f"table.{name}"), owner=record["owner_unit"])
            raise _not_owned(name, record["owner_unit"], opened)
        if name == "units" and record.get("national"):
            raise _not_owned(name, record["code"], opened)
        plan.max_version = max(plan.max_version, record["version"])
    local = _local_rows(session, table, ids)
    inserts: list[dict[str, Any]] = []
    updates: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for record in records:
        mine = local.get(record["id"])
        if mine is None:
            inserts.append(record)
            continue
        # The stored row decides who owns it: a row never changes owner, and one without an owner
        # (a national unit) is never taken by a row claiming it.
        if name == "units" and (mine["national"] or not mine["owner_unit"]):
            raise Refusal("protected_unit", code=mine["code"])
        if mine["owner_unit"] != record["owner_unit"]:
            raise Refusal("owner_change", table=tr(f"table.{name}"), owner=mine["owner_unit"] or "—",
                          claimed=record["owner_unit"])
        incoming_key, local_key = (record["version"], record["site_id"]), (mine["version"], mine["site_id"])
        if incoming_key == local_key:
            counts.unchanged += 1
            continue
        wins = newer(*incoming_key, *local_key)
        differs = mine["version"] > 0 and record["site_id"] != mine["site_id"] and _content(record) != _content(mine)
        if wins:
            updates.append((record, mine))
        else:
            counts.unchanged += 1
        if differs:
            loser = mine if wins else record
            winner = incoming_key if wins else local_key
            plan.conflicts.append(Conflict(name, record["id"], "older", winner, loser))
            counts.conflicts += 1
    inserts, updates = _without_taken_keys(session, plan, table, inserts, updates)
    if name == "units":
        inserts = _parents_first(inserts)
    counts.new += len(inserts)
    counts.changed += len(updates)
    if inserts:
        plan.inserts[name] = inserts
    if updates:
        plan.updates[name] = updates


def _unique_keys(table: Table) -> list[list[str]]:
    keys = {(column.name,) for column in table.columns if column.unique and not column.primary_key}
    keys |= {tuple(column.name for column in constraint.columns) for constraint in table.constraints
             if isinstance(constraint, UniqueConstraint)}
    return [list(key) for key in sorted(keys)]


def _without_taken_keys(session: Session, plan: MergePlan, table: Table, inserts: list[dict[str, Any]],
                        updates: list[tuple[dict[str, Any], dict[str, Any]]]):  # type: ignore[no-untyped-def]
    """Rows whose natural key (a plan's code...) another record holds here are rejected and logged."""
    counts = plan.counts[table.name]
    for names in _unique_keys(table):
        columns = [table.c[name] for name in names]
        writes = inserts + [record for record, _ in updates]
        keys = {tuple(record[name] for name in names) for record in writes}
        keys = [key for key in keys if None not in key]
        #: key -> (id, version, site) of the record holding it: here first, then the first in the file
        holder: dict[tuple[Any, ...], tuple[uuid.UUID, int, str]] = {}
        for chunk in _chunks(keys):
            condition = columns[0].in_([k[0] for k in chunk]) if len(columns) == 1 else tuple_(*columns).in_(chunk)
            query = select(table.c.id, table.c.version, table.c.site_id, *columns).where(condition)
            for row in session.execute(query):
                holder[tuple(row[3:])] = (row[0], row[1], row[2])
        rejected: set[uuid.UUID] = set()
        for record in writes:
            key = tuple(record[name] for name in names)
            if None in key:
                continue
            held = holder.setdefault(key, (record["id"], record["version"], record["site_id"]))
            if held[0] != record["id"]:
                rejected.add(record["id"])
                counts.rejected += 1
                plan.conflicts.append(Conflict(table.name, record["id"], "duplicate", (held[1], held[2]), record))
        if rejected:
            inserts = [record for record in inserts if record["id"] not in rejected]
            updates = [pair for pair in updates if pair[0]["id"] not in rejected]
    return inserts, updates


def _parents_first(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_code = {record["code"]: record for record in records}
    ordered: list[dict[str, Any]] = []
    done: set[str] = set()

    def visit(record: dict[str, Any], depth: int = 0) -> None:
        if record["code"] in done or depth > 50:
            return
        for link in ("parent_code", "current_code", "receiving_code"):
            parent = by_code.get(record.get(link) or "")
            if parent is not None and parent is not record:
                visit(parent, depth + 1)
        if record["code"] not in done:
            done.add(record["code"])
            ordered.append(record)

    for record in records:
        visit(record)
    return ordered


def _check_references(session: Session, plan: MergePlan, incoming: dict[str, list[dict[str, Any]]]) -> None:
    """Every row written must point at records that exist here or arrive in the same file."""
    for name in set(plan.inserts) | set(plan.updates):
        table = Base.metadata.tables[name]
        rows = plan.inserts.get(name, []) + [record for record, _ in plan.updates.get(name, [])]
        for column in table.columns:
            for foreign in column.foreign_keys:
                target = foreign.column
                values = {row[column.name] for row in rows if row[column.name] is not None}
                values -= {row[target.name] for row in incoming.get(target.table.name, [])}
                for chunk in _chunks(sorted(values, key=str)):
                    present = set(session.scalars(select(target).where(target.in_(chunk))))
                    missing = [value for value in chunk if value not in present]
                    if missing:
                        raise Refusal("missing_reference", table=tr(f"table.{name}"), column=column.name,
                                      value=missing[0])


def known_conflict(session: Session, conflict: Conflict) -> bool:
    return session.scalar(
        select(SyncConflict.id).where(
            SyncConflict.table_name == conflict.table,
            SyncConflict.row_id == str(conflict.row_id),
            SyncConflict.loser_site == conflict.loser["site_id"],
            SyncConflict.loser_version == conflict.loser["version"],
        )
    ) is not None
