"""A SQLite database with users is encrypted, and its key file wraps the data key for each active
user; a database without users (demos, tests, scripted set-ups) stays plain.

`encrypt_if_users` runs at every open (an older plain database with users is converted there, after
a backup that is overwritten and removed once the encrypted file is in place) and after the first
administrator is made; `update_key_file` after every change to users (added, password set,
disabled), from the password hashes, so no password is needed to wrap the key for a user.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from htx_desktop import paths
from htx_desktop.security import data_key
from htx_desktop.storage import backup, key_file, sqlcipher
from htx_desktop.storage.key_file import KeyFile, UserEntry
from htx_desktop.storage.models import Installation, Unit, User

if TYPE_CHECKING:
    from htx_desktop.storage.database import Database


def _entries(session: Session, key: bytes, old: dict[str, UserEntry]) -> dict[str, UserEntry]:
    entries = {}
    for user in session.scalars(select(User).where(User.active)):
        wrapped = data_key.wrap_for_hash(key, user.password_hash, user.username)
        if wrapped is None:
            continue
        previous = old.get(user.username)
        same_password = previous is not None and previous.key.salt == wrapped.salt
        entries[user.username] = UserEntry(wrapped, user.id, previous.failed if same_password else 0,
                                           previous.locked_until if same_password else None)
    return entries


def _unit_label(session: Session) -> str:
    installation = session.get(Installation, 1)
    if installation is None:
        return ""
    name = session.scalar(select(Unit.name).where(Unit.code == installation.unit_code))
    return f"{name} ({installation.unit_code})" if name else installation.unit_code


def update_key_file(database: Database, recovery_code: str | None = None) -> None:
    """Rewrite the key file of an encrypted database from its users (keeping the recovery entry
    unless a new code is given). Does nothing for a plain or non-SQLite database."""
    path, key = database.path, database.data_key
    if path is None or key is None:
        return
    file = key_file.path_for(path)
    keys = key_file.load(file) or KeyFile(str(uuid.uuid4()))
    with database.read() as session:
        keys.users = _entries(session, key, keys.users)
        keys.unit = _unit_label(session)
    if recovery_code is not None:
        keys.recovery = data_key.wrap_for_code(key, recovery_code)
    key_file.save(file, keys)


def encrypt_if_users(database: Database, recovery_code: str | None = None, *, backup_first: bool = True) -> bool:
    """Encrypt a plain SQLite database that has users; True if it was converted. An existing
    database is first copied to the backups folder (`backup_first`), and that plain copy is
    overwritten and removed once the encrypted file is in place."""
    path = database.path
    if path is None or database.is_encrypted:
        return False
    with database.read() as session:
        if session.scalar(select(User.id).limit(1)) is None:
            return False
    file = key_file.path_for(path)
    try:
        old = key_file.load(file)
    except ValueError:
        old = None
    key = sqlcipher.known_key(path) if old is not None else None  # a plain backup restored: same key
    keys = old if key is not None else KeyFile(str(uuid.uuid4()))
    key = key or data_key.new_data_key()
    with database.read() as session:
        keys.users = _entries(session, key, keys.users)
        keys.unit = _unit_label(session)
    saved = backup.automatic_backup(path, paths.backups_dir(), "before-encryption") if backup_first else None
    database.engine.dispose()
    if recovery_code is not None:
        keys.recovery = data_key.wrap_for_code(key, recovery_code)
    key_file.save(file, keys)  # first: the encrypted file is never without its key file
    sqlcipher.encrypt_file(path, key)
    sqlcipher.remember(keys.key_id, key)
    database.reconnect()
    if saved is not None:
        sqlcipher.wipe(saved)
    return True
