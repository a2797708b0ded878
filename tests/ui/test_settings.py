"""Preferences: only allow-listed keys ever reach the settings file."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from afterglow.core.reminders import ReminderTime
from afterglow.ui.settings import (
    ALLOWED_KEYS,
    CHECK_INS_ON,
    CHECK_INS_TIME,
    JOURNALING_ON,
    JOURNALING_TIME,
    PRACTICES_ON,
    REMINDERS_ON,
    AppSettings,
    SettingNotAllowed,
)


def test_stores_only_allow_listed_keys(settings_store: QSettings) -> None:
    settings = AppSettings(settings_store)
    settings.theme = "dark"
    settings.idle_minutes = 15
    settings.last_section = "insights"
    settings.geometry = QByteArray(b"\x01\x02")
    for switch in (REMINDERS_ON, JOURNALING_ON, CHECK_INS_ON, PRACTICES_ON):
        settings.set_reminder_on(switch, True)
    settings.set_reminder_time(JOURNALING_TIME, time(21, 30))
    settings.set_reminder_time(CHECK_INS_TIME, time(9, 0))

    text = Path(settings_store.fileName()).read_text()
    reread = QSettings(settings_store.fileName(), QSettings.Format.IniFormat)
    assert set(reread.allKeys()) == set(ALLOWED_KEYS)
    assert "theme=dark" in text
    assert "idle_minutes=15" in text
    assert "last_section=insights" in text
    fresh = AppSettings(reread)
    assert (fresh.theme, fresh.idle_minutes, fresh.last_section) == ("dark", 15, "insights")


def test_refuses_keys_outside_the_allow_list(settings_store: QSettings) -> None:
    settings = AppSettings(settings_store)
    with pytest.raises(SettingNotAllowed):
        settings.set_value("editor/draft", "Dear diary")
    with pytest.raises(SettingNotAllowed):
        settings.value("recent/search")

    settings_store.sync()
    path = Path(settings_store.fileName())
    assert not path.exists() or "diary" not in path.read_text()


def test_refuses_values_that_could_carry_text(settings_store: QSettings) -> None:
    settings = AppSettings(settings_store)
    with pytest.raises(ValueError):
        settings.last_section = "what I wrote today"
    with pytest.raises(ValueError):
        settings.theme = "sepia"  # type: ignore[assignment]
    with pytest.raises(ValueError):
        settings.idle_minutes = 0
    assert settings_store.allKeys() == []


def test_defaults_and_damaged_values(settings_store: QSettings) -> None:
    settings = AppSettings(settings_store)
    assert (settings.theme, settings.idle_minutes, settings.last_section) == ("system", 5, None)
    assert settings.geometry is None
    settings_store.setValue("locking/idle_minutes", "soon")
    settings_store.setValue("appearance/theme", "sepia")
    assert (settings.theme, settings.idle_minutes) == ("system", 5)


def test_reminder_settings_round_trip_through_the_file(settings_store: QSettings) -> None:
    settings = AppSettings(settings_store)
    settings.set_reminder_time(JOURNALING_TIME, time(21, 45))
    settings.set_reminder_on(CHECK_INS_ON, False)
    settings.set_reminder_on(PRACTICES_ON, False)

    text = Path(settings_store.fileName()).read_text()
    assert "journaling_time=21:45" in text
    reread = AppSettings(QSettings(settings_store.fileName(), QSettings.Format.IniFormat))
    chosen = reread.reminders()
    assert chosen.journaling == ReminderTime(time(21, 45), enabled=True)
    assert chosen.check_ins == ReminderTime(time(10, 0), enabled=False)
    assert chosen.practices_enabled is False
    assert chosen.enabled is True
    assert set(reread.value(key) is not None for key in ALLOWED_KEYS) == {True, False}


def test_reminders_refuse_other_keys_and_bad_times(settings_store: QSettings) -> None:
    settings = AppSettings(settings_store)
    with pytest.raises(SettingNotAllowed):
        settings.set_reminder_on("reminders/what_i_wrote", True)
    with pytest.raises(SettingNotAllowed):
        settings.set_reminder_time(JOURNALING_ON, time(8, 0))
    with pytest.raises(ValueError):
        settings.set_reminder_time(JOURNALING_TIME, "dear diary")  # type: ignore[arg-type]
    assert settings_store.allKeys() == []


def test_a_damaged_reminder_time_falls_back_to_the_default(settings_store: QSettings) -> None:
    settings_store.setValue(JOURNALING_TIME, "25:99")
    assert AppSettings(settings_store).reminder_time(JOURNALING_TIME) == time(20, 0)
