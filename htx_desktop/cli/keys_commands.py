"""`htx-cli keys ...`: this installation's keys, and the key cards of others."""

from __future__ import annotations

import argparse
from pathlib import Path

from htx_desktop.cli import output
from htx_desktop.cli.commands import initialised, signed_in
from htx_desktop.messages import tr
from htx_desktop.sync import texts as _texts  # noqa: F401  (messages of these commands)
from htx_desktop.services import installation


def register(sub: argparse._SubParsersAction) -> None:
    keys = sub.add_parser("keys", help=tr("cli.keys"))
    keys_sub = keys.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    keys_sub.add_parser("fingerprint", help=tr("cli.keys.fingerprint")).set_defaults(handler=keys_fingerprint)

    parser = keys_sub.add_parser("card", help=tr("cli.keys.card"))
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=keys_card)

    parser = keys_sub.add_parser("trust", help=tr("cli.keys.trust"))
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=keys_trust)

    parser = keys_sub.add_parser("list", help=tr("cli.keys.list"))
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=keys_list)

    parser = keys_sub.add_parser("revoke", help=tr("cli.keys.revoke"))
    parser.add_argument("key", metavar="SITE|FINGERPRINT|UNIT")
    parser.add_argument("--reason", required=True)
    parser.set_defaults(handler=keys_revoke)

    parser = keys_sub.add_parser("replace", help=tr("cli.keys.replace"))
    parser.add_argument("--out", required=True, metavar="FILE")
    parser.add_argument("--reason", default="")
    parser.add_argument("--compromised", action="store_true")
    parser.set_defaults(handler=keys_replace)


def keys_fingerprint(args: argparse.Namespace) -> int:
    with initialised(args) as database:
        print(installation.describe(database).fingerprint)
    return 0


def keys_card(args: argparse.Namespace) -> int:
    from htx_desktop.sync import keyring

    with initialised(args) as database:
        files = keyring.write_card(database, Path(args.out))
    if args.json:
        output.as_json({"card": str(files.card), "page": str(files.page), "fingerprint": files.fingerprint})
    else:
        print(tr("keys.card_written", card=files.card, page=files.page))
        print(files.fingerprint)
    return 0


def keys_trust(args: argparse.Namespace) -> int:
    from htx_desktop.sync import keyring

    with signed_in(args) as (database, actor):
        outcome = keyring.trust_card_file(database, Path(args.file), actor)
    if args.json:
        output.as_json(outcome.__dict__)
    else:
        print(tr(f"keys.trust.{outcome.kind}", unit=f"{outcome.unit_name} ({outcome.unit_code})",
                 site=outcome.site_id, old=outcome.replaced_fingerprint or ""))
        print(outcome.fingerprint)
    return 0


def keys_list(args: argparse.Namespace) -> int:
    from htx_desktop.sync import keyring

    with initialised(args) as database:
        keys = keyring.trusted_keys(database)
    if args.json:
        output.as_json([key.__dict__ for key in keys])
        return 0
    if not keys:
        print(tr("keys.none"))
        return 0
    output.table(
        [tr("col.unit"), tr("keys.col.fingerprint"), tr("keys.col.site"), tr("keys.col.state")],
        [(f"{k.unit_name} ({k.unit_code})", k.fingerprint, k.site_id,
          tr("keys.revoked", date=f"{k.revoked_at:%d/%m/%Y}", reason=k.revoked_reason or "") if k.revoked_at
          else tr("keys.trusted", date=f"{k.trusted_at:%d/%m/%Y}")) for k in keys],
    )
    return 0


def keys_revoke(args: argparse.Namespace) -> int:
    from htx_desktop.sync import keyring

    with signed_in(args) as (database, actor):
        key = keyring.revoke_key(database, args.key, args.reason, actor)
    print(tr("keys.revoked_done", unit=f"{key.unit_name} ({key.unit_code})", fingerprint=key.fingerprint))
    return 0


def keys_replace(args: argparse.Namespace) -> int:
    from htx_desktop.sync import keyring

    with signed_in(args) as (database, actor):
        files = keyring.replace_own_keys(database, Path(args.out), args.reason, compromised=args.compromised,
                                         actor=actor)
    print(tr("keys.replaced_done", card=files.card, page=files.page))
    print(files.fingerprint)
    return 0
