"""`report.pdf`: the bundle's report HTML typeset on A4 pages by Qt, entirely in memory.

The bundle builder takes any `html -> bytes` callable; this is the one the desktop app
hands it. It runs on the task runner's worker thread (painting on a `QPdfWriter` is
allowed off the UI thread) and never touches the disk.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from afterglow.ui.sharing.report_browser import SealedDocument

RESOLUTION = 300  # dots per inch for layout; text and rules stay vectors in the PDF
# The report's 11pt type set at 90%: about 10pt, a clinical report's usual size, which lets
# the summary fit on its first page.
TYPE_SCALE = 0.9
MARGINS_MM = QMarginsF(22, 20, 22, 16)  # left, top, right, bottom
FOOTER_INCH = 0.45
HEADING_ROOM_INCH = 0.9  # a heading needs about four lines of text below it on its page
SHORT_TABLE_SHARE = 0.4  # tables at most this share of a page are never split
LEAD_IN_CHARACTERS = 200  # a line this short after a heading moves with it
FOOTER_COLOR = "#5a6570"
RULE_COLOR = "#c9d2d9"
PDF_TITLE = "Afterglow journal summary"

_ALWAYS_BEFORE = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


class ReportPdf:
    """Renders report HTML to PDF bytes: A4, calm margins, "Page n of N" in the footer.

    The summary gets a page of its own; headings are kept with the text after them and
    short tables are moved whole to the next page rather than split across two.
    """

    def __init__(self, footer_text: str = PDF_TITLE) -> None:
        self._footer_text = footer_text

    def __call__(self, html: str) -> bytes:
        return render_pdf(html, self._footer_text)


def render_pdf(html: str, footer_text: str = PDF_TITLE) -> bytes:
    """The PDF of `html`, as bytes; nothing is written to disk."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(PDF_TITLE)  # fixed words: the metadata never carries journal text
    writer.setCreator("Afterglow")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_rect = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = FOOTER_INCH * RESOLUTION
    area = QSizeF(paint_rect.width(), paint_rect.height() - footer)
    page = QSizeF(area.width() / TYPE_SCALE, area.height() / TYPE_SCALE)

    document = SealedDocument()  # the report is self-contained: nothing is ever loaded
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(html)
    document.setPageSize(page)
    _paginate(document, page.height())

    painter = QPainter(writer)
    try:
        pages = document.pageCount()
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.scale(TYPE_SCALE, TYPE_SCALE)
            _draw_page(painter, document, page, number)
            painter.restore()
            _draw_footer(painter, area, footer, number + 1, pages, footer_text)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


def _draw_page(painter: QPainter, document: QTextDocument, page: QSizeF, number: int) -> None:
    top = number * page.height()
    painter.save()
    painter.translate(0, -top)
    document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
    painter.restore()


def _draw_footer(
    painter: QPainter, page: QSizeF, height: float, number: int, pages: int, text: str
) -> None:
    area = QRectF(0, page.height(), page.width(), height)
    painter.save()
    painter.setPen(QPen(QColor(RULE_COLOR), RESOLUTION / 144))
    rule_y = area.top() + height * 0.35
    painter.drawLine(QPointF(area.left(), rule_y), QPointF(area.right(), rule_y))
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(QColor(FOOTER_COLOR))
    bottom = Qt.AlignmentFlag.AlignBottom
    painter.drawText(area, int(bottom | Qt.AlignmentFlag.AlignLeft), text)
    painter.drawText(area, int(bottom | Qt.AlignmentFlag.AlignRight), f"{number} / {pages}")
    painter.restore()


# ---- pagination -------------------------------------------------------------------------


def _paginate(document: QTextDocument, page_height: float) -> None:
    """Moves page breaks where a reader expects them. Works in document order, asking the
    layout afresh each time, because every break moves everything after it."""
    layout = document.documentLayout()
    room = HEADING_ROOM_INCH * RESOLUTION
    sections = 0
    # The heading (and up to two short lines after it) leading into what comes next: a
    # break goes before it, so a heading never ends a page without its text.
    lead_in: QTextBlock | None = None
    lead_lines = 0
    for item in _top_level_items(document):
        if isinstance(item, QTextFrame):
            rect = layout.frameBoundingRect(item)
            crosses = _page_end(rect.top(), page_height) < rect.bottom()
            short = rect.height() <= SHORT_TABLE_SHARE * page_height
            if crosses and short and not _starts_page(rect.top(), page_height):
                if lead_in is not None:
                    _break_before_block(lead_in)
                else:
                    table_format = item.frameFormat()
                    table_format.setPageBreakPolicy(_ALWAYS_BEFORE)
                    item.setFrameFormat(table_format)
            lead_in = None
            continue
        text = item.text().strip()
        level = item.blockFormat().headingLevel()
        if level == 2:
            sections += 1
            rect = layout.blockBoundingRect(item)
            if sections == 2 and rect.top() < page_height:
                # The summary fits on page 1: it gets the page to itself.
                _break_before_block(item)
                lead_in, lead_lines = item, 0
                continue
        if level:
            if lead_in is None or lead_lines:
                lead_in, lead_lines = item, 0
            rect = layout.blockBoundingRect(item)
            space_left = _page_end(rect.top(), page_height) - rect.bottom()
            if space_left < room and not _starts_page(rect.top(), page_height):
                _break_before_block(lead_in)
        elif text:
            lead_lines += 1
            if lead_in is not None and (lead_lines > 2 or len(text) > LEAD_IN_CHARACTERS):
                lead_in = None


def _top_level_items(document: QTextDocument) -> list[QTextBlock | QTextFrame]:
    """The root frame's blocks and tables, in order (blocks inside tables are skipped)."""
    items: list[QTextBlock | QTextFrame] = []
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        if isinstance(frame, QTextTable):
            items.append(frame)
        elif frame is None:
            block = iterator.currentBlock()
            if block.isValid():
                items.append(block)
        iterator += 1
    return items


def _page_end(top: float, page_height: float) -> float:
    return (int(top // page_height) + 1) * page_height


def _starts_page(top: float, page_height: float) -> bool:
    return top % page_height < RESOLUTION * 0.5


def _break_before_block(block: QTextBlock) -> None:
    block_format = block.blockFormat()
    block_format.setPageBreakPolicy(_ALWAYS_BEFORE)
    QTextCursor(block).setBlockFormat(block_format)
