"""An action (the `actions` of DESIGN §4): what changes because of an insight.

Status changes: open ⇄ in progress; open or in progress → done or dropped; done or
dropped → open again (reopening). Done and dropped never turn into each other directly,
and `done_at` is set exactly while an action is done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from afterglow.core.errors import InvalidAction, RefusedChange
from afterglow.core.record_rules import check_date, check_id, check_text, check_time

MAX_TEXT_LENGTH = 5_000


class ActionKind(StrEnum):
    INTERNAL = "internal"  # thoughts, perspectives, emotions
    EXTERNAL = "external"  # behaviour, relationships


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_active(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)

    @property
    def words(self) -> str:
        return self.value.replace("_", " ")


ALLOWED_MOVES: dict[ActionStatus, frozenset[ActionStatus]] = {
    ActionStatus.OPEN: frozenset(
        {ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.DROPPED}
    ),
    ActionStatus.IN_PROGRESS: frozenset(
        {ActionStatus.OPEN, ActionStatus.DONE, ActionStatus.DROPPED}
    ),
    ActionStatus.DONE: frozenset({ActionStatus.OPEN}),
    ActionStatus.DROPPED: frozenset({ActionStatus.OPEN}),
}


@dataclass(frozen=True)
class Action:
    id: str
    created_at: datetime
    text: str
    kind: ActionKind = ActionKind.INTERNAL
    insight_id: str | None = None
    status: ActionStatus = ActionStatus.OPEN
    due: date | None = None
    done_at: datetime | None = None


def can_move(current: ActionStatus, wanted: ActionStatus) -> bool:
    return wanted == current or wanted in ALLOWED_MOVES[current]


def check_move(current: ActionStatus, wanted: ActionStatus) -> None:
    if not can_move(current, wanted):
        raise RefusedChange(
            f"An action that is {current.words} cannot become {wanted.words}; reopen it first."
        )


def validate_action(action: Action) -> Action:
    """Returns the action unchanged if it keeps every rule; raises `InvalidAction`."""
    check_id(InvalidAction, "id", action.id, optional=False)
    check_time(InvalidAction, "created_at", action.created_at, optional=False)
    check_text(InvalidAction, "text", action.text, MAX_TEXT_LENGTH)
    if not action.text.strip():
        raise InvalidAction("text", "cannot be empty")
    check_id(InvalidAction, "insight_id", action.insight_id, optional=True)
    if not isinstance(action.kind, ActionKind):
        raise InvalidAction("kind", "must be one of " + ", ".join(ActionKind))
    if not isinstance(action.status, ActionStatus):
        raise InvalidAction("status", "must be one of " + ", ".join(ActionStatus))
    if action.due is not None:
        check_date(InvalidAction, "due", action.due)
    check_time(InvalidAction, "done_at", action.done_at, optional=True)
    if (action.status == ActionStatus.DONE) != (action.done_at is not None):
        raise InvalidAction("done_at", "must be set exactly when the action is done")
    return action
