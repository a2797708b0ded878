"""Words for feelings, grouped the way mood meters group them: pleasant or unpleasant,
with high or low energy. People may also use their own words; these are suggestions.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from enum import StrEnum

from afterglow.core.errors import InvalidEntry

MAX_EMOTION_LENGTH = 40
MAX_EMOTIONS = 50


class Quadrant(StrEnum):
    PLEASANT_HIGH_ENERGY = "pleasant_high_energy"
    PLEASANT_LOW_ENERGY = "pleasant_low_energy"
    UNPLEASANT_HIGH_ENERGY = "unpleasant_high_energy"
    UNPLEASANT_LOW_ENERGY = "unpleasant_low_energy"

    @property
    def pleasant(self) -> bool:
        return self.value.startswith("pleasant")

    @property
    def high_energy(self) -> bool:
        return self.value.endswith("high_energy")


VOCABULARY: dict[Quadrant, tuple[str, ...]] = {
    Quadrant.PLEASANT_HIGH_ENERGY: (
        "joyful", "excited", "hopeful", "inspired", "energised", "curious",
        "proud", "playful", "elated", "awe", "grateful", "confident",
        "enthusiastic", "connected", "alive",
    ),
    Quadrant.PLEASANT_LOW_ENERGY: (
        "calm", "peaceful", "content", "relaxed", "safe", "tender",
        "accepting", "relieved", "grounded", "loved", "serene", "open",
        "reflective", "at ease", "compassionate",
    ),
    Quadrant.UNPLEASANT_HIGH_ENERGY: (
        "anxious", "angry", "afraid", "overwhelmed", "frustrated", "restless",
        "irritated", "stressed", "panicked", "jealous", "ashamed", "defensive",
        "agitated", "worried", "resentful",
    ),
    Quadrant.UNPLEASANT_LOW_ENERGY: (
        "sad", "tired", "lonely", "numb", "disconnected", "hopeless",
        "empty", "grieving", "disappointed", "bored", "guilty", "drained",
        "discouraged", "hurt", "withdrawn",
    ),
}  # fmt: skip

_QUADRANT_OF = {word: quadrant for quadrant, words in VOCABULARY.items() for word in words}


def quadrant_of(word: str) -> Quadrant | None:
    """Where a vocabulary word sits; None for the person's own words."""
    return _QUADRANT_OF.get(word)


def normalize_emotion(text: str) -> str:
    """Lower-case, single-spaced, NFC; any word of the person's own is welcome."""
    word = " ".join(unicodedata.normalize("NFC", text).lower().split())
    if not word:
        raise InvalidEntry("emotions", "cannot include an empty word")
    if not all(ch.isprintable() for ch in word):
        raise InvalidEntry("emotions", "must be printable words")
    if len(word) > MAX_EMOTION_LENGTH:
        raise InvalidEntry("emotions", f"can each be at most {MAX_EMOTION_LENGTH} characters long")
    return word


def normalize_emotions(texts: Iterable[str]) -> tuple[str, ...]:
    """Normalised words in the order given, each once."""
    words = tuple(dict.fromkeys(normalize_emotion(text) for text in texts))
    if len(words) > MAX_EMOTIONS:
        raise InvalidEntry("emotions", f"can list at most {MAX_EMOTIONS} words")
    return words
