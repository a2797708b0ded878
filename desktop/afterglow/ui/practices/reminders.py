"""Reminders on the desktop: a single-shot timer set for the next reminder, and the
notifications `core.reminders.ReminderQueue` decides on, handed to the tray.

Holds no journal text: practice reminders keep only ids and built-in kinds, and the queue
words every notification from a fixed list (generic while the journal is locked).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from afterglow.core.builtin_practices import template_for
from afterglow.core.check_ins import CheckIn
from afterglow.core.practices import Practice
from afterglow.core.reminders import (
    Notification,
    PracticeReminder,
    ReminderQueue,
    ReminderSettings,
    due_reminders,
    next_reminder,
)
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.words import translated

if TYPE_CHECKING:  # made only after unlocking; the clock starts before the unlock screen
    from afterglow.vault.services import JournalServices

# Qt timers take an int of milliseconds; a day is far below the limit, so cap there and
# look again then (also catches clock changes and sleep).
MAX_WAIT_MS = 60 * 60 * 1000
DEFAULT_PRACTICE_TIME = time(9, 0)


def local_now() -> datetime:
    return datetime.now().astimezone()


def _translate(text: str) -> str:
    return translated(text)


class ReminderClock(QObject):
    """Emits `notify(title, body)` when a reminder is due; the app shows it in the tray."""

    notify = Signal(str, str)

    def __init__(
        self,
        settings: Callable[[], ReminderSettings] = ReminderSettings,
        now: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._now = now
        self._practices: tuple[PracticeReminder, ...] = ()
        self.check_in_dates: frozenset[date] = frozenset()
        self.queue = ReminderQueue(locked=True, translate=_translate)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # A coarse timer may fire up to 5 % late: minutes late on an hour's wait.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.check)

    def settings(self) -> ReminderSettings:
        """Read afresh each time, so a change in Settings counts from the next `schedule()`."""
        base = self._settings()
        return replace(base, practices=base.practices or self._practices)

    def follow_practices(self, practices: Iterable[Practice]) -> None:
        """Practices that are on get a reminder at their built-in's suggested time."""
        reminders = []
        for practice in practices:
            if not practice.active:
                continue
            at = DEFAULT_PRACTICE_TIME
            if practice.builtin is not None:
                at = template_for(practice.builtin).reminder_at or DEFAULT_PRACTICE_TIME
            reminders.append(PracticeReminder.for_practice(practice, at))
        self._practices = tuple(reminders)
        self.schedule()

    def follow_check_ins(self, runner: TaskRunner, services: JournalServices) -> None:
        """Reads the due check-ins on the worker; only their dates are kept."""
        runner.run(services.sessions.due_check_ins, on_done=self._check_ins_arrived)

    def _check_ins_arrived(self, due: list[CheckIn]) -> None:
        # An overdue check-in is still due today (the schedule has not rolled it over).
        today = self._now().date()
        self.check_in_dates = frozenset(max(check_in.due, today) for check_in in due)
        self.check()

    def schedule(self) -> None:
        now = self._now()
        upcoming = next_reminder(now, self.settings(), self.queue.seen, self.check_in_dates)
        if upcoming is None:
            self.timer.stop()
            return
        wait = (upcoming.fires_at_utc - now).total_seconds() * 1000
        self.timer.start(int(min(max(wait, 0), MAX_WAIT_MS)))

    def check(self) -> None:
        """Shows what is due now, then waits for the next one."""
        due = due_reminders(self._now(), self.settings(), self.queue.seen, self.check_in_dates)
        self._show(self.queue.arrive(due))
        self.schedule()

    def unlocked(self) -> None:
        self._show(self.queue.unlock())
        self.check()

    def locked(self) -> None:
        self.queue.lock()

    def _show(self, notifications: Iterable[Notification]) -> None:
        for notification in notifications:
            self.notify.emit(notification.title, notification.body)
