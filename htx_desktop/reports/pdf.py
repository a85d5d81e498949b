"""A `Document` as a PDF in the layout of Decree 30/2020/NĐ-CP (Appendix I) for administrative documents.

A4; margins top and bottom 20 mm, left 30 mm, right 15 mm. The issuing body top left over a short
rule, "Số: …/BC-…" under it; the national motto top right, its second line underlined along its
length, then place and date in italics; the title in bold capitals with the subject under it and a
short rule; body in 14 pt, first lines indented; tables whose header row repeats on every page;
signature block on the right, "Nơi nhận" on the left; page numbers centred in the top margin from
the second page. Every face is Liberation Serif, embedded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus import Table as PdfTable
from reportlab.platypus import TableStyle

from htx_desktop.formatting import group_digits
from htx_desktop.reports import fonts
from htx_desktop.reports.document import DATE, INT, SHARE, TEXT, YEAR, Document, Table
from htx_desktop.reports.settings import Issuer

MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
BODY_SIZE = 14
TABLE_SIZE = 11

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"


def _style(name: str, font: str = fonts.REGULAR, size: float = BODY_SIZE, align: int = TA_JUSTIFY,
           indent: float = 0, before: float = 0, after: float = 6) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25, alignment=align,
                          firstLineIndent=indent, spaceBefore=before, spaceAfter=after)


BODY = _style("body", indent=10 * mm)
HEADING = _style("heading", fonts.BOLD, before=6, align=TA_LEFT, indent=10 * mm)
NOTE = _style("note", fonts.ITALIC, 12, indent=10 * mm, after=3)
TITLE = _style("title", fonts.BOLD, 14, TA_CENTER, after=0)
CELL = _style("cell", size=TABLE_SIZE, align=TA_LEFT, after=0)
HEAD_CELL = _style("head_cell", fonts.BOLD, TABLE_SIZE, TA_CENTER, after=0)


def cell_text(kind: str, value: object) -> str:
    """How a value reads in a printed table: 1.234, 12,5%, 03/01/2026."""
    if value is None or value == "":
        return ""
    if kind == INT and isinstance(value, (int, float)):
        if float(value).is_integer():
            return group_digits(int(value))
        whole, fraction = f"{value:.1f}".split(".")
        return f"{group_digits(int(whole))},{fraction}"
    if kind == YEAR and isinstance(value, int):
        return str(value)
    if kind == SHARE and isinstance(value, (int, float)):
        return f"{value * 100:.1f}".replace(".", ",") + "%"
    if kind == DATE and isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)


class _Rule(Flowable):
    """A centred horizontal rule under a heading: the decree's line under the body name and title."""

    def __init__(self, width: float, space: float = 2) -> None:
        super().__init__()
        self.rule_width, self.space = width, space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.space * 2

    def draw(self) -> None:
        left = (self.width - self.rule_width) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(left, self.space, left + self.rule_width, self.space)


def _lines(texts: Sequence[tuple[str, str, float]], width: float, rule_after: int | None = None,
           rule_width: float | None = None) -> list[Flowable]:
    """Centred lines, each (text, font, size), wrapped at `width`; a rule after line `rule_after`
    as long as that line (or `rule_width`)."""
    flowables: list[Flowable] = []
    for index, (text, font, size) in enumerate(texts):
        flowables.append(Paragraph(escape(text), _style(f"line{index}", font, size, TA_CENTER, after=0)))
        if index == rule_after:
            length = rule_width or min(width, stringWidth(text, font, size))
            flowables.append(_Rule(length))
    return flowables


#: Two columns side by side without borders (heading, signature): the table only places them.
_LAYOUT = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("FONT", (0, 0), (-1, -1), fonts.REGULAR)])


def _number(issuer: Issuer, document: Document) -> str:
    number = document.number.strip() or "\u00a0" * 8
    return f"Số: {number}/{document.symbol}-{issuer.symbol}"


def heading(document: Document, width: float) -> list[Flowable]:
    """The two-column heading: issuing body and number left, motto and place-date right."""
    issuer = document.issuer
    left_width, right_width = width * 0.42, width * 0.58
    body_lines = [(issuer.parent, fonts.REGULAR, 12.5)] if issuer.parent else []
    body_lines.append((issuer.name, fonts.BOLD, 12.5))
    name_width = stringWidth(issuer.name, fonts.BOLD, 12.5)
    left = _lines(body_lines, left_width, len(body_lines) - 1, min(name_width, left_width) / 2.5)
    left += [Spacer(1, 4), Paragraph(escape(_number(issuer, document)), _style("number", size=13, align=TA_CENTER))]
    day = document.day
    place_date = f"{issuer.place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    right = _lines([(MOTTO, fonts.BOLD, 12.5), (MOTTO_2, fonts.BOLD, 13.5)], right_width, 1)
    right += [Spacer(1, 4), Paragraph(escape(place_date), _style("date", fonts.ITALIC, 13.5, TA_CENTER))]
    table = PdfTable([[left, right]], colWidths=[left_width, right_width])
    table.setStyle(_LAYOUT)
    return [table, Spacer(1, 8 * mm)]


def title(document: Document, width: float) -> list[Flowable]:
    flowables: list[Flowable] = [Paragraph(escape(document.title), TITLE)]
    flowables.append(Paragraph(escape(document.subject), _style("subject", fonts.BOLD, 14, TA_CENTER, after=0)))
    flowables += [_Rule(width / 4, 4), Spacer(1, 6 * mm)]
    return flowables


def _fits(text: str, font: str, size: float, width: float) -> bool:
    return "\n" not in text and stringWidth(text, font, size) <= width


