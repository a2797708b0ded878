"""Guided prompt sets for the intention, the same-day reflection and each check-in, and
the template that turns a set into the Markdown an entry starts from.

The questions are written for Afterglow: warm, open, and never about doses or medicine.
"""

from __future__ import annotations

from dataclasses import dataclass

from afterglow.core.check_ins import CHECK_IN_DAYS, REFLECTION_DAY
from afterglow.core.entries import EntryKind


@dataclass(frozen=True)
class PromptSet:
    """A titled list of questions to answer under their own headings."""

    kind: EntryKind
    title: str
    prompts: tuple[str, ...]


@dataclass(frozen=True)
class EntryTemplate:
    """What a new entry starts with when written from a prompt set."""

    kind: EntryKind
    title: str
    body: str


INTENTION = PromptSet(
    EntryKind.INTENTION,
    "Intention",
    (
        "What I hope to explore",
        "Fears and concerns I'm bringing with me",
        "Who I can talk to afterwards",
        "What soothes me when things feel like a lot",
    ),
)

REFLECTION = PromptSet(
    EntryKind.REFLECTION,
    "Reflection on today's session",
    (
        "What came up as it began",
        "What came up at the peak",
        "What came up on the way back",
        "Body sensations right now",
        "Was my intention met, or did something else ask for attention?",
        "What I want to remember",
    ),
)

_CHECK_IN_PROMPTS: dict[int, tuple[str, ...]] = {
    1: (
        "How I slept, and how I woke up",
        "Body sensations now",
        "What from the session is still with me",
        "What still needs processing",
        "What I want to remember",
    ),
    3: (
        "What has shifted since the session",
        "Body sensations now",
        "Was my intention met?",
        "What still needs processing",
        "What I want to remember",
    ),
    7: (
        "A week on: what feels different in my days",
        "Body sensations now",
        "An insight I'm living with",
        "What still needs processing",
        "What I want to remember",
    ),
    14: (
        "What I have started doing differently",
        "Where old habits have come back",
        "Body sensations now",
        "What still needs processing",
        "What I want to remember",
    ),
    30: (
        "Looking back over the month",
        "What my intention turned into",
        "What has become part of my life",
        "What still needs processing",
        "What I want to carry into what comes next",
    ),
}

CHECK_INS: dict[int, PromptSet] = {
    day: PromptSet(EntryKind.CHECK_IN, f"Day {day} check-in", prompts)
    for day, prompts in _CHECK_IN_PROMPTS.items()
}
assert tuple(CHECK_INS) == CHECK_IN_DAYS


def guide_for_day(day: int) -> PromptSet:
    """The reflection (day 0) or the check-in for a step of a session's schedule."""
    if day == REFLECTION_DAY:
        return REFLECTION
    try:
        return CHECK_INS[day]
    except KeyError:
        raise ValueError(f"there is no check-in on day {day}") from None


def template(prompt_set: PromptSet) -> EntryTemplate:
    """A Markdown body with one `##` heading per question and room to write under each."""
    body = "\n".join(f"## {prompt}\n\n" for prompt in prompt_set.prompts)
    return EntryTemplate(prompt_set.kind, prompt_set.title, body)
