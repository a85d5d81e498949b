"""Consistent, atomic copies of a SQLite database, and the rotating automatic backups."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

KEEP_AUTOMATIC = 10


def copy_database(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with the backup API to a temp file, fsync, then rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".sqlite3", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def automatic_backup(source: Path, folder: Path, reason: str, keep: int = KEEP_AUTOMATIC) -> Path:
    """A timestamped copy in `folder`; only the newest `keep` automatic copies are kept."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite3"
    copy_database(source, target)
    backups = sorted(folder.glob(f"{source.stem}-*-*.sqlite3"))
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)
    return target


def restore_database(backup: Path, target: Path) -> None:
    """Replace `target` by a copy of `backup` (atomically); its WAL side files go with it."""
    check = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("integrity check failed")
    finally:
        check.close()
    copy_database(backup, target.with_name(target.name + ".restoring"))
    for side in ("-wal", "-shm"):
        Path(str(target) + side).unlink(missing_ok=True)
    os.replace(target.with_name(target.name + ".restoring"), target)
