"""The "Share with therapist" section: the client's sharing flow, and therapist mode."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from afterglow.bundle.builder import PdfRenderer
from afterglow.core.journal import local_now
from afterglow.ui.secret_clipboard import SecretClipboard
from afterglow.ui.sharing.parts import Segments, scrolling
from afterglow.ui.sharing.share_flow import ShareFlow
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.theme import Colors
from afterglow.ui.therapist.panel import TherapistPanel
from afterglow.vault.services import JournalServices

SHARE = "share"
THERAPIST = "therapist"


class ShareView(QWidget):
    """Follows the section contract. `open_bundle_requested` is wired (in `app.py`) to the
    app's one `BundleOpener`, which also serves the window's "Open bundle…"."""

    notice = Signal(str)
    open_bundle_requested = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        clipboard: SecretClipboard,
        colors: Callable[[], Colors],
        pdf_renderer: PdfRenderer | None,
        *,
        now: Callable[[], datetime] = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = Segments(
            [(SHARE, self.tr("Share with my therapist")), (THERAPIST, self.tr("Therapist mode"))],
            self.tr("Share or read bundles"),
        )
        self.flow = ShareFlow(runner, clipboard, colors, pdf_renderer, now=now)
        self.therapist = TherapistPanel(runner)
        therapist_page = scrolling(self.therapist, 820)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.flow)
        self.pages.addWidget(therapist_page)
        self._pages: dict[str, QWidget] = {SHARE: self.flow, THERAPIST: therapist_page}

        top = QHBoxLayout()
        top.setContentsMargins(0, 8, 0, 0)
        top.addStretch(1)
        top.addWidget(self.mode)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        self.mode.chosen.connect(self.show_mode)
        self.flow.notice.connect(self.notice)
        self.therapist.notice.connect(self.notice)
        self.therapist.open_bundle_requested.connect(self.open_bundle_requested)

    def show_mode(self, mode: str) -> None:
        if self.mode.current != mode:
            self.mode.choose(mode)
        self.pages.setCurrentWidget(self._pages[mode])

    # -- the section contract ---------------------------------------------------------------

    def open_journal(self, services: JournalServices) -> None:
        self.flow.open_journal(services)
        self.therapist.open_journal(services.bundle_keys)

    def flush(self) -> None:
        """Nothing typed here waits to be saved: contacts and identities save at once."""

    def clear(self) -> None:
        self.flow.clear()
        self.therapist.clear()
        self.show_mode(SHARE)
