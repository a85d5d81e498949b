"""PDF pages as pixels (PDFium through pypdfium2), for the preview and for printing: no Qt here,
the GUI wraps the bytes in a QImage."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int
    pixels: bytes  # 32-bit BGRA rows, `stride` bytes each (QImage.Format_ARGB32 on little-endian)


def page_count(pdf: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def render(pdf: Path, dots_per_inch: float = 96, pages: range | None = None,
           width: int | None = None) -> Iterator[PageImage]:
    """Each page (or those in `pages`) at that resolution, or `width` pixels wide (portrait and
    landscape pages alike), on a white background."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    document = pdfium.PdfDocument(str(pdf))
    try:
        for index in pages if pages is not None else range(len(document)):
            page = document[index]
            scale = width / page.get_width() if width else dots_per_inch / 72
            bitmap = page.render(scale=scale, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA)
            yield PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            bitmap.close()
            page.close()
    finally:
        document.close()
