"""What pyproject.toml cannot say alone: the top-level `ui/` and `resources/` folders ship inside
the package as `htx_desktop.ui` and `htx_desktop.resources`, beside every package found under
`htx_desktop/`. The program loads them with importlib.resources (see `htx_desktop.paths`), so a
checkout, a wheel and the PyInstaller build find them the same way. Their files are package data
by glob (pyproject.toml), so a new form or font is shipped without editing anything here."""

from setuptools import find_packages, setup

SHIPPED_FOLDERS = {"htx_desktop.ui": "ui", "htx_desktop.resources": "resources"}

setup(
    packages=find_packages(include=["htx_desktop", "htx_desktop.*"]) + list(SHIPPED_FOLDERS),
    package_dir=SHIPPED_FOLDERS,
)
