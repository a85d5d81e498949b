"""A list's ids packed 16 bytes each: the same sequence as a list of UUIDs, a seventh of its memory,
read from the database a chunk at a time."""

from __future__ import annotations

import tracemalloc
import uuid

import pytest
from sqlalchemy import select

from htx_desktop.domain.records import PersonData
from htx_desktop.services import id_list, people
from htx_desktop.services.id_list import IdList
from htx_desktop.services.listing import SOURCES, ListFilters
from htx_desktop.storage.models import Person
from actors import ADMIN


def _ids(count: int) -> list[uuid.UUID]:
    return [uuid.uuid4() for _ in range(count)]


def test_an_id_list_reads_like_the_list_of_its_ids():
    ids = _ids(7)
    packed = IdList(ids)
    assert len(packed) == 7 and list(packed) == ids
    assert packed[0] == ids[0] and packed[-1] == ids[-1] and packed[3] == ids[3]
    with pytest.raises(IndexError):
        packed[7]
    with pytest.raises(IndexError):
        packed[-8]
    assert isinstance(packed[2:5], IdList) and packed[2:5] == ids[2:5]
    assert packed[5:2] == [] and packed[::2] == ids[::2] and packed[-3:] == ids[-3:]
    assert packed == ids and packed == tuple(ids) and packed == IdList(ids)
    assert packed != ids[:-1] and packed != list(reversed(ids)) and IdList() == []
    assert packed.index(ids[4]) == 4 and ids[6] in packed and uuid.uuid4() not in packed
    assert packed.index(ids[4], 4) == 4
    with pytest.raises(ValueError):
        packed.index(ids[4], 5)
    with pytest.raises(ValueError):
        packed.index("not an id")


def test_an_id_is_found_only_where_an_id_starts():
    first, second = _ids(2)
    straddling = uuid.UUID(bytes=first.bytes[8:] + second.bytes[:8])  # its bytes occur across the two
    packed = IdList([first, second, straddling])
    assert packed.index(straddling) == 2
    assert straddling not in IdList([first, second])


def test_an_id_list_holds_16_bytes_an_id():
    ids = _ids(20_000)
    tracemalloc.start()
    try:
        packed = IdList(ids)
        held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(packed) == 20_000
    assert held < 20_000 * 17  # a list of the UUIDs themselves takes over 100 bytes an id


def test_a_whole_list_is_read_in_chunks_in_its_order(db, monkeypatch):
    for number in range(11):
        people.create(db, PersonData(full_name=f"Hoàng Thị Mai {number:02}", unit_code="06046",
                                     birth_year=1970 + number % 4), actor=ADMIN)
    monkeypatch.setattr(id_list, "CHUNK", 3)  # 11 rows: four chunks, the last one short
    source = SOURCES["people"]
    with db.read() as session:
        expected = list(session.scalars(
            select(Person.id).where(Person.deleted.is_(False)).order_by(Person.birth_year.desc(), Person.id)))
        found = source.ids(session, ListFilters(), "birth_year", descending=True)
        page = source.ids(session, ListFilters(), "birth_year", descending=True, limit=4)
        born_1971 = list(session.scalars(select(Person.id).where(Person.full_name.like("Hoàng Thị Mai %"),
                                                                  Person.birth_year == 1971).order_by(Person.id)))
        mai = source.ids(session, ListFilters(text="hoang mai", year=1971), "birth_year", descending=True)
    assert len(expected) >= 11
    assert isinstance(found, IdList) and found == expected
    assert page == expected[:4]
    assert len(born_1971) == 3 and mai == born_1971  # one year: ordered by id
