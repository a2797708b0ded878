"""A read-only page for a bundle's report: it loads nothing and follows no links.

Used for the client's preview and for the therapist reading an opened bundle. The report is
a document, so it is shown as one: dark text on white paper in either theme.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

PAPER = "#ffffff"
INK = "#222222"
PAPER_MARGIN = 28


class SealedDocument(QTextDocument):
    """A document that loads no resource at all.

    Returning nothing is not enough: `QTextDocument` then reads local files (and `data:`
    URLs) itself, and its image handler loads an image file directly when no image came
    back. So every image is a blank pixel and every style sheet is empty.
    """

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        if kind == QTextDocument.ResourceType.ImageResource:
            return _blank_pixel()
        if kind == QTextDocument.ResourceType.StyleSheetResource:
            return ""
        return None


def _blank_pixel() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


class ReportBrowser(QTextBrowser):
    """`QTextBrowser` with every external resource refused: no images, style sheets or
    pages are fetched, from the network or from disk, and links are not followed (links
    within the report still scroll to their place)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SealedDocument(self))
        self.setAccessibleName(accessible_name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Text wraps to the page; table borders round up to a pixel wider than it.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(PAPER_MARGIN)
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Base, QColor(PAPER))
            palette.setColor(group, QPalette.ColorRole.Text, QColor(INK))
        self.setPalette(palette)
        self.setStyleSheet(
            f"QTextBrowser {{ background: {PAPER}; color: {INK}; border: 1px solid "
            "palette(mid); border-radius: 10px; }"
        )
        self.anchorClicked.connect(self._anchor_clicked)

    def show_report(self, html: str) -> None:
        self.setHtml(html)
        self.verticalScrollBar().setValue(0)

    def forget(self) -> None:
        """Drops the report's text, and the document's undo history with it."""
        self.clear()
        self.document().clearUndoRedoStacks()

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None  # nothing outside the report itself, ever

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.isRelative() and not url.path() and url.hasFragment():
            self.scrollToAnchor(url.fragment())

    @property
    def text_shown(self) -> str:
        """The report's text as shown (for tests and screen readers)."""
        return self.document().toPlainText()
