"""The task runner: order, results on the UI thread, typed and unexpected failures."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from afterglow.core.errors import AfterglowError, JournalLocked, WrongPassphrase
from afterglow.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()
    runner.deleteLater()


def test_jobs_run_in_order_off_the_ui_thread(runner: TaskRunner, qtbot: QtBot) -> None:
    ui_thread = threading.get_ident()
    ran: list[tuple[int, int]] = []
    delivered: list[tuple[int, int]] = []

    def job(n: int) -> int:
        ran.append((n, threading.get_ident()))
        return n * 10

    for n in range(5):
        runner.run(
            lambda n=n: job(n),
            on_done=lambda result: delivered.append((result, threading.get_ident())),
        )
    qtbot.waitUntil(lambda: len(delivered) == 5)

    assert [n for n, _ in ran] == [0, 1, 2, 3, 4]
    assert all(thread != ui_thread for _, thread in ran)
    assert delivered == [(n * 10, ui_thread) for n in range(5)]
    assert not runner.busy


def test_a_failure_is_reported_and_later_jobs_still_run(runner: TaskRunner, qtbot: QtBot) -> None:
    errors: list[AfterglowError] = []
    results: list[str] = []

    def wrong() -> None:
        raise WrongPassphrase("That passphrase does not open this journal.")

    runner.run(wrong, on_error=errors.append)
    with qtbot.waitSignal(runner.finished):
        runner.run(lambda: "next", on_done=results.append)

    assert [type(e) for e in errors] == [WrongPassphrase]
    assert errors[0].message == "That passphrase does not open this journal."
    assert results == ["next"]


def test_work_that_finds_the_journal_locked_is_dropped_quietly(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    errors: list[AfterglowError] = []

    def after_lock() -> None:
        raise JournalLocked("The journal is locked.")

    with qtbot.waitSignal(runner.failed):
        runner.run(after_lock, on_error=errors.append)
    assert errors == []


def test_a_bug_is_reported_generically_without_its_text(
    runner: TaskRunner, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    errors: list[AfterglowError] = []

    def bug() -> None:
        raise ValueError("dear diary, today I felt")

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(runner.failed) as failed:
        runner.run(bug, on_error=errors.append)

    assert failed.args is not None and failed.args[1] is errors[0]
    assert "Something went wrong" in errors[0].message
    assert "diary" not in errors[0].message
    assert "ValueError" in caplog.text
    assert "diary" not in caplog.text


def test_progress_arrives_on_the_ui_thread(runner: TaskRunner, qtbot: QtBot) -> None:
    ui_thread = threading.get_ident()
    steps: list[tuple[int, int, int]] = []

    def work(report: object) -> str:
        for done in range(1, 4):
            report(done, 3)  # type: ignore[operator]
        return "done"

    with qtbot.waitSignal(runner.finished):
        runner.run(
            work, progress=lambda done, total: steps.append((done, total, threading.get_ident()))
        )

    assert steps == [(1, 3, ui_thread), (2, 3, ui_thread), (3, 3, ui_thread)]


def test_discarding_drops_queued_jobs_and_the_running_jobs_callbacks(
    runner: TaskRunner, qtbot: QtBot
) -> None:
    release = threading.Event()
    started = threading.Event()
    ran: list[str] = []
    callbacks: list[str] = []

    def blocking() -> None:
        started.set()
        release.wait(10)
        ran.append("first")

    runner.run(blocking, on_done=lambda _r: callbacks.append("first"))
    runner.run(lambda: ran.append("second"), on_done=lambda _r: callbacks.append("second"))
    qtbot.waitUntil(started.is_set)
    runner.discard_pending()
    with qtbot.waitSignal(runner.finished):
        release.set()
    with qtbot.waitSignal(runner.finished):
        runner.run(lambda: ran.append("third"))

    assert ran == ["first", "third"]
    assert callbacks == []
    assert not runner.busy
