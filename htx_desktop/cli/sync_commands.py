"""`htx-cli sync ...`: export, check and import sync files; receipts; history and conflicts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from htx_desktop.cli import output
from htx_desktop.cli.commands import initialised, signed_in
from htx_desktop.formatting import group_digits
from htx_desktop.messages import tr
from htx_desktop.sync import texts as _texts  # noqa: F401  (messages of these commands)

COUNT_COLUMNS = ("new", "changed", "unchanged", "rejected", "conflicts")


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's sub-commands."""
    parser = sub.add_parser("sync", help=tr("cli.sync"))
    sync_sub = parser.add_subparsers(dest="sync_command", required=True, metavar="ACTION")

    parser = sync_sub.add_parser("export", help=tr("cli.sync.export"))
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.add_argument("--down", metavar="CODE")
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=sync_export)

    parser = sync_sub.add_parser("import", help=tr("cli.sync.import"))
    parser.add_argument("file", metavar="FILE", nargs="+", help=tr("cli.sync.files"))
    parser.add_argument("--dry-run", action="store_true", help=tr("cli.sync.dry_run"))
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.add_argument("--progress", action="store_true", help=tr("cli.sync.progress"))
    parser.set_defaults(handler=sync_import)

    parser = sync_sub.add_parser("receipt", help=tr("cli.sync.receipt"))
    parser.add_argument("--for", dest="for_site", required=True, metavar="SITE")
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.set_defaults(handler=sync_receipt)

    parser = sync_sub.add_parser("import-receipt", help=tr("cli.sync.import_receipt"))
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=sync_import_receipt)

    parser = sync_sub.add_parser("history", help=tr("cli.sync.history"))
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=sync_history)

    parser = sync_sub.add_parser("conflicts", help=tr("cli.sync.conflicts"))
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=sync_conflicts)

    parser = sync_sub.add_parser("resolve", help=tr("cli.sync.resolve"))
    parser.add_argument("conflict_id", type=int, metavar="ID")
    parser.add_argument("--restore", action="store_true")
    parser.set_defaults(handler=sync_resolve)

    parser = sync_sub.add_parser("upstream", help=tr("cli.sync.upstream"))
    parser.add_argument("code", nargs="?", metavar="CODE")
    parser.set_defaults(handler=sync_upstream)


def sync_export(args: argparse.Namespace) -> int:
    from htx_desktop.sync import service

    with signed_in(args) as (database, actor):
        result = service.export_file(database, Path(args.out), actor=actor, down_to=args.down)
    if args.json:
        output.as_json({"path": str(result.path), "direction": result.direction, "sequence": result.sequence,
                        "receiver_unit": result.receiver_unit, "receiver_site": result.receiver_site,
                        "counts": result.counts, "records": result.records, "size": result.size})
    else:
        print(tr("sync.exported", sequence=result.sequence, unit=result.receiver_unit, path=result.path,
                 records=group_digits(result.records), size=group_digits(result.size)))
    return 0


def _report_json(report: Any) -> dict[str, Any]:
    return {"file": report.file_name, "status": report.status, "sender_unit": report.sender_unit,
            "sender_name": report.sender_name, "sender_site": report.sender_site, "sequence": report.sequence,
            "direction": report.direction, "created_at": report.created_at, "tables": report.tables,
            "totals": {what: report.total(what) for what in COUNT_COLUMNS}}


def _print_report(report: Any) -> None:
    if report.status == "already_imported":
        print(tr("sync.already_imported", file=report.file_name, sequence=report.sequence,
                 unit=f"{report.sender_name} ({report.sender_unit})"))
        return
    rows = [(f"{name} ({tr('table.' + name)})", *(group_digits(counts.get(what, 0)) for what in COUNT_COLUMNS))
            for name, counts in report.tables.items()]
    if rows:
        output.table([tr("col.table"), *(tr(f"sync.col.{what}") for what in COUNT_COLUMNS)], rows)
    key = "sync.preview_done" if report.status == "preview" else "sync.import_done"
    print(tr(key, file=report.file_name, sequence=report.sequence, unit=f"{report.sender_name} ({report.sender_unit})",
             new=group_digits(report.total("new")), changed=group_digits(report.total("changed")),
             conflicts=group_digits(report.total("conflicts"))))


