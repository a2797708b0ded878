"""Fixtures for the desktop app: the app as `afterglow.app.build` wires it, on a temp journal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from afterglow.app import DesktopApp, build
from afterglow.vault.kdf import KdfPolicy
from afterglow.vault.vault import Vault

PASSPHRASE = "willow harbour morning lantern"

# The offscreen platform says this whenever a dialog with size limits is shown; it is
# about the test platform, not about Afterglow.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def settings_store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def journal_folder(tmp_path: Path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def existing_journal(journal_folder: Path, fast_policy: KdfPolicy) -> str:
    """Creates a locked journal with PASSPHRASE; returns its recovery key as text."""
    unlocked, recovery = Vault(journal_folder, fast_policy).create(PASSPHRASE)
    key = recovery.formatted()
    unlocked.lock()
    return key


@pytest.fixture
def make_desktop(
    qapp: QApplication,
    journal_folder: Path,
    fast_policy: KdfPolicy,
    settings_store: QSettings,
) -> Iterator[Callable[..., DesktopApp]]:
    """Builds the app like `afterglow.app.main` does (without D-Bus or a tray) and shows it."""
    made: list[DesktopApp] = []

    def make(size: tuple[int, int] | None = (1000, 700), **overrides: Any) -> DesktopApp:
        options: dict[str, Any] = {"settings_store": settings_store, "desktop_integration": False}
        options.update(overrides)
        desktop = build(qapp, journal_folder, fast_policy, **options)
        made.append(desktop)
        if size is not None:
            desktop.window.resize(*size)
        desktop.window.show()
        return desktop

    yield make
    for desktop in made:
        desktop.shut_down()
        desktop.window.close()
        for owned in (
            desktop.window,
            desktop.runner,
            desktop.session,
            desktop.idle,
            desktop.clipboard,
            desktop.appearance,
        ):
            owned.deleteLater()
    qapp.processEvents()


@pytest.fixture
def desktop(make_desktop: Callable[..., DesktopApp]) -> DesktopApp:
    return make_desktop()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path, with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
