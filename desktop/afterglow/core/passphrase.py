"""How strong a passphrase is, in words for a person: warnings, never rules."""

from __future__ import annotations

from dataclasses import dataclass

MINIMUM_LENGTH = 10
# zxcvbn refuses longer input; past this length the length alone is plenty.
_ASSESSED_PREFIX = 72


@dataclass(frozen=True)
class PassphraseStrength:
    """zxcvbn's score (0 weakest to 4 strongest) and what to tell the person."""

    score: int
    label: str
    warning: str
    suggestions: tuple[str, ...]
    long_enough: bool

    @property
    def acceptable(self) -> bool:
        """Long enough to be allowed; weaker ones are warned about, not refused."""
        return self.long_enough


_LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


def assess(
    passphrase: str, personal_words: tuple[str, ...] = ("afterglow", "journal")
) -> PassphraseStrength:
    """Scores a passphrase with zxcvbn; the words given count as easy to guess."""
    if not passphrase:
        return PassphraseStrength(0, _LABELS[0], "", (), False)
    # zxcvbn loads its word lists on import (tens of ms): only when a passphrase is assessed.
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_ASSESSED_PREFIX], user_inputs=list(personal_words))
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    warning = str(feedback.get("warning") or "")
    suggestions = tuple(str(s) for s in feedback.get("suggestions") or ())
    long_enough = len(passphrase) >= MINIMUM_LENGTH
    if not long_enough:
        warning = f"Use at least {MINIMUM_LENGTH} characters; a few unrelated words work well."
    return PassphraseStrength(score, _LABELS[score], warning, suggestions, long_enough)