def table(spec: Table, width: float) -> PdfTable:
    """The table, its header row repeated on each page; long texts wrap inside their cell."""
    columns = list(spec.columns)
    weights = [c.width for c in columns]
    number_width = 11 * mm if spec.numbered else 0
    unit = (width - number_width) / sum(weights)
    widths = ([number_width] if spec.numbered else []) + [w * unit for w in weights]
    offset = 1 if spec.numbered else 0
    padding = 6

    def cell(kind: str, value: object, column_width: float, font: str = fonts.REGULAR) -> object:
        text = cell_text(kind, value)
        if kind != TEXT or _fits(text, font, TABLE_SIZE, column_width - padding):
            return text  # plain strings are drawn fast; only what must wrap becomes a paragraph
        style = CELL if font == fonts.REGULAR else HEAD_CELL
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    head = (["STT"] if spec.numbered else []) + [Paragraph(escape(c.title), HEAD_CELL) for c in columns]
    data: list[list[object]] = [head]
    for number, row in enumerate(spec.rows, start=1):
        values = [cell(c.kind, v, widths[i + offset]) for i, (c, v) in enumerate(zip(columns, row))]
        data.append(([str(number)] if spec.numbered else []) + values)
    style = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, TABLE_SIZE, TABLE_SIZE * 1.2),
        ("FONT", (0, 0), (-1, 0), fonts.BOLD, TABLE_SIZE, TABLE_SIZE * 1.2),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding / 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if spec.numbered:
        style.append(("ALIGN", (0, 1), (0, -1), "CENTER"))
    for index, column in enumerate(columns):
        if column.centred:
            style.append(("ALIGN", (index + offset, 1), (index + offset, -1), "CENTER"))
        elif column.kind in (INT, SHARE, DATE):
            style.append(("ALIGN", (index + offset, 1), (index + offset, -1), "RIGHT" if column.kind != DATE else "CENTER"))
    if spec.total_label is not None:
        totals = spec.totals()
        data.append(([""] if spec.numbered else []) + [cell_text(c.kind, v) for c, v in zip(columns, totals)])
        style.append(("FONT", (0, len(data) - 1), (-1, len(data) - 1), fonts.BOLD, TABLE_SIZE, TABLE_SIZE * 1.2))
    if spec.tall_rows:  # room for a signature
        style += [("TOPPADDING", (0, 1), (-1, -1), 9), ("BOTTOMPADDING", (0, 1), (-1, -1), 9)]
    return PdfTable(data, colWidths=widths, repeatRows=1, style=TableStyle(style))


def signature(document: Document, width: float) -> list[Flowable]:
    issuer = document.issuer
    recipients = [Paragraph("<b><i>Nơi nhận:</i></b>", _style("to", size=12, align=TA_LEFT, after=0))]
    lines = issuer.recipient_lines() + ["Lưu: VT"]
    for index, line in enumerate(lines):
        end = "." if index == len(lines) - 1 else ";"
        recipients.append(Paragraph(escape(f"- {line}{end}"), _style(f"to{index}", size=11, align=TA_LEFT, after=0)))
    signer = [Paragraph(escape(text), _style(f"sign{i}", fonts.BOLD, 14, TA_CENTER, after=0))
              for i, text in enumerate((issuer.authority, issuer.title)) if text]
    signer += [Spacer(1, 24 * mm), Paragraph(escape(issuer.signer or " "), _style("signer", fonts.BOLD, 14, TA_CENTER))]
    block = PdfTable([[recipients, signer]], colWidths=[width * 0.5, width * 0.5])
    block.setStyle(_LAYOUT)
    return [Spacer(1, 6 * mm), KeepTogether([block])]


def story(document: Document, width: float) -> list[Flowable]:
    flowables = heading(document, width) + title(document, width)
    for section in document.sections:
        if section.heading:
            flowables += [CondPageBreak(30 * mm), Paragraph(escape(section.heading), HEADING)]
        flowables += [Paragraph(escape(text), BODY) for text in section.paragraphs]
        if section.table is not None:
            flowables += [table(section.table, width), Spacer(1, 3 * mm)]
        flowables += [Paragraph(escape(text), NOTE) for text in section.notes]
    if document.signed:
        flowables += signature(document, width)
    return flowables


def _page_number(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    """From the second page: the number centred in the top margin, upright, 13 pt."""
    page_width, page_height = doc.pagesize
    canvas.saveState()
    canvas.setFont(fonts.REGULAR, 13)
    canvas.drawCentredString(MARGIN_LEFT + (page_width - MARGIN_LEFT - MARGIN_RIGHT) / 2,
                             page_height - MARGIN_TOP / 2 - 4, str(doc.page))
    canvas.restoreState()


def write(document: Document, target: Path, on_page: Callable[[int], None] | None = None) -> None:
    fonts.register()
    size = landscape(A4) if document.landscape else A4
    doc = BaseDocTemplate(
        str(target), pagesize=size, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"{document.title} {document.subject}", author=document.issuer.name,
        creator="HTX Desktop", initialFontName=fonts.REGULAR, initialFontSize=BODY_SIZE,
    )
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, size[0] - MARGIN_LEFT - MARGIN_RIGHT, size[1] - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    first = PageTemplate("first", [frame], autoNextPageTemplate="later")
    later = PageTemplate("later", [frame], onPage=_page_number)
    doc.addPageTemplates([first, later])
    if on_page is not None:
        doc.setProgressCallBack(lambda kind, value: on_page(value) if kind == "PAGE" else None)
    doc.build(story(document, frame._width))
