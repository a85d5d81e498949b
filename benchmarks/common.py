"""What every benchmark module shares: the figure it reports, whole-process measurement, medians.

A benchmark module in this folder exposes `run(args) -> list[Figure]` (and, if it takes options
of its own, `add_arguments(parser)`); `python -m benchmarks` finds every such module, runs it and
prints one table. Each figure carries the floor it is held to, measured in the same run on the
same machine (a bare Qt window, raw reportlab, one `executemany`…), so a busy machine slows both.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    """One measured figure beside its floor.

    `ratio` is value / floor. Lower is better unless `higher_is_better` (rows per second):
    the figure is met when ratio ≤ target_ratio (≥ for higher_is_better). `limit`, when given,
    is an absolute bound the value must also keep (peak memory under 300 MB)."""

    name: str
    value: float
    unit: str
    floor: float | None = None
    floor_name: str = ""
    target_ratio: float | None = None
    limit: float | None = None
    higher_is_better: bool = False

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None

    @property
    def ok(self) -> bool | None:
        """None when the figure has nothing to be held to (reported only)."""
        checks: list[bool] = []
        better = (lambda a, b: a >= b) if self.higher_is_better else (lambda a, b: a <= b)
        if self.target_ratio is not None and self.ratio is not None:
            checks.append(better(self.ratio, self.target_ratio))
        if self.limit is not None:
            checks.append(self.value > self.limit if self.higher_is_better else self.value < self.limit)
        return all(checks) if checks else None


@dataclass(frozen=True)
class Child:
    """One whole process: wall seconds from start to exit, when each marker line appeared (seconds
    from start), and the process's own peak memory."""

    seconds: float
    marks: dict[str, float]
    peak_mb: float
    output: str


def python(code: str) -> list[str]:
    """A command running `code` in a fresh interpreter of this Python."""
    return [sys.executable, "-c", code]


def environment(**extra: str) -> dict[str, str]:
    """This environment, offscreen unless a display was asked for, plus `extra`."""
    return dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), **extra)


#: Starts the command (its arguments) and writes its peak memory to the file named first. A child's
#: ru_maxrss counts the memory of the process it was started from, up to its exec: started from
#: this runner, every child would read at least the runner's own peak (some 200 MB once it has
#: made a province's encrypted copy); started from this small process, only its own. The line
#: it prints first marks the command's start, so the launcher's own start-up is not timed.
_LAUNCHER = """
import os, subprocess, sys
print(sys.argv[2], flush=True)
process = subprocess.Popen(sys.argv[3:])
_, status, usage = os.wait4(process.pid, 0)
with open(sys.argv[1], "w") as peak:
    peak.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status) & 0xFF)
"""
_STARTED = "benchmark-child-started"


def child(command: Sequence[str], env: dict[str, str] | None = None, markers: Sequence[str] = ()) -> Child:
    """Run `command` as a process of its own and measure it.

    `markers`: lines the process prints on its standard output (flushed) when it reaches a point
    of interest; each gets the time it arrived. Peak memory is the process's own ru_maxrss (from
    wait4 in a small launcher, see _LAUNCHER). A failing process, or one that skips a marker, raises."""
    errors = tempfile.TemporaryFile("w+")  # a file, not a pipe: a chatty stderr cannot block the child
    with tempfile.TemporaryDirectory() as folder:
        peak_file = Path(folder) / "peak"
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-S", "-c", _LAUNCHER, str(peak_file), _STARTED, *command],
                                   env=env or environment(), stdout=subprocess.PIPE, stderr=errors, text=True)
        assert process.stdout is not None
        marks: dict[str, float] = {}
        lines: list[str] = []
        launched = False
        for line in process.stdout:
            if not launched and line.strip() == _STARTED:
                launched, started = True, time.perf_counter()  # the command starts now
                continue
            lines.append(line)
            if line.strip() in markers and line.strip() not in marks:
                marks[line.strip()] = time.perf_counter() - started
        process.wait()
        ended = time.perf_counter() - started
        peak_text = peak_file.read_text() if peak_file.exists() else ""
    errors.seek(0)
    error = errors.read()
    errors.close()
    if process.returncode != 0 or set(markers) - set(marks) or not peak_text:
        raise RuntimeError(f"{command[0]} … exited {process.returncode} after {sorted(marks)}:\n{error[-3000:]}")
    peak = int(peak_text) / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB elsewhere
    return Child(ended, marks, peak, "".join(lines))


def in_turns(runs: int, *measures: Callable[[], float]) -> list[float]:
    """The median of each measure over `runs` rounds, taken in turns (one of each per round) so
    that a machine shared with other work slows them alike."""
    found: list[list[float]] = [[] for _ in measures]
    for _ in range(runs):
        for measure, values in zip(measures, found):
            values.append(measure())
    return [statistics.median(values) for values in found]


def base_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options every benchmark understands."""
    parser.add_argument("--runs", type=int, default=5, help="median of this many runs of each")
    parser.add_argument("--db", type=database_argument,
                        help="an existing database to measure on (never written: a SQLite file is copied first "
                        "where a step writes, a server database URL is read in place by `progress` and `filter`); "
                        "make a province with `htx-cli --db D init --unit 20 --role aggregator"
                        " && htx-cli --db D demo --scale province`")
    return parser


def database_argument(value: str) -> Path | str:
    """`--db`: a SQLite file (a Path), or a server database's URL (a str, `postgresql+psycopg://…`)."""
    return value if "://" in value else Path(value)


def sqlite_file(db: Path | str | None) -> Path | None:
    """The SQLite file of `--db`, or None (none given, or a server database, which this module
    cannot measure: it says so)."""
    if isinstance(db, str):
        print(f"skipped: needs a SQLite file, not {db.partition('://')[0]}", file=sys.stderr)
        return None
    return db


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"


def table(figures: Sequence[Figure]) -> str:
    """The figures as a plain-text table: figure, floor, ratio, target, ok."""
    header = ("figure", "value", "floor", "ratio", "target", "ok")
    lines = [header]
    for figure in figures:
        floor = f"{_number(figure.floor)} {figure.unit} ({figure.floor_name})" if figure.floor is not None else "—"
        sign = "≥" if figure.higher_is_better else "≤"
        targets = []
        if figure.target_ratio is not None:
            targets.append(f"{sign} {figure.target_ratio:g}×")
        if figure.limit is not None:
            targets.append(f"{'>' if figure.higher_is_better else '<'} {_number(figure.limit)} {figure.unit}")
        ratio = f"{figure.ratio:.2f}×" if figure.ratio is not None else "—"
        ok = {True: "ok", False: "MISSED", None: ""}[figure.ok]
        lines.append((figure.name, f"{_number(figure.value)} {figure.unit}", floor, ratio, ", ".join(targets) or "—",
                      ok))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip() for line in lines)


def main(run: Callable[[argparse.Namespace], list[Figure]],
         add_arguments: Callable[[argparse.ArgumentParser], None] | None = None,
         argv: Sequence[str] | None = None) -> int:
    """Run one benchmark module on its own (`python benchmarks/startup.py --db D`)."""
    parser = base_arguments(argparse.ArgumentParser())
    if add_arguments is not None:
        add_arguments(parser)
    print(table(run(parser.parse_args(argv))))
    return 0
