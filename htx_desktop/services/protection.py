"""Signing in to an encrypted database, the recovery code, and what the status line says.

The log-in unlocks the data key before the database can be read: the key file beside it (see
`storage.key_file`) holds the key wrapped for each user; one scrypt of the password both unwraps
it and, once the database is open, matches the stored hash. Wrong passwords are counted in the
key file (five in a row lock the account for 15 minutes, as on a plain database) and written to
the audit trail at the next log-in. The CLI and the GUI both sign in here.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from htx_desktop.domain.enums import UserRole
from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, tr
from htx_desktop.security import data_key, passwords
from htx_desktop.security.access import SYSTEM, Actor, Permission, authorise
from htx_desktop.services import users
from htx_desktop.services.users import LOCK_MINUTES, MAX_FAILURES, UserInfo
from htx_desktop.storage import data_protection, key_file, sqlcipher
from htx_desktop.storage.base import utcnow
from htx_desktop.storage.database import Database, open_database, to_url
from htx_desktop.storage.key_file import KeyFile

MESSAGES.update(
    {
        "protection.plain": (
            "Cơ sở dữ liệu chưa được mã hoá (chưa có quản trị viên)",
            "The database is not encrypted (it has no administrator yet)",
        ),
        "protection.encrypted": (
            "Cơ sở dữ liệu được mã hoá (SQLCipher, khoá mở bằng mật khẩu người dùng)",
            "The database is encrypted (SQLCipher, its key unlocked by the users' passwords)",
        ),
        "protection.server": (
            "Cơ sở dữ liệu trên máy chủ: việc mã hoá ổ đĩa máy chủ do cơ quan đảm nhận",
            "A database on a server: encrypting the server's disk is the office's job",
        ),
        "protection.no_key_file": (
            "Không mở được cơ sở dữ liệu “{path}”: thiếu hoặc hỏng tệp khoá “{keys}” đi kèm. Hãy chép lại "
            "tệp này từ bản sao lưu (nó nằm cạnh tệp sao lưu).",
            "The database “{path}” cannot be opened: its key file “{keys}” is missing or damaged. Copy it "
            "back from a backup (it lies beside the backup file).",
        ),
        "protection.no_recovery": (
            "Cơ sở dữ liệu này chưa có mã khôi phục: người quản trị hãy tạo một mã mới.",
            "This database has no recovery code yet: an administrator should make a new one.",
        ),
        "protection.wrong_code": ("Mã khôi phục không đúng.", "The recovery code is wrong."),
        "protection.not_admin": (
            "“{user}” không phải người quản trị đang hoạt động của cơ sở dữ liệu này.",
            "“{user}” is not an active administrator of this database.",
        ),
    }
)


def sqlite_file(target: str | Path) -> Path | None:
    url = to_url(target)
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def is_locked(target: str | Path) -> bool:
    """The database is encrypted: it opens only through `sign_in` (or `recover`)."""
    file = sqlite_file(target)
    return file is not None and sqlcipher.is_encrypted(file) and sqlcipher.known_key(file) is None


def status_line(database: Database) -> str:
    if database.path is None:
        return tr("protection.server")
    return tr("protection.encrypted" if database.is_encrypted else "protection.plain")


def unit_label(target: str | Path) -> str:
    """The unit's name for the log-in window of a database not open yet (from its key file)."""
    file = sqlite_file(target)
    try:
        keys = key_file.load(key_file.path_for(file)) if file is not None else None
    except ValueError:
        return ""
    return keys.unit if keys is not None else ""


def locked_summary(target: str | Path) -> str:
    """What can be said of an encrypted database before a log-in: its unit and that it is
    encrypted; a refusal if its key file is missing or damaged."""
    file = sqlite_file(target)
    assert file is not None
    keys = _keys(file)
    return f"{keys.unit} — {tr('protection.encrypted')}"


def _keys(file: Path) -> KeyFile:
    path = key_file.path_for(file)
    try:
        keys = key_file.load(path)
    except ValueError:
        keys = None
    if keys is None:
        raise HtxError(tr("protection.no_key_file", path=str(file), keys=path.name))
    return keys


