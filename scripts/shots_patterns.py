"""Screenshots of the Patterns section (overview, a pattern's page, the questionnaires and
the crisis resources), light and dark, over a fictional person's three months.

Usage: QT_QPA_PLATFORM=offscreen python scripts/shots_patterns.py docs/screenshots
(`scripts/screenshots.py` calls `patterns_shots` too, on a journal of its own.)
"""

from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from shots_common import (  # scripts/shots_common.py
    new_journal,
    open_journal,
    run_in_background,
    save,
    shots_main,
    wait_until,
)

from afterglow.app import DesktopApp
from afterglow.core.entries import EntryKind
from afterglow.core.measures import Instrument
from afterglow.core.practices import BuiltinPractice
from afterglow.patterns import month_of
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.patterns.patterns_view import PatternsView
from afterglow.ui.patterns.ranges import RangeChoice
from afterglow.ui.settings import ThemeChoice
from afterglow.vault.services import JournalServices

SIZE = (1280, 860)
DAYS = 104
SESSION_DAYS_AGO = (70, 27)

# (title, body, tags, feelings): everyday, fictional, never about doses.
DAYS_WRITTEN = [
    (
        "Morning pages",
        "Three pages before the kettle boiled. Mostly lists, then one true line "
        "about wanting more quiet in the evenings.",
        ("rest",),
        ("calm",),
    ),
    (
        "Stand-up ran long",
        "Said yes to another ticket I had no room for. Noticed the tight throat afterwards. #work",
        ("work", "people-pleasing"),
        ("anxious", "tired"),
    ),
    (
        "Canal walk",
        "Forty minutes by the water, phone in the bag. The herons were out.",
        ("walk",),
        ("calm", "content"),
    ),
    (
        "Sunday lunch at Mum's",
        "Offered to do the dishes, the shopping and the lift home before anyone asked. Old habit.",
        ("family", "people-pleasing"),
        ("tired", "tender"),
    ),
    (
        "Slept badly",
        "Woke at four with the meeting on loop. Breathing helped a little.",
        ("sleep", "work"),
        ("anxious", "overwhelmed"),
    ),
    (
        "Small wins",
        "Finished the report, left on time, cooked something green.",
        ("work", "rest"),
        ("content", "hopeful"),
    ),
    (
        "Jonah and the dishes",
        "Snapped about the dishes again. Apologised later and we "
        "talked about being tired rather than about plates.",
        ("relationships",),
        ("frustrated", "tender"),
    ),
    (
        "Integration notes",
        "The image of the open house keeps coming back. Less need to guard every room.",
        ("integration",),
        ("hopeful", "tender"),
    ),
    (
        "Said no",
        "Turned down the Friday drinks without a paragraph of reasons. The world kept turning.",
        ("boundaries", "people-pleasing"),
        ("proud", "anxious"),
    ),
    (
        "Quiet evening",
        "Bath, book, early night. Nothing to report, which is the report.",
        ("rest",),
        ("calm", "grateful"),
    ),
    (
        "Therapy day",
        "Talked about the part of me that keeps score of everyone's moods. It's tired.",
        ("therapy", "integration"),
        ("tender", "hopeful"),
    ),
    (
        "Park with Sam",
        "Long walk, longer talk. Laughed properly for the first time in a while.",
        ("walk", "friends"),
        ("grateful", "content"),
    ),
]


PLEASING_TIMES = [
    (
        "A colleague asked for help on a deadline",
        "Said yes straight away",
        "Say I'll check my week and reply by lunch",
    ),
    (
        "Mum hinted she needed a lift on Saturday",
        "Offered before she asked, cancelled my swim",
        "Ask what she needs, then see what I can give",
    ),
    (
        "Friend chose a restaurant I dislike",
        "Said it sounded perfect",
        "Suggest the Thai place; it's allowed to have a preference",
    ),
    (
        "Manager asked if I minded staying late",
        "Said of course, felt resentful all evening",
        "Say not tonight, I can start early tomorrow",
    ),
]
SNAPPING_TIMES = [
    (
        "Dishes left in the sink after a long day",
        "Raised my voice, then went quiet",
        "Say I'm tired and need ten minutes first",
    ),
    (
        "Jonah asked what was for dinner as I walked in",
        "Answered with a sigh and a dig",
        "Take my coat off, breathe, then answer",
    ),
    (
        "Running late and he couldn't find the keys",
        "Snapped that he never plans ahead",
        "Name that I'm stressed about time, not about him",
    ),
]


def _mood(days_ago: int, rng: random.Random) -> int:
    """A slow lift over the months, a dip before each session and an afterglow after."""
    base = 4.2 + 2.3 * (DAYS - days_ago) / DAYS
    for session in SESSION_DAYS_AGO:
        since = session - days_ago
        if -6 <= since < 0:
            base -= 0.8
        elif 0 < since <= 14:
            base += 1.3 * (1 - since / 16)
    return max(1, min(9, round(base + rng.gauss(0, 0.9))))


