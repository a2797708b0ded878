"""The demo journal in the app: its passphrase is shown on the unlock screen and opens it;
a real journal's unlock screen shows no such note."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.demo.launch import DEMO_PASSPHRASE, create_demo_journal, open_demo


@pytest.fixture
def demo_app(qapp: QApplication, tmp_path: Path) -> Iterator[DesktopApp]:
    create_demo_journal(tmp_path)
    desktop = open_demo(qapp, tmp_path)
    desktop.window.resize(1000, 700)
    desktop.window.show()
    yield desktop
    desktop.shut_down()
    desktop.window.close()
    desktop.window.deleteLater()
    qapp.processEvents()


def test_the_unlock_screen_shows_the_demo_passphrase(demo_app: DesktopApp, qtbot: QtBot) -> None:
    page = demo_app.window.unlock.unlock_page
    assert page.hint.isVisible()
    assert DEMO_PASSPHRASE in page.hint.text()
    assert page.hint.text().startswith("Demo journal")

    qtbot.keyClicks(page.field.edit, DEMO_PASSPHRASE)
    with qtbot.waitSignal(demo_app.session.opened):
        qtbot.keyClick(page.field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: demo_app.window.pages.currentWidget() is demo_app.shell)
    services = demo_app.session.services
    assert services is not None and services.journal.count() > 50

    demo_app.window.lock()
    assert page.hint.isVisible()  # still there after locking, unlike notices and errors


def test_a_real_journal_shows_no_hint(existing_journal: str, desktop: DesktopApp) -> None:
    assert desktop.window.unlock.unlock_page.hint.isHidden()
    assert desktop.window.unlock.unlock_page.hint.text() == ""
