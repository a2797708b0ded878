"""The one task runner for slow work: a serial queue on one worker thread.

Key derivation, database work and backups all go through `TaskRunner.run`; jobs run one
at a time in the order they were asked for, and their results come back on the UI thread.
Jobs never touch widgets; they return values and the callbacks update the UI.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from afterglow.core.errors import AfterglowError, JournalLocked

log = logging.getLogger(__name__)

Report = Callable[[int, int], None]
OnDone = Callable[[Any], None]
OnError = Callable[[AfterglowError], None]
OnProgress = Callable[[int, int], None]


@dataclass
class _Job:
    task_id: int
    fn: Callable[..., Any]
    wants_progress: bool


@dataclass
class _Callbacks:
    on_done: OnDone | None
    on_error: OnError | None
    on_progress: OnProgress | None


class _Worker(QThread):
    """Takes jobs from the queue until told to stop; reports through queued signals."""

    job_done = Signal(int, object)
    job_failed = Signal(int, object)
    job_progress = Signal(int, int, int)

    def __init__(self, jobs: deque[_Job | None], wake: threading.Condition) -> None:
        super().__init__()
        self._jobs = jobs
        self._wake = wake

    def run(self) -> None:
        while True:
            with self._wake:
                while not self._jobs:
                    self._wake.wait()
                job = self._jobs.popleft()
            if job is None:
                return
            self._run(job)

    def _run(self, job: _Job) -> None:
        try:
            if job.wants_progress:

                def report(done: int, total: int) -> None:
                    self.job_progress.emit(job.task_id, done, total)

                result = job.fn(report)
            else:
                result = job.fn()
        except AfterglowError as exc:
            self.job_failed.emit(job.task_id, exc)
        except Exception as exc:
            # A bug, not something the person did. Its message could hold journal text, so
            # only the exception type and where it happened (no source lines) are logged.
            frames = "\n".join(
                f"  {frame.filename}:{frame.lineno} in {frame.name}"
                for frame in traceback.extract_tb(exc.__traceback__)
            )
            log.error("a background task failed with %s:\n%s", type(exc).__name__, frames)
            self.job_failed.emit(job.task_id, None)
        else:
            self.job_done.emit(job.task_id, result)


class TaskRunner(QObject):
    """Runs jobs off the UI thread, in order; signals and callbacks arrive on the UI thread.

    `failed` carries an `AfterglowError` whose message is meant for a person; a bug in a
    job arrives as a generic "Something went wrong" error that holds no journal text.
    """

    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: deque[_Job | None] = deque()
        self._wake = threading.Condition()
        self._callbacks: dict[int, _Callbacks] = {}
        self._next_id = 1
        self._running = 0
        self._worker = _Worker(self._jobs, self._wake)
        self._worker.job_done.connect(self._on_done)
        self._worker.job_failed.connect(self._on_failed)
        self._worker.job_progress.connect(self._on_progress)
        self._worker.start()

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        progress: OnProgress | None = None,
    ) -> int:
        """Queues `fn`; with `progress`, `fn` is called with a `report(done, total)` function.

        Returns the task's id, as carried by the `finished`, `failed` and `progress` signals.
        """
        if not self._worker.isRunning():
            raise RuntimeError("the task runner has been shut down")
        task_id = self._next_id
        self._next_id += 1
        self._callbacks[task_id] = _Callbacks(on_done, on_error, progress)
        self._running += 1
        with self._wake:
            self._jobs.append(_Job(task_id, fn, progress is not None))
            self._wake.notify()
        return task_id

    @property
    def busy(self) -> bool:
        """Whether any job is queued or running."""
        return self._running > 0

    def discard_pending(self) -> None:
        """Drops queued jobs and forgets the callbacks of the one running.

        Used on lock: nothing queued for the journal may run once it is locked, and
        results that arrive after the lock must not reach the (cleared) views.
        """
        with self._wake:
            dropped = sum(1 for job in self._jobs if job is not None)
            self._jobs.clear()
        self._running -= dropped
        self._callbacks.clear()

    def shutdown(self) -> None:
        """Drops queued jobs, lets the running one finish and stops the worker thread."""
        if not self._worker.isRunning():
            return
        self.discard_pending()
        with self._wake:
            self._jobs.append(None)
            self._wake.notify()
        self._worker.wait()

    def _generic_error(self) -> AfterglowError:
        return AfterglowError(
            self.tr(
                "Something went wrong. Please try again; if it keeps happening, restart Afterglow."
            )
        )

    def _on_done(self, task_id: int, result: object) -> None:
        self._running = max(self._running - 1, 0)
        callbacks = self._callbacks.pop(task_id, None)
        self.finished.emit(task_id, result)
        if callbacks is not None and callbacks.on_done is not None:
            callbacks.on_done(result)

    def _on_failed(self, task_id: int, error: AfterglowError | None) -> None:
        self._running = max(self._running - 1, 0)
        callbacks = self._callbacks.pop(task_id, None)
        error = error if error is not None else self._generic_error()
        self.failed.emit(task_id, error)
        if isinstance(error, JournalLocked):
            return  # queued before a lock: its view has been cleared, nothing to tell
        if callbacks is not None and callbacks.on_error is not None:
            callbacks.on_error(error)

    def _on_progress(self, task_id: int, done: int, total: int) -> None:
        self.progress.emit(task_id, done, total)
        callbacks = self._callbacks.get(task_id)
        if callbacks is not None and callbacks.on_progress is not None:
            callbacks.on_progress(done, total)
