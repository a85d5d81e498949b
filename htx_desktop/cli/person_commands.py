"""`htx-cli person ...`: a person's rights over her data (administrators only).

`person export --id ID --out FILE` writes FILE's .json and .xlsx; `person erase --id ID --yes`
blanks her personal fields for good (without `--yes` nothing is changed and the command exits 1).
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from htx_desktop.cli import output
from htx_desktop.cli.commands import signed_in
from htx_desktop.errors import HtxError
from htx_desktop.messages import MESSAGES, tr

MESSAGES.update(
    {
        "cli.person": ("quyền của một người với dữ liệu cá nhân: xuất, xóa", "a person's data: export, erase"),
        "cli.person.export": (
            "xuất mọi dữ liệu về một người (JSON và Excel) cho chính người đó",
            "export everything held about a person (JSON and Excel) for her",
        ),
        "cli.person.erase": (
            "xóa dữ liệu cá nhân của một người (giữ số liệu tổng hợp; cần --yes để xác nhận)",
            "erase a person's personal data (totals stay; --yes confirms)",
        ),
        "cli.person.id": ("mã của người (xem htx-cli list people)", "the person's id (see htx-cli list people)"),
        "cli.person.bad_id": (
            "“{value}” không phải mã người (mã có dạng 8-4-4-4-12 chữ số hệ 16, xem htx-cli list people).",
            "“{value}” is not a person id (ids look like 8-4-4-4-12 hex digits, see htx-cli list people).",
        ),
        "cli.person.exported": ("Đã ghi “{json}” và “{xlsx}”.", "Wrote “{json}” and “{xlsx}”."),
        "cli.person.confirm": (
            "Xóa dữ liệu cá nhân không thể hoàn tác: thêm --yes để xác nhận. Chưa có gì bị thay đổi.",
            "Erasing personal data cannot be undone: add --yes to confirm. Nothing was changed.",
        ),
        "cli.person.erased": ("Đã xóa dữ liệu cá nhân của người có mã {id}.", "Erased the personal data of {id}."),
    }
)


def register(sub: argparse._SubParsersAction) -> None:
    person = sub.add_parser("person", help=tr("cli.person"))
    person_sub = person.add_subparsers(dest="person_command", required=True, metavar="ACTION")

    parser = person_sub.add_parser("export", help=tr("cli.person.export"))
    parser.add_argument("--id", required=True, metavar="ID", help=tr("cli.person.id"))
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=person_export)

    parser = person_sub.add_parser("erase", help=tr("cli.person.erase"))
    parser.add_argument("--id", required=True, metavar="ID", help=tr("cli.person.id"))
    parser.add_argument("--yes", action="store_true")
    parser.set_defaults(handler=person_erase)


def person_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise HtxError(tr("cli.person.bad_id", value=text)) from None


def person_export(args: argparse.Namespace) -> int:
    from htx_desktop.services import personal_data

    chosen = person_id(args.id)
    with signed_in(args) as (database, actor):
        files = personal_data.export_person(database, chosen, Path(args.out), actor)
    if args.json:
        output.as_json({"json": str(files.json_path), "xlsx": str(files.xlsx_path)})
    else:
        print(tr("cli.person.exported", json=files.json_path, xlsx=files.xlsx_path))
    return 0


def person_erase(args: argparse.Namespace) -> int:
    from htx_desktop.services import personal_data

    chosen = person_id(args.id)
    if not args.yes:
        raise HtxError(tr("cli.person.confirm"))
    with signed_in(args) as (database, actor):
        personal_data.erase(database, chosen, actor)
    print(tr("cli.person.erased", id=chosen))
    return 0
