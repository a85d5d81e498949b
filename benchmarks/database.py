"""The database a benchmark measures: a copy of `--db`, upgraded to the current schema.

`--db` is never written: opening SQLite in WAL mode and upgrading both write, so the benchmark
works on a copy in a temporary folder (its HTX_HOME too, for the backup an upgrade makes first).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def copied(db: Path) -> Iterator[Path]:
    """A copy of `db` at the current schema, in a folder removed afterwards."""
    from htx_desktop.storage.database import open_database

    with tempfile.TemporaryDirectory(prefix="htx-bench-") as folder:
        saved = os.environ.get("HTX_HOME")
        os.environ["HTX_HOME"] = str(Path(folder) / "home")
        try:
            target = Path(folder) / "bench.sqlite3"
            shutil.copy(db, target)
            open_database(target).dispose()  # upgrades the copy if it is older
            yield target
        finally:
            if saved is None:
                os.environ.pop("HTX_HOME", None)
            else:
                os.environ["HTX_HOME"] = saved


@contextmanager
def at_head(db: Path) -> Iterator[Any]:
    """The copy, open (a `storage.database.Database`)."""
    from htx_desktop.storage.database import open_database

    with copied(db) as path:
        database = open_database(path)
        try:
            yield database
        finally:
            database.dispose()
