"""Reading a database file directly, as tests that compare or tamper with its rows do: through
SQLCipher with the key this test process unlocked when the file is encrypted, else plain SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from htx_desktop.storage import sqlcipher


class _Dumping(sqlcipher.dbapi().Connection):  # type: ignore[misc]
    """sqlcipher3's connection lacks `iterdump`; the standard library's works on it."""

    def iterdump(self):  # type: ignore[no-untyped-def]
        from sqlite3.dump import _iterdump

        return _iterdump(self)


def connect(database: str | Path, **options: Any) -> Any:
    text = str(database)
    path = Path(text.removeprefix("file:").split("?")[0]) if options.get("uri") else Path(text)
    if sqlcipher.is_encrypted(path):
        return sqlcipher.connect(text, sqlcipher.required_key(path), factory=_Dumping, **options)
    return sqlite3.connect(database, **options)


#: "database is locked" and the like, from either module.
OperationalError = (sqlite3.OperationalError, sqlcipher.dbapi().OperationalError)
