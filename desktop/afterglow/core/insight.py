"""An insight (the `insights` of DESIGN §4): its status steps and the rules it keeps.

Status moves forward freely (an insight may turn out to be lived already) and back one
step at a time (to undo a step taken too soon); never further back than that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from afterglow.core.errors import InvalidInsight, RefusedChange
from afterglow.core.excerpts import Excerpt
from afterglow.core.record_rules import (
    check_flag,
    check_id,
    check_tags,
    check_text,
    check_time,
)

MAX_TEXT_LENGTH = 20_000


class InsightStatus(StrEnum):
    NEW = "new"
    EXPLORING = "exploring"
    INTEGRATING = "integrating"
    INTEGRATED = "integrated"

    @property
    def step(self) -> int:
        return list(InsightStatus).index(self)


@dataclass(frozen=True)
class Insight:
    """One insight. `excerpt` (kept in the vault, not exported) marks the passage of the
    source entry it was taken from."""

    id: str
    created_at: datetime
    text: str
    entry_id: str | None = None
    session_id: str | None = None
    tags: tuple[str, ...] = ()
    starred: bool = False
    status: InsightStatus = InsightStatus.NEW
    excerpt: Excerpt | None = None


def can_move(current: InsightStatus, wanted: InsightStatus) -> bool:
    """Forward any number of steps, back exactly one, or staying put."""
    return wanted.step >= current.step - 1


def check_move(current: InsightStatus, wanted: InsightStatus) -> None:
    if not can_move(current, wanted):
        raise RefusedChange(
            f"An insight that is {current.value} can go back only to "
            f"{list(InsightStatus)[current.step - 1].value}, not to {wanted.value}."
        )


def validate_insight(insight: Insight) -> Insight:
    """Returns the insight unchanged if it keeps every rule; raises `InvalidInsight`."""
    check_id(InvalidInsight, "id", insight.id, optional=False)
    check_time(InvalidInsight, "created_at", insight.created_at, optional=False)
    check_text(InvalidInsight, "text", insight.text, MAX_TEXT_LENGTH)
    if not insight.text.strip():
        raise InvalidInsight("text", "cannot be empty")
    check_id(InvalidInsight, "entry_id", insight.entry_id, optional=True)
    check_id(InvalidInsight, "session_id", insight.session_id, optional=True)
    check_tags(InvalidInsight, insight.tags)
    check_flag(InvalidInsight, "starred", insight.starred)
    if not isinstance(insight.status, InsightStatus):
        raise InvalidInsight("status", "must be one of " + ", ".join(InsightStatus))
    if insight.excerpt is not None and (
        insight.entry_id is None or not insight.excerpt.is_well_formed()
    ):
        raise InvalidInsight("excerpt", "must be a passage of its source entry")
    return insight
