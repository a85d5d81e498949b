"""Schema upgrades: every released schema has a saved database here that must upgrade with its data."""

import shutil
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from htx_desktop.services import search, stats
from htx_desktop.storage import migrations
from htx_desktop.storage.database import open_database
from htx_desktop.storage.models import Base
from htx_desktop.storage.search_index import is_index_table
import raw_db

DATA = Path(__file__).parent / "data"


def test_revision_chain_is_linear_and_head_constant_is_right():
    chain = migrations.revisions()
    assert chain[0] == "0001"
    assert chain[-1] == migrations.HEAD_REVISION
    assert len(chain) == len(set(chain))


def test_migrations_build_exactly_the_models(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    migrations.upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": lambda name, type_, parents: not is_index_table(name)})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_saved_schema_0001_database_upgrades_with_its_data_intact(tmp_path, private_home):
    saved = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "htx-schema-0001.sqlite3", saved)
    before = raw_db.connect(saved)
    assert before.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    before.close()

    database = open_database(saved)
    try:
        assert database.revision() == migrations.HEAD_REVISION
        with database.read() as session:
            counts = stats.row_counts(session)
            names = {hit.name for hit in search.search(session, "hoang thi mai")}
            assert "Hợp tác xã Nông nghiệp Hồi Tràng Định" in {
                hit.name for hit in search.search(session, "hoi trang dinh")
            }
    finally:
        database.dispose()
    assert counts["cooperatives"] == 2
    assert counts["people"] == 1
    assert counts["posts"] == 1 and counts["attendances"] == 1 and counts["users"] == 1
    assert counts["units"] == 3355
    assert counts["trusted_keys"] == 0
    assert names == {"Hoàng Thị Mai"}
    backups = list((private_home / "backups").glob("old-*-before-*.sqlite3"))
    assert len(backups) == 1
    copy = raw_db.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    copy.close()


def test_saved_schema_0002_database_upgrades_with_its_data_and_trusted_key_intact(tmp_path, private_home):
    saved = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "htx-schema-0002.sqlite3", saved)
    before = raw_db.connect(saved)
    assert before.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    fingerprint_before = before.execute("SELECT fingerprint FROM trusted_keys").fetchone()
    before.close()

    database = open_database(saved)
    try:
        assert database.revision() == migrations.HEAD_REVISION
        with database.read() as session:
            counts = stats.row_counts(session)
            names = {hit.name for hit in search.search(session, "loc thi hoa")}
    finally:
        database.dispose()
    assert counts["cooperatives"] == 2 and counts["cooperative_years"] == 1
    assert counts["people"] == 1 and counts["posts"] == 1
    assert counts["trainings"] == 1 and counts["attendances"] == 1
    assert counts["users"] == 1 and counts["units"] == 3355
    assert counts["trusted_keys"] == 1
    assert names == {"Lộc Thị Hoa"}
    after = raw_db.connect(saved)
    assert after.execute("SELECT fingerprint FROM trusted_keys").fetchone() == fingerprint_before
    assert after.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert after.execute("SELECT serves, revoked_reason FROM trusted_keys").fetchone() == ("", None)
    after.close()
    assert len(list((private_home / "backups").glob(f"old-*-before-{migrations.HEAD_REVISION}.sqlite3"))) == 1


def test_saved_schema_0003_database_upgrades_and_gets_the_list_indexes(tmp_path, private_home):
    saved = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "htx-schema-0003.sqlite3", saved)
    database = open_database(saved)
    try:
        assert database.revision() == migrations.HEAD_REVISION
        with database.read() as session:
            counts = stats.row_counts(session)
            names = {hit.name for hit in search.search(session, "nong thi duyen")}
            from htx_desktop.services.listing import SOURCES, ListFilters
            from htx_desktop.services.people import get

            [person_id] = SOURCES["people"].ids(session, ListFilters())
        national_id = get(database, person_id, role="admin").national_id
    finally:
        database.dispose()
    assert names == {"Nông Thị Duyên"} and national_id == "020190007788"
    assert counts["cooperatives"] == 1 and counts["posts"] == 1 and counts["attendances"] == 1
    assert counts["plans"] == 2 and counts["users"] == 1
    after = raw_db.connect(saved)
    indexes = {row[1] for row in after.execute("SELECT type, name FROM sqlite_master WHERE type = 'index'")}
    plan = " ".join(row[3] for row in after.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM people WHERE deleted = 0 ORDER BY name_key, id"))
    after.close()
    assert {"ix_people_list", "ix_cooperatives_list"} <= indexes
    assert "COVERING INDEX ix_people_list" in plan


def test_a_database_from_a_newer_program_is_refused(tmp_path):
    import pytest

    from htx_desktop.errors import HtxError

    saved = tmp_path / "newer.sqlite3"
    shutil.copy(DATA / "htx-schema-0001.sqlite3", saved)
    connection = raw_db.connect(saved)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(HtxError, match="phiên bản mới hơn"):
        open_database(saved)
