"""When to lock by itself: after idle time, and when the computer sleeps or its screen locks."""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

MINUTE_MS = 60_000

# Input that means a person is at the keyboard. Paint and timer events do not count.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleTimer(QObject):
    """Emits `timed_out` after `timeout_ms` without keyboard or mouse activity in the app.

    While it runs it watches every event in the application, so input anywhere, dialogs
    included, counts as activity; stopped, it watches nothing (a filter on the whole
    application makes PySide look up a Python type for every kind of object it sees,
    which before the first paint of the unlock screen costs noticeably).
    """

    timed_out = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Coarse timers may fire up to 5% late; a lock should come when it says it will.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.timed_out)

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @property
    def is_running(self) -> bool:
        return self._timer.isActive()

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # once: installing again moves it to the front
        self._timer.start()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._timer.isActive() and event.type() in _ACTIVITY:
            self._timer.start()
        return False


class SystemLockSignals(QObject):
    """Emits `lock_requested` when the system is about to sleep or the screen locks.

    Listens on D-Bus where the desktop offers it: logind's PrepareForSleep on the system
    bus, and the freedesktop and GNOME screen savers' ActiveChanged on the session bus.
    Where a bus or service is missing, nothing is connected and nothing is said.
    """

    lock_requested = Signal()

    SCREEN_SAVERS = (
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
        ("org.freedesktop.ScreenSaver", "/ScreenSaver"),  # KDE
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    )

    def __init__(
        self,
        system_bus: QDBusConnection | None,
        session_bus: QDBusConnection | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        if (
            system_bus is not None
            and system_bus.isConnected()
            and _connect(
                system_bus,
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                SLOT("prepareForSleep(bool)"),
            )
        ):
            self.watching.append("sleep")
        if session_bus is not None and session_bus.isConnected():
            for service, path in self.SCREEN_SAVERS:
                if _connect(
                    session_bus,
                    service,
                    path,
                    service,
                    "ActiveChanged",
                    self,
                    SLOT("activeChanged(bool)"),
                ):
                    self.watching.append(service)
        log.debug("watching for system lock events: %s", ", ".join(self.watching) or "none")

    @Slot(bool)
    def prepareForSleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit()

    @Slot(bool)
    def activeChanged(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()


def _connect(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    name: str,
    receiver: QObject,
    slot: str,
) -> bool:
    # PySide6's stubs declare the slot as bytes, but at run time only the str that SLOT()
    # returns is accepted.
    return bool(bus.connect(service, path, interface, name, receiver, slot))  # type: ignore[call-overload]
