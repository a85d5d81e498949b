"""Modules imported after PySide6 are imported as before, without PySide reading and keeping their
source (its `__feature__` hook): the database layer alone left 21 MB of source lines in memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROGRAM = """
import json, linecache, sys
from PySide6.QtWidgets import QApplication
from htx_desktop.gui.feature_hook import drop_feature_hook

app = QApplication([])
import early_user  # imported before the hook is dropped: PySide read its source
dropped = drop_feature_hook() if sys.argv[1] == "drop" else None
import sqlalchemy.orm, htx_desktop.storage.models, htx_desktop.gui.table_model
import qt_user  # imported afterwards, as the program's screens are

lines = sum(len(entry[2]) for entry in linecache.cache.values() if len(entry) == 4)
early = early_user.__file__ in linecache.cache
print(json.dumps({"dropped": dropped, "again": drop_feature_hook(), "lines": lines, "early": early,
                  "label": qt_user.label()}))
"""

QT_USER = """
from PySide6.QtWidgets import QLabel


def label():
    shown = QLabel()
    shown.setText("Nông Thị Hoa")
    shown.setWindowTitle("Người")
    return [shown.text(), shown.windowTitle()]
"""


def _run(mode: str, folder) -> dict:  # type: ignore[no-untyped-def]
    path = os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")])
    done = subprocess.run([sys.executable, "-c", PROGRAM, mode], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.slow
def test_modules_imported_after_the_hook_is_dropped_keep_no_source_lines(tmp_path):
    (tmp_path / "qt_user.py").write_text(QT_USER, encoding="utf-8")
    (tmp_path / "early_user.py").write_text("import PySide6\n", encoding="utf-8")
    kept = _run("keep", tmp_path)
    dropped = _run("drop", tmp_path)
    assert kept["lines"] > 100_000  # PySide's hook read the sources of SQLAlchemy and ours
    assert dropped["dropped"] is True and dropped["again"] is False
    assert dropped["lines"] < kept["lines"] / 20
    assert kept["early"] and not dropped["early"]  # what it had read before is forgotten too
    assert dropped["label"] == kept["label"] == ["Nông Thị Hoa", "Người"]  # Qt as before in later modules
