"""Importing the lists communes already keep in Excel (Qt-free): templates, reading (legacy
encodings included), header matching, cleaning, the preview, the one-transaction write and the
workbook of rejected rows. The CLI (`cli/import_commands.py`) and the GUI wizard both go through
`table.read` (the sheet and its mapping), `run` (preview, and write) and `output` (template,
rejected rows)."""

from __future__ import annotations

from htx_desktop.imports.kinds import KINDS, kind
from htx_desktop.imports.service import CREATE, REJECT, UPDATE, Result, RowOutcome, run
from htx_desktop.imports.table import Table

__all__ = ["CREATE", "KINDS", "REJECT", "UPDATE", "Result", "RowOutcome", "Table", "kind", "run"]