def sync_import(args: argparse.Namespace) -> int:
    from htx_desktop.sync import service

    progress = None
    if args.progress:
        def progress(phase: str, done: int, total: int) -> None:
            print(f"{phase} {done}/{total}", file=sys.stderr, flush=True)

    given = [Path(name) for name in args.file]
    with signed_in(args) as (database, actor):
        if len(given) > 1 or given[0].is_dir():
            paths = [found for path in given for found in (service.sync_files_in(path) if path.is_dir() else [path])]
            items = service.import_files(database, paths, actor=actor, dry_run=args.dry_run, progress=progress)
        else:
            report = service.import_file(database, given[0], actor=actor, dry_run=args.dry_run, progress=progress)
            items = None
    if items is None:
        output.as_json(_report_json(report)) if args.json else _print_report(report)
        return 0
    if args.json:
        output.as_json([_report_json(item.report) if item.report else
                        {"file": item.path.name, "status": "refused", "error": item.error.message}
                        for item in items])
    else:
        for item in items:
            if item.report:
                _print_report(item.report)
        if items:
            counts = service.outcomes(items)
            print(tr("sync.batch_summary", total=len(items), imported=counts["imported"] + counts["preview"],
                     nothing_new=counts["nothing_new"], refused=counts["refused"]))
    for item in items:
        if item.error is not None:
            print(item.error.message, file=sys.stderr)
    if not items:
        print(tr("sync.folder_empty", folder=", ".join(args.file)), file=sys.stderr)
    return 1 if any(item.error for item in items) or not items else 0


def sync_receipt(args: argparse.Namespace) -> int:
    from htx_desktop.sync import receipts

    with signed_in(args) as (database, actor):
        result = receipts.write_receipt(database, args.for_site, Path(args.out), actor)
    print(tr("sync.receipt_written", path=result.path, unit=result.peer_unit, sequence=result.last_sequence))
    return 0


def sync_import_receipt(args: argparse.Namespace) -> int:
    from htx_desktop.sync import receipts

    with signed_in(args) as (database, actor):
        outcome = receipts.import_receipt(database, Path(args.file), actor)
    if args.json:
        output.as_json(outcome.__dict__)
    else:
        print(tr(f"sync.receipt_{outcome.status}", file=outcome.file_name, unit=outcome.from_unit,
                 sequence=outcome.last_sequence))
    return 0


def sync_history(args: argparse.Namespace) -> int:
    from htx_desktop.sync import service

    with initialised(args) as database:
        entries = service.history(database)
    if args.json:
        output.as_json([entry.__dict__ for entry in entries])
    elif not entries:
        print(tr("sync.history_empty"))
    else:
        output.table([tr("sync.col.when"), tr("sync.col.what"), tr("col.unit"), tr("sync.col.sequence"),
                      tr("sync.col.file")],
                     [(f"{e.at:%d/%m/%Y %H:%M}", tr(f"sync.history.{e.direction}.{e.kind}"), e.peer_unit,
                       e.sequence, e.file_name) for e in entries])
    return 0


def sync_conflicts(args: argparse.Namespace) -> int:
    from htx_desktop.sync import conflicts

    with initialised(args) as database:
        pending = conflicts.pending_conflicts(database)
    if args.json:
        output.as_json([item.__dict__ for item in pending])
    elif not pending:
        print(tr("sync.no_conflicts"))
    else:
        output.table(["ID", tr("col.table"), tr("sync.col.record"), tr("sync.col.kind"), tr("sync.col.file")],
                     [(c.id, tr(f"table.{c.table_name}"), c.row_id, tr(f"sync.conflict.{c.kind}"), c.file_name)
                      for c in pending])
    return 0


def sync_resolve(args: argparse.Namespace) -> int:
    from htx_desktop.sync import conflicts

    with signed_in(args) as (database, actor):
        conflicts.resolve_conflict(database, args.conflict_id, restore=args.restore, actor=actor)
    print(tr("sync.resolved_restored" if args.restore else "sync.resolved_kept", id=args.conflict_id))
    return 0


def sync_upstream(args: argparse.Namespace) -> int:
    from htx_desktop.sync import keyring

    with signed_in(args) as (database, actor):
        if args.code:
            name = keyring.set_upstream(database, args.code, actor)
            print(tr("sync.upstream_set", unit=f"{name} ({args.code})"))
        else:
            info = database.installation()
            print(info.upstream_code or "-")
    return 0
