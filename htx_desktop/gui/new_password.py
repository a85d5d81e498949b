"""A new password typed twice (first administrator, set-up, recovery): its two fields, and the
refusal when they differ."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from htx_desktop.gui.language import translate


def password_fields(prefix: str = "") -> tuple[QLineEdit, QLineEdit]:
    """The password and its repetition, hidden as typed ("{prefix}password", "{prefix}repeat")."""
    hidden = QLineEdit.EchoMode.Password
    return (QLineEdit(objectName=f"{prefix}password", echoMode=hidden),
            QLineEdit(objectName=f"{prefix}repeat", echoMode=hidden))


def mismatch(password: QLineEdit, repeat: QLineEdit) -> str:
    """The message when the two differ, "" when they agree."""
    if password.text() == repeat.text():
        return ""
    return translate("NewPassword", "Hai lần nhập mật khẩu không giống nhau.")
