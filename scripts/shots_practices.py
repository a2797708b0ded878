"""Screenshots of the Practices section (the overview with its heat maps, the breathing
pacer mid-breath) and of Today with its practices card, light and dark, over a fictional
person's ten weeks of practising.

Usage: QT_QPA_PLATFORM=offscreen python scripts/shots_practices.py docs/screenshots
(`scripts/screenshots.py` calls `practices_shots` too, on a journal of its own.)
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea
from shots_common import (  # scripts/shots_common.py
    new_journal,
    open_journal,
    run_in_background,
    save,
    shots_main,
    wait_until,
)

from afterglow.app import DesktopApp
from afterglow.core.practices import BuiltinPractice, PracticeKind
from afterglow.ui.practices.practices_view import PracticesView
from afterglow.ui.settings import ThemeChoice
from afterglow.vault.services import JournalServices

SIZE = (1180, 860)
WEEKS = 10
GRATITUDE = (
    "Morning light on the kitchen table",
    "Maya's voice note",
    "A bus driver who waited",
    "Soup from the freezer",
    "The quiet after rain",
    "Finishing the chapter",
    "The cat on my lap",
    "A walk without the phone",
    "Clean sheets",
    "Being here to notice",
)


class StillClock:
    """A monotonic clock the script moves by hand, so the pacer stops mid-breath."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def write_practices_sample(services: JournalServices, today: date) -> None:
    """Ten weeks of practising: a slow start, a steadier habit, some days simply missed."""
    rng = random.Random(11)
    practices = services.practices
    practices.ensure_builtins()  # the view may have made them already, switched off
    for practice in practices.list():
        if practice.builtin is not None:
            practices.set_active(practice.id, True)
    walk = practices.add(
        name="Walk by the canal", kind=PracticeKind.CHECK, schedule="Mon, Wed, Fri, Sat"
    )
    by_builtin = {p.builtin: p for p in practices.list(active_only=True)}
    first = today - timedelta(weeks=WEEKS)
    for offset in range(WEEKS * 7 + 1):
        day = first + timedelta(days=offset)
        settled = offset / (WEEKS * 7)  # the habit grows steadier over the weeks
        if day == today:
            settled = 0.0  # today is still to do, apart from what is logged below
        breath = by_builtin[BuiltinPractice.BREATHWORK]
        if rng.random() < 0.45 + 0.45 * settled:
            minutes = rng.choice((6, 8, 10, 10, 10, 12))
            practices.log(breath.id, day, done=minutes >= 10, amount=minutes)
        cold = by_builtin[BuiltinPractice.COLD_SHOWER]
        if rng.random() < 0.3 + 0.4 * settled:
            practices.log(cold.id, day, done=True, amount=30)
        grateful = by_builtin[BuiltinPractice.GRATITUDE]
        if rng.random() < 0.5 + 0.35 * settled:
            count = rng.choice((6, 8, 10, 10))
            practices.log(grateful.id, day, done=count == 10, items=rng.sample(GRATITUDE, count))
        journaling = by_builtin[BuiltinPractice.JOURNALING]
        if rng.random() < 0.55 + 0.3 * settled:
            minutes = rng.choice((12, 15, 20, 22, 25))
            practices.log(journaling.id, day, done=minutes >= 20, amount=minutes)
        if walk.is_scheduled(day) and rng.random() < 0.5 + 0.4 * settled:
            practices.log(walk.id, day, done=True)
    practices.log(by_builtin[BuiltinPractice.GRATITUDE].id, today, done=True, items=GRATITUDE)
    practices.log(by_builtin[BuiltinPractice.JOURNALING].id, today, done=False, amount=8)


def shoot_practices(
    app: QApplication, desktop: DesktopApp, theme: ThemeChoice, outdir: Path
) -> None:
    """Adds the sample to the open journal, then shoots Practices, the pacer and Today."""
    services = desktop.session.services
    assert services is not None
    run_in_background(app, desktop, lambda: write_practices_sample(services, date.today()))
    window = desktop.window
    view = desktop.shell.views["practices"]
    assert isinstance(view, PracticesView)
    idle = lambda: not desktop.runner.busy  # noqa: E731

    desktop.shell.show_section("practices")
    view.refresh()
    wait_until(app, lambda: idle() and len(view.cards) == 5)
    save(app, window, outdir / f"practices-{theme}.png")

    clock = StillClock()
    view.clock = clock
    breathwork = next(
        o.practice.id for o in view.overviews if o.practice.builtin is BuiltinPractice.BREATHWORK
    )
    page = view.open_practice(breathwork)
    assert page is not None and page.pacer is not None
    page.pacer.start()
    clock.now += 7 * 16 + 2.5  # box breathing: seven rounds, then half-way through breathing in
    page.pacer.tick()
    save(app, window, outdir / f"pacer-{theme}.png")
    page.pacer.pause()
    view.show_overview()

    desktop.shell.show_section("today")
    wait_until(app, idle)
    desktop.shell.notice.hide()  # "Logged for today." from leaving the pacer
    card = view.today_card
    scroll = next((a for a in desktop.shell.findChildren(QScrollArea) if a.isVisible()), None)
    if scroll is not None:
        scroll.ensureWidgetVisible(card, 0, 24)
    save(app, window, outdir / f"today-practices-{theme}.png")


def practices_shots(app: QApplication, theme: ThemeChoice, outdir: Path, scratch: Path) -> None:
    """The Practices section's shots in one theme, on a journal of its own in `scratch`."""
    new_journal(scratch / f"practices-journal-{theme}")
    with open_journal(app, "practices", theme, scratch, SIZE) as desktop:
        shoot_practices(app, desktop, theme, outdir)


if __name__ == "__main__":
    sys.exit(shots_main(sys.argv, __doc__ or "", practices_shots))
