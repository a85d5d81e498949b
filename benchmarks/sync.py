"""Sync export and import next to their floors, in the same run (issue 14).

Usage (from the checkout's root; see benchmarks/README.md):
    htx-cli --db P init --unit 20 --role aggregator && htx-cli --db P demo --scale province
    python -m benchmarks.sync --db P [--sync-records 143779] [--runs 5]

P is only read (its rows are copied out). From it the benchmark builds, in a temporary folder:
- the sender: a district that still aggregates (a unit added by users, sending to the province),
  trusting the key cards of the busiest communes of P until they hold `--sync-records` records
  (the issue measured 143,779), with those communes' rows copied from P;
- the receiver: an empty province installation trusting the district's card.

Then each step runs several times, each in a process of its own (its peak RSS is its own), a
figure and its floor in turns, and the medians are reported:
- export: `sync.service.export_file` on the sender, beside the floor of reading the same rows
  with one raw SELECT per table;
- import: `sync.service.import_file` of that file into a copy of the empty receiver, container
  and signature checks, decryption, inflation, validation, merge and audit trail included,
  beside the floor of inserting the same decoded rows (values already in their storage form,
  decoding not timed) with one `executemany` per table into a copy of the same empty receiver,
  in one transaction with the program's SQLite settings (`storage.database.SQLITE_PRAGMAS`) and
  the import's page cache. Goal: the import at 50% of that floor's speed or better, and under
  300 MB of peak memory. (The import writes several rows a statement, `storage.bulk`; the floor
  keeps the issue's one `executemany` per table, a row a statement.)
Without `--db` the figures are skipped. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.common import Child, Figure, child, main, python, sqlite_file

GOAL_SHARE = 0.5
GOAL_MB = 300
DISTRICT = "UBENCH"
ADMIN = ("admin", "admin")  # installations without users: the actor's own role counts


def _actor():  # type: ignore[no-untyped-def]
    from htx_desktop.security.access import Actor

    return Actor(*ADMIN)


# -- set-up (not timed) --

def _busiest_communes(source: Path, records: int) -> list[str]:
    import htx_desktop.storage.models  # noqa: F401  (every synced table known)
    from htx_desktop.storage.base import synced_tables

    connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        per_unit: dict[str, int] = {}
        for table in synced_tables():
            for owner, count in connection.execute(f"SELECT owner_unit, count(*) FROM {table} GROUP BY owner_unit"):
                if len(owner or "") == 5:  # a commune
                    per_unit[owner] = per_unit.get(owner, 0) + count
    finally:
        connection.close()
    chosen, total = [], 0
    for code, count in sorted(per_unit.items(), key=lambda item: (-item[1], item[0])):
        if total + count // 2 > records:  # the nearest total to `records`
            break
        chosen.append(code)
        total += count
    return chosen


def _province_of(source: Path) -> str:
    connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT unit_code FROM installation").fetchone()[0]
    finally:
        connection.close()


def build(source: Path, folder: Path, records: int) -> dict[str, object]:
    from htx_desktop.domain.enums import InstallationRole, UnitKind
    from htx_desktop.security.access import Permission
    from htx_desktop.security.keys import KeyPairs
    from htx_desktop.services import units
    from htx_desktop.services.installation import initialise
    from htx_desktop.storage.base import Base, synced_tables
    from htx_desktop.storage.database import open_database
    from htx_desktop.sync import keyring, trust
    from htx_desktop.sync.format import now_text
    from htx_desktop.sync.keycards import KeyCard

    province = _province_of(source)
    communes = _busiest_communes(source, records)
    receiver, sender = folder / "receiver.sqlite3", folder / "sender.sqlite3"
    initialise(receiver, province, InstallationRole.AGGREGATOR)
    database = open_database(sender, create=True)
    with database.system_transaction() as session:
        units.load_national_units(session)
        units.add_unit(session, "Huyện Thử Tốc Độ", UnitKind.DISTRICT, parent_code=province, old_code=DISTRICT[1:])
    database.dispose()
    initialise(sender, DISTRICT, InstallationRole.AGGREGATOR, province)
    database = open_database(sender)
    with database.transaction(_actor(), Permission.ADMINISTER) as session:  # the communes' cards
        for code in communes:
            keys = KeyPairs.generate()
            trust.trust_card(session, KeyCard(str(uuid.uuid4()), code, code, "commune", province, "commune", DISTRICT,
                                              (code,), keys.signing_public, keys.encryption_public, now_text()))
    database.dispose()
    connection = sqlite3.connect(sender)
    connection.execute("ATTACH DATABASE ? AS source", (f"file:{source}?mode=ro",))
    marks = ",".join("?" * len(communes))
    copied = 0
    with connection:
        for name in synced_tables():
            columns = ", ".join(column.name for column in Base.metadata.tables[name].columns)
            copied += connection.execute(f"INSERT INTO main.{name} ({columns}) SELECT {columns} FROM source.{name}"
                                         f" WHERE owner_unit IN ({marks})", communes).rowcount
    problems = connection.execute("PRAGMA main.foreign_key_check").fetchall()
    connection.execute("DETACH DATABASE source")
    connection.close()
    if problems:
        raise SystemExit(f"the copied rows point outside the chosen communes: {problems[:3]}")
    receiving, sending = open_database(receiver), open_database(sender)
    keyring.trust_card_file(receiving, keyring.write_card(sending, folder).card, actor=_actor())
    keyring.trust_card_file(sending, keyring.write_card(receiving, folder).card, actor=_actor())
    receiving.dispose()
    sending.dispose()
    return {"sender": str(sender), "receiver": str(receiver), "communes": communes, "records": copied}


# -- the timed steps, each in a fresh process (`--step NAME`) --

def step_export(setup: dict, folder: Path) -> dict[str, float]:
    from htx_desktop.storage.database import open_database
    from htx_desktop.sync import service

    database = open_database(setup["sender"])
    target = folder / f"export-{uuid.uuid4().hex}"
    target.mkdir()
    started = time.perf_counter()
    result = service.export_file(database, target, actor=_actor())
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rows": result.records, "file": str(result.path), "size": result.size}


def step_export_floor(setup: dict, folder: Path) -> dict[str, float]:
    import htx_desktop.storage.models  # noqa: F401  (every synced table known)
    from htx_desktop.storage.base import synced_tables

    communes = setup["communes"]
    marks = ",".join("?" * len(communes))
    connection = sqlite3.connect(setup["sender"])
    started = time.perf_counter()
    rows = 0
    for name in synced_tables():
        for _row in connection.execute(f"SELECT * FROM {name} WHERE owner_unit IN ({marks})", communes):
            rows += 1
    seconds = time.perf_counter() - started
    connection.close()
    return {"seconds": seconds, "rows": rows}


def _receiver_copy(setup: dict, folder: Path) -> Path:
    target = folder / f"receiver-{uuid.uuid4().hex}.sqlite3"
    shutil.copy(setup["receiver"], target)
    return target


def step_import(setup: dict, folder: Path) -> dict[str, float]:
    from htx_desktop.storage.database import open_database
    from htx_desktop.sync import service

    database = open_database(_receiver_copy(setup, folder))
    started = time.perf_counter()
    report = service.import_file(database, Path(setup["file"]), actor=_actor())
    seconds = time.perf_counter() - started
    database.dispose()
    return {"seconds": seconds, "rows": report.written}


def _decoded_rows(setup: dict) -> dict[str, tuple[list[str], list[tuple]]]:
    """The file's rows as the import stores them: read with the receiver's key, every value
    decoded, then put in SQLite's storage form by the column types (UUIDs as hex, times as text)."""
    import zipfile
    import zlib

    from sqlalchemy.dialects import sqlite

    import htx_desktop.storage.models  # noqa: F401  (every synced table known)
    from htx_desktop.storage.base import Base
    from htx_desktop.storage.bulk import stored_form
    from htx_desktop.sync import crypto, rows
    from htx_desktop.sync.format import hpke_info

    connection = sqlite3.connect(setup["receiver"])
    private = connection.execute("SELECT encryption_key FROM installation").fetchone()[0]
    connection.close()
    with zipfile.ZipFile(setup["file"]) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        sealed = archive.read("payload.bin")
    info = hpke_info(manifest["sender"]["site_id"], manifest["receiver"]["site_id"], manifest["file_id"],
                     manifest["sequence"])
    lines = zlib.decompress(crypto.open_sealed(private, sealed, info)).split(b"\n")
    dialect = sqlite.dialect()
    tables: dict[str, tuple[list[str], list[tuple]]] = {}
    convert: list = []
    current: list[tuple] = []
    for line in lines[1:]:
        if not line:
            continue
        value = json.loads(line)
        if isinstance(value, dict):
            table = Base.metadata.tables[value["table"]]
            columns = [table.c[name] for name in value["columns"]]
            convert = []
            for column in columns:
                decode = rows.decoder(column)
                bind = stored_form(column.type, dialect) or (lambda v: v)
                convert.append(lambda v, decode=decode, bind=bind: bind(decode(v)))
            current = []
            tables[table.name] = (value["columns"], current)
        else:
            current.append(tuple(function(v) for function, v in zip(convert, value)))
    return tables


