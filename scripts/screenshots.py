"""Renders the desktop app's main screens to PNG files, in the light and the dark theme.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py docs/screenshots

Works on a throwaway journal in a temporary folder with cheap key derivation; nothing
touches the real journal or settings.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from shots_common import (  # scripts/shots_common.py
    CHEAP_POLICY,
    PASSPHRASE,
    build_app,
    save,
    settle,
    shots_main,
    shown,
    wait_until,
)
from shots_workflow import workflow_shots, write_workflow_sample  # scripts/shots_workflow.py

from afterglow.app import DesktopApp
from afterglow.core.entries import EntryKind
from afterglow.core.journal import Journal
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.settings import ThemeChoice
from afterglow.vault.services import journal_services
from afterglow.vault.vault import Vault

WINDOW_SIZE = (1100, 740)
JOURNAL_SIZE = (1280, 800)

# A fictional person's integration journal: (days ago, kind, title, body, tags, mood,
# energy, feelings, private). Calm, everyday, and never about doses.
SAMPLE_ENTRIES: list[
    tuple[int, EntryKind, str, str, tuple[str, ...], int | None, int | None, tuple[str, ...], bool]
] = [
    (
        0,
        EntryKind.JOURNAL,
        "A slow morning",
        "Woke before the alarm and didn't reach for the phone. Made tea and sat by the "
        "window while the street was still blue.\n\n"
        "## What I noticed\n\n"
        "- My shoulders dropped when I stopped *planning* the day\n"
        "- The urge to check messages came three times, and passed three times\n"
        "- **I didn't apologise to anyone before nine**, which might be a record\n\n"
        "> Notice, name, and let it move through.\n\n"
        "Something from the session keeps coming back: the feeling of being held by the "
        "music rather than having to hold everything myself. I want to remember that it "
        "is available on an ordinary Tuesday too. #morning #presence",
        ("integration",),
        7,
        5,
        ("calm", "grateful", "open"),
        False,
    ),
    (
        1,
        EntryKind.REFLECTION,
        "Three days after",
        "The big feelings have settled into something quieter. I keep thinking about the "
        "image of the house with every window open.\n\n"
        "What I want to carry forward: I don't have to earn rest. #integration #rest",
        (),
        6,
        4,
        ("reflective", "tender"),
        False,
    ),
    (
        1,
        EntryKind.GRATITUDE,
        "Ten small things",
        "1. The first warm day\n2. Maya's voice note\n3. Soup that tasted like my "
        "grandmother's\n4. A bus driver who waited\n5. Clean sheets\n6. The quiet after "
        "rain\n7. Finishing the book\n8. My own patience this afternoon\n9. The cat "
        "choosing my lap\n10. Being here to notice any of it #gratitude",
        (),
        8,
        6,
        ("grateful", "content"),
        False,
    ),
    (
        3,
        EntryKind.REFLECTION,
        "Session day",
        "Home now, wrapped in the grey blanket. Writing a few lines before they fade.\n\n"
        "- Felt very young, then very old, then just *here*\n"
        "- Saw my father at the kitchen table and, for once, didn't feel small\n"
        "- Cried at the cello part; it felt like being let off a hook\n\n"
        "Tomorrow: walk, water, go gently. #session #family",
        (),
        6,
        3,
        ("tender", "relieved", "awe"),
        True,
    ),
    (
        3,
        EntryKind.INTENTION,
        "What I'm bringing in",
        "I want to look at why I keep apologising for taking up space: in meetings, with "
        "friends, even with the barista.\n\n"
        "If something comes up that scares me, I'll breathe and stay curious instead of "
        "pushing it away. #intention #people-pleasing",
        (),
        5,
        5,
        ("hopeful", "anxious"),
        False,
    ),
    (
        5,
        EntryKind.CHECK_IN,
        "",
        "Slept badly. Heavy chest in the afternoon, lighter after a walk by the canal.",
        ("check-in",),
        4,
        3,
        ("tired", "restless"),
        False,
    ),
    (
        7,
        EntryKind.JOURNAL,
        "Saying no to Sunday lunch",
        "Told Mum I couldn't come this week. Said it plainly, without the three paragraphs "
        "of reasons I usually give.\n\nShe was fine. I was the one who took an hour to "
        "settle. Old alarm, new choice. #boundaries #family #people-pleasing",
        (),
        5,
        6,
        ("proud", "anxious"),
        False,
    ),
    (
        9,
        EntryKind.NOTE,
        "Words to keep",
        "From Dr. Okafor: *\"A pattern can't survive with awareness. You don't have to fight "
        'it, just keep seeing it."*\n\nAnd from me, later: the seeing is the work.',
        ("therapy",),
        None,
        None,
        (),
        False,
    ),
    (
        12,
        EntryKind.JOURNAL,
        "Breathwork, day six",
        "Ten minutes of box breathing before work. Counting felt silly at first, then "
        "like a railing to hold on a steep stair. #breathwork #practice",
        (),
        6,
        6,
        ("grounded",),
        False,
    ),
    (
        16,
        EntryKind.GRATITUDE,
        "Small things",
        "- Fresh bread from the corner bakery\n- A long call with Sam\n- Sun on the "
        "kitchen floor at four o'clock #gratitude",
        (),
        7,
        5,
        ("content", "connected"),
        False,
    ),
    (
        21,
        EntryKind.REFLECTION,
        "Two weeks on",
        "Less raw, more curious. Noticing how often I say *sorry* when I mean *thank you*. "
        "Trying the swap this week. #integration #people-pleasing",
        (),
        6,
        5,
        ("curious", "hopeful"),
        False,
    ),
    (
        30,
        EntryKind.JOURNAL,
        "A hard afternoon",
        "Snapped at Jonah over the dishes, which were never about the dishes. Apologised "
        "an hour later and we talked properly. I want to catch the heat earlier: jaw, "
        "then hands, then voice. #relationships #anger",
        (),
        3,
        7,
        ("frustrated", "ashamed"),
        True,
    ),
    (
        45,
        EntryKind.INTENTION,
        "Starting this journal",
        "I'm starting this so that what I see in the sessions doesn't just evaporate. "
        "Twenty minutes a day, no rules about what counts. #intention",
        (),
        5,
        4,
        ("hopeful", "curious"),
        False,
    ),
    (
        366,
        EntryKind.JOURNAL,
        "Before any of this",
        "Long week. Everything feels like a task on a list, even the nice things. "
        "Maybe it's time to ask for help. #work",
        (),
        3,
        2,
        ("drained", "numb"),
        False,
    ),
]

SEARCH_QUERY = "apologis"


def write_sample_journal(journal: Journal, today: date) -> None:
    """Fills a journal with the fictional entries, oldest first."""
    for days_ago, kind, title, body, tags, mood, energy, feelings, private in reversed(
        SAMPLE_ENTRIES
    ):
        journal.add(
            kind=kind,
            title=title,
            body=body,
            day=today - timedelta(days=days_ago),
            tags=tags,
            mood=mood,
            energy=energy,
            emotions=feelings,
            private=private,
        )
    # One for "On this day": the same date a month earlier.
    month_ago = (today.replace(day=1) - timedelta(days=1)).replace(day=min(today.day, 28))
    if today.day <= 28:
        journal.add(
            kind=EntryKind.GRATITUDE,
            title="Three good things",
            body="A clear sky, a kind email, and an early night. #gratitude",
            day=month_ago,
            mood=6,
        )
    trashed = journal.add(title="Shopping list", body="oats, lemons, stamps", day=today)
    journal.trash(trashed.id)


def journal_shots(app: QApplication, desktop: DesktopApp, theme: ThemeChoice, outdir: Path) -> None:
    """The Journal section: the list, an entry, search, the calendar, filters, the Trash."""
    window = desktop.window
    view = desktop.shell.views["journal"]
    assert isinstance(view, JournalView)
    window.resize(*JOURNAL_SIZE)
    desktop.shell.show_section("journal")
    wait_until(app, lambda: not desktop.runner.busy and view.model.rowCount() > 0)
    view.open_entry(view.model.entry_at(0).id)
    wait_until(app, lambda: not desktop.runner.busy and view.editor.entry_id is not None)
    view.editor.body.setFocus()
    save(app, window, outdir / f"journal-{theme}.png")
    save(app, window, outdir / f"editor-{theme}.png")

    view.search.field.setText(SEARCH_QUERY)
    view.search.search_now()
    wait_until(app, lambda: not desktop.runner.busy and view.search.model.rowCount() > 0)
    view.search.view.setCurrentIndex(view.search.model.index(0))
    save(app, window, outdir / f"search-{theme}.png")
    view.search.field.clear()
    wait_until(app, lambda: not view.search.is_active)

    view.calendar_button.setChecked(True)
    view.show_day(date.today() - timedelta(days=1))
    wait_until(app, lambda: not desktop.runner.busy and bool(view.calendar.marks))
    view.open_entry(view.model.entry_at(0).id)
    wait_until(app, lambda: not desktop.runner.busy)
    save(app, window, outdir / f"calendar-{theme}.png")
    view.show_day(None)
    view.calendar_button.setChecked(False)

    view.filters_button.setChecked(True)
    view.filters.all_of.add("people-pleasing")
    wait_until(app, lambda: not desktop.runner.busy)
    save(app, window, outdir / f"filters-{theme}.png")
    view.filters.clear()
    view.filters_button.setChecked(False)

    view.show_trash()
    wait_until(app, lambda: not desktop.runner.busy and view.trash.model.rowCount() > 0)
    view.trash.select_row(0)
    save(app, window, outdir / f"trash-{theme}.png")
    view.show_writing()

    dialog = view.open_tags()
    assert dialog is not None
    wait_until(app, lambda: not desktop.runner.busy and dialog.model.rowCount() > 0)
    dialog.choose("people-pleasing")
    dialog.name.setText("people-pleasing-pattern")
    dialog.adjustSize()
    save(app, dialog, outdir / f"tags-{theme}.png")
    dialog.reject()

    feelings = view.editor.details.choose_feelings()
    feelings.fit_to_width(680)
    save(app, feelings, outdir / f"feelings-{theme}.png")
    feelings.reject()
    window.resize(*WINDOW_SIZE)


def show_whole(app: QApplication, dialog: QWidget) -> None:
    """Makes a scrolling dialog tall enough to show all of it (the offscreen screen is
    small, so it opens shorter than its content)."""
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    settle(app)
    dialog.resize(dialog.width(), dialog.height() + scroll.verticalScrollBar().maximum())
    settle(app)


def shoot(app: QApplication, theme: ThemeChoice, outdir: Path, scratch: Path) -> None:
    """First run, the empty journal, Settings and the unlock screen, then the sample
    journal's Journal section and integration workflow."""
    folder = scratch / f"journal-{theme}"
    desktop = build_app(app, folder, scratch / f"settings-{theme}.ini", theme)
    with shown(app, desktop, WINDOW_SIZE):
        window = desktop.window
        flow = window.first_run
        assert flow is not None
        save(app, window, outdir / f"first-run-{theme}.png")

        flow.welcome.start_button.click()
        flow.choose.form.passphrase_field.edit.setText(PASSPHRASE)
        flow.choose.form.confirm_field.edit.setText(PASSPHRASE)
        flow.choose.form.confirm_field.setFocus()
        save(app, window, outdir / f"passphrase-{theme}.png")

        flow.choose.continue_button.click()
        wait_until(app, lambda: flow.currentWidget() is flow.key_page)
        save(app, window, outdir / f"recovery-key-{theme}.png")

        last_group = flow.key_page.last_group
        flow.key_page.continue_button.click()
        flow.check.field.setText(last_group)
        save(app, window, outdir / f"recovery-check-{theme}.png")
        flow.check.continue_button.click()
        wait_until(app, lambda: window.pages.currentWidget() is desktop.shell)
        desktop.shell.show_section("today")
        wait_until(app, lambda: not desktop.runner.busy)
        save(app, window, outdir / f"main-{theme}.png")

        # A journal with nothing in it yet: the empty list and a blank page.
        window.resize(*JOURNAL_SIZE)
        desktop.shell.show_section("journal")
        wait_until(app, lambda: not desktop.runner.busy)
        save(app, window, outdir / f"journal-empty-{theme}.png")
        window.resize(*WINDOW_SIZE)
        desktop.shell.show_section("today")

        dialog = window.open_settings()
        assert dialog is not None
        wait_until(app, lambda: not desktop.runner.busy)
        dialog.folder_label.setText("~/.local/share/Afterglow")  # not the scratch folder
        show_whole(app, dialog)
        save(app, dialog, outdir / f"settings-{theme}.png")
        dialog.accept()

        window.lock()
        save(app, window, outdir / f"unlock-{theme}.png")

        page = window.unlock.unlock_page
        page.field.edit.setText("not my passphrase")
        page.unlock_button.click()
        wait_until(app, lambda: not page.error.isHidden())
        page.field.edit.deselect()
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        save(app, window, outdir / f"unlock-error-{theme}.png")

        # Write the sample journal while the app has it locked, then open it as a person would.
        sample = Vault(folder, CHEAP_POLICY).unlock(PASSPHRASE)
        try:
            services = journal_services(sample.database)
            write_sample_journal(services.journal, date.today())
            write_workflow_sample(services, date.today())  # sessions, insights, actions
        finally:
            sample.lock()
        page.field.edit.setText(PASSPHRASE)
        page.unlock_button.click()
        wait_until(app, lambda: window.pages.currentWidget() is desktop.shell)
        journal_shots(app, desktop, theme, outdir)
        workflow_shots(app, desktop, theme, outdir)


def main(argv: list[str]) -> int:
    from shots_exchange import exchange_shots  # scripts/shots_exchange.py, a journal of its own
    from shots_help import help_shots  # scripts/shots_help.py, on the demo journal
    from shots_patterns import patterns_shots  # scripts/shots_patterns.py, a journal of its own
    from shots_practices import practices_shots  # scripts/shots_practices.py, likewise
    from shots_sharing import sharing_shots  # scripts/shots_sharing.py, on a journal of its own

    return shots_main(
        argv,
        __doc__ or "",
        shoot,
        sharing_shots,
        patterns_shots,
        practices_shots,
        exchange_shots,
        help_shots,
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv))
