"""A list of rows beside the detail of the one chosen, as the Journal, Insights, Actions
and Patterns lay them out: the list view every section styles alike, its column, and the
splitter between the two."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QFrame, QListView, QSplitter, QVBoxLayout, QWidget


class RowList(QListView):
    """A frameless list of rows drawn by a delegate (the style sheet's `EntryList`),
    scrolling smoothly, with hover shown. Set its delegate with the list as parent."""

    def __init__(self, model: QAbstractItemModel, name: str) -> None:
        super().__init__()
        self.setObjectName("EntryList")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setModel(model)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setAccessibleName(name)


def list_column(minimum_width: int) -> tuple[QWidget, QVBoxLayout]:
    """The list's side: a column the caller fills (heading, filters, the list)."""
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 8, 12, 8)
    column.setSpacing(10)
    left.setMinimumWidth(minimum_width)
    return left, column


def detail_column(detail: QWidget, top: int = 16) -> QWidget:
    """The detail's side, set off from the list by a margin."""
    right = QWidget()
    column = QVBoxLayout(right)
    column.setContentsMargins(20, top, 0, 0)
    column.addWidget(detail)
    return right


def beside(left: QWidget, right: QWidget, widths: tuple[int, int]) -> QSplitter:
    """The list's column and the detail side by side; the detail takes the room the
    window gains, and neither can be dragged shut."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes(list(widths))
    splitter.setHandleWidth(1)
    return splitter