def step_import_floor(setup: dict, folder: Path) -> dict[str, float]:
    from htx_desktop.storage.database import BULK_CACHE_KIB, SQLITE_PRAGMAS  # the import's settings and cache

    tables = _decoded_rows(setup)
    target = _receiver_copy(setup, folder)
    connection = sqlite3.connect(target, isolation_level=None)
    for pragma in (*SQLITE_PRAGMAS, f"cache_size=-{BULK_CACHE_KIB}"):
        connection.execute(f"PRAGMA {pragma}")
    rows = 0
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    for name, (columns, values) in tables.items():
        connection.executemany(f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               values)
        rows += len(values)
    connection.execute("COMMIT")
    seconds = time.perf_counter() - started
    connection.close()
    return {"seconds": seconds, "rows": rows}


STEPS = {"export": step_export, "export-floor": step_export_floor, "import": step_import,
         "import-floor": step_import_floor}


def step(name: str, setup: str, folder: str) -> None:
    """One timed step, in the process `_run_step` starts: prints its figures as one JSON line."""
    print(json.dumps(STEPS[name](json.loads(setup), Path(folder))), flush=True)


def _run_step(name: str, setup: dict, folder: Path) -> Child:
    code = f"from benchmarks.sync import step; step({name!r}, {json.dumps(setup)!r}, {str(folder)!r})"
    return child(python(code))


