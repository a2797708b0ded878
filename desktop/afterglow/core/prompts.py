"""Prompts to write from: Afterglow's library, the person's own, and the prompt of the day.

The prompt of the day is chosen from the built-in library only, so the same date always
shows the same prompt, whatever the person adds. The library is split into two halves
that take turns, one cycle of days each; each cycle is shuffled by its number. A prompt
therefore never returns within a cycle's length (30 days for 60 prompts) and the order
differs from one cycle to the next.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from afterglow.core.errors import InvalidPrompt, PromptNotFound
from afterglow.core.integration_store import PromptStore
from afterglow.core.journal import Clock, ImportCounts, local_now
from afterglow.core.prompt import (
    OwnPrompt,
    Prompt,
    PromptCategory,
    validate_own_prompt,
    validate_prompt_text,
)
from afterglow.core.prompt_library import BUILTIN_PROMPTS

_BUILTIN_BY_ID = {prompt.id: prompt for prompt in BUILTIN_PROMPTS}


def prompt_of_the_day(day: date, library: tuple[Prompt, ...] = BUILTIN_PROMPTS) -> Prompt:
    """The same prompt for the same date, on any computer, in any year."""
    cycle_length = len(library) // 2
    if cycle_length < 1:
        return library[day.toordinal() % len(library)]
    cycle, position = divmod(day.toordinal(), cycle_length)
    half = sorted(library, key=lambda p: p.id)[cycle % 2 :: 2]
    # A string seed gives the same sequence in every process (it is hashed with SHA-512).
    order = random.Random(f"afterglow prompt cycle {cycle}").sample(half, len(half))
    return order[position]


def _category(value: PromptCategory | str | None) -> PromptCategory | None:
    if value is None:
        return None
    try:
        return PromptCategory(value)
    except ValueError:
        raise InvalidPrompt("category", "must be one of " + ", ".join(PromptCategory)) from None


_Prompts = list[Prompt]


class Prompts:
    """The prompt library and the person's own prompts (kept in the vault)."""

    def __init__(self, store: PromptStore, clock: Clock = local_now) -> None:
        self._store = store
        self._clock = clock

    def builtin(self, category: PromptCategory | None = None) -> _Prompts:
        return [p for p in BUILTIN_PROMPTS if category is None or p.category == category]

    def own(self) -> _Prompts:
        """The person's own prompts, oldest first."""
        return self._store.prompts()

    def own_dated(self) -> list[OwnPrompt]:
        """The person's own prompts with when each was written, oldest first."""
        return self._store.dated_prompts()

    def all(self, category: PromptCategory | None = None) -> _Prompts:
        """The person's own prompts first, then the library's; by category if given."""
        own = [p for p in self.own() if category is None or p.category == category]
        return own + self.builtin(category)

    def get(self, prompt_id: str) -> Prompt:
        prompt = _BUILTIN_BY_ID.get(prompt_id) or self._store.get(prompt_id)
        if prompt is None:
            raise PromptNotFound(f"No prompt has the id {prompt_id}.")
        return prompt

    def of_the_day(self, day: date | None = None) -> Prompt:
        return prompt_of_the_day(day or self._clock().date())

    def add(self, text: str, category: PromptCategory | str | None = None) -> Prompt:
        prompt = Prompt(str(uuid.uuid4()), validate_prompt_text(text), _category(category))
        with self._store.transaction():
            self._store.insert(prompt, self._clock())
        return prompt

    def edit(
        self, prompt_id: str, text: str, category: PromptCategory | str | None = None
    ) -> Prompt:
        with self._store.transaction():
            prompt = self._own(prompt_id)
            prompt = replace(prompt, text=validate_prompt_text(text), category=_category(category))
            self._store.replace(prompt)
        return prompt

    def delete(self, prompt_id: str) -> None:
        """Deletes one of the person's own prompts; entries written from it keep its text."""
        with self._store.transaction():
            self._own(prompt_id)
            self._store.delete(prompt_id)

    def import_prompts(self, prompts: Sequence[OwnPrompt]) -> ImportCounts:
        """Adds own prompts from an export, in the file's order; one already here (by id) is
        left as it is."""
        unique = list({p.id: validate_own_prompt(p) for p in prompts}.values())
        with self._store.transaction():
            added = [p for p in unique if self._store.get(p.id) is None]
            for own in added:
                self._store.insert(own.prompt, own.created_at)
        return ImportCounts(added=len(added), unchanged=len(unique) - len(added))

    def _own(self, prompt_id: str) -> Prompt:
        if prompt_id in _BUILTIN_BY_ID:
            raise InvalidPrompt("id", "belongs to Afterglow's library, which cannot be changed")
        prompt = self._store.get(prompt_id)
        if prompt is None:
            raise PromptNotFound(f"No prompt has the id {prompt_id}.")
        return prompt
