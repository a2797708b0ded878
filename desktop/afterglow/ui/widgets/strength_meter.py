"""A four-step strength meter with zxcvbn's verdict and advice, in words."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from afterglow.core.passphrase import MINIMUM_LENGTH, PassphraseStrength
from afterglow.ui.theme import repolish, set_role
from afterglow.ui.widgets.page import text_label


class StrengthMeter(QWidget):
    """Shows how hard a passphrase would be to guess. It advises; it never forbids."""

    SEGMENTS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments: list[QFrame] = []
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for _ in range(self.SEGMENTS):
            segment = QFrame()
            segment.setFixedHeight(6)
            set_role(segment, "meter")
            segment.setProperty("level", "0")
            bar.addWidget(segment)
            self._segments.append(segment)
        self.verdict = text_label("", "muted")
        self.advice = text_label("", "muted")
        self.advice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.verdict)
        layout.addWidget(self.advice)
        self.setAccessibleName(self.tr("Passphrase strength"))
        self.show_strength(None)

    def show_strength(self, strength: PassphraseStrength | None) -> None:
        if strength is None:
            filled, level = 0, 0
            verdict = self.tr(
                "Use at least %n characters; a few unrelated words work well.", "", MINIMUM_LENGTH
            )
            advice = ""
        else:
            # zxcvbn scores 0 to 4; an empty bar would look like nothing was typed, so 0 shows 1.
            filled = max(strength.score, 1)
            level = filled
            verdict = self.tr("Strength: %1").replace("%1", self._label(strength.score))
            advice = " ".join(part for part in (strength.warning, *strength.suggestions) if part)
        for i, segment in enumerate(self._segments):
            segment.setProperty("level", str(level if i < filled else 0))
            repolish(segment)
        self.verdict.setText(verdict)
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))
        self.setAccessibleDescription(" ".join(p for p in (verdict, advice) if p))

    def _label(self, score: int) -> str:
        return (
            self.tr("very weak"),
            self.tr("weak"),
            self.tr("fair"),
            self.tr("strong"),
            self.tr("very strong"),
        )[max(0, min(score, 4))]
