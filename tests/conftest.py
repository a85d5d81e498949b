"""Shared fixtures: a private HTX_HOME per test, and a freshly initialised database copied from a template."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import databases
from actors import ADMIN_PASSWORD
from htx_desktop import messages
from htx_desktop.domain.enums import InstallationRole
from htx_desktop.services.installation import initialise
from htx_desktop.storage import key_file
from htx_desktop.storage.database import Database, open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

COMMUNE = "06046"  # Xã Tràng Định, Lạng Sơn


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HTX_HOME", str(home))
    monkeypatch.delenv("HTX_LANG", raising=False)
    messages.set_language(None)
    return home


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """GUI tests run as the program does: garbage collected on the GUI thread only (see
    htx_desktop/gui/gc_guard.py); the rest of the suite keeps Python's automatic collection."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    import gc

    from htx_desktop.gui.gc_guard import collect_on_gui_thread

    collect_on_gui_thread(request.getfixturevalue("qapp"))
    yield
    gc.collect()  # here, on the GUI thread, before a later test's workers could
    gc.enable()


@pytest.fixture(autouse=True)
def drop_test_databases():  # type: ignore[no-untyped-def]
    """On PostgreSQL, no database copy (nor its connections) outlives its test."""
    yield
    if databases.ON_POSTGRES:
        databases.drop_leftovers()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The commune installation every `db` starts from: a SQLite file, or (HTX_TEST_DB=postgres)
    the name of a PostgreSQL template database."""
    folder = tmp_path_factory.mktemp("template")
    mp = pytest.MonkeyPatch()
    mp.setenv("HTX_HOME", str(folder / "home"))

    def fill(location: str | Path) -> None:
        initialise(location, COMMUNE, InstallationRole.COMMUNE, admin="admin", password=ADMIN_PASSWORD)

    try:
        if databases.ON_POSTGRES:
            name = databases.make_template("commune", fill)
        else:
            fill(folder / "template.sqlite3")
    finally:
        mp.undo()
    if not databases.ON_POSTGRES:
        yield folder / "template.sqlite3"
        return
    yield name
    databases.drop(name)


def copy_with_keys(source: Path, target: Path) -> Path:
    """A copy of a database file with its key file (an encrypted one opens in this test process
    with the key the template's log-in unlocked)."""
    shutil.copy(source, target)
    keys = key_file.path_for(source)
    if keys.exists():
        shutil.copy(keys, key_file.path_for(target))
    return target


@pytest.fixture
def db_path(template_db, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A fresh copy of the template: a SQLite file's path, or a PostgreSQL database's URL."""
    if databases.ON_POSTGRES:
        url = databases.copy_of(template_db)
        yield url
        databases.drop(url)
        return
    target = tmp_path / "htx.sqlite3"
    yield copy_with_keys(template_db, target)


@pytest.fixture
def db(db_path: Path):  # type: ignore[no-untyped-def]
    database: Database = open_database(db_path)
    yield database
    database.dispose()