def sign_in(target: str | Path, username: str, password: str) -> tuple[Database, UserInfo]:
    """Open the database as `username` (the caller disposes of it); refused with one message."""
    file = sqlite_file(target)
    if file is None or not sqlcipher.is_encrypted(file):
        database = open_database(target)  # a plain one with users is encrypted here (see open_database)
        try:
            return database, users.authenticate(database, username, password)
        except BaseException:
            database.dispose()
            raise
    keys = _keys(file)
    username = username.strip()
    entry = keys.users.get(username)
    now = utcnow()
    if entry is not None and entry.locked_until and now < datetime.fromisoformat(entry.locked_until):
        minutes = max(1, int((datetime.fromisoformat(entry.locked_until) - now).total_seconds() // 60) + 1)
        _refuse(file, keys, username, entry.user_id, "login_failed", "locked")
        raise HtxError(tr("login_locked", count=MAX_FAILURES, minutes=minutes))
    if entry is None:
        passwords.hash_password(password)  # as long as a wrong password takes
        _refuse(file, keys, username, None, "login_failed", "unknown_user")
        raise HtxError(tr("login_failed"))
    digest = entry.key.cost.derive(password)
    key = data_key.unwrap(entry.key, digest, username)
    if key is None:
        entry.failed += 1
        if entry.failed >= MAX_FAILURES:
            entry.failed, entry.locked_until = 0, (now + timedelta(minutes=LOCK_MINUTES)).isoformat()
            _refuse(file, keys, username, entry.user_id, "locked", "wrong_password")
            raise HtxError(tr("login_locked", count=MAX_FAILURES, minutes=LOCK_MINUTES))
        _refuse(file, keys, username, entry.user_id, "login_failed", "wrong_password")
        raise HtxError(tr("login_failed"))
    sqlcipher.remember(keys.key_id, key)
    database = open_database(file)
    try:
        user = users.authenticate(database, username, password, derived=digest, refused_before=keys.pending)
    except HtxError:  # refused by the database (account disabled or locked): the audit has the attempts
        keys.pending = []
        key_file.save(key_file.path_for(file), keys)
        database.dispose()
        raise
    except BaseException:
        database.dispose()
        raise
    keys.pending, entry.failed, entry.locked_until = [], 0, None
    key_file.save(key_file.path_for(file), keys)
    return database, user


def _refuse(file: Path, keys: KeyFile, username: str, user_id: int | None, action: str, reason: str) -> None:
    keys.pending.append({"at": utcnow().isoformat(), "username": username[:60], "action": action,
                         "reason": reason, "user_id": "" if user_id is None else str(user_id)})
    key_file.save(key_file.path_for(file), keys)


def create_first_admin(database: Database, username: str, password: str,
                       full_name: str = "") -> tuple[UserInfo, str | None]:
    """The first administrator of a database without users, which is encrypted at once; returns the
    recovery code to print and keep in a locked drawer (shown this once, never stored; None on
    PostgreSQL, which the program does not encrypt)."""
    with database.transaction(SYSTEM, Permission.ADMINISTER) as session:
        user = users.add_user(session, username, password, UserRole.ADMIN, full_name)
    if database.path is None:
        return user, None
    code = data_key.new_recovery_code()
    data_protection.encrypt_if_users(database, recovery_code=code)
    return user, code


def new_recovery_code(database: Database, actor: Actor) -> str:
    """A new recovery code (an administrator's action): the old one no longer opens the database."""
    with database.read() as session:
        authorise(session, actor, Permission.ADMINISTER)
    code = data_key.new_recovery_code()
    data_protection.update_key_file(database, recovery_code=code)
    return code


def has_recovery_code(database: Database) -> bool:
    if not database.is_encrypted or database.path is None:
        return True  # nothing to recover
    return _keys(database.path).recovery is not None


def recover(target: str | Path, code: str, username: str, new_password: str) -> UserInfo:
    """A forgotten administrator's password: the recovery code opens the database and `username`,
    an active administrator, gets `new_password` (and the lock lifted)."""
    file = sqlite_file(target)
    if file is None or not sqlcipher.is_encrypted(file):
        raise HtxError(tr("protection.plain"))
    keys = _keys(file)
    if keys.recovery is None:
        raise HtxError(tr("protection.no_recovery"))
    key = data_key.unwrap_with_code(keys.recovery, code)
    if key is None:
        raise HtxError(tr("protection.wrong_code"))
    sqlcipher.remember(keys.key_id, key)
    database = open_database(file)
    try:
        admin = next((u for u in users.list_users(database)
                      if u.username == username.strip() and u.active and u.role == UserRole.ADMIN), None)
        if admin is None:
            raise HtxError(tr("protection.not_admin", user=username.strip()))
        users.update(database, admin.id, UserRole.ADMIN, True, new_password,
                     actor=Actor(admin.username, UserRole.ADMIN.value))
        return admin
    finally:
        database.dispose()
