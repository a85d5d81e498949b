"""Backups: names with date and time, one daily backup a day, rotation by kind, checks before a restore."""

from datetime import date, datetime, timedelta

import pytest

from htx_desktop.domain.records import CooperativeData
from htx_desktop.errors import HtxError
from actors import ADMIN
from htx_desktop.services import backups, cooperatives
from htx_desktop.storage import backup
from htx_desktop.storage.database import open_database
import raw_db
from databases import sqlite_only


def test_daily_backup_is_taken_at_most_once_a_day(db, private_home):
    first = backups.daily(db)
    assert first is not None and first.parent == private_home / "backups" and first.name.endswith("-daily.sqlite3")
    assert backups.daily(db) is None
    assert [b.path for b in backup.backups_of("htx", private_home / "backups")] == [first]


def test_daily_rotation_keeps_the_newest_and_never_removes_manual_or_safety_copies(db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(5):
        backup.copy_database(db.path, backup.new_name("htx", folder, "daily", datetime(2026, 11, 1 + day, 8, 0)))
    manual = backup.copy_database(db.path, backup.new_name("htx", folder, "manual", datetime(2026, 10, 1, 9, 0)))
    safety = backup.copy_database(db.path, backup.new_name("htx", folder, "before-0004", datetime(2026, 10, 2)))
    removed = backup.prune("htx", folder, "daily", 3)
    assert sorted(p.name for p in removed) == ["htx-20261101-080000-daily.sqlite3", "htx-20261102-080000-daily.sqlite3"]
    kept = [b.path.name for b in backup.backups_of("htx", folder)]
    assert kept == [manual.name, safety.name, "htx-20261103-080000-daily.sqlite3",
                    "htx-20261104-080000-daily.sqlite3", "htx-20261105-080000-daily.sqlite3"]
    assert backup.daily_due("htx", folder, date(2026, 11, 6))
    assert not backup.daily_due("htx", folder, date(2026, 11, 5))


def test_two_backups_in_the_same_second_get_different_names(db, tmp_path):
    when = datetime(2026, 11, 30, 15, 0, 0)
    first = backup.copy_database(db.path, backup.new_name("htx", tmp_path, "manual", when))
    second = backup.new_name("htx", tmp_path, "manual", when)
    assert first != second and second.name == "htx-20261130-150000-2-manual.sqlite3"
    backup.copy_database(db.path, second)
    assert len(backup.backups_of("htx", tmp_path)) == 2


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"not a database at all, just text" * 20, "không phải cơ sở dữ liệu"), (b"", "không chứa dữ liệu")],
)
def test_check_refuses_a_file_that_is_not_an_htx_database(tmp_path, content, reason):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(content)
    with pytest.raises(HtxError, match=reason):
        backup.check_backup(junk)


def test_check_refuses_a_database_of_a_newer_version(db_path):
    connection = raw_db.connect(db_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(HtxError, match="phiên bản HTX Desktop mới hơn"):
        backup.check_backup(db_path)


def test_restore_keeps_the_database_before_it_and_brings_back_the_backup(db, db_path, private_home):
    cooperatives.create(db, CooperativeData(name="HTX Chè", unit_code="06046"), ADMIN)
    saved = backups.create(db, ADMIN)
    cooperatives.create(db, CooperativeData(name="HTX Hồi", unit_code="06046"), ADMIN)
    db.dispose()
    previous = backups.restore(db_path, saved, ADMIN)
    assert previous is not None and previous.name.endswith("-before-restore.sqlite3")
    for path, count in ((db_path, 1), (previous, 2)):
        database = open_database(path)
        try:
            with database.read() as session:
                assert session.execute(sqlite_count("cooperatives")).scalar() == count
        finally:
            database.dispose()


def sqlite_count(table):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    return text(f"SELECT count(*) FROM {table} WHERE deleted = 0")


def test_safety_copies_are_rotated_separately(db, tmp_path):
    folder = tmp_path / "b"
    start = datetime(2026, 1, 1)
    for n in range(12):
        backup.copy_database(db.path, backup.new_name("htx", folder, "before-restore", start + timedelta(hours=n)))
    backup.copy_database(db.path, backup.new_name("htx", folder, "daily", start))
    backup.prune("htx", folder, "before", backup.KEEP_SAFETY)
    kinds = [b.kind for b in backup.backups_of("htx", folder)]
    assert kinds.count("before-restore") == backup.KEEP_SAFETY and kinds.count("daily") == 1


def _sqlite_memory(module_file: str):  # type: ignore[no-untyped-def]
    """A function giving the most memory the SQLite library of that module has held since it was
    last called (its first call starts counting from now), or a skip where the library does not
    report it."""
    import ctypes

    try:
        high = ctypes.CDLL(module_file).sqlite3_memory_highwater
    except (OSError, AttributeError):
        pytest.skip("this SQLite library does not report its memory")
    high.restype, high.argtypes = ctypes.c_int64, [ctypes.c_int]

    def most() -> int:
        return high(1)  # and from now on, counted afresh from the memory in use

    most()
    return most


def _filled(connection) -> None:  # type: ignore[no-untyped-def]
    """Some 12 MB of pages: more than SQLite's page caches hold (2 MB plain, 8 MB SQLCipher)."""
    connection.execute("CREATE TABLE filler (data BLOB)")
    connection.executemany("INSERT INTO filler VALUES (randomblob(3000))", [()] * 4000)
    connection.commit()


@sqlite_only
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_copy_holds_little_memory_however_large_the_database(db, tmp_path, encrypted):
    """The daily backup runs beside the program's own work at start-up: each page goes through a
    small cache (it is read and written once), not the default caches of two connections."""
    import sqlite3

    import _sqlite3
    import sqlcipher3._sqlite3

    if encrypted:
        source, library = db.path, sqlcipher3._sqlite3.__file__
        connection = raw_db.connect(source)
    else:
        source, library = tmp_path / "plain.sqlite3", _sqlite3.__file__
        connection = sqlite3.connect(source)
    try:
        _filled(connection)
    finally:
        connection.close()
    db.dispose()
    most = _sqlite_memory(library)
    copy = backup.copy_database(source, tmp_path / "copy.sqlite3", key=db.data_key if encrypted else None)
    assert most() < 2 * 1024 * 1024  # the default caches held 4 MB plain, 16 MB encrypted
    copied = raw_db.connect(copy)
    try:
        assert copied.execute("SELECT count(*) FROM filler").fetchone()[0] == 4000
    finally:
        copied.close()
