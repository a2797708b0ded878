"""App preferences in QSettings, limited to an allow-list of keys that never hold journal text."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time
from typing import TYPE_CHECKING, Any, Final, Literal

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    # Imported when reminders are first asked for: the reminder rules bring in the
    # practices, which the unlock screen, shown first, has no use for.
    from afterglow.core.reminders import ReminderSettings


ThemeChoice = Literal["system", "light", "dark"]
THEMES: Final[tuple[ThemeChoice, ...]] = ("system", "light", "dark")

GEOMETRY: Final = "window/geometry"
LAST_SECTION: Final = "navigation/last_section"
THEME: Final = "appearance/theme"
IDLE_MINUTES: Final = "locking/idle_minutes"
REMINDERS_ON: Final = "reminders/enabled"
JOURNALING_ON: Final = "reminders/journaling_on"
JOURNALING_TIME: Final = "reminders/journaling_time"
CHECK_INS_ON: Final = "reminders/check_ins_on"
CHECK_INS_TIME: Final = "reminders/check_ins_time"
PRACTICES_ON: Final = "reminders/practices_on"

# Reminder switches (all on by default) and times of day, stored as "HH:MM".
REMINDER_SWITCHES: Final = frozenset({REMINDERS_ON, JOURNALING_ON, CHECK_INS_ON, PRACTICES_ON})
REMINDER_TIMES: Final = frozenset({JOURNALING_TIME, CHECK_INS_TIME})

# Everything QSettings may hold. Anything else is refused so that a careless call can
# never leave journal text in a plain-text settings file.
ALLOWED_KEYS: Final = frozenset(
    {GEOMETRY, LAST_SECTION, THEME, IDLE_MINUTES, *REMINDER_SWITCHES, *REMINDER_TIMES}
)

DEFAULT_IDLE_MINUTES: Final = 5
MIN_IDLE_MINUTES: Final = 1
MAX_IDLE_MINUTES: Final = 120
_SECTION_KEY = re.compile(r"^[a-z][a-z_]{0,31}$")
_TIME_OF_DAY = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")


class SettingNotAllowed(KeyError):
    """A key outside the allow-list was read or written."""


class AppSettings:
    """Typed access to the allow-listed preferences; the QSettings store is injected."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    # -- the generic, guarded access ------------------------------------------------------

    def value(self, key: str, default: Any = None) -> Any:
        self._check(key)
        return self._store.value(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self._check(key)
        self._store.setValue(key, value)
        self._store.sync()

    @staticmethod
    def _check(key: str) -> None:
        if key not in ALLOWED_KEYS:
            raise SettingNotAllowed(f"{key!r} is not an allowed setting")

    # -- typed preferences ----------------------------------------------------------------

    @property
    def theme(self) -> ThemeChoice:
        value = str(self.value(THEME, "system"))
        return next((choice for choice in THEMES if choice == value), "system")

    @theme.setter
    def theme(self, choice: ThemeChoice) -> None:
        if choice not in THEMES:
            raise ValueError(f"unknown theme {choice!r}")
        self.set_value(THEME, choice)

    @property
    def idle_minutes(self) -> int:
        try:
            minutes = int(self.value(IDLE_MINUTES, DEFAULT_IDLE_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES
        return min(max(minutes, MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        if not MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES:
            raise ValueError(f"auto-lock must be {MIN_IDLE_MINUTES} to {MAX_IDLE_MINUTES} minutes")
        self.set_value(IDLE_MINUTES, int(minutes))

    @property
    def last_section(self) -> str | None:
        value = self.value(LAST_SECTION)
        return str(value) if value and _SECTION_KEY.match(str(value)) else None

    @last_section.setter
    def last_section(self, key: str) -> None:
        # Section keys are short identifiers; refusing anything else keeps text out.
        if not _SECTION_KEY.match(key):
            raise ValueError("a section key is a short lower-case identifier")
        self.set_value(LAST_SECTION, key)

    @property
    def geometry(self) -> QByteArray | None:
        value = self.value(GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.set_value(GEOMETRY, QByteArray(value))

    # -- reminders ------------------------------------------------------------------------

    def reminder_on(self, key: str) -> bool:
        if key not in REMINDER_SWITCHES:
            raise SettingNotAllowed(f"{key!r} is not a reminder switch")
        value = self.value(key, True)
        # The ini file gives back "true"/"false" as text.
        return value is True or str(value).lower() == "true"

    def set_reminder_on(self, key: str, on: bool) -> None:
        if key not in REMINDER_SWITCHES:
            raise SettingNotAllowed(f"{key!r} is not a reminder switch")
        self.set_value(key, bool(on))

    def reminder_time(self, key: str) -> time:
        if key not in REMINDER_TIMES:
            raise SettingNotAllowed(f"{key!r} is not a reminder time")
        match = _TIME_OF_DAY.match(str(self.value(key, "")))
        if match is not None:
            return time(int(match[1]), int(match[2]))
        from afterglow.core.reminders import ReminderSettings

        defaults = ReminderSettings()
        return (defaults.journaling if key == JOURNALING_TIME else defaults.check_ins).at

    def set_reminder_time(self, key: str, at: time) -> None:
        if key not in REMINDER_TIMES:
            raise SettingNotAllowed(f"{key!r} is not a reminder time")
        if not isinstance(at, time) or at.tzinfo is not None:
            raise ValueError("a reminder time is a local time of day")
        self.set_value(key, f"{at.hour:02d}:{at.minute:02d}")

    def reminders(self) -> ReminderSettings:
        """The reminder settings as chosen; practices are added by whoever knows them."""
        from afterglow.core.reminders import ReminderSettings, ReminderTime

        return replace(
            ReminderSettings(),
            journaling=ReminderTime(
                self.reminder_time(JOURNALING_TIME), self.reminder_on(JOURNALING_ON)
            ),
            check_ins=ReminderTime(
                self.reminder_time(CHECK_INS_TIME), self.reminder_on(CHECK_INS_ON)
            ),
            practices_enabled=self.reminder_on(PRACTICES_ON),
            enabled=self.reminder_on(REMINDERS_ON),
        )
