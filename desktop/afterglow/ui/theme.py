"""Light and dark themes (palette and style sheet), and following the system's choice.

Colours are warm neutrals with one dusk-violet accent; every text colour meets WCAG AA
(4.5:1) on the backgrounds it is used on, which tests/ui/test_theme.py checks.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Literal

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QDoubleSpinBox,
    QLineEdit,
    QProxyStyle,
    QSpinBox,
    QStyle,
    QStyleOption,
    QTimeEdit,
    QWidget,
)

from afterglow.ui.icons import icons_folder
from afterglow.ui.settings import ThemeChoice

Scheme = Literal["light", "dark"]

# Body text smaller than this is hard to read for long stretches of writing.
MIN_BODY_POINT_SIZE = 10.5


@dataclass(frozen=True)
class Colors:
    """The named colours a theme is made of."""

    window: str  # page background
    surface: str  # inputs, cards
    sidebar: str
    border: str
    text: str
    muted: str  # secondary text
    accent: str  # primary buttons, focus, links
    accent_hover: str
    on_accent: str  # text on an accent background
    accent_soft: str  # selected row background
    on_accent_soft: str
    error: str
    error_soft: str
    success: str
    weak: str  # strength meter, weakest to strongest
    fair: str
    good: str
    strong: str
    track: str  # empty meter and progress track


LIGHT = Colors(
    window="#F7F3EE",
    surface="#FFFDFA",
    sidebar="#EFE8DF",
    border="#D9CFC3",
    text="#2B2622",
    muted="#665C53",
    accent="#6A4C9C",
    accent_hover="#5B3F8A",
    on_accent="#FFFFFF",
    accent_soft="#E6DDF2",
    on_accent_soft="#45306E",
    error="#A2362A",
    error_soft="#F6E3DE",
    success="#2E6943",
    weak="#C0583F",
    fair="#A8721C",
    good="#5F8233",
    strong="#3F7A52",
    track="#E6DED4",
)

DARK = Colors(
    window="#1E1A18",
    surface="#2A2421",
    sidebar="#24201D",
    border="#433A34",
    text="#EEE7DF",
    muted="#B5AA9F",
    accent="#C3ADEE",
    accent_hover="#D2C2F4",
    on_accent="#1E1A18",
    accent_soft="#3B3248",
    on_accent_soft="#E2D7F8",
    error="#F2A596",
    error_soft="#3E2622",
    success="#93C9A2",
    weak="#E07B62",
    fair="#E0AE5C",
    good="#A9C27A",
    strong="#7FBF92",
    track="#3A322D",
)


def colors_for(scheme: Scheme) -> Colors:
    return DARK if scheme == "dark" else LIGHT


def resolve(choice: ThemeChoice, system: Qt.ColorScheme) -> Scheme:
    """The scheme to show: the person's choice, or the platform's when they chose "system"."""
    if choice == "system":
        return "dark" if system == Qt.ColorScheme.Dark else "light"
    return choice


def palette(c: Colors) -> QPalette:
    """A QPalette matching the style sheet, for anything the style sheet does not reach."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: c.sidebar,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.PlaceholderText: c.muted,
        QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.BrightText: c.error,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.LinkVisited: c.accent,
        QPalette.ColorRole.Mid: c.border,
        QPalette.ColorRole.Midlight: c.track,
        QPalette.ColorRole.Light: c.surface,
        QPalette.ColorRole.Dark: c.border,
        QPalette.ColorRole.Shadow: c.border,
        QPalette.ColorRole.Accent: c.accent,
    }
    for role, value in roles.items():
        p.setColor(role, QColor(value))
    disabled = QColor(c.muted)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def stylesheet(c: Colors, body_point_size: float = MIN_BODY_POINT_SIZE) -> str:
    """The app's style sheet. Widgets opt into styles with the dynamic property `role`.

    Titles and headings are sized against the body text, so a larger system font makes
    them larger too (at the smallest body size they are the sizes written below)."""
    values: dict[str, object] = {f.name: getattr(c, f.name) for f in fields(c)}
    scale = max(body_point_size, MIN_BODY_POINT_SIZE) / MIN_BODY_POINT_SIZE
    for size in _FONT_SIZES:
        values["pt_" + str(size).replace(".", "_")] = round(size * scale, 1)
    return _QSS.format(**values) + _step_arrows(c)


