"""Filter as you type through the trigram index: the same rows as the LIKE rule, whoever writes them."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select, text

import databases
import raw_db
from actors import ADMIN
from conftest import copy_with_keys
from databases import ON_POSTGRES, sqlite_only
from htx_desktop import imports
from htx_desktop.domain.records import PersonData
from htx_desktop.imports import table
from htx_desktop.services import people, search
from htx_desktop.services.listing import SOURCES
from htx_desktop.services.list_source import ListFilters
from htx_desktop.storage.database import open_database
from htx_desktop.storage.models import Person
from htx_desktop.storage.search_index import SEARCHED, index_table, words_table
from htx_desktop.text import search_key, search_terms
from import_files import PEOPLE_HEADERS, workbook
from sync_helpers import add_person, connect, dispose, make_nodes, sync_templates  # noqa: F401  (fixture)

COMMUNE = "06046"
SYLLABLES = ["Nguyễn", "Thị", "Lan", "Hoàng", "Văn", "Minh", "Lương", "Đức", "Ánh", "Nông", "Y", "An", "Bế",
             "Hà", "Vi", "Triệu", "Quỳnh", "Ngô", "Ư", "Đinh", "Thu", "Hương", "Lò", "Ma", "Giàng", "Sèo"]


def _variant(word: str, rng: random.Random) -> str:
    """The word as an officer might type or paste it: any case, decomposed, or without diacritics."""
    form = rng.choice(["as is", "upper", "lower", "nfd", "bare"])
    if form == "upper":
        return word.upper()
    if form == "lower":
        return word.lower()
    if form == "nfd":
        return unicodedata.normalize("NFD", word)
    if form == "bare":
        return search_key(word)
    return word


def _names(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(count)]


@pytest.fixture(scope="module")
def many(template_db, tmp_path_factory):
    """A commune with 600 people of random names, written through the program's sessions."""
    path = tmp_path_factory.mktemp("search") / "people.sqlite3"
    patch = pytest.MonkeyPatch()
    patch.setenv("HTX_HOME", str(path.parent / "home"))
    if ON_POSTGRES:
        location = databases.copy_of(template_db, kept=True)
    else:
        location = copy_with_keys(template_db, path)
    database = open_database(location)
    from htx_desktop.security.access import Permission

    with database.transaction(ADMIN, Permission.RECORDS) as session:
        for name in _names(7, 600):
            session.add(Person(full_name=name, name_key=search_key(name), sex="female", unit_code=COMMUNE,
                               priority_groups=""))
    yield database
    database.dispose()
    if ON_POSTGRES:
        databases.drop(location)
    patch.undo()


def _expected(session, text: str, descending: bool = False) -> list:
    """The rule itself, in Python: every word of the query occurs in the key; in the list's order
    (by key, ascending or descending; equal keys always by id ascending)."""
    terms = search_terms(text)
    rows = session.execute(select(Person.id, Person.name_key).where(Person.deleted.is_(False))).all()
    rows = sorted(rows, key=lambda row: row.id.int)
    rows.sort(key=lambda row: row.name_key, reverse=descending)  # stable: equal keys stay by id
    return [row.id for row in rows if all(term in row.name_key for term in terms)]


def _integrity(database) -> None:
    """SQLite: FTS5's own check that every index agrees with its table (raises otherwise).
    PostgreSQL (whose trigram indexes the server keeps): every word of every key is in the word
    list the triggers keep."""
    if ON_POSTGRES:
        with database.engine.connect() as connection:
            for table_name, column in SEARCHED.items():
                missing = connection.execute(text(
                    f"SELECT DISTINCT word FROM {table_name}, unnest(string_to_array({column}, ' ')) AS word "
                    f"WHERE word <> '' AND word NOT IN (SELECT word FROM {words_table(table_name)})")).scalars().all()
                assert missing == [], (table_name, missing)
        return
    connection = raw_db.connect(database if isinstance(database, Path) else database.path)
    try:
        for table_name in SEARCHED:
            fts = index_table(table_name)
            connection.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
    finally:
        connection.close()


