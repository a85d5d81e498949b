"""Sync export and import next to their floors, in the same run (issue 14).

Usage:
    htx-cli --db P init --unit 20 --role aggregator && htx-cli --db P demo --scale province
    python benchmarks/sync.py --db P [--records 144000] [--runs 3]

P is only read (its rows are copied out). From it the benchmark builds, in a temporary folder:
- the sender: a district that still aggregates (a unit added by users, sending to the province),
  trusting the key cards of the busiest communes of P until they hold `--records` records
  (the issue measured 143,779), with those communes' rows copied from P;
- the receiver: an empty province installation trusting the district's card.

Then each step runs several times, each in a process of its own (its peak RSS is its own), and
the medians are printed:
- export: `sync.service.export_file` on the sender, beside the floor of reading the same rows
  with one raw SELECT per table;
- import: `sync.service.import_file` of that file into a copy of the empty receiver, container
  and signature checks, decryption, inflation, validation, merge and audit trail included,
  beside the floor of inserting the same decoded rows (values already in their storage form,
  decoding not timed) with one `executemany` per table into a copy of the same empty receiver,
  in one transaction with the same SQLite settings (and the import's page cache). Goal: the import at 50% of that floor's
  speed or better, and under 300 MB of peak memory.
Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

GOAL_SHARE = 0.5
GOAL_MB = 300
DISTRICT = "UBENCH"
ADMIN = ("admin", "admin")  # installations without users: the actor's own role counts


def _actor():  # type: ignore[no-untyped-def]
    from htx_desktop.security.access import Actor

    return Actor(*ADMIN)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


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
                bind = column.type.bind_processor(dialect) or (lambda v: v)
                convert.append(lambda v, decode=decode, bind=bind: bind(decode(v)))
            current = []
            tables[table.name] = (value["columns"], current)
        else:
            current.append(tuple(function(v) for function, v in zip(convert, value)))
    return tables


def step_import_floor(setup: dict, folder: Path) -> dict[str, float]:
    from htx_desktop.storage.database import BULK_CACHE_KIB  # the import's page cache, if it has one

    tables = _decoded_rows(setup)
    target = _receiver_copy(setup, folder)
    connection = sqlite3.connect(target, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", f"cache_size=-{BULK_CACHE_KIB}"):
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


def _in_process(step: str, setup: dict, folder: Path) -> dict[str, float]:
    command = [sys.executable, __file__, "--step", step, "--setup", json.dumps(setup), "--folder", str(folder)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{step} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _medians(steps: tuple[str, ...], setup: dict, folder: Path, runs: int) -> dict[str, dict[str, float]]:
    """Each step `runs` times, the steps taking turns (a figure and its floor see the same load
    on a shared machine); the median time and peak memory of each."""
    results: dict[str, list[dict[str, float]]] = {step: [] for step in steps}
    for _ in range(runs):
        for step in steps:
            results[step].append(_in_process(step, setup, folder))
    return {step: {**found[0], **{key: statistics.median(r[key] for r in found) for key in ("seconds", "peak_mb")}}
            for step, found in results.items()}


def run(args: argparse.Namespace) -> list[tuple[str, str, str]]:
    """The figures as (what, ours, floor) lines."""
    with tempfile.TemporaryDirectory(prefix="htx-sync-bench-") as name:
        folder = Path(name)
        setup = build(Path(args.db), folder, args.records)
        exports = _medians(("export", "export-floor"), setup, folder, args.runs)
        setup["file"] = exports["export"]["file"]
        figures = {**exports, **_medians(("import", "import-floor"), setup, folder, args.runs)}
    export = figures["export"]
    records = export["rows"]
    imported, floor = figures["import"], figures["import-floor"]
    share = floor["seconds"] / imported["seconds"]
    return [
        ("records in the file", f"{records:,} of {len(setup['communes'])} communes, {export['size'] / 2**20:.1f} MiB",
         "(issue: 143,779)"),
        ("export", f"{export['seconds']:.2f} s = {records / export['seconds']:,.0f} rows/s",
         f"raw SELECT {figures['export-floor']['seconds']:.2f} s = "
         f"{records / figures['export-floor']['seconds']:,.0f} rows/s"),
        ("import", f"{imported['seconds']:.2f} s = {records / imported['seconds']:,.0f} rows/s",
         f"executemany {floor['seconds']:.2f} s = {records / floor['seconds']:,.0f} rows/s"),
        ("import speed / raw", f"{share:.0%}", f"goal ≥ {GOAL_SHARE:.0%}"),
        ("peak RSS export", f"{export['peak_mb']:.0f} MB", f"goal < {GOAL_MB} MB"),
        ("peak RSS import", f"{imported['peak_mb']:.0f} MB",
         f"goal < {GOAL_MB} MB; executemany process {floor['peak_mb']:.0f} MB"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="a province-scale demo database (only read)")
    parser.add_argument("--records", type=int, default=144_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--step", choices=sorted(STEPS), help=argparse.SUPPRESS)
    parser.add_argument("--setup", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        result = STEPS[args.step](json.loads(args.setup), Path(args.folder))
        print(json.dumps({**result, "peak_mb": _peak_mb()}))
        return
    if not args.db:
        parser.error("--db is required (see the usage above)")
    for what, ours, floor in run(args):
        print(f"{what:<22} {ours:<42} {floor}")


if __name__ == "__main__":
    main()