def _step_arrows(c: Colors) -> str:
    """The up and down arrows of spin boxes and time fields. A style sheet that shapes
    these fields draws their arrows only from images: resources/icons/arrows holds them
    in each theme's muted colour (tests/ui/test_theme.py checks they match)."""
    folder = icons_folder()
    if folder is None:
        return ""  # no arrows; the arrow keys and typing still work
    scheme = "dark" if c == DARK else "light"
    fields = ("QTimeEdit", "QSpinBox", "QDoubleSpinBox")
    rules = []
    for direction in ("up", "down"):
        image = (folder / "arrows" / f"{direction}-{scheme}.svg").as_posix()
        selectors = ", ".join(f"{field}::{direction}-arrow" for field in fields)
        rules.append(f'{selectors} {{ image: url("{image}"); width: 10px; height: 6px; }}')
    return "\n".join(rules) + "\n"


# The point sizes of `_QSS` at the smallest body size, for `stylesheet` to scale.
_FONT_SIZES = (11, 11.5, 13, 19, 20)


_QSS = """
QWidget {{ color: {text}; }}
QMainWindow, QDialog, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {window};
}}
QToolTip {{
    background: {surface}; color: {text}; border: 1px solid {border}; padding: 6px;
}}

QLabel[role="title"] {{ font-size: {pt_20}pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {pt_13}pt; font-weight: 600; }}
QLabel[role="lead"] {{ font-size: {pt_11_5}pt; color: {muted}; }}
QLabel[role="muted"] {{ color: {muted}; }}
QLabel[role="error"] {{
    color: {error}; background: {error_soft}; border-radius: 8px; padding: 8px 12px;
}}
QLabel[role="success"] {{ color: {success}; }}
QLabel[role="badge"] {{
    color: {on_accent_soft}; background: {accent_soft}; border-radius: 12px; padding: 6px 14px;
}}
QLabel[role="keygroup"] {{
    font-size: {pt_20}pt; font-weight: 600; letter-spacing: 2px;
    background: {surface}; border: 1px solid {border}; border-radius: 10px;
    padding: 10px 16px;
}}
QLabel[role="hint"] {{
    color: {on_accent_soft}; background: {accent_soft}; border: 1px solid {accent};
    border-radius: 10px; padding: 10px 14px; font-weight: 600;
}}
QLabel[role="path"] {{
    background: {surface}; border: 1px solid {border}; border-radius: 8px; padding: 8px 10px;
}}

QFrame[role="card"] {{
    background: {surface}; border: 1px solid {border}; border-radius: 14px;
}}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame[role="rule"] {{ background: {border}; border: none; max-height: 1px; }}

QPushButton {{
    background: {surface}; color: {text}; border: 1px solid {border};
    border-radius: 10px; padding: 9px 18px; min-height: 20px;
}}
QPushButton:hover {{ border-color: {accent}; }}
QPushButton:focus {{ border: 2px solid {accent}; padding: 8px 17px; }}
QPushButton:disabled {{ color: {muted}; background: {window}; }}
QPushButton[role="primary"] {{
    background: {accent}; color: {on_accent}; border: 1px solid {accent}; font-weight: 600;
}}
QPushButton[role="primary"]:hover {{ background: {accent_hover}; border-color: {accent_hover}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {on_accent_soft}; padding: 8px 17px; }}
QPushButton[role="primary"]:disabled {{
    background: {track}; color: {muted}; border-color: {track};
}}
QPushButton[role="link"] {{
    background: transparent; border: none; color: {accent}; padding: 4px 2px;
    text-align: left;
}}
QPushButton[role="link"]:hover {{ text-decoration: underline; }}
QPushButton[role="link"]:focus {{ border: none; text-decoration: underline; padding: 4px 2px; }}
QPushButton[role="sidebar"] {{
    background: transparent; border: none; text-align: left; padding: 9px 17px;
    color: {text}; border-radius: 8px;
}}
QPushButton[role="sidebar"]:hover {{ background: {accent_soft}; color: {on_accent_soft}; }}
QPushButton[role="sidebar"]:focus {{
    border: 2px solid {accent}; padding: 7px 15px;
}}

QLineEdit, QComboBox {{
    background: {surface}; color: {text}; border: 1px solid {border};
    border-radius: 10px; padding: 8px 12px; min-height: 20px;
    selection-background-color: {accent}; selection-color: {on_accent};
    lineedit-password-character: 8226;
}}
QLineEdit:focus, QComboBox:focus {{
    border: 2px solid {accent}; padding: 7px 11px;
}}
QLineEdit:disabled {{ color: {muted}; background: {window}; }}
QLineEdit[role="key"] {{ font-size: {pt_13}pt; letter-spacing: 1px; }}
QComboBox {{ padding-right: 36px; }}
QComboBox:focus {{ padding-right: 35px; }}
QComboBox::drop-down {{ border: none; width: 32px; }}
QComboBox::down-arrow {{ image: none; width: 0; height: 0; }}
QComboBox QAbstractItemView {{
    background: {surface}; color: {text}; border: 1px solid {border};
    selection-background-color: {accent_soft}; selection-color: {on_accent_soft};
    padding: 4px;
}}

QToolButton[role="reveal"] {{
    background: transparent; border: none; color: {accent}; padding: 4px 8px;
}}
QToolButton[role="reveal"]:focus {{ text-decoration: underline; }}

QProgressBar {{
    background: {track}; border: none; border-radius: 3px; max-height: 6px; min-height: 6px;
}}
QProgressBar::chunk {{ background: {accent}; border-radius: 3px; }}
QFrame[role="meter"] {{ background: {track}; border: none; border-radius: 2px; }}
QFrame[role="meter"][level="1"] {{ background: {weak}; }}
QFrame[role="meter"][level="2"] {{ background: {fair}; }}
QFrame[role="meter"][level="3"] {{ background: {good}; }}
QFrame[role="meter"][level="4"] {{ background: {strong}; }}

QWidget#Sidebar {{ background: {sidebar}; }}
QWidget#Sidebar QLabel {{ background: transparent; }}
QListView#Sections {{
    background: transparent; border: none; outline: none; padding: 0;
}}
QListView#Sections::item {{
    padding: 0 14px; margin: 1px 0; border-radius: 8px; color: {text};
}}
QListView#Sections::item:hover {{ background: {track}; }}
QListView#Sections::item:selected {{
    background: {accent_soft}; color: {on_accent_soft}; font-weight: 600;
}}
QListView#Sections:focus {{ outline: none; }}

QFrame#Notice {{
    background: {accent_soft}; border-radius: 10px;
}}
QFrame#Notice QLabel {{ color: {on_accent_soft}; background: transparent; }}

/* -- the journal ----------------------------------------------------------------- */
QLabel[role="field-label"] {{ color: {muted}; padding-top: 5px; }}
QLabel[role="empty"] {{ color: {muted}; font-size: {pt_11}pt; padding: 8px; }}
QLabel[role="card-heading"] {{ font-weight: 600; color: {text}; }}
QLabel[role="error-text"] {{ color: {error}; }}

QLineEdit[role="entry-title"] {{
    background: transparent; border: none; padding: 2px 0; font-size: {pt_19}pt; font-weight: 600;
}}
QLineEdit[role="entry-title"]:focus {{ border: none; padding: 2px 0; }}
QPlainTextEdit[role="body"] {{
    background: transparent; border: none; color: {text};
    selection-background-color: {accent_soft}; selection-color: {on_accent_soft};
}}
QLineEdit[role="search"] {{ padding: 7px 12px; }}
QLineEdit[role="search"]:focus {{ padding: 6px 11px; }}
QLineEdit[role="inline"] {{
    background: transparent; border: none; border-radius: 0; padding: 3px 2px; min-height: 18px;
}}
QLineEdit[role="inline"]:focus {{
    border: none; border-bottom: 2px solid {accent}; padding: 3px 2px 1px 2px;
}}

QDateEdit, QTimeEdit, QSpinBox, QDoubleSpinBox {{
    background: {surface}; color: {text}; border: 1px solid {border};
    border-radius: 10px; padding: 7px 10px; min-height: 20px;
    selection-background-color: {accent}; selection-color: {on_accent};
}}
QDateEdit:focus, QTimeEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus {{
    border: 2px solid {accent}; padding: 6px 9px;
}}
QDateEdit::drop-down {{ border: none; width: 18px; }}
QDateEdit::down-arrow {{ width: 7px; height: 7px; }}
QTimeEdit, QSpinBox, QDoubleSpinBox {{ padding-right: 28px; }}
QTimeEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus {{ padding-right: 27px; }}
QTimeEdit::up-button, QSpinBox::up-button, QDoubleSpinBox::up-button,
QTimeEdit::down-button, QSpinBox::down-button, QDoubleSpinBox::down-button {{
    border: none; width: 24px; background: transparent;
}}

QComboBox[role="property"], QDateEdit[role="property"], QToolButton[role="property"] {{
    background: {surface}; color: {text}; border: 1px solid {border};
    border-radius: 8px; padding: 4px 10px; min-height: 20px;
}}
QComboBox[role="property"] {{ padding-right: 24px; }}
QComboBox[role="property"]::drop-down {{ width: 22px; }}
QComboBox[role="property"]:focus, QDateEdit[role="property"]:focus,
QToolButton[role="property"]:focus {{ border: 2px solid {accent}; padding: 3px 9px; }}
QComboBox[role="property"]:focus {{ padding-right: 23px; }}
QToolButton[role="property"]:hover, QComboBox[role="property"]:hover,
QDateEdit[role="property"]:hover {{ border-color: {accent}; }}
QToolButton[role="property"]::menu-indicator {{ image: none; width: 0; }}

QPushButton[role="quiet"], QToolButton[role="quiet"] {{
    background: transparent; border: none; color: {muted}; padding: 6px 10px;
    border-radius: 8px;
}}
QPushButton[role="quiet"]:hover, QToolButton[role="quiet"]:hover {{
    background: {track}; color: {text};
}}
QPushButton[role="quiet"]:checked {{ background: {accent_soft}; color: {on_accent_soft}; }}
QPushButton[role="quiet"]:focus, QToolButton[role="quiet"]:focus {{
    border: 2px solid {accent}; padding: 4px 8px;
}}
QPushButton[role="quiet"]:disabled {{ color: {muted}; background: transparent; }}
QToolButton[role="quiet"]::menu-indicator {{ image: none; width: 0; }}
QPushButton[role="danger"] {{
    background: {error}; color: {on_accent}; border: 1px solid {error}; font-weight: 600;
}}
QPushButton[role="danger"]:focus {{ border: 2px solid {text}; padding: 8px 17px; }}

QWidget[role="chip"], QWidget[role="chip-feeling"] {{
    background: {accent_soft}; border-radius: 12px;
}}
QWidget[role="chip"] QLabel, QWidget[role="chip-feeling"] QLabel {{
    color: {on_accent_soft}; background: transparent;
}}
QWidget[role="chip-fixed"] {{ background: {track}; border-radius: 12px; }}
QWidget[role="chip-fixed"] QLabel {{ color: {text}; background: transparent; }}
QToolButton[role="chip-remove"] {{
    background: transparent; border: none; color: {on_accent_soft}; padding: 0 4px;
    font-size: {pt_11}pt;
}}
QToolButton[role="chip-remove"]:hover {{ color: {text}; }}
QToolButton[role="chip-remove"]:focus {{ border: 1px solid {accent}; border-radius: 6px; }}
QPushButton[role="toggle-chip"] {{
    background: {surface}; color: {text}; border: 1px solid {border};
    border-radius: 13px; padding: 4px 12px; min-height: 16px;
}}
QPushButton[role="toggle-chip"]:hover {{ border-color: {accent}; }}
QPushButton[role="toggle-chip"]:checked {{
    background: {accent_soft}; color: {on_accent_soft}; border-color: {accent};
}}
QPushButton[role="toggle-chip"]:focus {{ border: 2px solid {accent}; padding: 3px 11px; }}
QFrame[role="chip-bar"] {{ background: {accent_soft}; border-radius: 10px; }}
QFrame[role="chip-bar"] QLabel {{ color: {on_accent_soft}; background: transparent; }}

QListView#EntryList {{ background: transparent; border: none; outline: none; }}
QListView#TagList {{
    background: {surface}; border: 1px solid {border}; border-radius: 10px; padding: 4px;
    outline: none;
}}
QListView#TagList::item {{ padding: 6px 8px; border-radius: 6px; }}
QListView#TagList::item:selected {{ background: {accent_soft}; color: {on_accent_soft}; }}
QSplitter::handle {{ background: {border}; }}
QTreeView#Shortcuts {{
    background: {surface}; border: 1px solid {border}; border-radius: 10px; padding: 6px;
    outline: none;
}}
QTreeView#Shortcuts::item {{ padding: 5px 8px; border: none; }}
QTreeView#Shortcuts::item:selected {{ background: {accent_soft}; color: {on_accent_soft}; }}
QTreeView#Shortcuts:focus {{ border: 2px solid {accent}; padding: 5px; }}

QMenuBar {{ background: {window}; color: {text}; border-bottom: 1px solid {border}; }}
QMenuBar::item {{ background: transparent; padding: 4px 10px; border-radius: 6px; }}
QMenuBar::item:selected {{ background: {accent_soft}; color: {on_accent_soft}; }}
QMenu {{
    background: {surface}; color: {text}; border: 1px solid {border}; padding: 4px;
}}
QMenu::item:disabled {{ color: {muted}; }}
QMenu::item {{ padding: 6px 28px 6px 24px; border-radius: 6px; }}
QMenu::item:selected {{ background: {accent_soft}; color: {on_accent_soft}; }}
QMenu::separator {{ height: 1px; background: {border}; margin: 4px 8px; }}
QMenu::indicator {{ width: 12px; height: 12px; left: 6px; }}

QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: transparent; }}
QCalendarWidget QToolButton {{
    background: transparent; color: {text}; border: none; border-radius: 8px;
    padding: 4px 8px; font-weight: 600;
}}
QCalendarWidget QToolButton:hover {{ background: {track}; }}
QCalendarWidget QToolButton::menu-indicator {{ image: none; width: 0; }}
QCalendarWidget QSpinBox {{ padding: 2px 6px; min-height: 16px; }}
QCalendarWidget QAbstractItemView {{
    background: transparent; color: {text}; outline: none;
    selection-background-color: {accent}; selection-color: {on_accent};
}}
QCalendarWidget QAbstractItemView:disabled {{ color: {muted}; }}
QCalendarWidget#JournalCalendar {{
    background: {surface}; border: 1px solid {border}; border-radius: 14px;
}}

QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {border}; border-radius: 4px; min-height: 30px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
"""


