"""`htx-cli`: every command goes through the service layer, as the GUI does.

Exit codes: 0 success, 1 a refused action (message on stderr, database unchanged), 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from htx_desktop import __version__, paths, private_files
from htx_desktop.cli import (
    argparse_vi,
    commands,
    import_commands,
    keys_commands,
    list_command,
    person_commands,
    plan_commands,
    protection_commands,
    report_commands,
    signin,
    sync_commands,
)
from htx_desktop.errors import HtxError
from htx_desktop.messages import tr


#: Each module adds its own sub-commands (`register(subparsers)`); handlers import lazily.
COMMAND_MODULES = [commands, keys_commands, list_command, person_commands, plan_commands, report_commands,
                   sync_commands, import_commands, protection_commands]


def build_parser() -> argparse.ArgumentParser:
    argparse_vi.install()
    parser = argparse.ArgumentParser(prog="htx-cli", description=tr("cli.description"))
    parser.add_argument(
        "--version", action="version", version=f"htx-cli {__version__}", help=tr("cli.version")
    )
    parser.add_argument("--db", default=None, help=tr("cli.db"))
    signin.add_options(parser)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    if args.db is None:
        args.db = str(paths.default_database())
        private_files.make_folder_private(paths.home())  # also what older versions left readable
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
