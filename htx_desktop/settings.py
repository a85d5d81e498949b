"""This PC's preferences (language, the folder last used in a file dialog), kept as JSON in the data folder and written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass

from htx_desktop import paths

LANGUAGES = ("vi", "en")


@dataclass
class Settings:
    language: str = "vi"
    last_folder: str = ""  # where file dialogs open: the USB stick or folder used last time


def _file():  # type: ignore[no-untyped-def]
    return paths.home() / "settings.json"


def load() -> Settings:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    language = data.get("language")
    folder = data.get("last_folder")
    return Settings(language=language if language in LANGUAGES else "vi",
                    last_folder=folder if isinstance(folder, str) else "")


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
