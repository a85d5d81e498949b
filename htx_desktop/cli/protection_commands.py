"""`htx-cli status`, `recover` and `recovery-code`: whether the database is encrypted, a forgotten
administrator's password reset with the recovery code, and a new recovery code."""

from __future__ import annotations

import argparse
import os

from htx_desktop.cli import output, signin
from htx_desktop.cli.commands import initialised, signed_in
from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, tr

MESSAGES.update(
    {
        "cli.status": ("đơn vị, dấu vân tay khóa và việc mã hoá dữ liệu", "unit, key fingerprint and encryption"),
        "cli.recover": (
            "đặt lại mật khẩu người quản trị bằng mã khôi phục (mã và mật khẩu mới: hai dòng trên stdin)",
            "reset an administrator's password with the recovery code (code and new password: two lines on stdin)",
        ),
        "cli.recovery_code": (
            "tạo mã khôi phục mới (mã cũ hết hiệu lực; chỉ người quản trị)",
            "make a new recovery code (the old one stops working; administrators only)",
        ),
        "recovery_code_made": (
            "Mã khôi phục (chỉ hiện một lần — in hoặc chép lại, cất trong ngăn kéo có khoá; nó mở được dữ liệu "
            "khi quên mật khẩu người quản trị): {code}",
            "Recovery code (shown once — print or copy it and keep it in a locked drawer; it opens the data "
            "if the administrator's password is forgotten): {code}",
        ),
        "recover_done": (
            "Đã đặt mật khẩu mới cho người quản trị “{user}”.",
            "The administrator “{user}” has a new password.",
        ),
        "recover_needs_code": (
            "Cho mã khôi phục và mật khẩu mới trên hai dòng của stdin với --code-stdin.",
            "Give the recovery code and the new password as two lines on stdin with --code-stdin.",
        ),
    }
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("status", help=tr("cli.status"))
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=status)

    parser = sub.add_parser("recover", help=tr("cli.recover"))
    parser.add_argument("--admin", required=True, metavar="NAME")
    parser.add_argument("--code-stdin", action="store_true")
    parser.set_defaults(handler=recover)

    parser = sub.add_parser("recovery-code", help=tr("cli.recovery_code"))
    parser.set_defaults(handler=recovery_code)


def status(args: argparse.Namespace) -> int:
    """Without a user, an encrypted database says only what its key file says (unit, encrypted)."""
    from htx_desktop.services import installation, protection

    if protection.is_locked(args.db) and not (args.user or os.environ.get("HTX_USER")):
        line = protection.locked_summary(args.db)
        if args.json:
            output.as_json({"encrypted": True, "protection": line})
        else:
            print(line)
        return 0
    with initialised(args) as database:
        info = installation.describe(database)
        line = protection.status_line(database)
        encrypted = database.is_encrypted
    if args.json:
        output.as_json({"unit_code": info.unit_code, "unit_name": info.unit_name, "fingerprint": info.fingerprint,
                        "encrypted": encrypted, "protection": line})
    else:
        print(f"{info.unit_name} ({info.unit_code})\n{info.fingerprint}\n{line}")
    return 0


def recover(args: argparse.Namespace) -> int:
    from htx_desktop.services import protection

    if not args.code_stdin:
        raise HtxError(tr("recover_needs_code"))
    code, password = signin.read_password_line(), signin.read_password_line()
    if not code or not password:
        raise HtxError(tr("recover_needs_code"))
    user = protection.recover(args.db, code, args.admin, password)
    print(tr("recover_done", user=user.username))
    return 0


def recovery_code(args: argparse.Namespace) -> int:
    from htx_desktop.services import protection

    with signed_in(args) as (database, actor):
        code = protection.new_recovery_code(database, actor)
    print(tr("recovery_code_made", code=code))
    return 0
