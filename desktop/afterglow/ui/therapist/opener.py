"""Opening bundles from anywhere in the app: "Open bundle…", a file dropped on the window,
or a link on the welcome and unlock pages (no journal needed there).

Decryption runs on the task runner and stays in memory; with a journal open, its therapist
identities are tried first, otherwise the reader asks for a passphrase or a key file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from afterglow.core.errors import AfterglowError
from afterglow.ui.session import JournalSession
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.widgets.page import Page, button

# The opener is made with the unlock screen, shown first; the bundle code, the reader and
# their wording are imported only once a bundle is opened.
if TYPE_CHECKING:
    from afterglow.bundle import OpenedBundle
    from afterglow.ui.therapist.opening import Attempt
    from afterglow.ui.therapist.reader import BundleReader

BUNDLE_SUFFIX = ".age"


class BundleOpener(QObject):
    """Owns the one reader window and the steps of opening a bundle in it.

    `opened(OpenedBundle)` once a bundle is verified and showing.
    """

    opened = Signal(object)

    def __init__(self, runner: TaskRunner, session: JournalSession, window: QWidget) -> None:
        super().__init__(window)
        self._runner = runner
        self._session = session
        self._window = window
        self._reader: BundleReader | None = None
        self._sealed: bytes | None = None
        self._ticket = 0

    @property
    def reader(self) -> BundleReader | None:
        reader = self._reader
        return reader if reader is not None and shiboken6.isValid(reader) else None

    # -- choosing a file ------------------------------------------------------------------

    def ask_for_file(self) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        dialog = QFileDialog(self._window, self.tr("Open a bundle"), folder)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Afterglow bundles (*.age)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(lambda name: self.open_file(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_action(self) -> QAction:
        """ "Open bundle…" (Ctrl+O), for the main window."""
        action = QAction(self.tr("Open bundle…"), self)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda: self.ask_for_file())
        return action

    def link(self) -> QPushButton:
        """A quiet link for pages shown without a journal (welcome, unlock)."""
        link = button(self.tr("Open a bundle from a client…"), "link")
        link.setToolTip(self.tr("Read a bundle without opening a journal (Ctrl+O)"))
        link.clicked.connect(lambda: self.ask_for_file())
        return link

    def add_link_to(self, page: Page) -> QPushButton:
        """Puts the link under a page's buttons."""
        link = self.link()
        page.column.addSpacing(6)
        page.column.addWidget(link)
        return link

    # -- opening --------------------------------------------------------------------------

    def open_file(self, path: Path) -> BundleReader:
        """Reads and opens the bundle at `path` in the reader window."""
        reader = self._show_reader()
        reader.forget()  # whatever it showed before is not this bundle
        reader.show_working(self.tr("Reading and checking the bundle…"))
        services = self._session.services
        keys = services.bundle_keys if services is not None else None
        ticket = self._next_ticket()
        from afterglow.ui.therapist.opening import first_attempt

        self._runner.run(
            lambda: first_attempt(path, keys),
            on_done=lambda attempt: self._first_attempt_done(ticket, attempt),
            on_error=lambda error: self._failed(ticket, error),
        )
        return reader

    def _first_attempt_done(self, ticket: int, attempt: Attempt) -> None:
        reader = self._current(ticket)
        if reader is None:
            return
        self._sealed = attempt.sealed
        if attempt.opened is not None:
            self._show(attempt.opened)
        elif attempt.with_passphrase:
            reader.ask_for_passphrase()
        else:
            reader.ask_for_key_file(stored_failed=attempt.stored_identities_failed)

    def try_passphrase(self, passphrase: str) -> None:
        reader, sealed = self.reader, self._sealed
        if reader is None or sealed is None:
            return
        reader.trying_key(self.tr("Opening it with the passphrase…"))
        ticket = self._next_ticket()
        from afterglow.ui.therapist.opening import open_with_passphrase

        self._runner.run(
            lambda: open_with_passphrase(sealed, passphrase),
            on_done=lambda opened: self._opened_with_key(ticket, opened),
            on_error=lambda error: self._key_failed(ticket, error, True),
        )

    def ask_for_key_file(self) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        dialog = QFileDialog(self.reader or self._window, self.tr("Choose your key file"), folder)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.try_key_file(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def try_key_file(self, key_file: Path) -> None:
        reader, sealed = self.reader, self._sealed
        if reader is None or sealed is None:
            return
        reader.trying_key(self.tr("Opening it with your key…"))
        ticket = self._next_ticket()
        from afterglow.ui.therapist.opening import open_with_key_file

        self._runner.run(
            lambda: open_with_key_file(sealed, key_file),
            on_done=lambda opened: self._opened_with_key(ticket, opened),
            on_error=lambda error: self._key_failed(ticket, error, False),
        )

    def _opened_with_key(self, ticket: int, opened: OpenedBundle) -> None:
        if self._current(ticket) is not None:
            self._show(opened)

    def _key_failed(self, ticket: int, error: AfterglowError, with_passphrase: bool) -> None:
        reader = self._current(ticket)
        if reader is None:
            return
        from afterglow.bundle.errors import InvalidIdentity, WrongBundleKey
        from afterglow.ui.therapist.wording import opening_problem

        message = opening_problem(error, with_passphrase=with_passphrase)
        if isinstance(error, WrongBundleKey | InvalidIdentity):
            if with_passphrase:
                reader.ask_for_passphrase(message)
            else:
                reader.ask_for_key_file(message)
            return
        self._failed(ticket, error)

    def _show(self, opened: OpenedBundle) -> None:
        reader = self.reader
        if reader is None:
            return
        self._sealed = None  # the bundle is open; the ciphertext is not needed any more
        reader.show_bundle(opened)
        self.opened.emit(opened)

    def _failed(self, ticket: int, error: AfterglowError) -> None:
        reader = self._current(ticket)
        if reader is None:
            return
        self._sealed = None
        from afterglow.ui.therapist.wording import opening_problem, problem_heading

        reader.show_problem(problem_heading(error), opening_problem(error))

    # -- extracting -----------------------------------------------------------------------

    def ask_where_to_extract(self) -> QFileDialog | None:
        reader = self.reader
        if reader is None or reader.opened is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(reader, self.tr("Extract the bundle's files to"), folder)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda name: self.extract_to(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def extract_to(self, folder: Path) -> None:
        """Writes the open bundle's files into `folder`; nothing is ever overwritten."""
        reader = self.reader
        if reader is None or reader.opened is None:
            return
        opened = reader.opened
        reader.extracting()
        ticket = self._ticket
        from afterglow.ui.therapist.opening import extract_files
        from afterglow.ui.therapist.wording import opening_problem

        def extracted(paths: list[Path]) -> None:
            if self._current(ticket) is not None and reader.opened is opened:
                reader.show_extracted(str(folder), len(paths))

        def refused(error: AfterglowError) -> None:
            if self._current(ticket) is not None:
                reader.extract_failed(opening_problem(error))

        self._runner.run(lambda: extract_files(opened, folder), on_done=extracted, on_error=refused)

    # -- the reader window ----------------------------------------------------------------

    def _show_reader(self) -> BundleReader:
        reader = self.reader
        if reader is not None and reader.isVisible():
            reader.raise_()  # already open: bring it forward for the new bundle
        if reader is None:
            from afterglow.ui.therapist.reader import BundleReader

            reader = BundleReader(self._window)
            reader.passphrase_given.connect(self.try_passphrase)
            reader.key_file_requested.connect(self.ask_for_key_file)
            reader.extract_requested.connect(self.ask_where_to_extract)
            reader.another_requested.connect(self.ask_for_file)
            reader.finished.connect(lambda _result: self._closed())
            reader.setAcceptDrops(True)  # another bundle dropped on the reader opens there
            reader.installEventFilter(BundleDrop(self, reader))
            self._reader = reader
        reader.show()
        reader.activateWindow()
        return reader

    def _closed(self) -> None:
        self._sealed = None
        self._ticket += 1  # whatever is still running for it is no longer wanted

    def _next_ticket(self) -> int:
        self._ticket += 1
        return self._ticket

    def _current(self, ticket: int) -> BundleReader | None:
        return self.reader if ticket == self._ticket else None


class BundleDrop(QObject):
    """Lets a bundle file be dropped anywhere on a window that has no better use for it."""

    def __init__(self, opener: BundleOpener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDropEvent
        ):
            if dropped_bundle(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = dropped_bundle(event)
            if path is not None:
                event.acceptProposedAction()
                self._opener.open_file(path)
                return True
        return False


def dropped_bundle(event: QDropEvent) -> Path | None:
    """The one local `.age` file being dragged, if that is what it is."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.name.lower().endswith(BUNDLE_SUFFIX) else None
