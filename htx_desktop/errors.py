"""Errors the user is meant to read: their text is already translated."""

from __future__ import annotations

from datetime import datetime

from htx_desktop.messages import tr


class HtxError(Exception):
    """A failure explained to the user; the database is left as it was."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(HtxError):
    """Invalid input: `errors` maps each field to its message, for display next to the field."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        lines = [tr("validation_failed")] + [f"- {text}" for text in self.errors.values()]
        super().__init__("\n".join(lines))


class NotFound(HtxError):
    pass


class ChangedSinceShown(HtxError):
    """What a screen showed was changed by someone else since: nothing was written, and the
    screen may offer to reload ("Tải lại")."""


class ChangedSinceLoaded(ChangedSinceShown):
    """The record was saved by someone else after the form loaded it: nothing was written.
    `changed_at` (UTC) and `changed_by` (a username, or "" when not known) say by whom and when."""

    def __init__(self, changed_at: datetime | None, changed_by: str) -> None:
        self.changed_at = changed_at
        self.changed_by = changed_by
        at = changed_at.astimezone().strftime("%H:%M:%S %d/%m/%Y") if changed_at is not None else "?"
        if changed_by:
            super().__init__(tr("changed_since_loaded_by", at=at, who=changed_by))
        else:
            super().__init__(tr("changed_since_loaded", at=at))
