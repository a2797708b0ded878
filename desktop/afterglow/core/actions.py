"""Action use cases: what the person will do because of an insight, its status steps,
what is due soon, and the weekly review."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from afterglow.core.action import (
    Action,
    ActionKind,
    ActionStatus,
    check_move,
    validate_action,
)
from afterglow.core.errors import ActionNotFound, InvalidAction, UsageError
from afterglow.core.insight import Insight, InsightStatus
from afterglow.core.integration_store import ActionFilter, ActionStore, InsightFilter, InsightStore
from afterglow.core.journal import Clock, ImportCounts, local_now

DUE_SOON = timedelta(days=7)
_ACTIVE = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class WeeklyReview:
    """What the weekly review walks through, in this order.

    `insights_without_actions` holds insights not yet integrated that have no action
    other than dropped ones, newest first.
    """

    week_start: date
    week_end: date  # the last day of the week, inclusive
    in_progress: tuple[Action, ...]
    open: tuple[Action, ...]
    done_this_week: tuple[Action, ...]
    insights_without_actions: tuple[Insight, ...]

    @property
    def is_empty(self) -> bool:
        return not (
            self.in_progress or self.open or self.done_this_week or self.insights_without_actions
        )


def _kind(value: ActionKind | str) -> ActionKind:
    try:
        return ActionKind(value)
    except ValueError:
        raise InvalidAction("kind", "must be one of " + ", ".join(ActionKind)) from None


_Actions = list[Action]


class Actions:
    """Action use cases over an `ActionStore`; insights are checked in the `InsightStore`."""

    def __init__(
        self, store: ActionStore, insights: InsightStore, clock: Clock = local_now
    ) -> None:
        self._store = store
        self._insights = insights
        self._clock = clock

    # -- writing ---------------------------------------------------------------------

    def add(
        self,
        text: str,
        *,
        kind: ActionKind | str = ActionKind.INTERNAL,
        insight_id: str | None = None,
        due: date | None = None,
    ) -> Action:
        action = Action(
            id=str(uuid.uuid4()),
            created_at=self._clock(),
            text=text.strip(),
            kind=_kind(kind),
            insight_id=insight_id,
            due=due,
        )
        with self._store.transaction():
            self._check_insight(action)
            self._store.insert([validate_action(action)])
        return action

    def update(self, edited: Action) -> Action:
        """Saves an edited action's text, kind, insight and due date; its status changes
        only through `set_status`."""
        with self._store.transaction():
            stored = self.get(edited.id)
            action = replace(
                edited,
                text=edited.text.strip(),
                kind=_kind(edited.kind),
                created_at=stored.created_at,
                status=stored.status,
                done_at=stored.done_at,
            )
            if action != stored:
                self._check_insight(action)
                self._store.replace([validate_action(action)])
        return action

    def set_status(self, action_id: str, status: ActionStatus | str) -> Action:
        """Moves the action to `status` (`RefusedChange` for a move the rules forbid).
        Done sets `done_at` to now; leaving done clears it."""
        try:
            wanted = ActionStatus(status)
        except ValueError:
            raise InvalidAction("status", "must be one of " + ", ".join(ActionStatus)) from None
        with self._store.transaction():
            action = self.get(action_id)
            check_move(action.status, wanted)
            if action.status != wanted:
                done_at = self._clock() if wanted == ActionStatus.DONE else None
                action = replace(action, status=wanted, done_at=done_at)
                self._store.replace([validate_action(action)])
        return action

    def delete(self, action_id: str) -> None:
        with self._store.transaction():
            if not self._store.delete([action_id]):
                raise ActionNotFound(f"No action has the id {action_id}.")

    def _check_insight(self, action: Action) -> None:
        if action.insight_id is not None and self._insights.get(action.insight_id) is None:
            raise InvalidAction("insight_id", "names no insight in the journal")

    # -- reading ---------------------------------------------------------------------

    def get(self, action_id: str) -> Action:
        action = self._store.get(action_id)
        if action is None:
            raise ActionNotFound(f"No action has the id {action_id}.")
        return action

    def list(self, where: ActionFilter | None = None) -> _Actions:
        """Actions by due date (undated last), then oldest first."""
        return self._store.actions(where or ActionFilter())

    def due_soon(self, today: date | None = None, within: timedelta = DUE_SOON) -> _Actions:
        """Open and in-progress actions due within `within` of today, overdue ones included,
        soonest first."""
        today = today or self._clock().date()
        return self._store.actions(ActionFilter(statuses=_ACTIVE, due_until=today + within))

    def weekly_review(self, week_start: date) -> WeeklyReview:
        """The week of seven days starting on `week_start`, as the review walks through it."""
        week_end = week_start + timedelta(days=6)
        active = self._store.actions(ActionFilter(statuses=_ACTIVE))
        done = self._store.actions(
            ActionFilter(statuses=(ActionStatus.DONE,), done_since=week_start, done_until=week_end)
        )
        with_actions = self._store.insights_with_actions()
        waiting = [
            insight
            for insight in self._insights.insights(
                InsightFilter(
                    statuses=(
                        InsightStatus.NEW,
                        InsightStatus.EXPLORING,
                        InsightStatus.INTEGRATING,
                    )
                )
            )
            if insight.id not in with_actions
        ]
        return WeeklyReview(
            week_start=week_start,
            week_end=week_end,
            in_progress=tuple(a for a in active if a.status == ActionStatus.IN_PROGRESS),
            open=tuple(a for a in active if a.status == ActionStatus.OPEN),
            done_this_week=tuple(sorted(done, key=lambda a: (a.done_at, a.id))),
            insights_without_actions=tuple(waiting),
        )

    # -- bringing actions in ---------------------------------------------------------

    def import_actions(self, actions: Sequence[Action]) -> ImportCounts:
        """Adds actions from an export; one already here is left as it is."""
        actions = list({a.id: validate_action(a) for a in actions}.values())
        with self._store.transaction():
            existing = self._store.existing([a.id for a in actions])
            added = [a for a in actions if a.id not in existing]
            self._store.insert(added)
        return ImportCounts(added=len(added), unchanged=len(actions) - len(added))


def week_containing(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding `day` (weeks start on Monday unless told)."""
    if not 0 <= first_weekday <= 6:
        raise UsageError("A week starts on a weekday from 0 (Monday) to 6 (Sunday).")
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)
