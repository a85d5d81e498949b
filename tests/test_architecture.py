"""House rules that keep the code livable."""

import pkgutil
import subprocess
import sys

import htx_desktop


def core_modules() -> list[str]:
    return sorted(
        module.name
        for module in pkgutil.walk_packages(htx_desktop.__path__, "htx_desktop.")
        if not module.name.startswith("htx_desktop.gui")
        and not module.name.startswith("htx_desktop.storage.migrations.")
    )


def test_the_core_imports_without_qt():
    """Domain, storage, services, CLI and demo must work with PySide6 unavailable."""
    modules = core_modules()
    assert "htx_desktop.services.cooperatives" in modules
    code = "import sys; sys.modules['PySide6'] = None\n" + "\n".join(f"import {name}" for name in modules)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_cli_start_up_does_not_import_qt_or_alembic():
    code = (
        "import sys; from htx_desktop.cli.main import build_parser; build_parser();"
        "print(sorted(m for m in ('PySide6', 'alembic', 'reportlab', 'openpyxl') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_only_the_programs_own_bookkeeping_writes_without_a_user():
    """Every user action writes through `Database.transaction(actor, permission)`; the unchecked
    `system_transaction` is kept to set-up, log-in counters and the built-in plan templates."""
    from pathlib import Path

    root = Path(htx_desktop.__path__[0])
    users = sorted(
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "system_transaction(" in path.read_text(encoding="utf-8")
    )
    assert users == [
        "plans/catalogue.py",  # the seed plans, identical everywhere
        "services/installation.py",  # a new database, before it has users
        "services/users.py",  # counting failed log-ins
        "storage/database.py",  # where it is defined
    ]
