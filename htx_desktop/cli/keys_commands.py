"""`htx-cli keys ...`: this installation's keys, and the key cards of others."""

from __future__ import annotations

import argparse

from htx_desktop.cli.commands import open_initialised
from htx_desktop.messages import tr
from htx_desktop.services import installation


def register(sub: argparse._SubParsersAction) -> None:
    keys = sub.add_parser("keys", help=tr("cli.keys"))
    keys_sub = keys.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    keys_sub.add_parser("fingerprint").set_defaults(handler=keys_fingerprint)


def keys_fingerprint(args: argparse.Namespace) -> int:
    database = open_initialised(args)
    try:
        print(installation.describe(database).fingerprint)
    finally:
        database.dispose()
    return 0
