"""Backing up and restoring the installation's database: what the CLI and the Settings screen call.

Backups go to the data folder's `backups/` unless a file or folder is given; every copy is written
atomically. A restore checks the file first, keeps a copy of the current database, and migrates
an older backup at once, so a refused restore changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from htx_desktop import paths
from htx_desktop.errors import HtxError
from htx_desktop.messages import tr
from htx_desktop.security.access import Actor, Permission, authorise
from htx_desktop.storage import backup, data_protection, sqlcipher
from htx_desktop.storage.database import Database, open_database, to_url


def database_file(database: Database) -> Path:
    if database.path is None:
        raise HtxError(tr("backup_failed", reason=tr("backup_reason.not_sqlite_db")))
    return database.path


def create(database: Database, actor: Actor, out: Path | None = None) -> Path:
    """A manual backup: into the backups folder, into the folder `out`, or as the file `out`.
    A copy holds every national ID: viewers may not make one."""
    with database.read() as session:
        authorise(session, actor, Permission.SYNC)
    source, key = database_file(database), database.data_key
    if out is None:
        return backup.make_backup(source, paths.backups_dir(), backup.MANUAL, key=key)
    out = out.expanduser()
    if out.is_dir() or str(out).endswith(("/", "\\")):
        out.mkdir(parents=True, exist_ok=True)
        return backup.make_backup(source, out.resolve(), backup.MANUAL, key=key)
    return backup.copy_database(source, out.resolve(), key=key)


def daily(database: Database, keep: int = backup.KEEP_DAILY) -> Path | None:
    """Today's automatic backup, unless one was already taken; the newest `keep` daily ones stay."""
    source = database.path
    if source is None:
        return None
    folder = paths.backups_dir()
    if not backup.daily_due(source.stem, folder):
        return None
    return backup.make_backup(source, folder, backup.DAILY, keep, key=database.data_key)


def _require_admin(target: Path, actor: Actor) -> None:
    """Only an administrator replaces a database that still opens; one that no longer opens
    has nothing left to protect, and restoring it is what the backup is for."""
    try:
        database = open_database(target)
    except HtxError:
        return
    try:
        with database.read() as session:
            authorise(session, actor, Permission.ADMINISTER)
    finally:
        database.dispose()


def restore(url_or_path: str | Path, file: Path, actor: Actor) -> Path | None:
    """Replace the database by the backup `file`; returns the copy kept of the database before.

    The caller closes every connection to the database first (and reopens it afterwards).
    """
    url = to_url(url_or_path)
    if not url.startswith("sqlite:///"):
        raise HtxError(tr("backup_failed", reason=tr("backup_reason.not_sqlite_db")))
    source = file.expanduser().resolve()
    target = Path(url.removeprefix("sqlite:///"))
    key = sqlcipher.known_key(target)  # an encrypted backup of this database opens with its key
    backup.check_backup(source, key)
    previous = None
    if target.exists():
        _require_admin(target, actor)
        previous = backup.make_backup(target, paths.backups_dir(), "before-restore")
    backup.restore_database(source, target, key)
    backup.prune(target.stem, paths.backups_dir(), "before", backup.KEEP_SAFETY)  # after: `file` may be one
    restored = open_database(target)  # an older backup is migrated now, not at the next start
    try:
        data_protection.update_key_file(restored)  # its users (and their passwords) are the backup's
    finally:
        restored.dispose()
    return previous
