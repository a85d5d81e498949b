"""The handlers of `htx-cli`'s commands: parse nothing, print results, raise HtxError on refusal."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
import sys
import time
from pathlib import Path

from htx_desktop.cli import output, signin
from htx_desktop.domain.enums import InstallationRole
from htx_desktop.errors import HtxError
from htx_desktop.formatting import group_digits
from htx_desktop.messages import tr
from htx_desktop.security.access import SYSTEM, Actor
from htx_desktop.services import installation
from htx_desktop.storage.database import Database, open_database, to_url


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("init", help=tr("cli.init"))
    parser.add_argument("--unit", required=True, metavar="CODE")
    parser.add_argument("--role", required=True, choices=["commune", "aggregator"])
    parser.add_argument("--upstream", metavar="CODE")
    parser.add_argument("--admin", metavar="NAME")
    # The same flag as before the command (`htx-cli --password-stdin init ...`): the admin's password.
    parser.add_argument("--password-stdin", action="store_true", default=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=init)

    parser = sub.add_parser("demo", help=tr("cli.demo"))
    parser.add_argument("--scale", required=True, choices=["commune", "district", "province"])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--unit", default="06046", metavar="CODE")
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=demo)

    parser = sub.add_parser("stats", help=tr("cli.stats"))
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=stats)

    parser = sub.add_parser("search", help=tr("cli.search"))
    parser.add_argument("text", metavar="TEXT")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=search)

    parser = sub.add_parser("backup", help=tr("cli.backup"))
    backup_sub = parser.add_subparsers(dest="backup_command", required=True, metavar="ACTION")
    parser = backup_sub.add_parser("create", help=tr("cli.backup.create"))
    parser.add_argument("--out", metavar="FILE_OR_FOLDER")
    parser.set_defaults(handler=backup_create)
    parser = backup_sub.add_parser("restore", help=tr("cli.backup.restore"))
    parser.add_argument("file", metavar="FILE")
    parser.set_defaults(handler=backup_restore)


@contextmanager
def signed_in(args: argparse.Namespace) -> Iterator[tuple[Database, Actor]]:
    """The installation's database for one command, and who acts on it (see `signin`); closed
    afterwards. A failed sign-in refuses the command before it reads or writes anything."""
    database, actor = signin.open_signed_in(args)
    try:
        _require_installation(database, args)
        yield database, actor
    finally:
        database.dispose()


@contextmanager
def initialised(args: argparse.Namespace) -> Iterator[Database]:
    """The database for a command that only reads (still signed in where there are users)."""
    with signed_in(args) as (database, _actor):
        yield database


def _require_installation(database: Database, args: argparse.Namespace) -> None:
    if database.installation() is None:
        raise HtxError(tr("db_not_initialised", path=args.db))


def init(args: argparse.Namespace) -> int:
    password = None
    if args.admin and not args.password_stdin:
        raise HtxError(tr("admin_needs_password"))
    if args.password_stdin:
        password = signin.read_password_line()
        if not password:
            raise HtxError(tr("password_stdin_empty"))
    info = installation.initialise(
        args.db, args.unit, InstallationRole(args.role), args.upstream, args.admin, password
    )
    if args.json:
        output.as_json(info.__dict__)
    else:
        print(tr("init_done", unit=f"{info.unit_name} ({info.unit_code})", site=info.site_id,
                 fingerprint=info.fingerprint))
        if info.recovery_code:
            print(tr("recovery_code_made", code=info.recovery_code))
    return 0


def demo(args: argparse.Namespace) -> int:
    from htx_desktop.demo.generator import generate

    if to_url(args.db).startswith("sqlite:///") and not Path(to_url(args.db)[10:]).exists():
        installation.initialise(args.db, args.unit, InstallationRole.COMMUNE, demo=True)
        print(tr("demo_created_db", unit=args.unit), file=sys.stderr)
    with signed_in(args) as (database, actor):
        started = time.perf_counter()
        counts = generate(database, args.scale, seed=args.seed, actor=actor,
                          progress=None if args.json else (lambda line: print(line, file=sys.stderr)))
        seconds = time.perf_counter() - started
    if args.json:
        output.as_json({"scale": args.scale, "seconds": round(seconds, 1), "rows": counts})
    else:
        output.table([tr("col.table"), tr("col.count")], [(k, group_digits(v)) for k, v in counts.items()])
        print(tr("demo_done", scale=args.scale, seconds=f"{seconds:.1f}"))
    return 0


def stats(args: argparse.Namespace) -> int:
    from htx_desktop.services.stats import row_counts

    with initialised(args) as database:
        with database.read() as session:
            counts = row_counts(session)
    if args.json:
        output.as_json(counts)
    else:
        output.table([tr("col.table"), tr("col.count")],
                     [(f"{name} ({tr('table.' + name)})", group_digits(count)) for name, count in counts.items()])
    return 0


def search(args: argparse.Namespace) -> int:
    from htx_desktop.services.search import search as run_search
    from htx_desktop.text import search_terms

    if not search_terms(args.text):
        raise HtxError(tr("search_empty"))
    with initialised(args) as database:
        with database.read() as session:
            hits = run_search(session, args.text, limit=args.limit)
    if args.json:
        output.as_json([{"kind": h.kind, "id": str(h.id), "name": h.name, "unit_code": h.unit_code,
                         "unit_name": h.unit_name, "detail": h.detail} for h in hits])
    elif not hits:
        print(tr("no_results"))
    else:
        output.table([tr("col.kind"), tr("col.name"), tr("col.unit"), tr("col.detail")],
                     [(tr(f"kind.{h.kind}"), h.name, f"{h.unit_name} ({h.unit_code})", h.detail) for h in hits])
    return 0


def backup_create(args: argparse.Namespace) -> int:
    from htx_desktop.services import backups

    with signed_in(args) as (database, actor):
        target = backups.create(database, actor, Path(args.out) if args.out else None)
    print(tr("backup_done", path=target))
    return 0


def _actor_unless_unreadable(args: argparse.Namespace) -> Actor:
    """Who restores: the signed-in user; a database that no longer opens has nothing left to
    protect, and restoring it is what the backup is for."""
    from htx_desktop.services import protection

    if protection.is_locked(args.db):
        with signed_in(args) as (_database, actor):
            return actor
    try:
        database = open_database(args.db)
    except HtxError:
        return SYSTEM
    try:
        return SYSTEM if database.installation() is None else signin.sign_in(database, args)
    finally:
        database.dispose()


def backup_restore(args: argparse.Namespace) -> int:
    from htx_desktop.services import backups

    previous = backups.restore(args.db, Path(args.file), _actor_unless_unreadable(args))
    print(tr("restore_done", path=Path(args.file).resolve(), previous=previous or "-"))
    return 0