def write_patterns_sample(services: JournalServices, today: date) -> None:
    """Three months of entries with moods, tags and feelings, two sessions, two practices
    with their logs, two named patterns with occurrences, and a few questionnaires."""
    rng = random.Random(11)
    journal = services.journal
    linked: dict[str, dict[date, str]] = {"people-pleasing": {}, "relationships": {}}
    for days_ago in range(DAYS, 0, -1):
        if rng.random() < 0.18:
            continue
        day = today - timedelta(days=days_ago)
        title, body, tags, feelings = rng.choice(DAYS_WRITTEN)
        mood = _mood(days_ago, rng)
        entry = journal.add(
            kind=EntryKind.JOURNAL,
            title=title,
            body=body,
            day=day,
            tags=tags,
            mood=mood,
            energy=max(1, min(9, mood + rng.randint(-2, 1))),
            emotions=feelings,
        )
        for tag in linked:
            if tag in tags:
                linked[tag][day] = entry.id
    zone = datetime.now().astimezone().tzinfo
    for days_ago in SESSION_DAYS_AGO:
        started = datetime.combine(today - timedelta(days=days_ago), datetime.min.time())
        services.sessions.add(
            started_at=started.replace(hour=10, tzinfo=zone),
            route="iv",
            setting="Clinic, the quiet room",
            mood_before=4,
            mood_after=7,
        )
    practices = services.practices
    practices.ensure_builtins(active={BuiltinPractice.BREATHWORK, BuiltinPractice.GRATITUDE})
    for practice in practices.list(active_only=True):
        share = 0.7 if practice.builtin == BuiltinPractice.BREATHWORK else 0.5
        for days_ago in range(60, 0, -1):
            practices.log(practice.id, today - timedelta(days=days_ago), done=rng.random() < share)
    patterns = services.patterns
    pleasing = patterns.add(
        "People-pleasing",
        "Saying yes before I've checked whether I want to; smoothing things over so nobody "
        "is disappointed in me.",
    )
    snapping = patterns.add(
        "Snapping at Jonah when I'm tired",
        "Short, sharp answers at the end of a long day, usually about something small.",
    )
    # Times noted per calendar month, oldest first (three months ago to this one), and
    # what happened, so the trend reads as it would for someone a few months in.
    notes = {
        pleasing.id: ([7, 5, 3, 1], PLEASING_TIMES, linked["people-pleasing"]),
        snapping.id: ([3, 4, 2, 1], SNAPPING_TIMES, linked["relationships"]),
    }
    this_month = today.replace(day=1)
    for pattern_id, (per_month, times, entry_ids) in notes.items():
        noted = 0
        for back, count in zip(range(3, -1, -1), per_month, strict=True):
            first = this_month
            for _ in range(back):
                first = (first - timedelta(days=1)).replace(day=1)
            # Days with an entry about it, where there are enough, so most times link to
            # the entry they were noted from.
            month = month_of(first)
            written = [d for d in sorted(entry_ids) if month_of(d) == month and d < today]
            for n in range(count):
                if len(written) >= count:
                    day = written[n * len(written) // count]
                else:
                    day = min(
                        first + timedelta(days=2 + n * 25 // count), today - timedelta(days=1)
                    )
                trigger, response, instead = times[noted % len(times)]
                noted += 1
                patterns.log_occurrence(
                    pattern_id,
                    occurred_at=datetime.combine(day, datetime.min.time()).replace(
                        hour=17 + n % 4, minute=(13 * noted) % 60, tzinfo=zone
                    ),
                    entry_id=entry_ids.get(day),
                    trigger=trigger,
                    response=response,
                    alternative=instead,
                    intensity=max(2, min(9, 4 + back + rng.randint(-1, 1))),
                )
    # Scores easing over the months; the latest a little over two weeks ago.
    phq9 = [(86, [2, 2, 2, 1, 1, 2, 1, 1, 0]), (58, [1, 2, 1, 2, 1, 1, 1, 1, 0]),
            (32, [1, 1, 1, 1, 1, 1, 1, 0, 0]), (16, [1, 1, 1, 1, 0, 1, 0, 0, 0])]  # fmt: skip
    gad7 = [(86, [2, 3, 2, 2, 2, 2, 2]), (58, [2, 2, 2, 2, 1, 2, 1]),
            (32, [2, 1, 2, 1, 1, 1, 1]), (16, [1, 1, 1, 1, 1, 1, 1])]  # fmt: skip
    for instrument, taken in ((Instrument.PHQ9, phq9), (Instrument.GAD7, gad7)):
        for days_ago, answers in taken:
            when = datetime.combine(today - timedelta(days=days_ago), datetime.min.time())
            services.measures.take(instrument, answers, when.replace(hour=9, tzinfo=zone))


def shoot_patterns(
    app: QApplication, desktop: DesktopApp, theme: ThemeChoice, outdir: Path
) -> None:
    """Adds the sample data to the open journal, then shoots the Patterns section."""
    services = desktop.session.services
    assert services is not None
    run_in_background(app, desktop, lambda: write_patterns_sample(services, date.today()))
    window = desktop.window
    old_size = window.size()
    window.resize(*SIZE)
    view = desktop.shell.views["patterns"]
    assert isinstance(view, PatternsView)
    idle = lambda: not desktop.runner.busy  # noqa: E731

    desktop.shell.show_section("patterns")
    view.show_overview()
    view.overview.range.set_choice(RangeChoice.LAST_3_MONTHS)
    wait_until(app, lambda: idle() and view.overview.digest is not None)
    save(app, window, outdir / f"patterns-{theme}.png")

    overview = view.overview
    overview.mood.choose_day(max(overview.mood.days.values()))
    wait_until(app, lambda: idle() and overview.panel.model.rowCount() > 0)
    save(app, window, outdir / f"patterns-day-{theme}.png")
    tags = overview.tags
    busiest = max(range(len(tags.periods)), key=lambda n: tags.counts[tags.names[0]][n])
    tags.choose(tags.names[0], busiest)
    wait_until(app, lambda: idle() and overview.panel.model.rowCount() > 1)
    save(app, window, outdir / f"patterns-entries-{theme}.png")
    overview.panel.close_panel()
    bar = overview.scroll_area.verticalScrollBar()
    bar.setValue(overview.sessions.y() - 8)
    save(app, window, outdir / f"patterns-sessions-{theme}.png")
    bar.setValue(overview.practice_mood.y() - 8)
    save(app, window, outdir / f"patterns-practices-{theme}.png")
    bar.setValue(bar.maximum())
    save(app, window, outdir / f"patterns-trends-{theme}.png")
    bar.setValue(0)

    named = view.named
    view.show_named_patterns()
    wait_until(app, lambda: idle() and named.model.rowCount() > 0)
    named.show_pattern(named.model.row_at(0).pattern.id)
    wait_until(app, lambda: idle() and named.page.details is not None)
    named.page.select_row(0)
    save(app, window, outdir / f"pattern-{theme}.png")

    measures = view.measures
    view.show_measures()
    wait_until(app, lambda: idle() and measures.history.rowCount() > 0)
    save(app, window, outdir / f"measures-history-{theme}.png")
    form = measures.start(Instrument.PHQ9)
    for row, answer in zip(form.rows[:5], (1, 2, 1, 1, 0), strict=True):
        row.choose(answer)
    form.rows[5].buttons[1].setFocus()
    save(app, window, outdir / f"measures-{theme}.png")
    for row, answer in zip(form.rows[5:8], (1, 0, 0), strict=True):
        row.choose(answer)
    form.rows[8].choose(1)
    form.crisis.setFocus()
    measures.form_page.ensureWidgetVisible(form.crisis, 0, 40)
    bar = measures.form_page.verticalScrollBar()
    bar.setValue(min(bar.maximum(), form.crisis.y() - 220))
    save(app, window, outdir / f"crisis-{theme}.png")
    measures.show_home()

    # "This is a pattern…" from an entry in the Journal.
    journal = desktop.shell.views["journal"]
    assert isinstance(journal, JournalView)
    desktop.shell.show_section("journal")
    journal.model.reload()  # the sample was written after the list first loaded
    wait_until(app, lambda: idle() and journal.model.rowCount() > 0)
    journal.open_entry(journal.model.entry_at(0).id)
    wait_until(app, lambda: idle() and journal.editor.pattern_button.isVisible())
    save(app, window, outdir / f"pattern-button-{theme}.png")
    journal.editor.pattern_button.click()
    wait_until(app, lambda: idle() and view.dialog is not None and view.dialog.isVisible())
    dialog = view.dialog
    assert dialog is not None
    dialog.trigger.setPlainText("A colleague asked me to cover their shift")
    dialog.resize(dialog.sizeHint())  # the offscreen screen is small; show it whole
    save(app, dialog, outdir / f"pattern-from-entry-{theme}.png")
    dialog.reject()
    view.show_overview()
    window.resize(old_size)


def patterns_shots(app: QApplication, theme: ThemeChoice, outdir: Path, scratch: Path) -> None:
    """The Patterns section's shots in one theme, on a journal of its own in `scratch`."""
    new_journal(scratch / f"patterns-journal-{theme}")
    with open_journal(app, "patterns", theme, scratch, SIZE) as desktop:
        shoot_patterns(app, desktop, theme, outdir)


if __name__ == "__main__":
    sys.exit(shots_main(sys.argv, __doc__ or "", patterns_shots))
