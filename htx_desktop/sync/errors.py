"""Why a sync file, receipt or key card is refused: a reason code, then a message naming the file."""

from __future__ import annotations

from htx_desktop.errors import HtxError
from htx_desktop.messages import tr


class Refusal(Exception):
    """Raised inside the sync package; `reason` names a message `sync.reason.<reason>`."""

    def __init__(self, reason: str, /, **values: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.values = values


class SyncRefused(HtxError):
    """A file was refused; nothing was written. `reason` is the code tests and the GUI can check."""

    def __init__(self, file_name: str, reason: str, values: dict[str, object], what: str = "file") -> None:
        self.file_name = file_name
        self.reason = reason
        self.values = dict(values)
        explanation = tr(f"sync.reason.{reason}", **values)
        super().__init__(tr(f"sync.refused.{what}", file=file_name, reason=explanation))


def refused(file_name: str, refusal: Refusal, what: str = "file") -> SyncRefused:
    return SyncRefused(file_name, refusal.reason, refusal.values, what)
