"""The key file beside an encrypted database (`<database>.keys`): what must be read before the
database can be opened.

JSON, written atomically and readable by its owner only (0600): the id of the data key, the
unit's name for the log-in window, per user the data key wrapped for them with their failed
log-ins and lock (counted here, as a wrong password cannot open the database to count them), the
recovery code's wrapping, and the log-in failures not yet written to the audit trail. It holds
no personal data and nothing that opens the database without a password or the recovery code.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from htx_desktop.security.data_key import Wrapped

FORMAT = 1


@dataclass
class UserEntry:
    key: Wrapped
    user_id: int
    failed: int = 0
    locked_until: str | None = None  # ISO time, UTC


@dataclass
class KeyFile:
    key_id: str
    unit: str = ""
    users: dict[str, UserEntry] = field(default_factory=dict)
    recovery: Wrapped | None = None
    #: Log-in attempts refused before the database was open: {"at", "username", "action", "reason"}.
    pending: list[dict[str, str]] = field(default_factory=list)


def path_for(database: Path) -> Path:
    return database.with_name(database.name + ".keys")


def load(path: Path) -> KeyFile | None:
    """The key file, None if there is none; ValueError if it is damaged."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(str(error)) from error
    try:
        users = {
            name: UserEntry(Wrapped.from_json(entry["key"]), int(entry["user_id"]), int(entry.get("failed", 0)),
                            entry.get("locked_until"))
            for name, entry in data["users"].items()
        }
        recovery = Wrapped.from_json(data["recovery"]) if data.get("recovery") else None
        return KeyFile(str(data["key_id"]), str(data.get("unit", "")), users, recovery,
                       [dict(item) for item in data.get("pending", [])])
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise ValueError(f"{path.name}: {error}") from error


def save(path: Path, keys: KeyFile) -> None:
    data = {
        "format": FORMAT,
        "key_id": keys.key_id,
        "unit": keys.unit,
        "users": {name: {"user_id": entry.user_id, "key": entry.key.as_json(), "failed": entry.failed,
                         "locked_until": entry.locked_until} for name, entry in keys.users.items()},
        "recovery": keys.recovery.as_json() if keys.recovery else None,
        "pending": keys.pending[-100:],
    }
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)  # 0600
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream, ensure_ascii=False, indent=1)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
