"""Tick boxes drawn from the theme's colours, for lists and for single check boxes: the
platform style's own box is nearly invisible on a dark background."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

_Index = QModelIndex | QPersistentModelIndex


class TickBoxDelegate(QStyledItemDelegate):
    """Rows as the style draws them, with a tick box painted from the theme's colours: the
    style's own is nearly invisible on a dark background."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        self.draw_row(painter, opt)

    def draw_row(self, painter: QPainter, opt: QStyleOptionViewItem) -> None:
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if opt.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            rect = style.subElementRect(
                QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget
            )
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            under = QPalette.ColorRole.AlternateBase if selected else QPalette.ColorRole.Base
            ticked = opt.checkState == Qt.CheckState.Checked
            paint_tick_box(painter, QRectF(rect), ticked, opt.palette, opt.palette.color(under))


def paint_tick_box(
    painter: QPainter, area: QRectF, ticked: bool, palette: QPalette, under: QColor
) -> None:
    """A rounded box, filled with the accent and ticked when on, over `area` (first
    filled with `under`, to hide whatever the style drew there)."""
    side = min(area.width(), area.height(), 18.0)
    box = QRectF(0, 0, side, side)
    box.moveCenter(area.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(area, under)
    radius = side * 0.22
    if ticked:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(box, radius, radius)
        pen = QPen(palette.color(QPalette.ColorRole.HighlightedText), 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        c = box.center()
        s = side / 16
        painter.drawPolyline(
            [
                QPointF(c.x() - 4 * s, c.y() + 0.2 * s),
                QPointF(c.x() - 1.2 * s, c.y() + 3 * s),
                QPointF(c.x() + 4.2 * s, c.y() - 3.2 * s),
            ]
        )
    else:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1.2))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box.adjusted(0.6, 0.6, -0.6, -0.6), radius, radius)
    painter.restore()


class TickBox(QCheckBox):
    """A check box whose box is painted like the lists' tick boxes, visible in both themes."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        area = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, self)
        painter = QPainter(self)
        under = self.palette().color(QPalette.ColorRole.Base)
        paint_tick_box(painter, QRectF(area), self.isChecked(), self.palette(), under)
        painter.end()
