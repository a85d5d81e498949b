"""Importing a 50,000-row people list next to the floor it is held to (issue 11).

`python -m benchmarks.import_people [--import-rows 50000] [--runs 3]`. The baseline reads the same file with openpyxl (read-only) and inserts the same rows with one
`executemany`; the import (read, decode, clean, match, validate, write with audit stamping) must
take at most 3 times as long, and stay under 300 MB of peak memory. Each step runs in a process
of its own so its peak memory (ru_maxrss) is its own. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import Figure, in_turns, main

FLOOR_RATIO = 3.0
FLOOR_MB = 300
SURNAMES = ("Nguyễn", "Hoàng", "Lương", "Nông", "Vi", "Lộc", "Triệu", "Hà", "Đinh", "Mã")
MIDDLE = ("Thị", "Thị Thu", "Thị Hồng", "Thị Minh", "Thị Thanh")
GIVEN = ("Hường", "Mai", "Lan", "Thương", "Nguyệt", "Duyên", "Phượng", "Hạnh", "Yến", "Ánh")


def make_file(path: Path, count: int) -> None:
    import openpyxl

    from htx_desktop.imports.legacy import TCVN3, encode

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Danh sách")
    sheet.append(["DANH SÁCH CHỊ EM THAM GIA HỢP TÁC XÃ"])
    sheet.append(["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Số CCCD", "Điện thoại", "Địa chỉ"])
    for n in range(count):
        name = f"{SURNAMES[n % 10]} {MIDDLE[n // 10 % 5]} {GIVEN[n // 50 % 10]}"
        if n % 4 == 0:  # a quarter typed long ago in .VnTime
            name = encode(name, TCVN3)
        year = 1960 + n % 45
        national_id = f"020{1 if year < 2000 else 3}{year % 100:02d}{n:06d}"
        sheet.append([n + 1, name, year, "Nữ", "Tày", national_id, f"09{n:08d}", f"Thôn {n % 30}"])
    book.save(path)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _fresh_database(folder: Path):  # type: ignore[no-untyped-def]
    from htx_desktop.domain.enums import InstallationRole
    from htx_desktop.services import installation
    from htx_desktop.storage.database import open_database

    path = folder / f"{uuid.uuid4().hex}.db"
    installation.initialise(str(path), "06046", InstallationRole.COMMUNE, demo=True)
    return open_database(path)


def baseline(file: Path, folder: Path) -> dict[str, float]:
    import openpyxl

    database = _fresh_database(folder)
    started = time.perf_counter()
    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    rows = []
    for values in book.worksheets[0].iter_rows(min_row=3, values_only=True):
        rows.append((uuid.uuid4().hex, values[1], values[1].lower(), values[2], "female", values[4], values[6],
                     values[5], "06046", values[7]))
    book.close()
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO people (id, full_name, name_key, birth_year, sex, ethnicity, phone, national_id, unit_code,"
            " address, site_id, owner_unit, version, created_at, updated_at, deleted, priority_groups)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', 0, '2026-01-01', '2026-01-01', 0, '')", rows)
    return {"seconds": time.perf_counter() - started, "peak_mb": _peak_mb(), "rows": len(rows)}


def ours(file: Path, folder: Path) -> dict[str, float]:
    from htx_desktop import imports
    from htx_desktop.imports import table
    from htx_desktop.security.access import SYSTEM

    database = _fresh_database(folder)
    started = time.perf_counter()
    kind = imports.kind("people")
    sheet = table.read(file, kind)
    result = imports.run(database, SYSTEM, kind, sheet, sheet.fields, default_unit="06046", write=True)
    seconds = time.perf_counter() - started
    assert result.written and not result.rejected, result.rejected[:3]
    return {"seconds": seconds, "peak_mb": _peak_mb(), "rows": result.count(imports.CREATE)}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--import-rows", type=int, default=50_000, help="rows of the people file to import")


def run(args: argparse.Namespace) -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "people.xlsx"
        make_file(file, args.import_rows)
        runs: dict[str, list[dict[str, float]]] = {"baseline": [], "ours": []}

        def step(name: str) -> Callable[[], float]:
            def measure() -> float:
                out = subprocess.run([sys.executable, "-m", "benchmarks.import_people", "--step", name, "--file",
                                      str(file), "--folder", folder], check=True, capture_output=True, text=True)
                runs[name].append(json.loads(out.stdout.strip().splitlines()[-1]))
                return runs[name][-1]["seconds"]

            return measure

        base, mine = in_turns(args.runs, step("baseline"), step("ours"))
    assert runs["ours"][0]["rows"] == runs["baseline"][0]["rows"] == args.import_rows
    return [Figure(f"Excel import of {args.import_rows:,} people", mine, "s", base,
                   "openpyxl read + one executemany", FLOOR_RATIO),
            Figure("Excel import peak memory", max(r["peak_mb"] for r in runs["ours"]), "MB",
                   max(r["peak_mb"] for r in runs["baseline"]), "the baseline's", limit=FLOOR_MB)]


if __name__ == "__main__":
    if "--step" in sys.argv:  # one step, in a process of its own so that its peak memory is its own
        parser = argparse.ArgumentParser()
        parser.add_argument("--step", choices=["baseline", "ours"])
        parser.add_argument("--file")
        parser.add_argument("--folder")
        args = parser.parse_args()
        print(json.dumps((baseline if args.step == "baseline" else ours)(Path(args.file), Path(args.folder))))
    else:
        raise SystemExit(main(run, add_arguments))
