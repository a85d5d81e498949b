"""`htx-cli report KIND --out FILE`: the official-form PDF or the Excel table of a report (CLI.md).

The free texts of `progress` and `review` are those last saved (in the GUI); the issuer is the
installation's. `--format` defaults to the file's extension (`.xlsx`), else PDF.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from htx_desktop.messages import MESSAGES, tr

MESSAGES.update(
    {
        "cli.report": ("lập báo cáo PDF (mẫu Nghị định 30) hoặc bảng Excel", "make a PDF report (Decree 30 layout) or an Excel table"),
        "cli.report.kind": ("loại báo cáo", "kind of report"),
        "cli.report.out": ("tệp kết quả (.pdf hoặc .xlsx)", "output file (.pdf or .xlsx)"),
        "cli.report.format": ("định dạng (mặc định theo đuôi tệp, nếu không là pdf)", "format (default: from the file's extension, else pdf)"),
        "cli.report.training": ("mã khóa học của danh sách ký tên (signin)", "the training of a sign-in sheet (signin)"),
        "cli.report.phase": ("mã giai đoạn của kế hoạch", "the plan's phase code"),
        "cli.report.number": ("số văn bản (để trống thì ghi tay sau)", "the document's number (blank: written in by hand)"),
        "cli.report.written": ("Đã ghi báo cáo: {path}", "Report written: {path}"),
    }
)


def register(sub: argparse._SubParsersAction) -> None:
    from htx_desktop.reports.request import FORMATS, KINDS

    parser = sub.add_parser("report", help=tr("cli.report"))
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=tr("cli.report.kind") + ": " + ", ".join(KINDS))
    parser.add_argument("--out", required=True, metavar="FILE", help=tr("cli.report.out"))
    parser.add_argument("--format", choices=FORMATS, help=tr("cli.report.format"))
    parser.add_argument("--plan", metavar="ID", help=tr("cli.progress.plan"))
    parser.add_argument("--unit", metavar="CODE", help=tr("cli.progress.unit"))
    parser.add_argument("--from", dest="start", metavar="DATE", help=tr("cli.progress.from"))
    parser.add_argument("--to", dest="end", metavar="DATE", help=tr("cli.progress.to"))
    parser.add_argument("--phase", metavar="CODE", help=tr("cli.report.phase"))
    parser.add_argument("--training", metavar="ID", help=tr("cli.report.training"))
    parser.add_argument("--number", default="", metavar="N", help=tr("cli.report.number"))
    parser.set_defaults(handler=report)


def report(args: argparse.Namespace) -> int:
    from htx_desktop.cli.commands import initialised
    from htx_desktop import reports
    from htx_desktop.plans.dates import optional_day

    out = Path(args.out)
    chosen_format = args.format or ("xlsx" if out.suffix.lower() == ".xlsx" else "pdf")
    # Everything the command line alone can refuse is refused before the database is opened.
    request = reports.ReportRequest(
        args.kind, chosen_format, args.plan, args.unit, optional_day(args.start), optional_day(args.end), args.phase,
        reports.training_id(args.training) if args.training else None, number=args.number,
    )
    with initialised(args) as database:
        written = reports.make(database, request, out)
    print(tr("cli.report.written", path=str(written)))
    return 0
