"""Who a command acts as: on a database with users, `--user NAME` (or `HTX_USER`) with the password
from `HTX_PASSWORD` or one line on stdin (`--password-stdin`); on a database without users, nobody.

The user's role then decides, in the service layer, what the command may do.
"""

from __future__ import annotations

import argparse
import os
import sys

from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, tr
from htx_desktop.security import access
from htx_desktop.security.access import SYSTEM, Actor
from htx_desktop.storage.database import Database, open_database

MESSAGES.update(
    {
        "cli.user": ("tên người dùng (hoặc biến HTX_USER)", "user name (or HTX_USER)"),
        "cli.password_stdin": (
            "đọc mật khẩu từ một dòng trên stdin (nếu không: biến HTX_PASSWORD)",
            "read the password from one line on stdin (otherwise: HTX_PASSWORD)",
        ),
        "cli.user_required": (
            "Cơ sở dữ liệu này có người dùng: hãy đăng nhập bằng --user TÊN (hoặc biến HTX_USER).",
            "This database has users: sign in with --user NAME (or HTX_USER).",
        ),
        "cli.password_required": (
            "Thiếu mật khẩu của “{user}”: cho qua biến HTX_PASSWORD hoặc một dòng trên stdin với --password-stdin.",
            "No password for “{user}”: give it in HTX_PASSWORD or as one line on stdin with --password-stdin.",
        ),
    }
)


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="NAME", help=tr("cli.user"))
    parser.add_argument("--password-stdin", action="store_true", help=tr("cli.password_stdin"))


def read_password_line() -> str:
    return sys.stdin.readline().rstrip("\r\n")


def open_signed_in(args: argparse.Namespace) -> tuple[Database, Actor]:
    """The database of this command, open, and who acts on it. An encrypted database is opened by
    the sign-in itself: the user's password unlocks its key (`services.protection`)."""
    from htx_desktop.services import protection

    if protection.is_locked(args.db):
        username, password = _credentials(args)
        database, user = protection.sign_in(args.db, username, password)
        return database, Actor(user.username, user.role)
    database = open_database(args.db)
    try:
        return database, sign_in(database, args)
    except BaseException:
        database.dispose()
        raise


def _credentials(args: argparse.Namespace) -> tuple[str, str]:
    username = (getattr(args, "user", None) or os.environ.get("HTX_USER") or "").strip()
    if not username:
        raise HtxError(tr("cli.user_required"))
    if getattr(args, "password_stdin", False):
        password = read_password_line()
    elif "HTX_PASSWORD" in os.environ:
        password = os.environ["HTX_PASSWORD"]
    else:
        raise HtxError(tr("cli.password_required", user=username))
    return username, password


def sign_in(database: Database, args: argparse.Namespace) -> Actor:
    """The actor of this command on an open database; `HtxError` (exit 1, nothing changed) when
    the sign-in fails."""
    with database.read() as session:
        if not access.has_users(session):
            return SYSTEM
    from htx_desktop.services import users

    user = users.authenticate(database, *_credentials(args))
    return Actor(user.username, user.role)
