"""Errors the user is meant to read: their text is already translated."""

from __future__ import annotations

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
