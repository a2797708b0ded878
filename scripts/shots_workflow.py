"""Screenshots of the integration workflow: Today, a session's arc, Insights, Actions, the
weekly review and the prompt library; and the fictional sessions, insights and actions
they show. Called by `scripts/screenshots.py` for each theme.

These shots alone, on a sample journal of their own:
QT_QPA_PLATFORM=offscreen python scripts/shots_workflow.py docs/screenshots

The person and every detail are invented. No doses are shown: the field is optional and
Afterglow never suggests one.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from shots_common import (  # scripts/shots_common.py
    new_journal,
    open_journal,
    save,
    shots_main,
    wait_idle,
)

from afterglow.app import DesktopApp
from afterglow.core.action import ActionKind, ActionStatus
from afterglow.core.entries import Entry
from afterglow.core.guides import CHECK_INS, INTENTION, REFLECTION, PromptSet
from afterglow.core.insight import InsightStatus
from afterglow.core.session import Route, Session
from afterglow.ui.actions.actions_view import ActionsView
from afterglow.ui.insights.insights_view import InsightsView
from afterglow.ui.sessions.sessions_view import SessionsView
from afterglow.ui.settings import ThemeChoice
from afterglow.ui.today.today_view import TodayView
from afterglow.vault.services import JournalServices

TODAY_SIZE = (1100, 900)
ARC_SIZE = (1100, 1180)
LIST_SIZE = (1280, 800)


def _at(today: date, days_ago: int, hour: int = 10) -> datetime:
    return datetime.combine(today - timedelta(days=days_ago), clock_time(hour)).astimezone()


def _answers(guide: PromptSet, answers: tuple[str, ...]) -> str:
    """A guide's headings with the person's answers under them."""
    return "\n".join(
        f"## {question}\n\n{answer}\n"
        for question, answer in zip(guide.prompts, answers, strict=False)
    )


def _linked(
    services: JournalServices,
    session: Session,
    guide: PromptSet,
    days_after: int,
    answers: tuple[str, ...],
    today: date,
    **fields: object,
) -> Entry:
    day = session.local_date + timedelta(days=days_after)
    return services.journal.add(
        kind=guide.kind,
        title=guide.title,
        body=_answers(guide, answers),
        day=min(day, today),
        session_id=session.id,
        **fields,  # type: ignore[arg-type]
    )


def write_workflow_sample(services: JournalServices, today: date) -> None:
    """Two sessions with their arcs, insights taken from what was written, and actions."""
    earlier = services.sessions.add(
        started_at=_at(today, 40),
        route=Route.IM,
        setting="Clinic room with the lights low",
        provider="Harbour Integrative Clinic",
        support_person="Nurse Adaeze",
        music="A slow ambient piano playlist",
        intention="Meet the tiredness instead of pushing through it.",
        notes="A long, warm drift. Saw the house I grew up in with every window open.",
        body_sensations="Heavy arms, then lightness in the chest.",
        mood_before=4,
        mood_after=7,
        tags=("first-series",),
    )
    _linked(
        services, earlier, INTENTION, -1,
        ("Why rest feels like something I have to earn.", "That nothing will come up.",
         "Maya, and Dr. Okafor on Thursday.", "Tea, the grey blanket, the canal path."),
        today, mood=5,
    )  # fmt: skip
    _linked(
        services, earlier, REFLECTION, 0,
        ("Falling, gently.", "The house with every window open.", "Crying at the cello.",
         "Warm hands.", "Yes, though sideways.", "Rest is allowed."),
        today, mood=7,
    )  # fmt: skip
    _linked(
        services, earlier, CHECK_INS[1], 1,
        ("Slept nine hours.", "Light.", "The open windows.", "Why I flinch at praise.", "—"),
        today, mood=6,
    )  # fmt: skip
    services.sessions.dismiss_check_in(earlier.id, 3)
    _linked(
        services, earlier, CHECK_INS[7], 7,
        ("Slower mornings.", "Tight jaw at work.", "Rest is allowed.", "Work.", "The canal."),
        today, mood=6,
    )  # fmt: skip
    services.journal.add(
        title="Ten days on",
        body="Noticed I apologised four times in one meeting. Counted them, didn't judge them. "
        "Small, but I saw it happen. #people-pleasing",
        day=today - timedelta(days=30),
        mood=5,
    )

    latest = services.sessions.add(
        started_at=_at(today, 10, 9),
        route=Route.IM,
        setting="Clinic room, eye mask and headphones",
        provider="Harbour Integrative Clinic",
        support_person="Maya drove me home",
        music="Cello suites, then rain sounds",
        intention="Look at why I keep apologising for taking up space.",
        notes="Onset: a soft tilt, colours behind the mask.\n"
        "Peak: my father at the kitchen table, and for once I didn't feel small.\n"
        "Return: laughing at how seriously I take everything.",
        body_sensations="Buzzing hands, a loosened jaw, tired legs.",
        mood_before=4,
        mood_after=8,
        tags=("people-pleasing", "family"),
    )
    _linked(
        services, latest, INTENTION, -1,
        ("Why I apologise for taking up space: in meetings, with friends, even with the "
         "barista.", "That it will be too much, or that nothing will happen.",
         "Maya tonight; Dr. Okafor on Friday.", "Slow breathing, the blanket, the cat."),
        today, mood=5, emotions=("hopeful", "anxious"),
    )  # fmt: skip
    reflection = _linked(
        services, latest, REFLECTION, 0,
        ("A soft tilt; colours behind the mask.",
         "My father at the kitchen table, and for once I didn't feel small.",
         "Laughing at how seriously I take everything.",
         "Buzzing hands, loose jaw.",
         "Yes. I looked right at it.",
         "I don't have to earn rest. I am allowed to take up space."),
        today, mood=7, emotions=("tender", "relieved", "awe"),
    )  # fmt: skip
    _linked(
        services, latest, CHECK_INS[1], 1,
        ("Slept deeply, woke early and calm.", "Soft, a little tired.",
         "The kitchen table, and how small it looked.", "Telling Mum about the weekend.",
         "How it felt not to shrink."),
        today, mood=7,
    )  # fmt: skip
    day_three = _linked(
        services, latest, CHECK_INS[3], 3,
        ("I say sorry when I mean thank you. Caught it three times today.",
         "Shoulders lower.", "Yes, more than I expected.",
         "The anger underneath the apologising.", "Thank you instead of sorry."),
        today, mood=6, emotions=("curious", "hopeful"),
    )  # fmt: skip

    def passage(entry: Entry, words: str) -> tuple[str, int, int]:
        start = entry.body.index(words)
        return entry.id, start, start + len(words)

    rest = services.insights.add_from_selection(
        *passage(reflection, "I don't have to earn rest."), tags=("rest",), starred=True
    )
    services.insights.set_status(rest.id, InsightStatus.EXPLORING)
    sorry = services.insights.add_from_selection(
        *passage(day_three, "I say sorry when I mean thank you."), tags=("people-pleasing",)
    )
    services.insights.set_status(sorry.id, InsightStatus.INTEGRATING)
    body = services.insights.add(
        "My body tells me before my mind does: jaw, then hands, then voice.",
        tags=("anger", "body"),
    )
    space = services.insights.add(
        "Saying no to someone can be saying yes to myself.",
        session_id=earlier.id,
        tags=("boundaries",),
        starred=True,
    )
    services.insights.set_status(space.id, InsightStatus.INTEGRATED)
    services.insights.add(
        "The small version of me at the kitchen table was doing his best.",
        session_id=latest.id,
        tags=("family",),
    )

    actions = services.actions
    swap = actions.add(
        "Swap one “sorry” for “thank you” each day",
        kind=ActionKind.EXTERNAL,
        insight_id=sorry.id,
        due=today + timedelta(days=2),
    )
    actions.set_status(swap.id, ActionStatus.IN_PROGRESS)
    actions.add(
        "Take a real lunch break, away from messages",
        kind=ActionKind.EXTERNAL,
        insight_id=rest.id,
        due=today,
    )
    actions.add(
        "When my jaw tightens, three slow breaths before I answer",
        kind=ActionKind.INTERNAL,
        insight_id=body.id,
        due=today + timedelta(days=5),
    )
    told = actions.add(
        "Tell Mum plainly when I can't come to Sunday lunch",
        kind=ActionKind.EXTERNAL,
        insight_id=space.id,
    )
    actions.set_status(told.id, ActionStatus.DONE)
    dropped = actions.add("Make a list of everything that counts as rest", kind=ActionKind.INTERNAL)
    actions.set_status(dropped.id, ActionStatus.DROPPED)
    actions.add("Ask Sam about the Saturday walking group", kind=ActionKind.EXTERNAL)
    services.prompts.add("What did I do today only because I thought I should?", "self_compassion")


def workflow_shots(
    app: QApplication, desktop: DesktopApp, theme: ThemeChoice, outdir: Path
) -> None:
    """Today, a session's arc and the sessions list, Insights, Actions, the weekly review
    and the prompt library."""
    window, shell = desktop.window, desktop.shell
    views = shell.views
    today, sessions = views["today"], views["sessions"]
    insights, actions = views["insights"], views["actions"]
    assert isinstance(today, TodayView) and isinstance(sessions, SessionsView)
    assert isinstance(insights, InsightsView) and isinstance(actions, ActionsView)

    window.resize(*TODAY_SIZE)
    shell.show_section("today")
    wait_idle(app, desktop, lambda: today.data is not None)
    save(app, window, outdir / f"today-{theme}.png")

    window.resize(*LIST_SIZE)
    shell.show_section("sessions")
    sessions.show_list()
    wait_idle(app, desktop, lambda: sessions.model.rowCount() > 0)
    save(app, window, outdir / f"sessions-{theme}.png")
    window.resize(*ARC_SIZE)
    sessions.show_session(sessions.model.session_at(0).id)
    wait_idle(app, desktop, lambda: sessions.arc_page.session is not None)
    save(app, window, outdir / f"session-{theme}.png")
    sessions.record_session()
    save(app, window, outdir / f"session-form-{theme}.png")
    sessions.form.cancel_button.click()

    window.resize(*LIST_SIZE)
    shell.show_section("insights")
    wait_idle(app, desktop, lambda: insights.model.rowCount() > 0)
    insights.select(insights.model.row_at(1).id)
    save(app, window, outdir / f"insights-{theme}.png")

    shell.show_section("actions")
    wait_idle(app, desktop, lambda: actions.model.rowCount() > 0)
    actions.select(actions.model.row_at(1).id)
    save(app, window, outdir / f"actions-{theme}.png")

    review = actions.weekly_review()
    assert review is not None
    wait_idle(app, desktop, lambda: review.data is not None)
    review.begin()
    review.resize(620, 520)
    save(app, review, outdir / f"weekly-review-{theme}.png")
    review.reject()

    shell.show_section("today")
    library = today.open_prompts()
    assert library is not None
    wait_idle(app, desktop, lambda: library.model.rowCount() > 0)
    library.select(library.model.prompt_at(1).id)
    library.resize(680, 640)
    save(app, library, outdir / f"prompts-{theme}.png")
    library.reject()
    wait_idle(app, desktop)


def sample_workflow_shots(
    app: QApplication, theme: ThemeChoice, outdir: Path, scratch: Path
) -> None:
    """Only these shots, on a sample journal of their own."""
    from screenshots import write_sample_journal  # the same fictional person's entries

    def write(services: JournalServices) -> None:
        write_sample_journal(services.journal, date.today())
        write_workflow_sample(services, date.today())

    new_journal(scratch / f"workflow-journal-{theme}", write)
    with open_journal(app, "workflow", theme, scratch, LIST_SIZE) as desktop:
        workflow_shots(app, desktop, theme, outdir)


if __name__ == "__main__":
    sys.exit(shots_main(sys.argv, __doc__ or "", sample_workflow_shots))
