"""What an officer installs: PySide6-Essentials only, pinned unit data, and a wheel that works
outside the checkout."""

import ast
import importlib.metadata
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import htx_desktop

ROOT = Path(__file__).resolve().parent.parent


def shipped_files() -> list[str]:
    """Every file of `ui/` and `resources/`, where the installed package has it."""
    return [
        f"htx_desktop/{path.relative_to(ROOT).as_posix()}"
        for folder in ("ui", "resources")
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]


def _requirements() -> dict[str, Requirement]:
    found = [Requirement(text) for text in importlib.metadata.requires("htx-desktop") or []]
    return {requirement.name.lower(): requirement for requirement in found if not requirement.marker}


def test_every_qt_module_the_program_imports_is_in_pyside6_essentials():
    essentials = {
        file.name.split(".")[0]
        for file in importlib.metadata.files("PySide6-Essentials") or []
        if file.parent.name == "PySide6" and file.name.startswith("Qt") and file.suffix in (".so", ".pyd")
    }
    assert {"QtCore", "QtGui", "QtWidgets", "QtUiTools", "QtPrintSupport", "QtSvg"} <= essentials
    imported: dict[str, str] = {}
    for path in Path(htx_desktop.__path__[0]).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            for name in names:
                if name.startswith("PySide6.Qt"):
                    imported[name.split(".")[1]] = str(path.relative_to(ROOT))
    assert "QtWidgets" in imported
    assert {module: where for module, where in imported.items() if module not in essentials} == {}


def test_the_program_requires_pyside6_essentials_and_not_the_addons():
    requirements = _requirements()
    assert "pyside6-essentials" in requirements
    assert not {"pyside6", "pyside6-addons"} & set(requirements)


def test_vietnam_provinces_is_pinned_exactly_since_it_seeds_the_unit_list():
    [specifier] = list(_requirements()["vietnam-provinces"].specifier)
    assert specifier.operator == "=="
    assert specifier.version == importlib.metadata.version("vietnam-provinces")


def _pins(path: Path) -> dict[str, tuple[str, int]]:
    """name -> (pinned version, number of hashes) of a requirements file made by `uv pip compile`."""
    pins: dict[str, tuple[str, int]] = {}
    name = None
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split(" #")[0].strip().rstrip("\\").strip()
        if text.startswith("--hash=sha256:") and name:
            pins[name] = (pins[name][0], pins[name][1] + 1)
        elif text and not text.startswith("#"):
            requirement = Requirement(text)
            [specifier] = list(requirement.specifier)
            assert specifier.operator == "==", line
            name = requirement.name.lower().replace("_", "-")
            pins[name] = (specifier.version, 0)
    return pins


def _closure(*roots: str) -> set[str]:
    """The distributions installed here that `roots` need, following their requirements (with
    the markers of this machine, and the extras asked for)."""
    found: set[str] = set()
    pending = [Requirement(root) for root in roots]
    while pending:
        requirement = pending.pop()
        name = requirement.name.lower().replace("_", "-")
        for extra in requirement.extras or {""}:
            key = f"{name}[{extra}]"
            if key in found:
                continue
            found.add(key)
            for text in importlib.metadata.requires(name) or []:
                needed = Requirement(text)
                if needed.marker is None or needed.marker.evaluate({"extra": extra}):
                    pending.append(needed)
    return {key.split("[")[0] for key in found}


def test_the_build_constraints_pin_every_package_of_the_built_program_with_hashes():
    pins = _pins(ROOT / "constraints" / "build.txt")
    needed = _closure("htx-desktop[postgres]", "pyinstaller") - {"htx-desktop"}
    assert {"pyside6-essentials", "shiboken6", "psycopg-binary", "cryptography", "pyinstaller"} <= needed
    assert needed - set(pins) == set()
    assert all(hashes for _version, hashes in pins.values())
    assert pins["vietnam-provinces"][0] == importlib.metadata.version("vietnam-provinces")


def _dependencies_view(folder: Path) -> Path:
    """This test environment's installed packages without htx-desktop itself (its editable install
    would shadow the wheel): the fresh venv sees them through a .pth file, so the wheel's
    dependencies are found installed instead of being downloaded again (PySide6 is large)."""
    site = Path(sysconfig.get_paths()["purelib"])
    folder.mkdir()
    for entry in site.iterdir():
        name = entry.name.lower()
        if name.startswith(("htx_desktop", "__editable__", "_htx")) or entry.suffix == ".pth":
            continue
        (folder / entry.name).symlink_to(entry)
    return folder


CHECK_FORM_AND_ENGLISH = """
import sys
from PySide6.QtWidgets import QApplication
import htx_desktop
from htx_desktop.gui.common import translate
from htx_desktop.gui.forms import load_form
from htx_desktop.gui.language import apply_language
app = QApplication([])
form = load_form("person_form")
apply_language(app, "en")
print(htx_desktop.__file__)
print(form.objectName(), "|", translate("MainWindow", "Tổng quan"))
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the fresh venv's scripts are laid out for POSIX here")
def test_the_wheel_installed_outside_the_checkout_opens_forms_english_and_passes_its_self_test(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", HTX_HOME=str(tmp_path / "home"))
    run = lambda *command: subprocess.run(  # noqa: E731
        [str(part) for part in command], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)

    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path / "wheels", ROOT)
    assert built.returncode == 0, built.stderr
    [wheel] = (tmp_path / "wheels").glob("htx_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        assert set(shipped_files()) <= set(archive.namelist())  # every form and resource, by glob
    fresh = tmp_path / "fresh"
    assert run(sys.executable, "-m", "venv", "--without-pip", fresh).returncode == 0
    python = fresh / "bin" / "python"
    fresh_site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (fresh_site / "dependencies.pth").write_text(f"{_dependencies_view(tmp_path / 'dependencies')}\n")

    installed = run(sys.executable, "-m", "pip", "--python", python, "install", "--no-index", "-q", wheel)
    assert installed.returncode == 0, installed.stderr
    checked = run(sys.executable, "-m", "pip", "--python", python, "check")
    assert checked.returncode == 0, checked.stdout

    self_test = run(fresh / "bin" / "htx-desktop", "--self-test")
    assert self_test.returncode == 0, self_test.stdout + self_test.stderr
    assert "[ĐẠT] Biểu mẫu nhập liệu: " in self_test.stdout and "person_form" in self_test.stdout
    assert self_test.stdout.splitlines()[-1].startswith("Cả ")

    loaded = run(python, "-c", CHECK_FORM_AND_ENGLISH)
    assert loaded.returncode == 0, loaded.stderr
    module_file, shown = loaded.stdout.splitlines()[-2:]
    assert Path(module_file).is_relative_to(fresh_site)  # the wheel's copy, not the checkout
    assert shown == "PersonForm | Overview"
