"""Upgrades that cannot break: a revision that rebuilds a table others refer to runs on a saved
database of every earlier schema; a revision that fails puts the automatic backup back."""

import os
import shutil
from pathlib import Path

import pytest

from htx_desktop.errors import HtxError
from htx_desktop.storage import database as database_module
from htx_desktop.storage import migrations
from htx_desktop.storage.database import open_database
import raw_db

DATA = Path(__file__).parent / "data"
SAVED = sorted(DATA.glob("htx-schema-*.sqlite3"))
THROWAWAY = "9001"

#: A revision as a real schema change of `people` or `cooperatives` would be written: batch mode
#: copies the table to a new one, drops the old one (which posts and attendances refer to) and
#: renames the copy.
REBUILD = '''
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    pass
'''
REBUILD_REFERENCED = """    for table in ("people", "cooperatives"):
        with op.batch_alter_table(table, recreate="always"):
            pass"""


@pytest.fixture
def throwaway(tmp_path, monkeypatch):
    """Write a throwaway revision after today's head and make it the head the program upgrades to."""
    folder = tmp_path / "throwaway-versions"
    folder.mkdir()
    original = migrations._config

    def config(connection=None):  # type: ignore[no-untyped-def]
        result = original(connection)
        result.set_main_option("path_separator", "os")
        result.set_main_option("version_locations", os.pathsep.join(
            [str(migrations.SCRIPT_LOCATION / "versions"), str(folder)]))
        return result

    monkeypatch.setattr(migrations, "_config", config)
    monkeypatch.setattr(database_module, "HEAD_REVISION", THROWAWAY)

    def write(body: str) -> None:
        (folder / f"{THROWAWAY}_throwaway.py").write_text(REBUILD.format(head=migrations.HEAD_REVISION, body=body))

    return write


def _rows(path: Path, *tables: str) -> dict[str, list[tuple]]:
    connection = raw_db.connect(path)
    try:
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in tables}
    finally:
        connection.close()


def _revision(path: Path) -> str:
    connection = raw_db.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def test_every_schema_before_the_newest_has_a_saved_database():
    saved = {path.stem.removeprefix("htx-schema-") for path in SAVED}
    assert set(migrations.revisions()[:-1]) <= saved


@pytest.mark.parametrize("saved", SAVED, ids=lambda path: path.stem)
def test_rebuilding_people_and_cooperatives_upgrades_a_saved_database_with_every_row_kept(
        saved, tmp_path, throwaway):
    throwaway(REBUILD_REFERENCED)
    path = tmp_path / "old.sqlite3"
    shutil.copy(saved, path)
    tables = ("people", "cooperatives", "posts", "attendances")
    before = _rows(path, *tables)
    assert before["posts"] and before["attendances"]  # rows that refer to people and cooperatives

    database = open_database(path)
    try:
        assert database.revision() == THROWAWAY
        with database.engine.connect() as connection:  # foreign keys are back on for the program
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        database.dispose()
    assert _rows(path, *tables) == before


def test_a_failed_upgrade_puts_the_backup_back_and_says_so_in_one_line(tmp_path, throwaway, private_home):
    throwaway("""    op.execute("UPDATE people SET full_name = 'changed'")
    op.execute("SELECT no_such_function()")""")
    path = tmp_path / "old.sqlite3"
    shutil.copy(SAVED[-1], path)
    before = _rows(path, "people", "cooperatives")
    revision = _revision(path)

    with pytest.raises(HtxError) as raised:
        open_database(path)
    message = raised.value.message
    [backup] = (private_home / "backups").glob(f"old-*-before-{THROWAWAY}.sqlite3")
    assert message == (f"Không nâng cấp được cơ sở dữ liệu (no such function: no_such_function); đã khôi phục "
                       f"bản sao lưu “{backup.name}”, dữ liệu vẫn như trước (phiên bản {revision}).")
    assert "\n" not in message
    assert _revision(path) == revision and _rows(path, "people", "cooperatives") == before


def test_a_revision_that_leaves_rows_pointing_nowhere_is_not_committed(tmp_path, throwaway):
    throwaway("""    op.execute("DELETE FROM people")""")  # posts and attendances still name them
    path = tmp_path / "old.sqlite3"
    shutil.copy(SAVED[-1], path)
    before = _rows(path, "people", "posts")

    with pytest.raises(HtxError) as raised:
        open_database(path)
    assert raised.value.message.startswith("Không nâng cấp được cơ sở dữ liệu (2 dòng trong bảng attendances, "
                                           "posts trỏ tới bản ghi không còn); đã khôi phục bản sao lưu")
    assert _rows(path, "people", "posts") == before
    assert _revision(path) == SAVED[-1].stem.removeprefix("htx-schema-")
