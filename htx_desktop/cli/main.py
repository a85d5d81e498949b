"""`htx-cli`: every command goes through the service layer, as the GUI does.

Exit codes: 0 success, 1 a refused action (message on stderr, database unchanged), 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from htx_desktop import __version__, paths
from htx_desktop.cli import argparse_vi, commands
from htx_desktop.errors import HtxError
from htx_desktop.messages import tr


def build_parser() -> argparse.ArgumentParser:
    argparse_vi.install()
    parser = argparse.ArgumentParser(prog="htx-cli", description=tr("cli.description"))
    parser.add_argument("--version", action="version", version=f"htx-cli {__version__}")
    parser.add_argument("--db", default=None, help=tr("cli.db"))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = sub.add_parser("init", help=tr("cli.init"))
    init.add_argument("--unit", required=True, metavar="CODE")
    init.add_argument("--role", required=True, choices=["commune", "aggregator"])
    init.add_argument("--upstream", metavar="CODE")
    init.add_argument("--admin", metavar="NAME")
    init.add_argument("--password-stdin", action="store_true")
    init.add_argument("--json", action="store_true", help=tr("cli.json"))
    init.set_defaults(handler=commands.init)

    demo = sub.add_parser("demo", help=tr("cli.demo"))
    demo.add_argument("--scale", required=True, choices=["commune", "district", "province"])
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--unit", default="06046", metavar="CODE")
    demo.add_argument("--json", action="store_true", help=tr("cli.json"))
    demo.set_defaults(handler=commands.demo)

    stats = sub.add_parser("stats", help=tr("cli.stats"))
    stats.add_argument("--json", action="store_true", help=tr("cli.json"))
    stats.set_defaults(handler=commands.stats)

    search = sub.add_parser("search", help=tr("cli.search"))
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=int, default=100)
    search.add_argument("--json", action="store_true", help=tr("cli.json"))
    search.set_defaults(handler=commands.search)

    keys = sub.add_parser("keys", help=tr("cli.keys"))
    keys_sub = keys.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    keys_sub.add_parser("fingerprint").set_defaults(handler=commands.keys_fingerprint)

    backup = sub.add_parser("backup", help=tr("cli.backup"))
    backup_sub = backup.add_subparsers(dest="backup_command", required=True, metavar="ACTION")
    create = backup_sub.add_parser("create")
    create.add_argument("--out", metavar="FILE")
    create.set_defaults(handler=commands.backup_create)
    restore = backup_sub.add_parser("restore")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=commands.backup_restore)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    if args.db is None:
        args.db = str(paths.default_database())
    try:
        return args.handler(args) or 0
    except HtxError as error:
        print(error.message, file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped early: not our failure
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
        return 0
    except KeyboardInterrupt:
        print(tr("cli.interrupted"), file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
