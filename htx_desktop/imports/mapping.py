"""Which column holds which field: found from the headers (with or without diacritics, synonyms),
corrected by the officer, and saved for next time.

A mapping is {header text: field key}; a field key of "" means "not imported". Saved mappings are
one JSON file beside the database (`import-mappings.json`, written atomically), {kind: mapping};
`--mapping FILE` reads a file of the same shape, or a mapping alone for the kind being imported.
"""

from __future__ import annotations

import json
from functools import lru_cache
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from htx_desktop.errors import HtxError
from htx_desktop.imports import texts  # noqa: F401
from htx_desktop.imports.kinds import Kind
from htx_desktop.imports.values import text
from htx_desktop.messages import tr
from htx_desktop.text import search_key

HEADER_SCAN_ROWS = 30
FILE_NAME = "import-mappings.json"


def _key(header: object) -> str:
    # Headers often carry notes in brackets or line breaks: "Năm sinh\n(yyyy)", "Vốn điều lệ (đồng)".
    return search_key(text(header) or "").replace(":", "").strip()


@lru_cache(maxsize=None)
def field_by_header(kind: Kind) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in kind.fields:
        found.setdefault(_key(item.header), item.key)
    for item in kind.fields:
        for synonym in item.synonyms:
            found.setdefault(_key(synonym), item.key)
    return found


def match_header(kind: Kind, header: object, saved: dict[str, str] | None = None) -> str:
    """The field a header names, or "" for none."""
    key = _key(header)
    if not key:
        return ""
    if saved and key in saved:
        return saved[key]
    known = field_by_header(kind)
    if key in known:
        return known[key]
    bare = key.split("(")[0].strip()
    return known.get(bare, "")


def columns(kind: Kind, headers: Sequence[object], saved: dict[str, str] | None = None) -> list[str]:
    """The field of each column (one column per field: the first wins)."""
    result: list[str] = []
    taken: set[str] = set()
    for header in headers:
        field = match_header(kind, header, saved)
        result.append(field if field and field not in taken else "")
        taken.add(field)
    return result


def find_header(kind: Kind, rows: Sequence[tuple[int, Sequence[object]]],
                saved: dict[str, str] | None = None) -> int | None:
    """The index (in `rows`) of the header row: among the first rows, the one naming most fields,
    required fields counting double; a title block and merged cells above it are passed over."""
    required = {item.key for item in kind.required}
    best, best_score = None, 0
    for index, (_number, values) in enumerate(rows[:HEADER_SCAN_ROWS]):
        fields = [field for field in columns(kind, values, saved) if field]
        score = len(fields) + len(required.intersection(fields))
        if score > best_score and len(fields) >= 2:
            best, best_score = index, score
    return best


def missing_required(kind: Kind, fields: Sequence[str]) -> list[str]:
    return [item.header for item in kind.required if item.key not in fields]


def normalised(kind: Kind, mapping: dict[str, Any], source: str) -> dict[str, str]:
    keys = {item.key for item in kind.fields}
    result: dict[str, str] = {}
    for header, field in mapping.items():
        if not isinstance(field, str) or (field and field not in keys):
            raise HtxError(tr("imports.bad_mapping", path=source,
                              reason=tr("imports.unknown_field", field=field, kind=kind.name)))
        result[_key(header)] = field
    return result


def read_file(kind: Kind, path: str | Path) -> dict[str, str]:
    """A mapping file: {"Header": "field"}, or {"kind": {...}} holding one for this kind."""
    try:
        content = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise HtxError(tr("imports.bad_mapping", path=str(path), reason=str(error))) from None
    if not isinstance(content, dict):
        raise HtxError(tr("imports.bad_mapping", path=str(path), reason="JSON"))
    if isinstance(content.get(kind.name), dict):
        content = content[kind.name]
    return normalised(kind, {k: v for k, v in content.items() if not isinstance(v, dict)}, str(path))


def saved_file(database_path: Path | None) -> Path:
    from htx_desktop import paths

    return (database_path.parent if database_path else paths.home()) / FILE_NAME


def load_saved(kind: Kind, file: Path) -> dict[str, str]:
    if not file.is_file():
        return {}
    try:
        return read_file(kind, file)
    except HtxError:
        return {}  # a damaged saved mapping is only a lost convenience: headers are matched afresh


def save(kind: Kind, file: Path, headers: Sequence[object], fields: Sequence[str]) -> None:
    """Remember the officer's choice for each header of this file (atomically)."""
    from htx_desktop.reports.files import atomic_path

    content: dict[str, Any] = {}
    if file.is_file():
        try:
            content = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            content = {}
    mapping = dict(content.get(kind.name) or {})
    for header, field in zip(headers, fields):
        if _key(header):
            mapping[text(header) or ""] = field
    content[kind.name] = mapping
    with atomic_path(file) as temporary:
        temporary.write_text(json.dumps(content, ensure_ascii=False, indent=2), encoding="utf-8")
