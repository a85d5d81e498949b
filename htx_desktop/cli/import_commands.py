"""`htx-cli template` and `htx-cli import-excel` (CLI.md): the empty template of a kind, and the
import of an officer's list with its preview, `--dry-run`, `--strict` and `--json`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from htx_desktop.messages import MESSAGES, tr

MESSAGES.update(
    {
        "cli.template": ("ghi mẫu Excel trống để nhập một loại danh sách", "write an empty Excel template for a kind of list"),
        "cli.import": ("nhập danh sách từ tệp Excel (.xlsx)", "import a list from an Excel file (.xlsx)"),
        "cli.import.kind": ("loại danh sách", "kind of list"),
        "cli.import.sheet": ("tên trang tính (mặc định: trang hiện đầu tiên)", "sheet name (default: the first visible)"),
        "cli.import.mapping": ("tệp JSON ghép cột (tiêu đề cột → trường)", "JSON mapping file (column header → field)"),
        "cli.import.training": ("mã khóa học của danh sách học viên", "the training an attendance list belongs to"),
        "cli.import.dry_run": ("chỉ xem trước, không ghi gì", "preview only, write nothing"),
        "cli.import.strict": ("không ghi gì nếu có dòng bị từ chối", "write nothing if any row is rejected"),
        "cli.import.errors": ("ghi các dòng bị từ chối vào tệp .xlsx này", "write the rejected rows to this .xlsx file"),
        "cli.import.unit": ("đơn vị của các dòng không ghi đơn vị (mặc định: đơn vị của cài đặt)",
                            "unit of rows that name none (default: the installation's)"),
    }
)


def register(sub: argparse._SubParsersAction) -> None:
    from htx_desktop.imports import KINDS

    kinds = list(KINDS)
    parser = sub.add_parser("template", help=tr("cli.template"))
    parser.add_argument("--kind", required=True, choices=kinds, metavar="KIND",
                        help=tr("cli.import.kind") + ": " + ", ".join(kinds))
    parser.add_argument("--out", required=True, metavar="FILE.xlsx")
    parser.set_defaults(handler=template)

    parser = sub.add_parser("import-excel", help=tr("cli.import"))
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--kind", required=True, choices=kinds, metavar="KIND",
                        help=tr("cli.import.kind") + ": " + ", ".join(kinds))
    parser.add_argument("--sheet", metavar="NAME", help=tr("cli.import.sheet"))
    parser.add_argument("--mapping", metavar="FILE", help=tr("cli.import.mapping"))
    parser.add_argument("--training", metavar="ID", help=tr("cli.import.training"))
    parser.add_argument("--unit", metavar="CODE", help=tr("cli.import.unit"))
    parser.add_argument("--errors", metavar="FILE.xlsx", help=tr("cli.import.errors"))
    parser.add_argument("--dry-run", action="store_true", help=tr("cli.import.dry_run"))
    parser.add_argument("--strict", action="store_true", help=tr("cli.import.strict"))
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=import_excel)


def template(args: argparse.Namespace) -> int:
    from htx_desktop import imports
    from htx_desktop.imports.output import write_template

    written = write_template(imports.kind(args.kind), Path(args.out))
    print(tr("imports.template_written", path=str(written)))
    return 0


def import_excel(args: argparse.Namespace) -> int:
    from htx_desktop import imports
    from htx_desktop.cli import output
    from htx_desktop.cli.commands import signed_in
    from htx_desktop.errors import HtxError
    from htx_desktop.imports import mapping, table
    from htx_desktop.imports.output import write_errors
    from htx_desktop.reports.request import training_id

    kind = imports.kind(args.kind)
    training = training_id(args.training) if args.training else None
    given = mapping.read_file(kind, args.mapping) if args.mapping else None
    with signed_in(args) as (database, actor):
        saved = given if given is not None else mapping.load_saved(kind, mapping.saved_file(database.path))
        sheet = table.read(Path(args.file), kind, args.sheet, saved)
        sheet.require_mapped(kind)
        default_unit = args.unit or database.installation().unit_code
        result = imports.run(database, actor, kind, sheet, sheet.fields, default_unit=default_unit,
                             training_id=training, write=not args.dry_run, strict=args.strict)
    if args.errors and result.rejected:
        write_errors(kind, sheet.headers, sheet.fields, result, Path(args.errors))
    _print(kind, result, args)
    if args.strict and result.rejected:
        raise HtxError(tr("imports.strict_refused", count=len(result.rejected)))
    return 0


def _problems(kind, outcome) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {(kind.field(key).header if key else ""): message for key, message in outcome.problems.items()}


def _print(kind, result, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    from htx_desktop.cli import output
    from htx_desktop.imports import CREATE, REJECT, UPDATE

    if args.json:
        output.as_json({
            "kind": result.kind, "sheet": result.sheet, "written": result.written,
            "created": result.count(CREATE), "updated": result.count(UPDATE), "rejected": result.count(REJECT),
            "skipped": result.skipped,
            "rows": [{"row": o.number, "action": o.action, "problems": _problems(kind, o)} for o in result.outcomes],
        })
        return
    if result.rejected:
        output.table(
            [tr("imports.col.row"), tr("imports.col.reason")],
            [(o.number, " ".join(o.reasons(kind))) for o in result.rejected],
        )
    print(result.summary())
    if args.errors and result.rejected:
        print(tr("imports.errors_written", path=args.errors))
    if not result.written:
        print(tr("imports.dry_run"), file=sys.stderr if args.strict else sys.stdout)
