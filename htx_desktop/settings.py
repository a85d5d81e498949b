"""This PC's preferences (language, backups, idle lock, the folder last used in a file dialog,
the main window's place), kept as JSON in the data folder and written atomically.

A missing, unreadable or out-of-range value falls back to its default, so a damaged file never
stops the program.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from htx_desktop import paths

LANGUAGES = ("vi", "en")
BACKUPS_KEPT = (1, 365)  # allowed range of daily backups kept
IDLE_LOCK_MINUTES = (0, 240)  # 0 = never lock


@dataclass
class Settings:
    language: str = "vi"
    backups_kept: int = 14
    idle_lock_minutes: int = 10
    last_folder: str = ""  # where file dialogs open: the USB stick or folder used last time
    window_geometry: str = ""  # the main window's size and place when last closed (Qt's, in base64)


def _file() -> Path:
    return paths.home() / "settings.json"


def _number(value: object, bounds: tuple[int, int], default: int) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and bounds[0] <= value <= bounds[1]:
        return value
    return default


def load() -> Settings:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    default = Settings()
    language = data.get("language")
    folder = data.get("last_folder")
    geometry = data.get("window_geometry")
    return Settings(
        language=language if language in LANGUAGES else default.language,
        backups_kept=_number(data.get("backups_kept"), BACKUPS_KEPT, default.backups_kept),
        idle_lock_minutes=_number(data.get("idle_lock_minutes"), IDLE_LOCK_MINUTES, default.idle_lock_minutes),
        last_folder=folder if isinstance(folder, str) else default.last_folder,
        window_geometry=geometry if isinstance(geometry, str) else default.window_geometry,
    )


def save(settings: Settings) -> None:
    target = _file()
    fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(settings), handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


def change(**values: object) -> Settings:
    """Save one or more preferences, keeping the others as they are on disk."""
    current = asdict(load())
    current.update(values)
    updated = Settings(**current)  # type: ignore[arg-type]
    save(updated)
    return updated
