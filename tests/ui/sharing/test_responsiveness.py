"""Sharing and therapist mode never make the UI thread wait: every call to the journal, the
sharing service and the bundle keys (and so every preview, signature, PDF, encryption and
save) runs on the task runner's worker."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.ui.sharing.choice import Scope
from afterglow.ui.sharing.recipient_step import PASSPHRASE
from afterglow.ui.sharing.share_view import ShareView
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import UnlockedVault
from tests.ui.flows import wait_idle

from .conftest import ClientJournal, open_share_section, wait_for_survey

Calls = list[tuple[str, bool]]


class Watched:
    """Passes every call on, noting `where.name` and whether it ran on the UI thread."""

    def __init__(self, where: str, real: object, calls: Calls) -> None:
        self._where = where
        self._real = real
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._real, name)
        if not callable(found):
            return found

        def call(*args: Any, **kwargs: Any) -> Any:
            on_ui = threading.current_thread() is threading.main_thread()
            self._calls.append((f"{self._where}.{name}", on_ui))
            return found(*args, **kwargs)

        return call


@pytest.fixture
def calls() -> Calls:
    return []


@pytest.fixture
def watched(
    client: ClientJournal, make_desktop: Callable[..., DesktopApp], calls: Calls
) -> DesktopApp:
    def services(unlocked: UnlockedVault) -> JournalServices:
        real = journal_services(unlocked.database)
        return replace(
            real,
            **{
                name: Watched(name, getattr(real, name), calls)
                for name in ("journal", "sessions", "sharing", "bundle_keys")
            },
        )

    return make_desktop(make_services=services)


def test_no_journal_or_key_call_runs_on_the_ui_thread(
    watched: DesktopApp, qtbot: QtBot, calls: Calls, tmp_path: Path
) -> None:
    desktop = watched
    view = open_share_section(desktop, qtbot)
    assert isinstance(view, ShareView)
    flow = view.flow
    for scope in (Scope.SESSION, Scope.TAGS, Scope.ENTRIES, Scope.DATES):
        flow.choose.scope.choose(scope)
        wait_idle(desktop, qtbot)
    wait_for_survey(flow, qtbot)
    flow.next_button.click()
    qtbot.waitUntil(lambda: flow.shown is not None)
    flow.preview.entries.set_ticked(flow.preview.entries.entry_at(0).id, False)
    qtbot.waitUntil(lambda: flow.shown is not None)
    flow.next_button.click()
    wait_idle(desktop, qtbot)
    flow.recipient.how.choose(PASSPHRASE)
    flow.recipient.kept.setChecked(True)
    flow.next_button.click()
    flow.save_to(tmp_path / "bundle.zip.age")
    qtbot.waitUntil(lambda: flow.save.currentWidget() is flow.save.done, timeout=20_000)
    view.therapist.create_identity("Practice")
    qtbot.waitUntil(lambda: bool(view.therapist.identities))
    reader = desktop.bundles.open_file(tmp_path / "bundle.zip.age")
    qtbot.waitUntil(lambda: reader.pages.currentWidget() is reader.key_page)
    wait_idle(desktop, qtbot)

    names = {name for name, _ in calls}
    assert {
        "sharing.preview",
        "sessions.list",
        "journal.list",
        "journal.all_tags",
        "bundle_keys.signing_identity",
        "bundle_keys.contacts",
        "bundle_keys.add_therapist_identity",
        "bundle_keys.therapist_identities",
    } <= names
    on_ui = sorted({name for name, ui in calls if ui})
    assert on_ui == []
