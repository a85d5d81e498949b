"""Many rows written at once (`storage.bulk`, what a sync import writes with): several rows a
statement, stored exactly as SQLAlchemy stores them, the search index kept right row by row."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import insert, select

import raw_db
from actors import ADMIN
from databases import sqlite_only
from htx_desktop.domain.records import PersonData
from htx_desktop.security.access import Permission
from htx_desktop.services import people
from htx_desktop.services.list_source import ListFilters
from htx_desktop.services.listing import SOURCES
from htx_desktop.storage.bulk import BulkStatement
from htx_desktop.storage.models import Person
from htx_desktop.storage.search_index import SEARCHED, index_table
from htx_desktop.text import search_key

COMMUNE = "06046"
TABLE = Person.__table__
#: No microseconds: the one moment whose text differs between the driver's own adapter and SQLAlchemy's.
ON_THE_SECOND = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def _records(db, count: int) -> list[dict]:
    """`count` people like one the program made, each with a name of her own."""
    model = people.create(db, PersonData(full_name="Lò Thị Ánh", unit_code=COMMUNE), actor=ADMIN)
    with db.read() as session:
        template = dict(session.execute(select(TABLE).where(TABLE.c.id == model)).mappings().one())
    records = []
    for number in range(count):
        name = f"Lò Thị Ánh số {number}"
        records.append(template | {"id": uuid.uuid4(), "full_name": name, "name_key": search_key(name),
                                   "version": template["version"] + number + 1, "created_at": ON_THE_SECOND})
    return records


def _stored(db, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict]:
    with db.read() as session:
        rows = session.execute(select(TABLE).where(TABLE.c.id.in_(ids))).mappings()
        return {row["id"]: dict(row) for row in rows}


def _found(db, text: str) -> list[uuid.UUID]:
    with db.read() as session:
        return SOURCES["people"].ids(session, ListFilters(text))


def test_rows_of_several_statements_and_a_shorter_last_one_read_back_as_written(db):
    columns = [column.name for column in TABLE.columns]
    with db.read() as session:
        per_statement = BulkStatement(session, TABLE, columns).rows_per_statement
    assert 1 < per_statement < 999
    records = _records(db, 2 * per_statement + 3)

    with db.transaction(ADMIN, Permission.SYNC) as session:
        statement = BulkStatement(session, TABLE, columns)
        statement.run([statement.values(record) for record in records])

    assert _stored(db, [record["id"] for record in records]) == {record["id"]: record for record in records}
    assert _found(db, f"lo thi anh so {2 * per_statement + 2}") == [records[-1]["id"]]
    assert len(_found(db, "lo thi anh so")) == len(records)


def test_updates_by_id_change_those_rows_and_their_search_keys(db):
    records = _records(db, 5)
    columns = [column.name for column in TABLE.columns]
    with db.transaction(ADMIN, Permission.SYNC) as session:
        statement = BulkStatement(session, TABLE, columns)
        statement.run([statement.values(record) for record in records])
    changed = [record | {"full_name": f"Hà Thị Vân {n}", "name_key": search_key(f"Hà Thị Vân {n}"),
                         "version": record["version"] + 100} for n, record in enumerate(records[:2])]

    with db.transaction(ADMIN, Permission.SYNC) as session:
        statement = BulkStatement(session, TABLE, [name for name in columns if name != "id"], where_id=True)
        statement.run([statement.values(record) for record in changed])

    assert _stored(db, [record["id"] for record in records]) == {
        record["id"]: record for record in [*changed, *records[2:]]}
    assert sorted(_found(db, "ha thi van")) == sorted(record["id"] for record in changed)
    assert sorted(_found(db, "lo thi anh so")) == sorted(record["id"] for record in records[2:])


@sqlite_only
def test_values_are_stored_in_the_text_sqlalchemy_gives_them(db):
    records = _records(db, 4)
    columns = [column.name for column in TABLE.columns]
    with db.transaction(ADMIN, Permission.SYNC) as session:
        statement = BulkStatement(session, TABLE, columns)
        statement.run([statement.values(record) for record in records[:3]])
        session.execute(insert(TABLE), [records[3]])  # SQLAlchemy's own statement

    db.dispose()
    connection = raw_db.connect(db.path)
    try:
        stored = connection.execute("SELECT id, created_at, updated_at, deleted FROM people WHERE version > ? "
                                    "ORDER BY version", (records[0]["version"] - 1,)).fetchall()
        for fts in map(index_table, SEARCHED):  # FTS5's own check that the index agrees with its table
            connection.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
    finally:
        connection.close()
    assert [row[0] for row in stored] == [record["id"].hex for record in records]
    assert {row[1:] for row in stored} == {("2026-01-02 03:04:05.000000", stored[3][2], 0)}


@pytest.mark.parametrize("count", [0, 1])
def test_nothing_or_one_row(db, count):
    records = _records(db, count)
    with db.transaction(ADMIN, Permission.SYNC) as session:
        statement = BulkStatement(session, TABLE, [column.name for column in TABLE.columns])
        statement.run([statement.values(record) for record in records])
    assert len(_found(db, "lo thi anh so")) == count
