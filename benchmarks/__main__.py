"""`python -m benchmarks [--db D] [--runs N] [--only NAME ...]`: every benchmark module, one table.

A module of this folder takes part when it defines `run(args) -> list[Figure]`; its own options,
if any, come from `add_arguments(parser)` (names must not clash with another module's).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from pathlib import Path
from types import ModuleType

from benchmarks.common import Figure, base_arguments, table

NOT_BENCHMARKS = {"common", "__main__"}


def modules() -> list[ModuleType]:
    found = []
    for info in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if info.name not in NOT_BENCHMARKS:
            module = importlib.import_module(f"benchmarks.{info.name}")
            if callable(getattr(module, "run", None)):
                found.append(module)
    return found


def main(argv: list[str] | None = None) -> int:
    found = modules()
    names = [module.__name__.rpartition(".")[2] for module in found]
    parser = base_arguments(argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__))
    parser.add_argument("--only", action="append", choices=names, metavar="NAME",
                        help=f"run only this module (repeatable): {', '.join(names)}")
    for module in found:
        if hasattr(module, "add_arguments"):
            module.add_arguments(parser.add_argument_group(module.__name__.rpartition(".")[2]))
    args = parser.parse_args(argv)
    figures: list[Figure] = []
    for name, module in zip(names, found):
        if args.only and name not in args.only:
            continue
        started = time.perf_counter()
        print(f"{name}…", file=sys.stderr, flush=True)
        figures += module.run(args)
        print(f"{name}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    print(table(figures))
    return 0 if all(figure.ok is not False for figure in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
