"""The pages of a PDF report, one under the other in a scrolling view, and printing them.

Pages are drawn by PDFium (`reports.pages`, pypdfium2): a few MB, where QtPdf would bring all of
PySide6-Addons. Printing draws the same pages at the printer's resolution.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from htx_desktop.reports.pages import PageImage


def to_image(page: PageImage) -> QImage:
    """A QImage that owns its pixels (copied out of the buffer it was made from)."""
    return QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_ARGB32).copy()


class PagePreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_preview")
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Up/Down scroll the pages
        self.setStyleSheet("QScrollArea#report_preview > QWidget > QWidget { background: #808080; }")
        self.pdf: Path | None = None
        self.hint = ""
        self.show_pages([])

    def show_pages(self, pages: list[PageImage], pdf: Path | None = None) -> None:
        self.pdf = pdf
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setSpacing(12)
        layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        if not pages and self.hint:
            empty = QLabel(self.hint, objectName="preview_hint")
            empty.setStyleSheet("color: white; font-size: 12pt; padding: 40px;")
            layout.addWidget(empty)
        for number, page in enumerate(pages, start=1):
            label = QLabel(objectName=f"page_{number}")
            label.setPixmap(QPixmap.fromImage(to_image(page)))
            layout.addWidget(label)
        layout.addStretch(1)
        self.setWidget(holder)

    def page_count(self) -> int:
        holder = self.widget()
        return 0 if holder is None else len([label for label in holder.findChildren(QLabel)
                                             if label.objectName().startswith("page_")])

    def page_width(self) -> int:
        """Pixels a page may take so that it fills the width of the view without sideways scrolling."""
        room = self.viewport().width() - 2 * 12 - self.verticalScrollBar().sizeHint().width()
        return max(300, room)


def print_pdf(pdf: Path, printer) -> int:  # type: ignore[no-untyped-def]
    """Draw each page of `pdf` on `printer` (a QPrinter set up by QPrintDialog); pages printed.

    The whole sheet is drawn on (full-page mode): the PDF already has the decree's margins, and
    the printer's own margins would shrink and shift them."""
    from htx_desktop.reports import pages

    printer.setFullPage(True)
    resolution = min(printer.resolution(), 300)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for page in pages.render(pdf, resolution):
            if printed:
                printer.newPage()
            image = to_image(page)
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(area.x(), area.y(), scaled.width(), scaled.height()))
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
            printed += 1
    finally:
        painter.end()
    return printed
