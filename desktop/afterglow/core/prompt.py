"""A journaling prompt: one of Afterglow's own, or one the person wrote."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from afterglow.core.errors import InvalidPrompt
from afterglow.core.record_rules import check_text

MAX_PROMPT_TEXT = 2_000  # as long as an entry's `prompt` may be


class PromptCategory(StrEnum):
    MEANING = "meaning"
    EMOTIONS = "emotions"
    RELATIONSHIPS = "relationships"
    BODY = "body"
    SELF_COMPASSION = "self_compassion"
    GRATITUDE = "gratitude"


@dataclass(frozen=True)
class Prompt:
    """`id` is a short name (`meaning-3`) for built-in prompts and a UUID for one's own."""

    id: str
    text: str
    category: PromptCategory | None = None
    builtin: bool = False


def validate_prompt_text(text: str) -> str:
    """The text trimmed, or `InvalidPrompt` if it could not be a prompt."""
    check_text(InvalidPrompt, "text", text, MAX_PROMPT_TEXT)
    text = text.strip()
    if not text:
        raise InvalidPrompt("text", "cannot be empty")
    return text
