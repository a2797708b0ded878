"""Preferences: only allow-listed keys ever reach the settings file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from afterglow.ui.settings import ALLOWED_KEYS, AppSettings, SettingNotAllowed


def test_stores_only_allow_listed_keys(settings_store: QSettings) -> None:
    settings = AppSettings(settings_store)
    settings.theme = "dark"
    settings.idle_minutes = 15
    settings.last_section = "insights"
    settings.geometry = QByteArray(b"\x01\x02")

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