def _result(found: Child) -> dict:
    return json.loads(found.output.strip().splitlines()[-1])


def _in_turns(steps: tuple[str, ...], setup: dict, folder: Path, runs: int) -> dict[str, list[Child]]:
    """Each step `runs` times, the steps taking turns (a figure and its floor meet the same load)."""
    found: dict[str, list[Child]] = {name: [] for name in steps}
    for _ in range(runs):
        for name in steps:
            found[name].append(_run_step(name, setup, folder))
    return found


def _median(children: list[Child], key: str) -> float:
    return statistics.median(_result(found)[key] for found in children)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sync-records", type=int, default=143_779,
                        help="about how many records the sync file holds (whole communes)")


def run(args: argparse.Namespace) -> list[Figure]:
    if args.db is None:
        print("sync: skipped (no --db: give a province demo database)", file=sys.stderr)
        return []
    if sqlite_file(args.db) is None:
        return []
    with tempfile.TemporaryDirectory(prefix="htx-sync-bench-") as name:
        folder = Path(name)
        setup = build(Path(args.db), folder, args.sync_records)
        exports = _in_turns(("export", "export-floor"), setup, folder, args.runs)
        first = _result(exports["export"][0])
        setup["file"] = first["file"]
        imports = _in_turns(("import", "import-floor"), setup, folder, args.runs)
    records = first["rows"]
    label = f"{records:,} records, {len(setup['communes'])} communes"
    export_s, select_s = _median(exports["export"], "seconds"), _median(exports["export-floor"], "seconds")
    import_s, insert_s = _median(imports["import"], "seconds"), _median(imports["import-floor"], "seconds")
    return [
        Figure(f"sync export ({label})", records / export_s, "rows/s", records / select_s,
               "raw SELECT of the same rows", higher_is_better=True),
        Figure(f"sync import ({label})", records / import_s, "rows/s", records / insert_s,
               "executemany of the decoded rows", GOAL_SHARE, higher_is_better=True),
        Figure("sync import peak memory", statistics.median(c.peak_mb for c in imports["import"]), "MB",
               limit=GOAL_MB),
        Figure("sync export peak memory", statistics.median(c.peak_mb for c in exports["export"]), "MB",
               limit=GOAL_MB),
    ]


if __name__ == "__main__":
    raise SystemExit(main(run, add_arguments))
