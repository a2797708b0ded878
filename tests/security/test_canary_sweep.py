"""A full session through the real app leaves no journal text anywhere outside the vault.

One canary word goes into titles, bodies, tags, an insight and a session; the person
searches for it, shares a bundle, backs up, locks and quits, with debug logging on.
Afterwards no file under the data, config, cache, runtime and temp folders, nor Qt's
own settings and standard locations, holds the canary in UTF-8 or UTF-16 — and
neither does anything logged or printed. The bundle holds it, but only encrypted.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.bundle import open_bundle, read_bundle_file
from afterglow.core.session import Route
from afterglow.ui.journal.autosave import SaveState
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.sharing.recipient_step import PASSPHRASE as BY_PASSPHRASE
from afterglow.ui.sharing.share_view import ShareView
from tests.ui.conftest import OFFSCREEN_NOISE, journal_folder, make_desktop
from tests.ui.flows import finish_first_run, wait_idle

__all__ = ["journal_folder", "make_desktop"]  # fixtures used by this module

CANARY = "lanternmoth7f3aqz"
FORMS = (CANARY, CANARY.upper(), CANARY.capitalize())
NEEDLES = [form.encode(codec) for form in FORMS for codec in ("utf-8", "utf-16-le", "utf-16-be")]

STANDARD_LOCATIONS = [
    QStandardPaths.StandardLocation.AppDataLocation,
    QStandardPaths.StandardLocation.AppLocalDataLocation,
    QStandardPaths.StandardLocation.AppConfigLocation,
    QStandardPaths.StandardLocation.ConfigLocation,
    QStandardPaths.StandardLocation.GenericConfigLocation,
    QStandardPaths.StandardLocation.GenericDataLocation,
    QStandardPaths.StandardLocation.CacheLocation,
    QStandardPaths.StandardLocation.GenericCacheLocation,
    QStandardPaths.StandardLocation.RuntimeLocation,
    QStandardPaths.StandardLocation.TempLocation,
    QStandardPaths.StandardLocation.DocumentsLocation,
]


@pytest.fixture
def settings_store(tmp_path: Path) -> Iterator[QSettings]:
    """Qt's ini file where the app keeps it by default: the config folder."""
    store = QSettings(
        str(tmp_path / "xdg" / "config" / "Afterglow" / "Afterglow.ini"),
        QSettings.Format.IniFormat,
    )
    yield store
    store.sync()


def saved(view: JournalView) -> bool:
    return view.editor.autosave.state == SaveState.SAVED


def write_in_the_editor(desktop: DesktopApp, qtbot: QtBot) -> None:
    desktop.shell.show_section("journal")
    view = desktop.shell.views["journal"]
    assert isinstance(view, JournalView)
    wait_idle(desktop, qtbot)
    qtbot.keyClicks(view.editor.title, f"Evening {CANARY}")
    qtbot.keyClicks(view.editor.body, f"After the session the {CANARY} came back. #{CANARY}")
    view.editor.save_now()
    qtbot.waitUntil(lambda: saved(view), timeout=10_000)
    wait_idle(desktop, qtbot)


def write_through_services(desktop: DesktopApp) -> None:
    services = desktop.session.services
    assert services is not None
    session = services.sessions.add(
        started_at=(datetime.now() - timedelta(days=1)).astimezone(),
        route=Route.IV,
        intention=f"Meet the {CANARY}",
        notes=f"Notes on {CANARY}",
        tags=[CANARY],
    )
    entry = services.journal.add(
        title=f"Morning {CANARY}",
        body=f"Second entry, {CANARY.upper()} and {CANARY.capitalize()}.",
        tags=[CANARY, "morning"],
        emotions=["calm"],
        mood=7,
        session_id=session.id,
    )
    services.insights.add(f"The {CANARY} is mine", entry_id=entry.id, tags=[CANARY])


def search_for_it(desktop: DesktopApp, qtbot: QtBot) -> None:
    view = desktop.shell.views["journal"]
    assert isinstance(view, JournalView)
    desktop.shell.show_section("journal")
    view.search.field.setText(CANARY)
    view.search.search_now()
    wait_idle(desktop, qtbot)
    qtbot.waitUntil(lambda: len(view.search.model.hits()) >= 2, timeout=10_000)


