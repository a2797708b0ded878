"""Themes: switching applies, "system" follows the platform, and text stays readable."""

from __future__ import annotations

from dataclasses import fields
from typing import Literal

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QStyleOptionSpinBox,
    QTimeEdit,
)
from pytestqt.qtbot import QtBot

from afterglow.ui.theme import DARK, LIGHT, Appearance, Colors, resolve, stylesheet


def contrast(foreground: str, background: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


TEXT_ON = [
    ("text", "window"),
    ("text", "surface"),
    ("text", "sidebar"),
    ("muted", "window"),
    ("muted", "surface"),
    ("muted", "sidebar"),
    ("accent", "window"),
    ("accent", "surface"),
    ("on_accent", "accent"),
    ("on_accent", "accent_hover"),
    ("on_accent_soft", "accent_soft"),
    ("error", "error_soft"),
    ("success", "surface"),
    ("muted", "track"),
]


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_text_meets_wcag_aa(colors: Colors) -> None:
    for foreground, background in TEXT_ON:
        ratio = contrast(getattr(colors, foreground), getattr(colors, background))
        assert ratio >= 4.5, f"{foreground} on {background}: {ratio:.2f}"
    for level in ("weak", "fair", "good", "strong"):  # meter segments: non-text, 3:1
        assert contrast(getattr(colors, level), colors.window) >= 3.0, level


def test_every_colour_is_used_by_the_style_sheet() -> None:
    qss = stylesheet(LIGHT)
    unused = [f.name for f in fields(LIGHT) if getattr(LIGHT, f.name) not in qss]
    assert unused == []


def test_switching_theme_applies_palette_and_style_sheet(qapp: QApplication, qtbot: QtBot) -> None:
    appearance = Appearance(qapp, "light")
    assert qapp.palette().color(QPalette.ColorRole.Window).name().upper() == LIGHT.window
    with qtbot.waitSignal(appearance.changed) as changed:
        appearance.set_choice("dark")
    assert changed.args == ["dark"]
    assert qapp.palette().color(QPalette.ColorRole.Window).name().upper() == DARK.window
    assert qapp.palette().color(QPalette.ColorRole.Text).name().upper() == DARK.text
    assert DARK.accent in qapp.styleSheet()
    appearance.set_choice("light")
    appearance.deleteLater()


def test_system_follows_the_platform() -> None:
    assert resolve("system", Qt.ColorScheme.Dark) == "dark"
    assert resolve("system", Qt.ColorScheme.Light) == "light"
    assert resolve("system", Qt.ColorScheme.Unknown) == "light"
    assert resolve("dark", Qt.ColorScheme.Light) == "dark"
    assert resolve("light", Qt.ColorScheme.Dark) == "light"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_unticked_boxes_and_radio_buttons_stand_out(
    qapp: QApplication, qtbot: QtBot, scheme: Literal["light", "dark"]
) -> None:
    """The outline of an empty check box or radio button is a control boundary: WCAG asks
    for 3:1 against what is around it (Fusion's own outline all but vanishes in the dark)."""
    appearance = Appearance(qapp, scheme)
    colors = appearance.colors
    for control, element in (
        (QCheckBox("Private"), QStyle.SubElement.SE_CheckBoxIndicator),
        (QRadioButton("Weekly"), QStyle.SubElement.SE_RadioButtonIndicator),
    ):
        qtbot.addWidget(control)
        control.show()
        qtbot.waitExposed(control)
        image = control.grab().toImage()
        option = QStyleOptionButton()
        control.initStyleOption(option)  # type: ignore[attr-defined]
        box = control.style().subElementRect(element, option, control)
        ratios = [
            contrast(image.pixelColor(x, y).name().upper(), colors.window)
            for x in range(box.left(), box.right() + 1)
            for y in range(box.top(), box.bottom() + 1)
        ]
        assert max(ratios) >= 3.0, f"{type(control).__name__} in {scheme}: {max(ratios):.2f}"
    appearance.set_choice("light")
    appearance.deleteLater()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_spin_boxes_and_time_fields_show_their_step_arrows(
    qapp: QApplication, qtbot: QtBot, scheme: Literal["light", "dark"]
) -> None:
    """The style sheet rounds these fields, after which Qt draws their arrows only from
    images: each arrow must be there, drawn in the theme's muted colour."""
    appearance = Appearance(qapp, scheme)
    muted = appearance.colors.muted
    fields: list[QAbstractSpinBox] = [QTimeEdit(QTime(20, 0)), QSpinBox(), QDoubleSpinBox()]
    for field in fields:
        qtbot.addWidget(field)
        field.resize(200, field.sizeHint().height())
        field.show()
        qtbot.waitExposed(field)
        # The text starts where other fields' text does, not at the border.
        text = field.findChild(QLineEdit)
        assert text is not None and text.textMargins().left() > 0
        image = field.grab().toImage()
        option = QStyleOptionSpinBox()
        field.initStyleOption(option)  # type: ignore[attr-defined]
        for button in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
            area = field.style().subControlRect(
                QStyle.ComplexControl.CC_SpinBox, option, button, field
            )
            assert not area.isEmpty(), (type(field).__name__, button)
            ratios = [
                contrast(image.pixelColor(x, y).name().upper(), appearance.colors.surface)
                for x in range(area.left(), area.right() + 1)
                for y in range(area.top(), area.bottom() + 1)
            ]
            # Anti-aliased strokes: the darkest pixel is close to the muted colour itself.
            best = max(ratios)
            assert best >= 0.8 * contrast(muted, appearance.colors.surface), (
                type(field).__name__,
                button,
                scheme,
                best,
            )
    appearance.set_choice("light")
    appearance.deleteLater()
