"""Deciding what an opened sync file changes, a chunk of rows at a time.

Per row: new (insert), changed (the incoming version wins), unchanged (same or older version),
or rejected (its natural key is taken by another record). The newer write wins by
`storage.hlc.newer` (version, ties by installation id); when two installations wrote different
contents, the losing version goes to the conflict log. A file carrying rows of units its sender
does not speak for (or, from above, rows of this installation's own units), a row changing owner,
a national unit, or rows that point at records nobody has, is refused as a whole.

The rows come in chunks (`payload.read_payload`), and an import writes each chunk before the
next is read. What earlier chunks brought and claimed (ids, natural keys, the records they
changed) is kept here, so every chunk is decided as if the whole file were decided at once
against the database as it was before the import, whether the earlier chunks were written
(import) or not (preview). Existing rows are looked up per chunk, one query per few hundred ids.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, UniqueConstraint, select
from sqlalchemy.orm import Session

from htx_desktop.messages import tr
from htx_desktop.storage.base import Base
from htx_desktop.storage.bulk import stored_form
from htx_desktop.storage.hlc import newer
from htx_desktop.storage.models import SyncConflict
from htx_desktop.sync import scope, trust
from htx_desktop.sync.errors import Refusal
from htx_desktop.sync.format import DOWN
from htx_desktop.sync.payload import Section, decode_section
from htx_desktop.sync.reader import OpenedFile
from htx_desktop.sync.rows import META_COLUMNS

#: Ids (or natural keys) per look-up query.
CHUNK = 500

Record = dict[str, Any]
#: (id, version, site) of the record holding a natural key.
Holder = tuple[uuid.UUID, int, str]


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
class ChunkPlan:
    """What to write for one chunk of a table's rows."""

    table: Table
    inserts: list[Record] = field(default_factory=list)
    #: Changed rows with the local row they replace (for the audit trail).
    updates: list[tuple[Record, Record]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def _chunks(values: list[Any], size: int = CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _present(session: Session, table: Table, ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """The ids held here, asked on the primary key through the driver (no SQLAlchemy work per
    query: a file of new records asks for every one of its ids and finds none)."""
    connection = session.connection()
    dialect = connection.dialect
    to_stored = stored_form(table.c.id.type, dialect)
    stored = {to_stored(row_id): row_id for row_id in ids} if to_stored else {row_id: row_id for row_id in ids}
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    select_ids = f"SELECT {quote('id')} FROM {dialect.identifier_preparer.format_table(table)} WHERE {quote('id')} IN "
    present: list[uuid.UUID] = []
    cursor = connection.connection.cursor()
    try:
        for chunk in _chunks(list(stored)):
            cursor.execute(select_ids + f"({', '.join([mark] * len(chunk))})", chunk)
            present += [stored[row_id] for (row_id,) in cursor.fetchall()]
    finally:
        cursor.close()
    return present


def _local_rows(session: Session, table: Table, ids: list[uuid.UUID]) -> dict[uuid.UUID, Record]:
    found: dict[uuid.UUID, Record] = {}
    connection = session.connection()  # Core: no ORM work per query
    for chunk in _chunks(_present(session, table, ids)):
        for row in connection.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = dict(row)
    return found


def _content(row: Record) -> Record:
    return {key: value for key, value in row.items() if key not in META_COLUMNS}


def _referenced() -> set[tuple[str, str]]:
    """(table, column) pairs some synced row points at: `units.code`, `people.id`..."""
    return {(foreign.column.table.name, foreign.column.name) for table in Base.metadata.tables.values()
            for column in table.columns for foreign in column.foreign_keys}


class Merge:
    """The decisions for one file, fed its chunks in the order of the file."""

    def __init__(self, session: Session, opened: OpenedFile) -> None:
        self.session = session
        self.opened = opened
        self.down = opened.manifest.direction == DOWN
        if self.down:  # reference data from above, never rows of this installation's own units
            ours = scope.expand(session, [trust.installation(session).unit_code])
            self.may_own: Callable[[str], bool] = lambda owner: owner not in ours
        else:  # the sender's own units and those it serves
            self.may_own = scope.served_by_key(session, opened.sender).__contains__
        self.counts: dict[str, TableCounts] = {}
        self.max_version = 0
        self._seen: dict[str, set[uuid.UUID]] = {}  # table -> ids of the file's rows so far
        self._referenced = _referenced()
        #: (table, column) -> values of the file's rows so far, for the columns rows point at
        self._arrived: dict[tuple[str, str], set[Any]] = {}
        #: (table, key columns) -> key -> holder: here before the import, else the first in the file
        self._holders: dict[tuple[str, tuple[str, ...]], dict[tuple[Any, ...], Holder]] = {}
        #: (table, key columns) -> key -> holder before the import, of rows the file changes
        self._vacated: dict[tuple[str, tuple[str, ...]], dict[tuple[Any, ...], Holder]] = {}
        #: (table, key columns) -> values of the key's first column already looked up
        self._asked: dict[tuple[str, tuple[str, ...]], set[Any]] = {}

    def plan(self, section: Section) -> ChunkPlan:
        """Decide a chunk; raises `Refusal` when the file must be refused as a whole."""
        name = section.name
        if self.down and name not in scope.REFERENCE_TABLES:
            raise Refusal("not_reference", table=tr(f"table.{name}"))
        assert self.opened.checks is not None
        table = Base.metadata.tables[name]
        records = decode_section(section, self.opened.checks)
        plan = self._plan_rows(table, records)
        for target in self._referenced:
            if target[0] == name:
                self._arrived.setdefault(target, set()).update(record[target[1]] for record in records)
        self._check_references(plan)
        return plan

    def _not_owned(self, table: str, owner: str) -> Refusal:
        return Refusal("not_owned", table=tr(f"table.{table}"), owner=owner or "—", unit=self.opened.sender_name)

    def _plan_rows(self, table: Table, records: list[Record]) -> ChunkPlan:
        name = table.name
        counts = self.counts.setdefault(name, TableCounts())
        plan = ChunkPlan(table)
        seen = self._seen.setdefault(name, set())
        ids = [record["id"] for record in records]
        before = len(seen)
        seen.update(ids)
        if len(seen) - before != len(ids):
            raise Refusal("damaged", detail=f"{name}: the same record twice")
        self._check_owners(name, records)
        if records:
            self.max_version = max(self.max_version, max(map(itemgetter("version"), records)))
        local = _local_rows(self.session, table, ids)
        if not local:  # all new (a first file, or new records): nothing to compare
            plan.inserts = records
        for record in records if local else ():
            mine = local.get(record["id"])
            if mine is None:
                plan.inserts.append(record)
                continue
            # The stored row decides who owns it: a row never changes owner, and one without an
            # owner (a national unit) is never taken by a row claiming it.
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
            differs = (mine["version"] > 0 and record["site_id"] != mine["site_id"]
                       and _content(record) != _content(mine))
            if wins:
                plan.updates.append((record, mine))
            else:
                counts.unchanged += 1
            if differs:
                loser = mine if wins else record
                winner = incoming_key if wins else local_key
                plan.conflicts.append(Conflict(name, record["id"], "older", winner, loser))
                counts.conflicts += 1
        self._without_taken_keys(plan)
        if name == "units":
            plan.inserts = _parents_first(plan.inserts)
        counts.new += len(plan.inserts)
        counts.changed += len(plan.updates)
        return plan

    def _check_owners(self, name: str, records: list[Record]) -> None:
        """Every row belongs to a unit its sender may send (each owner asked once); no national unit."""
        refused = {owner for owner in set(map(itemgetter("owner_unit"), records)) if not self.may_own(owner)}
        for record in records if refused or name == "units" else ():  # the first such row is named
            if record["owner_unit"] in refused:
                if self.down:
                    raise Refusal("ours_from_above", table=tr(f"table.{name}"), owner=record["owner_unit"])
                raise self._not_owned(name, record["owner_unit"])
            if name == "units" and record.get("national"):
                raise self._not_owned(name, record["code"])

    def _without_taken_keys(self, plan: ChunkPlan) -> None:
        """Rows whose natural key (a plan's code...) another record holds are rejected and logged:
        the holder is the record holding it here before the import, else the first in the file."""
        table = plan.table
        counts = self.counts[table.name]
        for names in _unique_keys(table):
            holder = self._holders.setdefault((table.name, names), {})
            vacated = self._vacated.setdefault((table.name, names), {})
            key_of = _key_getter(names)
            writes = [(record, key_of(record)) for record in (*plan.inserts, *(record for record, _ in plan.updates))]
            writes = [(record, key) for record, key in writes if key is not None]
            asked = self._asked.setdefault((table.name, names), set())
            for _record, key in writes:
                if vacated and key not in holder and key in vacated:
                    holder[key] = vacated[key]  # held before the import by a row an earlier chunk changed
            # The records holding keys here, asked once per value of the key's first column: no row
            # this import wrote holds that value yet, so the answer is the database before the import.
            firsts = {key[0] for _record, key in writes} - asked
            asked |= firsts
            for key, held in _key_holders(self.session, table, names, firsts).items():
                holder.setdefault(key, held)
            rejected: set[uuid.UUID] = set()
            for record, key in writes:
                row_id = record["id"]
                held = holder.setdefault(key, (row_id, record["version"], record["site_id"]))
                if held[0] is not row_id and held[0] != row_id:
                    rejected.add(record["id"])
                    counts.rejected += 1
                    plan.conflicts.append(Conflict(table.name, record["id"], "duplicate", (held[1], held[2]),
                                                   record))
            if rejected:
                plan.inserts = [record for record in plan.inserts if record["id"] not in rejected]
                plan.updates = [pair for pair in plan.updates if pair[0]["id"] not in rejected]
        for names in _unique_keys(table):
            vacated = self._vacated[(table.name, names)]
            key_of = _key_getter(names)
            for _record, mine in plan.updates:
                key = key_of(mine)
                if key is not None:
                    vacated.setdefault(key, (mine["id"], mine["version"], mine["site_id"]))

    def _check_references(self, plan: ChunkPlan) -> None:
        """Every row written must point at records that exist here or came in the file."""
        table = plan.table
        rows = plan.inserts + [record for record, _ in plan.updates]
        for column in table.columns:
            for foreign in column.foreign_keys:
                target = foreign.column
                values = {row[column.name] for row in rows if row[column.name] is not None}
                values -= self._arrived.get((target.table.name, target.name), set())
                for chunk in _chunks(sorted(values, key=str)):
                    present = set(self.session.scalars(select(target).where(target.in_(chunk))))
                    missing = [value for value in chunk if value not in present]
                    if missing:
                        raise Refusal("missing_reference", table=tr(f"table.{table.name}"), column=column.name,
                                      value=missing[0])


def _unique_keys(table: Table) -> list[tuple[str, ...]]:
    keys = {(column.name,) for column in table.columns if column.unique and not column.primary_key}
    keys |= {tuple(column.name for column in constraint.columns) for constraint in table.constraints
             if isinstance(constraint, UniqueConstraint)}
    return sorted(keys)


def _key_getter(names: tuple[str, ...]) -> Callable[[Record], tuple[Any, ...] | None]:
    """A record's natural key as a tuple, None when a part of it is empty (no key then)."""
    get = itemgetter(*names)
    if len(names) == 1:
        return lambda record: None if (value := get(record)) is None else (value,)
    if len(names) == 2:
        return lambda record: None if (key := get(record))[0] is None or key[1] is None else key

    def key_of(record: Record) -> tuple[Any, ...] | None:
        key = get(record)
        return None if any(value is None for value in key) else key

    return key_of


def _key_holders(session: Session, table: Table, names: tuple[str, ...],
                 firsts: set[Any]) -> dict[tuple[Any, ...], Holder]:
    """Every record here whose key starts with one of `firsts`, by key (one query per few hundred
    values; the unique constraint's index answers it)."""
    columns = [table.c[name] for name in names]
    found: dict[tuple[Any, ...], Holder] = {}
    for chunk in _chunks(list(firsts)):
        query = select(table.c.id, table.c.version, table.c.site_id, *columns).where(columns[0].in_(chunk))
        for row in session.connection().execute(query):
            found[tuple(row[3:])] = (row[0], row[1], row[2])
    return found


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


def known_conflict(session: Session, conflict: Conflict) -> bool:
    return session.scalar(
        select(SyncConflict.id).where(
            SyncConflict.table_name == conflict.table,
            SyncConflict.row_id == str(conflict.row_id),
            SyncConflict.loser_site == conflict.loser["site_id"],
            SyncConflict.loser_version == conflict.loser["version"],
        )
    ) is not None
