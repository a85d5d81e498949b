"""`htx-cli` commands of the plan area: `plans` (the list) and `progress` (achievement against targets)."""

from __future__ import annotations

import argparse

from htx_desktop.cli import output
from htx_desktop.messages import tr


def register(sub: argparse._SubParsersAction) -> None:
    """Add this area's sub-commands."""
    parser = sub.add_parser("progress", help=tr("cli.progress"))
    parser.add_argument("--plan", metavar="ID", help=tr("cli.progress.plan"))
    parser.add_argument("--unit", metavar="CODE", help=tr("cli.progress.unit"))
    parser.add_argument("--from", dest="start", metavar="DATE", help=tr("cli.progress.from"))
    parser.add_argument("--to", dest="end", metavar="DATE", help=tr("cli.progress.to"))
    parser.add_argument("--phase", metavar="CODE", help=tr("cli.progress.phase"))
    parser.add_argument("--by-commune", action="store_true", help=tr("cli.progress.by_unit"))
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=progress)

    parser = sub.add_parser("plans", help=tr("cli.plans"))
    parser.add_argument("--json", action="store_true", help=tr("cli.json"))
    parser.set_defaults(handler=plans)


def progress(args: argparse.Namespace) -> int:
    from htx_desktop.cli.commands import initialised
    from htx_desktop.plans import breakdown
    from htx_desktop.plans import progress as service
    from htx_desktop.plans.dates import optional_day

    start, end = optional_day(args.start), optional_day(args.end)  # refused before the database is opened
    with initialised(args) as database:
        service.prepare(database, args.plan, args.unit)
        with database.read() as session:
            period = service.resolve(session, args.plan, args.unit, start, end, args.phase)
            if args.by_commune:
                result, table = breakdown.dashboard(session, period)
            else:
                result, table = service.measure(session, period), None
    context = {"plan": result.plan.code, "phase": result.phase.code, "unit": result.unit_code,
               "from": result.start.isoformat(), "to": result.end.isoformat()}
    if args.json:
        found = [row.as_dict() | context for row in result.rows]
        if table is not None:
            for code, name in table.communes:
                found += [table.cell(code, i.code).as_dict() | context | {"unit": code, "unit_name": name}
                          for i in table.indicators]
        output.as_json(found)
        return 0
    print(tr("cli.progress.header", plan=result.plan.name, phase=result.phase.name,
             unit=f"{result.unit_name} ({result.unit_code})", start=f"{result.start:%d/%m/%Y}",
             end=f"{result.end:%d/%m/%Y}", elapsed=f"{round(result.elapsed * 100)}%"))
    print()
    output.table(
        [tr("col.code"), tr("col.indicator"), tr("col.target"), tr("col.achieved"), tr("col.percentage"),
         tr("col.status")],
        [(r.code, r.name, r.target_text, r.achieved_text, r.percentage_text, r.status_text) for r in result.rows],
    )
    if table is not None:
        print()
        output.table(
            [tr("col.unit")] + [i.code for i in table.indicators],
            [[f"{name} ({code})"] + [table.cell(code, i.code).achieved_text for i in table.indicators]
             for code, name in table.communes],
        )
    return 0


def plans(args: argparse.Namespace) -> int:
    from htx_desktop.cli.commands import initialised
    from htx_desktop.plans import catalogue

    with initialised(args) as database:
        found = catalogue.list_plans(database)
    if args.json:
        output.as_json([
            {
                "id": str(plan.id), "code": plan.code, "name": plan.name, "unit_code": plan.unit_code,
                "unit_name": plan.unit_name, "is_template": plan.is_template, "decision_no": plan.decision_no,
                "issued_on": plan.issued_on,
                "phases": [{"id": str(p.id), "code": p.code, "name": p.name, "starts_on": p.starts_on,
                            "ends_on": p.ends_on} for p in plan.phases],
                "indicators": [{"id": str(i.id), "code": i.code, "name": i.name, "measure": i.measure,
                                "targets": {code: t.as_dict() for code, t in i.targets.items()}}
                               for i in plan.indicators],
            }
            for plan in found
        ])
        return 0
    output.table(
        [tr("col.id"), tr("col.code"), tr("col.name"), tr("col.unit"), tr("col.template"), tr("col.phases"),
         tr("col.indicators")],
        [(str(plan.id), plan.code, plan.name, f"{plan.unit_name} ({plan.unit_code})",
          tr("plans.yes") if plan.is_template else tr("plans.no"),
          ", ".join(f"{p.code} ({p.starts_on:%d/%m/%Y}–{p.ends_on:%d/%m/%Y})" for p in plan.phases),
          len(plan.indicators)) for plan in found],
    )
    return 0