def share_a_bundle(desktop: DesktopApp, qtbot: QtBot, path: Path) -> str:
    """Saves a bundle with a passphrase through the Share section; returns the passphrase."""
    desktop.shell.show_section("share")
    view = desktop.shell.views["share"]
    assert isinstance(view, ShareView)
    flow = view.flow
    qtbot.waitUntil(lambda: flow.surveyed is not None, timeout=10_000)
    wait_idle(desktop, qtbot)
    flow.next_button.click()
    qtbot.waitUntil(lambda: flow.shown is not None, timeout=10_000)
    assert CANARY in flow.shown.report_html  # the canary really goes into the bundle
    flow.next_button.click()
    wait_idle(desktop, qtbot)
    flow.recipient.how.choose(BY_PASSPHRASE)
    words = flow.recipient.passphrase
    flow.recipient.kept.setChecked(True)
    flow.next_button.click()
    flow.save_to(path)
    qtbot.waitUntil(lambda: flow.save.currentWidget() is flow.save.done, timeout=20_000)
    return words


def back_up(desktop: DesktopApp, qtbot: QtBot) -> None:
    journal = desktop.session.journal
    assert journal is not None
    before = len(journal.list_backups())
    dialog = desktop.window.open_settings()
    assert dialog is not None
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: len(journal.list_backups()) > before, timeout=10_000)
    wait_idle(desktop, qtbot)
    dialog.close()


def files_to_search(tmp_path: Path, started: float) -> list[Path]:
    """Every file in the test's folders, and anything written since the test started in
    the places Qt itself keeps files (which may lie outside them)."""
    files = {p for p in tmp_path.rglob("*") if p.is_file()}
    roots = {
        Path(
            QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "x", "y").fileName()
        ).parent.parent
    }
    for location in STANDARD_LOCATIONS:
        roots.update(Path(p) for p in QStandardPaths.standardLocations(location) if p)
    for root in roots:
        if root.is_dir() and tmp_path not in root.parents and root != tmp_path:
            files.update(
                p
                for p in root.rglob("*")
                if p.is_file() and not p.is_symlink() and p.stat().st_mtime >= started
            )
    return sorted(files)


def hits(data: bytes) -> list[bytes]:
    return [needle for needle in NEEDLES if needle in data]


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
def test_a_whole_session_leaves_the_canary_nowhere_but_inside_the_vault(
    make_desktop: Callable[..., DesktopApp],
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
    qtlog,
) -> None:
    started = time.time() - 1
    caplog.set_level(logging.DEBUG)
    desktop = make_desktop()
    finish_first_run(desktop, qtbot)
    wait_idle(desktop, qtbot)

    write_in_the_editor(desktop, qtbot)
    write_through_services(desktop)
    search_for_it(desktop, qtbot)
    bundle = tmp_path / "sent" / "afterglow-bundle.zip.age"
    bundle.parent.mkdir()
    words = share_a_bundle(desktop, qtbot, bundle)
    back_up(desktop, qtbot)
    desktop.window.lock()
    desktop.shut_down()
    qapp.processEvents()

    # The bundle holds the canary, encrypted: opened with its passphrase, it is there.
    opened = open_bundle(read_bundle_file(bundle), passphrase=words)
    assert any(CANARY in e["title"] for e in opened.data["entries"])

    searched = files_to_search(tmp_path, started)
    assert any(p.name == "journal.db" for p in searched)
    assert any(p.name == "Afterglow.ini" for p in searched)  # Qt's own settings file
    assert bundle in searched and any("backups" in p.parts for p in searched)
    found = {str(p): hits(p.read_bytes()) for p in searched}
    assert {name: h for name, h in found.items() if h} == {}

    assert caplog.records, "debug logging should have recorded the session's steps"
    logged = "\n".join(
        [caplog.text] + [f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records]
    )
    printed = capfd.readouterr()
    qt_messages = "\n".join(record.message for record in qtlog.records)
    for form in FORMS:
        assert form not in logged
        assert form not in printed.out and form not in printed.err
        assert form not in qt_messages
