"""Patterns a person wants to see, and each time one showed up (DESIGN §4 `patterns`,
`occurrences`). The analytics over them live in `afterglow.patterns`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from afterglow.core.errors import InvalidRecord
from afterglow.core.record_rules import check_id, check_scale, check_text, check_time

MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 20_000


class InvalidPattern(InvalidRecord):
    what = "pattern"


class InvalidOccurrence(InvalidRecord):
    what = "occurrence"


class PatternStatus(StrEnum):
    ACTIVE = "active"
    RESOLVED = "resolved"


@dataclass(frozen=True)
class Pattern:
    """A named recurring dynamic, such as "people-pleasing"."""

    id: str
    name: str
    description: str
    created_at: datetime
    status: PatternStatus = PatternStatus.ACTIVE


@dataclass(frozen=True)
class Occurrence:
    """One time a pattern showed up: when, what set it off, what I did, what I'd like
    to do instead, and how strong it was (0 to 10, or None when not rated)."""

    id: str
    pattern_id: str
    entry_id: str | None
    occurred_at: datetime
    trigger: str = ""
    response: str = ""
    alternative: str = ""
    intensity: int | None = None


def validate_pattern(pattern: Pattern) -> Pattern:
    """Returns the pattern unchanged if it keeps every rule; raises `InvalidPattern`."""
    check_id(InvalidPattern, "id", pattern.id, optional=False)
    check_text(InvalidPattern, "name", pattern.name, MAX_NAME_LENGTH)
    if not pattern.name.strip():
        raise InvalidPattern("name", "cannot be empty")
    check_text(InvalidPattern, "description", pattern.description, MAX_TEXT_LENGTH)
    check_time(InvalidPattern, "created_at", pattern.created_at, optional=False)
    if not isinstance(pattern.status, PatternStatus):
        raise InvalidPattern("status", "must be one of " + ", ".join(PatternStatus))
    return pattern


def validate_occurrence(occurrence: Occurrence) -> Occurrence:
    """Returns the occurrence unchanged if it keeps every rule; raises `InvalidOccurrence`."""
    check_id(InvalidOccurrence, "id", occurrence.id, optional=False)
    check_id(InvalidOccurrence, "pattern_id", occurrence.pattern_id, optional=False)
    check_id(InvalidOccurrence, "entry_id", occurrence.entry_id, optional=True)
    check_time(InvalidOccurrence, "occurred_at", occurrence.occurred_at, optional=False)
    for name in ("trigger", "response", "alternative"):
        check_text(InvalidOccurrence, name, getattr(occurrence, name), MAX_TEXT_LENGTH)
    check_scale(InvalidOccurrence, "intensity", occurrence.intensity)
    return occurrence