INDICATOR_SIZE = 16
SPIN_TEXT_INDENT = 11
_INDICATOR_METRICS = (
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)


class ClearIndicators(QProxyStyle):
    """Fusion, with check boxes and radio buttons that are clearly visible in both themes.

    Fusion outlines an unticked box in a shade of the window colour, which all but
    disappears on the dark theme. These are drawn from the palette instead: a muted
    outline (at least 3:1 against the background, as WCAG asks of controls), and the
    accent with a tick or dot once chosen. A style rather than style-sheet rules, because
    style-sheet indicators need image files for the tick.
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in _INDICATOR_METRICS:
            return INDICATOR_SIZE  # a little larger than Fusion's, easier to see and hit
        return super().pixelMetric(metric, option, widget)

    def polish(self, target: Any) -> None:
        # A style sheet's left padding does not move a spin box's text (Qt places its
        # field at the border): indent it to line up with the other fields' text. Date
        # fields are left alone: they size themselves to their text.
        if isinstance(target, QSpinBox | QDoubleSpinBox | QTimeEdit):
            field = target.findChild(QLineEdit)
            if field is not None:
                field.setTextMargins(SPIN_TEXT_INDENT, 0, 0, 0)
        super().polish(target)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        kinds = {
            QStyle.PrimitiveElement.PE_IndicatorCheckBox: "box",
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck: "box",
            QStyle.PrimitiveElement.PE_IndicatorRadioButton: "round",
        }
        kind = kinds.get(element)
        if kind is None:
            super().drawPrimitive(element, option, painter, widget)
            return
        _draw_indicator(kind, option, painter)



def _draw_indicator(kind: str, option: QStyleOption, painter: QPainter) -> None:
    state = option.state
    palette = option.palette
    enabled = bool(state & QStyle.StateFlag.State_Enabled)
    on = bool(state & QStyle.StateFlag.State_On)
    partly = bool(state & QStyle.StateFlag.State_NoChange)
    hovered = bool(state & QStyle.StateFlag.State_MouseOver) and enabled
    group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
    accent = palette.color(group, QPalette.ColorRole.Highlight)
    outline = palette.color(group, QPalette.ColorRole.PlaceholderText)
    if hovered or ((on or partly) and enabled):
        outline = accent
    side = min(option.rect.width(), option.rect.height()) - 2
    box = QRectF(0, 0, side, side)
    box.moveCenter(QRectF(option.rect).center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Thick enough that some pixels are the outline colour itself, not a blur of it.
    painter.setPen(QPen(outline, 2.5 if kind == "round" else 2))
    filled = (on or partly) and enabled
    painter.setBrush(accent if filled else palette.color(group, QPalette.ColorRole.Base))
    inner = box.adjusted(1, 1, -1, -1)
    if kind == "round":
        painter.drawEllipse(inner)
    else:
        painter.drawRoundedRect(inner, 3, 3)
    mark = palette.color(
        group, QPalette.ColorRole.HighlightedText if filled else QPalette.ColorRole.Text
    )
    if kind == "round" and on:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mark)
        painter.drawEllipse(box.center(), side * 0.2, side * 0.2)
    elif partly:
        painter.setPen(
            QPen(mark, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        )
        y = box.center().y()
        painter.drawLine(
            QPointF(box.left() + side * 0.28, y), QPointF(box.right() - side * 0.28, y)
        )
    elif on:
        painter.setPen(
            QPen(mark, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        tick = QPainterPath(QPointF(box.left() + side * 0.25, box.top() + side * 0.52))
        tick.lineTo(box.left() + side * 0.43, box.top() + side * 0.7)
        tick.lineTo(box.left() + side * 0.76, box.top() + side * 0.32)
        painter.drawPath(tick)
    painter.restore()


class Appearance(QObject):
    """Applies the chosen theme to the application and follows the system when asked to."""

    changed = Signal(str)  # the scheme now showing: "light" or "dark"

    def __init__(self, app: QApplication, choice: ThemeChoice = "system") -> None:
        super().__init__(app)
        self._app = app
        self._choice: ThemeChoice = choice
        self._scheme: Scheme | None = None
        # The style sheet is written against Fusion on every platform.
        app.setStyle(ClearIndicators())  # the application owns its style from here
        font = QFont(app.font())
        if font.pointSizeF() < MIN_BODY_POINT_SIZE:
            font.setPointSizeF(MIN_BODY_POINT_SIZE)
            app.setFont(font)
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self._apply()

    @property
    def choice(self) -> ThemeChoice:
        return self._choice

    @property
    def scheme(self) -> Scheme:
        return resolve(self._choice, self._app.styleHints().colorScheme())

    @property
    def colors(self) -> Colors:
        return colors_for(self.scheme)

    def set_choice(self, choice: ThemeChoice) -> None:
        self._choice = choice
        self._apply()

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice == "system":
            self._apply()

    def _apply(self) -> None:
        scheme = self.scheme
        if scheme == self._scheme:
            return
        self._scheme = scheme
        c = colors_for(scheme)
        self._app.setPalette(palette(c))
        self._app.setStyleSheet(stylesheet(c, self._app.font().pointSizeF()))
        self.changed.emit(scheme)


def text_scale(font: QFont) -> float:
    """How much larger than the usual body text `font` is; 1 at the usual size or below."""
    size = font.pointSizeF()
    return max(1.0, size / MIN_BODY_POINT_SIZE) if size > 0 else 1.0


def scaled(pixels: int, font: QFont) -> int:
    """A size in pixels written for the usual text size, grown with larger text, so rows
    and columns measured in pixels still hold their words."""
    return round(pixels * text_scale(font))


def set_role(widget: QWidget, role: str) -> None:
    """Tags a widget for the style sheet (see `role` selectors above)."""
    widget.setProperty("role", role)


def repolish(widget: QWidget) -> None:
    """Re-applies the style sheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
