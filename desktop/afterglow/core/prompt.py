"""A journaling prompt: one of Afterglow's own, or one the person wrote."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from afterglow.core.errors import InvalidPrompt
from afterglow.core.record_rules import check_id, check_text, check_time

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


@dataclass(frozen=True)
class OwnPrompt:
    """One of the person's own prompts as the journal keeps it, with when it was written
    (what the whole-journal export carries)."""

    id: str
    text: str
    category: PromptCategory | None
    created_at: datetime

    @property
    def prompt(self) -> Prompt:
        return Prompt(self.id, self.text, self.category)


def validate_own_prompt(own: OwnPrompt) -> OwnPrompt:
    """Returns it unchanged if it keeps the rules; raises `InvalidPrompt`."""
    check_id(InvalidPrompt, "id", own.id, optional=False)
    if validate_prompt_text(own.text) != own.text:
        raise InvalidPrompt("text", "must not begin or end with spaces")
    if own.category is not None and not isinstance(own.category, PromptCategory):
        raise InvalidPrompt("category", "must be one of " + ", ".join(PromptCategory))
    check_time(InvalidPrompt, "created_at", own.created_at, optional=False)
    return own
