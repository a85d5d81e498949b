"""`--self-test`: the program starts, opens its database, finds its resources, and exits 0."""

from __future__ import annotations

import sys

from htx_desktop import paths
from htx_desktop.gui.main_window import MainWindow


def run_self_test(window: MainWindow) -> int:
    problems = []
    if not paths.resources_dir().is_dir():
        problems.append(f"resources missing: {paths.resources_dir()}")
    if window.database.installation() is None:
        problems.append("database not set up")
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"OK: {window.info.unit_name} ({window.info.unit_code})")
    return 1 if problems else 0
