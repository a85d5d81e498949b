"""Importing a 50,000-row people list next to the floor it is held to (issue 11).

Usage: python benchmarks/import_people.py [--rows 50000] [--runs 3]
The baseline reads the same file with openpyxl (read-only) and inserts the same rows with one
`executemany`; the import (read, decode, clean, match, validate, write with audit stamping) must
take at most 3 times as long, and stay under 300 MB of peak memory. Each step runs in a process
of its own so its peak memory (ru_maxrss) is its own. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3, help="median of this many runs of each, in turns")
    parser.add_argument("--step", choices=["baseline", "ours"], help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        step = baseline if args.step == "baseline" else ours
        print(json.dumps(step(Path(args.file), Path(args.folder))))
        return
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "people.xlsx"
        make_file(file, args.rows)
        runs: dict[str, list[dict[str, float]]] = {"baseline": [], "ours": []}
        for _ in range(args.runs):  # in turns, so a busy machine slows both alike
            for step in runs:
                out = subprocess.run([sys.executable, __file__, "--step", step, "--file", str(file),
                                      "--folder", folder], check=True, capture_output=True, text=True).stdout
                runs[step].append(json.loads(out.strip().splitlines()[-1]))
    base, mine = ({"seconds": statistics.median(r["seconds"] for r in runs[step]),
                   "peak_mb": max(r["peak_mb"] for r in runs[step]), "rows": runs[step][0]["rows"]}
                  for step in ("baseline", "ours"))
    ratio = mine["seconds"] / base["seconds"]
    print(f"rows: {mine['rows']:,} imported (baseline inserted {base['rows']:,})")
    print(f"baseline (read + one executemany): {base['seconds']:.1f} s, peak {base['peak_mb']:.0f} MB "
          f"(median of {args.runs} runs, each step in a process of its own)")
    print(f"import: {mine['seconds']:.1f} s = {ratio:.2f}x baseline   floor: at most {FLOOR_RATIO:.0f}x "
          f"({'met' if ratio <= FLOOR_RATIO else 'MISSED'})")
    print(f"import peak memory: {mine['peak_mb']:.0f} MB   floor: under {FLOOR_MB} MB "
          f"({'met' if mine['peak_mb'] < FLOOR_MB else 'MISSED'})")


if __name__ == "__main__":
    main()
