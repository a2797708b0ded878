"""Reminders on the desktop: a single-shot timer set for the next reminder, and the
notifications `core.reminders.ReminderQueue` decides on, handed to the tray.

Holds no journal text: practice reminders keep only ids and built-in kinds, and the queue
words every notification from a fixed list (generic while the journal is locked).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from afterglow.core.builtin_practices import template_for
from afterglow.core.practices import Practice
from afterglow.core.reminders import (
    Notification,
    PracticeReminder,
    ReminderQueue,
    ReminderSettings,
    due_reminders,
    next_reminder,
)

# Qt timers take an int of milliseconds; a day is far below the limit, so cap there and
# look again then (also catches clock changes and sleep).
MAX_WAIT_MS = 60 * 60 * 1000
DEFAULT_PRACTICE_TIME = time(9, 0)


def local_now() -> datetime:
    return datetime.now().astimezone()


def _translate(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


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
        self.queue = ReminderQueue(locked=True, translate=_translate)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def settings(self) -> ReminderSettings:
        base = self._settings()
        practices = base.practices or self._practices
        return ReminderSettings(base.journaling, base.check_ins, practices, base.enabled)

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

    def schedule(self) -> None:
        now = self._now()
        upcoming = next_reminder(now, self.settings(), self.queue.seen)
        if upcoming is None:
            self.timer.stop()
            return
        wait = (upcoming.fires_at_utc - now).total_seconds() * 1000
        self.timer.start(int(min(max(wait, 0), MAX_WAIT_MS)))

    def check(self) -> None:
        """Shows what is due now, then waits for the next one."""
        due = due_reminders(self._now(), self.settings(), self.queue.seen)
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
