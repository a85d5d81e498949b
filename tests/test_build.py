"""The built program (build.spec, one folder): it passes its own self-test, reaches PostgreSQL, and
is smaller than a bare PySide6 window frozen by the same PyInstaller."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from htx_desktop import __version__
from htx_desktop.gui.self_test import CHECKS
from test_packaging import shipped_files

ROOT = Path(__file__).resolve().parent.parent
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.show()
sys.exit(app.exec())
"""


def _size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink())


def _pyinstaller(tmp_path: Path, *arguments: object) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", tmp_path / "dist", "--workpath", tmp_path / "work", *map(str, arguments)],
        cwd=tmp_path, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-4000:]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the built programs' names and layout are for Linux here")
def test_the_built_program_passes_its_self_test_and_is_smaller_than_a_bare_qt_window(tmp_path, capsys):
    _pyinstaller(tmp_path, ROOT / "build.spec")
    built = tmp_path / "dist" / "HTXDesktop"
    (tmp_path / "bare.py").write_text(BARE_WINDOW)
    _pyinstaller(tmp_path, "--onedir", "--windowed", "--specpath", tmp_path, tmp_path / "bare.py")
    bare = tmp_path / "dist" / "bare"

    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    # PSYCOPG_IMPL: the libpq built into the program, not one this PC happens to have (an officer's has none).
    env.update(QT_QPA_PLATFORM="offscreen", HTX_HOME=str(tmp_path / "home"), PSYCOPG_IMPL="binary")
    run = lambda *command: subprocess.run(  # noqa: E731
        [str(part) for part in command], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)

    self_test = run(built / "htx-desktop", "--self-test")
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr
    *lines, last = self_test.stdout.splitlines()
    assert len(lines) == len(CHECKS) and all(line.startswith("[ĐẠT] ") for line in lines)
    assert "[ĐẠT] Bản dịch tiếng Anh: Tổng quan → Overview" in lines
    assert last == f"Cả {len(CHECKS)} mục kiểm tra đều đạt."

    assert run(built / "htx-cli", "--version").stdout.strip() == f"htx-cli {__version__}"
    # The PostgreSQL driver is built in: an unreachable server is a clear message, not a traceback.
    postgres = run(built / "htx-cli", "--db", "postgresql+psycopg://htx@127.0.0.1:9/htx", "stats")
    assert postgres.returncode != 0
    assert "Không mở được cơ sở dữ liệu" in postgres.stderr and "Traceback" not in postgres.stderr

    internal = built / "_internal"
    missing = [name for name in shipped_files() if not (internal / name).is_file() and not name.endswith((".ts", ".py"))]
    assert missing == []  # every form, font, licence and translation, by glob
    assert not list(internal.rglob("libQt6Quick*")) and not list(internal.rglob("libgtk-3*"))
    assert {path.name for path in (internal / "PySide6" / "Qt" / "translations").glob("*.qm")} <= {
        "qtbase_en.qm", "qtbase_vi.qm"}
    # Encryption at rest (issue 13) came after this goal was set: SQLCipher is one 8 MB library with
    # its own OpenSSL inside, which the comparison leaves out and prints.
    ours, theirs, encryption = _size(built), _size(bare), _size(internal / "sqlcipher3")
    with capsys.disabled():
        print(f"\nbuilt program: {ours / 1e6:.0f} MB, of which SQLCipher {encryption / 1e6:.0f} MB; "
              f"a bare PySide6 window: {theirs / 1e6:.0f} MB")
    assert encryption > 0 and ours - encryption < theirs
