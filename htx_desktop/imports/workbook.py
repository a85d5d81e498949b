"""Opening the officer's workbook: which sheets it has, and the rows of one sheet as values.

openpyxl in read-only mode with `data_only=True` (formulas read as the values Excel last computed),
so a 50,000-row list streams without loading the whole file. Every file that cannot be read at all
becomes one `HtxError` with a Vietnamese message saying what to do.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from htx_desktop.errors import HtxError
from htx_desktop.formatting import group_digits
from htx_desktop.imports import legacy, texts  # noqa: F401
from htx_desktop.messages import tr

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and .xlsx encrypted with a password
_OLE_SCAN = 64 << 20  # a commune's file is far smaller; the directory may sit at its end
#: What a workbook may unpack to, all parts together: a 50,000-row list is about 25 MB. Python's
#: zipfile never inflates a part beyond the size the archive declares for it, so a small file that
#: would inflate to gigabytes is refused here, before openpyxl reads (shared strings all at once).
MAX_UNPACKED_MB = 256
#: Rows with something in them, on the sheet read (each is kept in memory until the import ends).
MAX_ROWS = 200_000


@dataclass(frozen=True)
class SheetInfo:
    name: str
    hidden: bool


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise HtxError(tr("imports.missing", path=str(path)))
    with open(path, "rb") as stream:
        head = stream.read(8)
    if head == _OLE_MAGIC:
        # An OLE compound file is either an old .xls or a password-protected .xlsx: the names of
        # its streams (UTF-16, in its directory) tell which.
        with open(path, "rb") as stream:
            body = stream.read(_OLE_SCAN)
        if "EncryptionInfo".encode("utf-16-le") in body or "EncryptedPackage".encode("utf-16-le") in body:
            raise HtxError(tr("imports.encrypted", path=str(path)))
        if "Workbook".encode("utf-16-le") in body or "Book".encode("utf-16-le") in body:
            raise HtxError(tr("imports.xls", path=str(path)))
        key = "imports.encrypted" if path.suffix.lower() in (".xlsx", ".xlsm") else "imports.xls"
        raise HtxError(tr(key, path=str(path)))
    if path.suffix.lower() == ".xls":
        raise HtxError(tr("imports.xls", path=str(path)))
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise HtxError(tr("imports.not_workbook", path=str(path))) from None
    if unpacked > MAX_UNPACKED_MB << 20:
        raise HtxError(tr("imports.too_large", path=str(path), limit=MAX_UNPACKED_MB))


@contextmanager
def opened(path: str | Path) -> Iterator[Any]:
    """The workbook, read-only and with formulas as values; closed afterwards."""
    import openpyxl

    path = Path(path)
    _check_file(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (KeyError, BadZipFile, XML errors) for damaged files
        raise HtxError(tr("imports.not_workbook", path=str(path))) from None
    try:
        yield book
    finally:
        book.close()


def sheets(path: str | Path) -> list[SheetInfo]:
    with opened(path) as book:
        return [SheetInfo(sheet.title, sheet.sheet_state != "visible") for sheet in book.worksheets]


def choose_sheet(book: Any, name: str | None) -> Any:
    """The named sheet, or the first visible one (hidden sheets are read only when chosen)."""
    names = [sheet.title for sheet in book.worksheets]
    if name is not None:
        if name not in names:
            raise HtxError(tr("imports.no_sheet", sheet=name, sheets=", ".join(names)))
        return book[name]
    visible = [sheet for sheet in book.worksheets if sheet.sheet_state == "visible"]
    return (visible or book.worksheets)[0]


def _has_capital_font(book: Any) -> bool:
    # Read-only mode gives each cell's font but no public list of the workbook's fonts.
    return any(legacy.capital_font(font.name) for font in getattr(book, "_fonts", ()))


def _values(sheet: Any) -> Iterator[tuple[Any, ...]]:
    """The values of each row; text in a TCVN3 all-capital font as the capitals it shows. Reading
    fonts costs a cell object per cell, so only workbooks that use such a font pay for it."""
    if not _has_capital_font(sheet.parent):
        yield from sheet.iter_rows(values_only=True)
        return
    for cells in sheet.iter_rows():
        yield tuple(legacy.in_capital_font(cell.value)
                    if isinstance(cell.value, str) and legacy.capital_font(cell.font.name) else cell.value
                    for cell in cells)


def rows(sheet: Any, path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number as Excel shows it, values) of every row with something in it. Damaged XML
    half-way through the sheet is reported as a damaged file."""
    try:
        kept = 0
        for number, values in enumerate(_values(sheet), start=1):
            if any(value is not None and value != "" for value in values):
                kept += 1
                if kept > MAX_ROWS:
                    raise HtxError(tr("imports.too_many_rows", sheet=sheet.title, limit=group_digits(MAX_ROWS)))
                yield number, values
    except HtxError:
        raise
    except Exception:
        raise HtxError(tr("imports.not_workbook", path=str(path))) from None
