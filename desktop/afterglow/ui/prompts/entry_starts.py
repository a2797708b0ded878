"""What a new entry starts with when it comes from a prompt or a guide.

Plain data for the Journal's editor (`DraftContent`); the entry is only created once the
person writes something in it.
"""

from __future__ import annotations

from datetime import date

from afterglow.core.entries import EntryKind
from afterglow.core.guides import PromptSet, template
from afterglow.core.prompt import Prompt
from afterglow.ui.journal.draft import DraftContent


def from_prompt(prompt: Prompt, day: date) -> DraftContent:
    """A journal entry answering `prompt`; the prompt's words are kept with the entry."""
    return DraftContent(day=day, kind=EntryKind.JOURNAL, prompt=prompt.text)


def from_guide(guide: PromptSet, day: date, session_id: str | None = None) -> DraftContent:
    """An entry of the guide's kind, with one heading per question, linked to a session
    when one is given."""
    start = template(guide)
    return DraftContent(
        day=day, kind=start.kind, title=start.title, body=start.body, session_id=session_id
    )
