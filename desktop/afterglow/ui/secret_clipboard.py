"""A clipboard for secrets: cleared after a while if it still holds what was copied."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard

CLIPBOARD_CLEAR_MS = 60_000


class SecretClipboard(QObject):
    """Copies a secret, then clears the clipboard after a while if it still holds it.

    Only a hash of the secret is kept, to recognise it on the clipboard later.
    """

    def __init__(
        self,
        clipboard: QClipboard,
        clear_after_ms: int = CLIPBOARD_CLEAR_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._fingerprint: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_now)

    @property
    def clear_after_ms(self) -> int:
        return self._timer.interval()

    def copy(self, secret: str) -> None:
        self._clipboard.setText(secret)
        self._fingerprint = _fingerprint(secret)
        self._timer.start()

    def clear_now(self) -> None:
        """Clears the clipboard if it still holds the secret; leaves anything else alone."""
        self._timer.stop()
        if self._fingerprint is not None and _fingerprint(self._clipboard.text()) == (
            self._fingerprint
        ):
            self._clipboard.clear()
        self._fingerprint = None


def _fingerprint(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()