fragments = st.builds(
    lambda name, start, length, upper: (name[start:start + length].upper() if upper else name[start:start + length]),
    st.sampled_from(_names(11, 50)), st.integers(0, 12), st.integers(1, 14), st.booleans(),
)
queries = st.one_of(
    fragments,
    st.lists(fragments, min_size=2, max_size=3).map(" ".join),
    st.text(alphabet="aăâbdđeêghiklmnoôơqrstuưvxyzàảãáạ \"%_\\*", min_size=1, max_size=8),
    st.sampled_from(["xyzw", "qqq", "zz", "w", "nguyen thi lan", "NGUYỄN   thị", "\"", "%", "_", "a_b", "th*"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=queries, selective=st.sampled_from([3, search.SELECTIVE]), descending=st.booleans())
def test_the_index_finds_exactly_what_the_like_rule_finds(many, text, selective, descending):
    original = search.SELECTIVE
    search.SELECTIVE = selective  # 3: most queries take the LIKE walk; the default: the index
    try:
        with many.read() as session:
            expected = _expected(session, text, descending)
            listed = SOURCES["people"].ids(session, ListFilters(text=text), descending=descending)
            assert listed == expected
            first_page = SOURCES["people"].ids(session, ListFilters(text=text), descending=descending, limit=100)
            assert first_page == expected[:100]  # the first page is the start of the whole list
            expected = _expected(session, text)
            hits = search.search(session, text, limit=1000)
            assert [hit.id for hit in hits if hit.kind == "person"] == (expected if search_terms(text) else [])
    finally:
        search.SELECTIVE = original


@sqlite_only  # the FTS5 index; PostgreSQL's are the server's to choose
def test_a_selective_query_is_answered_from_the_index_and_a_short_one_by_like(many):
    with many.read() as session:
        assert search.indexed_matches(session, Person.__table__.c.name_key, "giàng sèo") is not None
        assert search.indexed_matches(session, Person.__table__.c.name_key, "xyzw") is not None
        assert search.indexed_matches(session, Person.__table__.c.name_key, "y") is None  # no trigram in one letter
        assert search.indexed_matches(session, Person.__table__.c.full_name, "giàng") is None  # not a search key


def test_one_or_two_letters_that_few_words_hold_are_found_through_those_words(db):
    """No trigram in "qu": the words holding it ("quynh") are asked of the index; whoever writes."""
    key = Person.__table__.c.name_key
    person_id = people.create(db, PersonData(full_name="Vàng Thị Quỳnh", unit_code=COMMUNE), actor=ADMIN)
    with db.read() as session:
        if not ON_POSTGRES:  # the FTS5 index is asked (PostgreSQL: the words narrow the LIKE, `first_page`)
            assert search.indexed_matches(session, key, "QU") is not None
            assert search.indexed_matches(session, key, "zz") is not None  # no word holds it: nothing, at once
        assert person_id in _expected(session, "qu")
        assert SOURCES["people"].ids(session, ListFilters("QU"), limit=100) == _expected(session, "qu")
        assert SOURCES["people"].ids(session, ListFilters("zz"), limit=100) == []
    people.update(db, person_id, PersonData(full_name="Vàng Thị Zuê", unit_code=COMMUNE), actor=ADMIN)
    other = people.create(db, PersonData(full_name="Lò Thị Mai", unit_code=COMMUNE), actor=ADMIN)
    _rename_outside(db, other, "lo thi wyn")  # a plain shell writing the database keeps the words too
    with db.read() as session:
        for text in ("zu", "z", "wy", "qu"):
            assert SOURCES["people"].ids(session, ListFilters(text), limit=100) == _expected(session, text)
        assert SOURCES["people"].ids(session, ListFilters("zu"), limit=100) == [person_id]
        assert SOURCES["people"].ids(session, ListFilters("wy"), limit=100) == [other]
    _integrity(db)


def _rename_outside(database, person_id, key: str) -> None:
    """A search key changed by hand, outside the program: a sqlite3 shell on the file, or psql."""
    if ON_POSTGRES:
        engine = create_engine(database.url)
        with engine.begin() as connection:
            connection.execute(text("UPDATE people SET name_key = :key WHERE id = :id"),
                               {"key": key, "id": person_id})
        engine.dispose()
        return
    connection = raw_db.connect(database.path)
    connection.execute("UPDATE people SET name_key = ? WHERE id = ?", (key, person_id.hex))
    connection.commit()
    connection.close()


def test_words_that_begin_one_another_find_the_keys_that_start_with_both(db):
    """"ngu nguyen": a key starting with "nguyen" starts with "ngu" too; neither word lies in it
    past its first letter, yet it is found (PostgreSQL reads each word's range apart)."""
    for name in ("Nguyễn Thị Lan", "Lan Nguyễn", "Hà Nguyên Ngư", "Ngư Văn Lâm", "Lâm Thị Nguyệt", "Lâm Thị Lan"):
        people.create(db, PersonData(full_name=name, unit_code=COMMUNE), actor=ADMIN)
    with db.read() as session:
        for text in ("ngu nguyen", "nguyen ngu", "la lan", "lan la lam", "ng nguyen", "ngu lam"):
            expected = _expected(session, text)
            assert expected, text
            assert SOURCES["people"].ids(session, ListFilters(text), limit=100) == expected, text


def test_the_other_lists_filter_through_their_own_index(db):
    from htx_desktop.domain.records import CooperativeData
    from htx_desktop.services import cooperatives

    cooperatives.create(db, CooperativeData(name="Hợp tác xã Chè Khau Phạ", unit_code=COMMUNE), actor=ADMIN)
    cooperatives.create(db, CooperativeData(name="Tổ hợp tác Mây tre đan", unit_code=COMMUNE), actor=ADMIN)
    with db.read() as session:
        found = SOURCES["cooperatives"].rows(session, SOURCES["cooperatives"].ids(session, ListFilters("khau PHA")),
                                             None)
        assert [row.name for row in found] == ["Hợp tác xã Chè Khau Phạ"]
        if not ON_POSTGRES:
            assert search.indexed_matches(session, SOURCES["trainings"].search_key, "tap huan") is not None
        assert SOURCES["trainings"].ids(session, ListFilters("tập huấn kỹ")) == []
    _integrity(db)


def test_renaming_and_deleting_keep_the_index_right(db):
    person_id = people.create(db, PersonData(full_name="Lộc Thị Hoa", unit_code=COMMUNE), actor=ADMIN)
    people.update(db, person_id, PersonData(full_name="Lộc Thị Huệ", unit_code=COMMUNE), actor=ADMIN)
    with db.read() as session:
        assert SOURCES["people"].ids(session, ListFilters("thi hue")) == [person_id]
        assert SOURCES["people"].ids(session, ListFilters("thi hoa")) == []
    people.delete(db, person_id, actor=ADMIN)
    with db.read() as session:
        assert SOURCES["people"].ids(session, ListFilters("thi hue")) == []
    _rename_outside(db, person_id, "loc thi mai")  # a plain shell writing the database keeps it right too
    _integrity(db)


def test_a_person_imported_from_excel_is_found(db, tmp_path):
    rows = [PEOPLE_HEADERS, [1, "Hứa Thị Nhụy", 1990, None, "Nữ", "Tày", None]]
    kind = imports.kind("people")
    sheet = table.read(workbook(tmp_path / "p.xlsx", rows), kind)
    imports.run(db, ADMIN, kind, sheet, sheet.fields, default_unit=COMMUNE, write=True)
    with db.read() as session:
        found = SOURCES["people"].rows(session, SOURCES["people"].ids(session, ListFilters("hua thi nhuy")), None)
    assert [row.full_name for row in found] == ["Hứa Thị Nhụy"]
    _integrity(db)


def test_a_person_imported_from_a_sync_file_is_found_at_the_province(tmp_path, sync_templates):  # noqa: F811
    from htx_desktop.security.access import Actor
    from htx_desktop.sync import service

    nodes = make_nodes(tmp_path, sync_templates, "xa", "tinh")
    try:
        xa, tinh = nodes["xa"], nodes["tinh"]
        connect(xa, tinh)
        person_id = add_person(xa, "Hoàng Thị Mỵ")
        folder = tmp_path / "usb"
        folder.mkdir()
        exported = service.export_file(xa.db, folder, actor=ADMIN)
        service.import_file(tinh.db, exported.path, actor=Actor("canbo_tinh", "admin"))
        with tinh.db.read() as session:
            assert SOURCES["people"].ids(session, ListFilters("hoang thi my")) == [person_id]
        _integrity(tinh.db)
    finally:
        dispose(nodes)


@sqlite_only
def test_a_revision_that_rebuilds_a_searched_table_gets_its_index_back(db_path):
    """What Alembic's batch mode does to `people`: copy, drop (its triggers go), rename; rows renumbered."""
    from sqlalchemy import create_engine

    from htx_desktop.storage import migrations

    database = open_database(db_path)
    first = people.create(database, PersonData(full_name="Đinh Thị Gấm", unit_code=COMMUNE), actor=ADMIN)
    second = people.create(database, PersonData(full_name="Mã Thị Lụa", unit_code=COMMUNE), actor=ADMIN)
    people.delete(database, first, actor=ADMIN)
    database.dispose()
    connection = raw_db.connect(db_path)
    connection.execute("PRAGMA foreign_keys=OFF")
    [schema] = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'people'").fetchone()
    connection.execute(schema.replace("CREATE TABLE people", "CREATE TABLE people_copy", 1))
    connection.execute("INSERT INTO people_copy SELECT * FROM people ORDER BY id DESC")
    connection.execute("DROP TABLE people")
    connection.execute("ALTER TABLE people_copy RENAME TO people")
    connection.commit()
    connection.close()

    engine = create_engine("sqlite://", creator=lambda: raw_db.connect(db_path))  # encrypted: it has users
    migrations.upgrade(engine)
    engine.dispose()
    _integrity(db_path)
    database = open_database(db_path)
    try:
        with database.read() as session:
            assert SOURCES["people"].ids(session, ListFilters("ma thi lua")) == [second]
        people.create(database, PersonData(full_name="Mã Thị Lan", unit_code=COMMUNE), actor=ADMIN)
        with database.read() as session:
            assert len(SOURCES["people"].ids(session, ListFilters("ma thi l"))) == 2
    finally:
        database.dispose()
    _integrity(db_path)


def test_an_answer_the_index_gave_before_a_write_is_not_reused_after_it(db):
    with db.read() as session:
        assert SOURCES["people"].ids(session, ListFilters("Triệu Thị Xuân")) == []
    person_id = people.create(db, PersonData(full_name="Triệu Thị Xuân", unit_code=COMMUNE), actor=ADMIN)
    with db.read() as session:
        assert SOURCES["people"].ids(session, ListFilters("Triệu Thị Xuân")) == [person_id]
