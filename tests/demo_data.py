"""A commune's demo database made once per test module (the program's own demo generator)."""

from __future__ import annotations

from pathlib import Path

import pytest

from htx_desktop.cli.main import main


def commune_demo(tmp_path_factory: pytest.TempPathFactory, name: str, seed: int) -> Path:
    folder = tmp_path_factory.mktemp(name)
    mp = pytest.MonkeyPatch()
    mp.setenv("HTX_HOME", str(folder / "home"))
    try:
        assert main(["--db", str(folder / "demo.sqlite3"), "demo", "--scale", "commune", "--seed", str(seed)]) == 0
    finally:
        mp.undo()
    return folder / "demo.sqlite3"
