"""`htx-cli list KIND`: the live records of one kind, read through the same list sources as the
GUI's list screens, so a role sees what its screens show (a viewer gets no national IDs)."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from htx_desktop.cli import output
from htx_desktop.messages import tr

KINDS = ("cooperatives", "people", "trainings", "support", "jobs", "outreach", "commendations", "funding")
SENSITIVE_FIELDS = ("national_id", "priority_groups")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("list", help=tr("cli.list"))
    parser.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=list_records)


def _as_dict(source: Any, row: Any, sensitive: bool) -> dict[str, Any]:
    values = {"id": row.id, "name": source.name_of(row)} | dataclasses.asdict(row)
    if not sensitive:
        for field in SENSITIVE_FIELDS:
            values.pop(field, None)
    return values


def list_records(args: argparse.Namespace) -> int:
    from htx_desktop.cli.commands import signed_in
    from htx_desktop.services.listing import SOURCES, ListFilters
    from htx_desktop.services.people import may_see_sensitive

    source = SOURCES[args.kind]
    with signed_in(args) as (database, actor):
        with database.read() as session:
            rows = list(source.rows_in_parts(session, source.ids(session, ListFilters()), actor.role))
    sensitive = may_see_sensitive(actor.role)
    records = [_as_dict(source, row, sensitive) for row in rows]
    if args.json:
        output.as_json(records)
    elif not records:
        print(tr("no_results"))
    else:
        output.table([tr("col.id"), tr("col.name"), tr("col.unit")],
                     [(r["id"], r["name"], f"{r['unit_name']} ({r['unit_code']})") for r in records])
    return 0
