"""The program's licence and those of the packages it ships, read from the installed metadata.

The list follows the program's own requirements (and theirs, recursively), so it stays right when
a dependency is added; a built program carries the metadata (build.spec copies it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

PROGRAM = "htx-desktop"


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    licence: str  # an SPDX expression or the classifier's name; "" when the package states none
    url: str


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 80:  # a name, not the whole licence text
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers)


def _url(meta: metadata.PackageMetadata) -> str:
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository", "source code"):
            return url.strip()
    return meta.get("Home-page") or ""


def _requirements(name: str) -> list[str]:
    names = []
    for requirement in metadata.requires(name) or []:
        if "extra ==" in requirement.replace('"', "").replace("'", ""):
            continue
        match = re.match(r"[A-Za-z0-9._-]+", requirement)
        if match:
            names.append(match[0])
    return names


def describe(name: str) -> Package | None:
    try:
        meta = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return None
    return Package(meta["Name"], meta["Version"], _licence(meta), _url(meta))


def shipped() -> list[Package]:
    """Every package the program needs at run time (found installed), by name."""
    seen: dict[str, Package] = {}
    pending = _requirements(PROGRAM) if describe(PROGRAM) else []
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        package = describe(name)
        if package is None:  # a requirement for another platform or Python
            continue
        seen[key] = package
        pending.extend(_requirements(name))
    return sorted(seen.values(), key=lambda p: p.name.lower())
