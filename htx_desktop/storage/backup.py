"""Backup files of a SQLite database: consistent atomic copies, their names, rotation and checks.

A backup is named `<database stem>-<YYYYmmdd-HHMMSS>[-n]-<kind>.sqlite3`: `manual` (made by the
officer, never removed), `daily` (one a day at most, the newest few kept) and `before-...` (safety
copies before a migration or a restore, the newest ten kept).
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, tr
from htx_desktop.storage import key_file, sqlcipher

KEEP_SAFETY = 10
KEEP_DAILY = 14
#: Page cache (KiB) of each of the two connections of a copy: the backup API reads and writes each
#: page once, so a cache does not speed it up, and SQLCipher's default (8 MB each) made the daily
#: backup, taken in the background at start-up, hold 16 MB beside the program's own work.
COPY_CACHE_KIB = 256
MANUAL, DAILY = "manual", "daily"

MESSAGES.update(
    {
        "backup_reason.not_sqlite": ("tệp không phải cơ sở dữ liệu", "the file is not a database"),
        "backup_reason.damaged": ("tệp bị hỏng", "the file is damaged"),
        "backup_reason.not_htx": (
            "tệp không chứa dữ liệu của HTX Desktop",
            "the file holds no HTX Desktop data",
        ),
        "backup_reason.not_sqlite_db": (
            "chỉ sao lưu và khôi phục được cơ sở dữ liệu SQLite",
            "only SQLite databases can be backed up and restored",
        ),
        "backup_reason.other_key": (
            "tệp không phải cơ sở dữ liệu, hoặc được mã hoá bằng khoá của cơ sở dữ liệu khác (khi đó hãy chép "
            "cả tệp .keys đi kèm nó)",
            "the file is not a database, or it is encrypted with another database's key (then copy the .keys "
            "file that goes with it too)",
        ),
        "backup_reason.newer": (
            "tệp được tạo bởi phiên bản HTX Desktop mới hơn",
            "the file was made by a newer version of HTX Desktop",
        ),
    }
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime
    kind: str


def _connect(path: Path, key: bytes | None, read_only: bool = False):  # type: ignore[no-untyped-def]
    name = f"file:{path}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(name, uri=read_only)
    return sqlcipher.connect(name, key, uri=read_only)


def copy_database(source: Path, target: Path, *, key: bytes | None = None, with_keys: bool = True) -> Path:
    """Copy a live SQLite database with the backup API to a temp file (0600), fsync, then rename.

    A copy of an encrypted database is encrypted with the same key (the backup API between two
    connections keyed alike), and the key file goes beside it (`with_keys`), so the copy opens
    with the same passwords or recovery code on another PC. An encrypted `source` is read with
    `key`, else with the key its key file names if a log-in unlocked it.
    """
    if not sqlcipher.is_encrypted(source):
        key = None
    elif key is None:
        key = sqlcipher.required_key(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".sqlite3", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = _connect(source, key, read_only=True)
        try:
            dst = _connect(tmp, key)
            try:
                for connection in (src, dst):
                    connection.execute(f"PRAGMA cache_size = -{COPY_CACHE_KIB}")
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
    keys = key_file.load(key_file.path_for(source)) if key is not None and with_keys else None
    if keys is not None:
        keys.pending = []
        key_file.save(key_file.path_for(target), keys)
    return target


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(re.escape(stem) + r"-(\d{8}-\d{6})(?:-\d+)?-([a-z0-9-]+)\.sqlite3")


def backups_of(stem: str, folder: Path) -> list[BackupFile]:
    """The backups of the database named `stem` in `folder`, oldest first."""
    pattern = _pattern(stem)
    found = []
    for path in folder.glob(f"{stem}-*.sqlite3"):
        match = pattern.fullmatch(path.name)
        if match:
            found.append(BackupFile(path, datetime.strptime(match[1], "%Y%m%d-%H%M%S"), match[2]))
    return sorted(found, key=lambda b: (b.taken, b.path.name))


def new_name(stem: str, folder: Path, kind: str, when: datetime | None = None) -> Path:
    """A file name in `folder` for a backup taken now, never one that exists."""
    stamp = f"{when or datetime.now():%Y%m%d-%H%M%S}"
    target = folder / f"{stem}-{stamp}-{kind}.sqlite3"
    number = 2
    while target.exists():
        target = folder / f"{stem}-{stamp}-{number}-{kind}.sqlite3"
        number += 1
    return target


def make_backup(source: Path, folder: Path, kind: str, keep: int | None = None, key: bytes | None = None) -> Path:
    """A named copy of `source` in `folder`; with `keep`, only the newest `keep` of its kind stay.
    `key`: the data key of an encrypted `source`, if the caller has it open."""
    target = copy_database(source, new_name(source.stem, folder, kind), key=key)
    if keep is not None:
        prune(source.stem, folder, kind, keep)
    return target


def prune(stem: str, folder: Path, kind: str, keep: int) -> list[Path]:
    """Remove the oldest backups of one kind (`before` means every safety copy) beyond `keep`."""
    same = [b for b in backups_of(stem, folder)
            if b.kind == kind or (kind == "before" and b.kind.startswith("before-"))]
    removed = [b.path for b in same[: max(0, len(same) - max(keep, 1))]]
    for path in removed:
        path.unlink(missing_ok=True)
        key_file.path_for(path).unlink(missing_ok=True)
    return removed


def automatic_backup(source: Path, folder: Path, reason: str, keep: int = KEEP_SAFETY,
                     key: bytes | None = None) -> Path:
    """A safety copy before something risky (`reason` like `before-0004`); the newest `keep` stay."""
    target = make_backup(source, folder, reason, key=key)
    prune(source.stem, folder, "before", keep)
    return target


def daily_due(stem: str, folder: Path, today: date | None = None) -> bool:
    """No daily backup has been taken today."""
    today = today or date.today()
    return not any(b.kind == DAILY and b.taken.date() == today for b in backups_of(stem, folder))


def check_backup(file: Path, key: bytes | None = None) -> str:
    """The unit of a valid HTX database file, as "name (code)"; a clear refusal (HtxError) otherwise.

    An encrypted file is read with the key of its key file if a log-in unlocked it, else with
    `key` (the current database's): one encrypted with another key is refused."""
    from htx_desktop.storage import migrations

    if not file.is_file():
        raise HtxError(tr("backup_missing", path=file))

    def refuse(reason: str) -> HtxError:
        return HtxError(tr("backup_invalid", path=file, reason=tr(f"backup_reason.{reason}")))

    key = (sqlcipher.known_key(file) or key) if sqlcipher.not_plain(file) else None
    try:
        connection = _connect(file, key, read_only=True)
    except (sqlite3.Error, sqlcipher.dbapi().Error) as error:
        raise refuse("not_sqlite") from error
    try:
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except (sqlite3.DatabaseError, sqlcipher.dbapi().DatabaseError) as error:
            raise refuse("not_sqlite" if key is None else "other_key") from error
        if not {"installation", "alembic_version"} <= tables:
            raise refuse("not_htx")
        try:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise refuse("damaged")
            unit = connection.execute(
                "SELECT coalesce(units.name || ' (' || units.code || ')', installation.unit_code) "
                "FROM installation LEFT JOIN units ON units.code = installation.unit_code").fetchone()
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except (sqlite3.DatabaseError, sqlcipher.dbapi().DatabaseError) as error:
            raise refuse("damaged") from error
    finally:
        connection.close()
    if unit is None or revision is None:
        raise refuse("not_htx")
    if not migrations.is_known(revision[0]):
        raise refuse("newer")
    return str(unit[0])


def restore_database(backup: Path, target: Path, key: bytes | None = None) -> None:
    """Replace `target` by a copy of a checked `backup` (atomically); its WAL side files go with it.
    An encrypted backup is read with `key` (the database's own)."""
    restoring = target.with_name(target.name + ".restoring")
    copy_database(backup, restoring, key=key, with_keys=False)
    for side in ("-wal", "-shm"):
        Path(str(target) + side).unlink(missing_ok=True)
    os.replace(restoring, target)
