"""SQLite files encrypted whole with SQLCipher (`sqlcipher3-wheels`): tables, indexes, the full-text
index, WAL and journal pages; temporary tables stay in memory (`temp_store`).

The data key is a raw 256-bit key (`PRAGMA key = "x'…'"`), so opening costs no key derivation:
the password's scrypt is paid once, at log-in, to unwrap it (see `security.data_key`). Keys a
log-in unlocked stay in this process's memory (by the key id in the key file) until it ends, so
the program reopens, backs up and restores its database without asking again.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, tr
from htx_desktop.storage import key_file

MESSAGES.update({
    "db_locked": (
        "Cơ sở dữ liệu “{path}” đã được mã hoá: phải đăng nhập bằng tài khoản của mình để mở.",
        "The database “{path}” is encrypted: sign in with your account to open it.",
    ),
})

PLAIN_HEADER = b"SQLite format 3\x00"
_unlocked: dict[str, bytes] = {}


def dbapi() -> Any:
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def is_encrypted(path: Path) -> bool:
    """A database that has a key file beside it and is not plain SQLite (SQLCipher leaves no
    readable header). A file that is neither is left to SQLite, which says it is no database."""
    return key_file.path_for(path).exists() and not_plain(path)


def not_plain(path: Path) -> bool:
    """A file without SQLite's header: encrypted, or not a database at all."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(PLAIN_HEADER))
    except (FileNotFoundError, IsADirectoryError):
        return False
    return len(header) == len(PLAIN_HEADER) and header != PLAIN_HEADER


def remember(key_id: str, key: bytes) -> None:
    _unlocked[key_id] = key


def forget_all() -> None:
    _unlocked.clear()


def known_key(path: Path) -> bytes | None:
    """The key of the database at `path` if a log-in in this process unlocked it."""
    try:
        keys = key_file.load(key_file.path_for(path))
    except ValueError:
        return None
    return _unlocked.get(keys.key_id) if keys is not None else None


def required_key(path: Path) -> bytes:
    """The key of an encrypted database at `path`; a refusal if no log-in unlocked it."""
    key = known_key(path)
    if key is None:
        raise HtxError(tr("db_locked", path=str(path)))
    return key


def connect(path: Path | str, key: bytes, **options: Any) -> Any:
    """A DB-API connection to an encrypted database (made if missing), keyed before anything else."""
    connection = dbapi().connect(str(path), **options)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def encrypt_file(path: Path, key: bytes) -> None:
    """Replace the plain database at `path` (no connection open on it) by an encrypted copy.

    `sqlcipher_export` writes the copy beside it; the copy must pass `integrity_check` and hold as
    many rows per table; then it takes the name atomically and the plain file is overwritten and
    removed, with its WAL side files. A crash leaves either file whole under the name.
    """
    plain = dbapi().connect(str(path))
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.execute("PRAGMA journal_mode=DELETE")
        counts = _row_counts(plain)
        encrypted = path.with_name(path.name + ".encrypting")
        wipe(encrypted)
        encrypted.touch(mode=0o600)  # SQLite keeps the mode of the file it is given
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(encrypted),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    try:
        check = connect(encrypted, key)
        try:
            if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok" or _row_counts(check) != counts:
                raise RuntimeError("the encrypted copy differs from the database")
        finally:
            check.close()
        with open(encrypted, "rb+") as handle:
            os.fsync(handle.fileno())
        old = path.with_name(path.name + ".plain")
        wipe(old)
        try:
            os.link(path, old)  # the plain bytes keep a name until they are overwritten below
        except OSError:  # a file system without hard links (FAT on a USB stick)
            os.replace(path, old)
        os.replace(encrypted, path)
    except BaseException:
        wipe(encrypted)
        raise
    wipe_leftovers(path)


def wipe_leftovers(path: Path) -> None:
    """The plain file of a conversion cut short (see `encrypt_file`): wiped once the encrypted
    file has the name, put back if the cut came before."""
    old = path.with_name(path.name + ".plain")
    if not old.exists():
        return
    if path.exists():
        wipe(old)
    else:
        os.replace(old, path)


def _row_counts(connection: Any) -> dict[str, int]:
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables}


def wipe(path: Path) -> None:
    """Overwrite a file with zeros, flush it to disk, then remove it (no-op if missing). On an SSD
    or a copy-on-write file system old blocks may survive: encryption, not this, is the protection."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "rb+") as handle:
        block = b"\0" * (1 << 20)
        for start in range(0, size, len(block)):
            handle.write(block[: min(len(block), size - start)])
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
