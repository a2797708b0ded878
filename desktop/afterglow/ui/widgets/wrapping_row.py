"""A row of controls that wraps instead of cutting words off when it runs out of room
(a narrow window, or larger text): controls on the left and controls on the right, as a
box layout with a stretch between them would place them, on as many lines as they need."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class WrappingRow(QLayout):
    """`add_leading` widgets start at the left, `add_trailing` ones end at the right. When
    all fit on one line they share it; otherwise each side wraps onto lines of its own."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._leading: list[QLayoutItem] = []
        self._trailing: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- filling ---------------------------------------------------------------------------

    def add_leading(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._leading.append(QWidgetItem(widget))
        self.invalidate()

    def add_trailing(self, widget: QWidget, index: int | None = None) -> None:
        """Adds `widget` on the right, at `index` among the right-hand ones (default last)."""
        self.addChildWidget(widget)
        at = len(self._trailing) if index is None else index
        self._trailing.insert(at, QWidgetItem(widget))
        self.invalidate()

    # -- QLayout -------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._leading.append(item)

    def count(self) -> int:
        return len(self._leading) + len(self._trailing)

    def _items(self) -> list[QLayoutItem]:
        return self._leading + self._trailing

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._items()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._leading):
            return self._leading.pop(index)
        index -= len(self._leading)
        if 0 <= index < len(self._trailing):
            return self._trailing.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = self._shown(self._items())
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        shown = self._shown(self._items())
        width = max((i.minimumSize().width() for i in shown), default=0)
        height = max((i.minimumSize().height() for i in shown), default=0)
        return QSize(width, height)

    # -- placing -------------------------------------------------------------------------

    @staticmethod
    def _shown(items: list[QLayoutItem]) -> list[QLayoutItem]:
        return [i for i in items if not i.isEmpty()]

    def _lines(self, items: list[QLayoutItem], width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in items:
            wide = item.sizeHint().width()
            if lines and used + self._spacing + wide <= width:
                lines[-1].append(item)
                used += self._spacing + wide
            else:
                lines.append([item])
                used = wide
        return lines

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lays the items out in `rect` (when `move`); returns the height they take."""
        leading, trailing = self._shown(self._leading), self._shown(self._trailing)
        width = rect.width()
        everything = leading + trailing
        total = sum(i.sizeHint().width() for i in everything)
        total += self._spacing * max(len(everything) - 1, 0)
        if total <= width:
            lines = [(leading, trailing)]
        else:
            lines = [(line, []) for line in self._lines(leading, width)]
            lines += [([], line) for line in self._lines(trailing, width)]
        y = rect.top()
        for left, right in lines:
            height = max((i.sizeHint().height() for i in left + right), default=0)
            if move:
                x = rect.left()
                for item in left:
                    x = self._put(item, x, y, height, min(item.sizeHint().width(), width)) + (
                        self._spacing
                    )
                x = rect.right() + 1
                for item in reversed(right):
                    wide = min(item.sizeHint().width(), width)
                    self._put(item, x - wide, y, height, wide)
                    x -= wide + self._spacing
            y += height + self._spacing
        return max(y - self._spacing - rect.top(), 0)

    @staticmethod
    def _put(item: QLayoutItem, x: int, y: int, line_height: int, width: int) -> int:
        height = item.sizeHint().height()
        item.setGeometry(QRect(QPoint(x, y + (line_height - height) // 2), QSize(width, height)))
        return x + width
