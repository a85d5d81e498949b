"""Start-up time of the program next to a bare Qt window, measured in the same run.

Usage: python benchmarks/startup.py [--runs 5] [--db PATH]   (default: the demo database)
Prints the median wall time of each, in seconds. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

BARE = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([]); w = QWidget(); w.resize(1366, 768); w.show(); app.processEvents()\n"
)


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    program = [sys.executable, "-m", "htx_desktop.gui.app", "--self-test"]
    program += ["--db", args.db] if args.db else ["--demo"]
    subprocess.run(program, env=env, check=True, stdout=subprocess.DEVNULL)  # make the demo database once
    bare = [timed([sys.executable, "-c", BARE], env) for _ in range(args.runs)]
    ours = [timed(program, env) for _ in range(args.runs)]
    print(f"bare Qt window      : {statistics.median(bare):.2f} s (median of {args.runs})")
    print(f"htx-desktop start-up: {statistics.median(ours):.2f} s (median of {args.runs}; opens the database, "
          "builds every screen, counts the overview figures, then exits)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
