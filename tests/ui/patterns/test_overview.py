"""The patterns overview: charts and the sentences beside them agree with a small journal
worked out by hand; the period can change; a chosen point lists the entries behind it,
and choosing one opens it in the Journal. Nothing is read on the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCharts import QLineSeries, QScatterSeries
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from afterglow.app import DesktopApp
from afterglow.patterns import iso_week
from afterglow.ui.journal.journal_view import JournalView
from afterglow.ui.journal.wording import day_and_month
from afterglow.ui.patterns.mood_card import msecs
from afterglow.ui.patterns.patterns_view import PatternsView
from afterglow.ui.patterns.ranges import RangeChoice
from afterglow.ui.theme import DARK, LIGHT
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import UnlockedVault
from tests.ui.flows import wait_idle
from tests.ui.patterns.conftest import WithServices, days_ago, live, moment, open_patterns


def write_small_journal(services: JournalServices) -> None:
    """Worked out by hand below. In the last 30 days: rated moods 9, 7, 5, 8, 6 (mean 7.0)
    and energies 5, 3 (mean 4.0); in the 30 days before: 4 and 5 (mean 4.5); one older
    entry. A session three days ago: the week before holds moods 5 and 8 (6.5), the two
    weeks after 9 and 7 (8.0)."""
    add = services.journal.add
    add(title="Canal walk", day=days_ago(1), mood=9, energy=5, tags=["walk"], emotions=["calm"])
    add(
        title="Busy but fine",
        day=days_ago(2),
        mood=7,
        energy=3,
        tags=["walk", "work"],
        emotions=["calm", "anxious"],
    )
    add(title="Deadline", day=days_ago(5), mood=5, tags=["work"], emotions=["anxious"])
    add(title="Dinner with Mum", day=days_ago(5), mood=8, tags=["walk", "family"],
        emotions=["grateful"])  # fmt: skip
    add(title="Unrated note", day=days_ago(8), tags=["family"])
    add(title="A quiet day", day=days_ago(12), mood=6)
    add(title="Before, one", day=days_ago(35), mood=4)
    add(title="Before, two", day=days_ago(40), mood=5)
    add(title="Long ago", day=days_ago(200), mood=1, tags=["old"])
    services.sessions.add(started_at=moment(3), route="iv")


@pytest.fixture
def patterns_view(with_services: WithServices, desktop: DesktopApp, qtbot: QtBot) -> PatternsView:
    with_services(write_small_journal)
    return open_patterns(desktop, qtbot)


def test_the_sentences_say_the_numbers_worked_out_by_hand(patterns_view: PatternsView) -> None:
    overview = patterns_view.overview
    assert overview.range.current() is RangeChoice.LAST_30_DAYS
    assert overview.mood.summary.text() == (
        "Your mood averaged 7.0 over the last 30 days, across 5 rated entries, up from 4.5 "
        "the 30 days before. Energy averaged 4.0. The dashed line marks your session."
    )
    assert overview.tags.summary.text().startswith(
        "You used 3 different tags. The most used was #walk (3 entries), then #family (2) "
        "and #work (2)."
    )
    assert overview.emotions.summary.text().startswith(
        "You named 3 different feelings. The most named was anxious (2 entries), then calm "
        "(2) and grateful (1)."
    )
    session_day = day_and_month(days_ago(3))
    assert (
        f"Around your session on {session_day}, your mood averaged 6.5 in the week before "
        "and 8.0 in the two weeks after." in overview.sessions.summary.text()
    )
    # No tag or feeling is in 5 entries: nothing is claimed to go together.
    assert overview.pairs.pairs == []
    assert overview.pairs.summary.text().startswith("Nothing turns up together often enough")
    assert overview.pairs.view.isHidden()


def test_each_chart_carries_its_sentence_for_screen_readers(patterns_view: PatternsView) -> None:
    for card in patterns_view.overview.cards:
        if card.isHidden():
            continue
        assert card.view.accessibleDescription() == card.summary.text()
        assert card.view.accessibleName() == card.heading.text()
        assert card.summary.focusPolicy() != 0  # reachable with the keyboard


def test_the_charts_draw_the_same_numbers(patterns_view: PatternsView) -> None:
    overview = patterns_view.overview
    dots = overview.mood.dots
    assert isinstance(dots, QScatterSeries)
    drawn = {(p.x(), p.y()) for p in dots.points()}
    # Day means: two entries five days ago average 6.5.
    expected = {(msecs(days_ago(d)), m) for d, m in ((1, 9), (2, 7), (5, 6.5), (12, 6))}
    assert drawn == expected
    markers = [
        s
        for s in overview.mood.view.chart().series()
        if isinstance(s, QLineSeries) and not isinstance(s, QScatterSeries) and s.count() == 2
        and s.at(0).x() == s.at(1).x()
    ]  # fmt: skip
    assert [m.at(0).x() for m in markers] == [msecs(days_ago(3))]
    assert overview.tags.names == ["walk", "family", "work"]
    sessions = overview.sessions.sessions
    assert [(s.mood_before, s.mood_after) for s in sessions] == [(6.5, 8.0)]


def test_choosing_another_period_reads_the_journal_again(
    patterns_view: PatternsView, qtbot: QtBot
) -> None:
    overview = patterns_view.overview
    first = overview.digest
    overview.range.set_choice(RangeChoice.EVERYTHING)
    qtbot.waitUntil(lambda: overview.digest is not first and not overview.loading)
    # Eight rated entries in all: 35 + 9 + 1 = 45, and 45 / 8 = 5.625.
    assert overview.mood.summary.text().startswith(
        "Your mood averaged 5.6 across your whole journal, across 8 rated entries."
    )
    assert overview.digest is not None
    assert "old" in [c.name for c in overview.digest.tags.total]

    overview.range.set_custom(days_ago(40), days_ago(30))
    qtbot.waitUntil(lambda: not overview.loading and overview.digest is not None
                    and overview.digest.since == days_ago(40))  # fmt: skip
    assert overview.mood.summary.text().startswith(
        "Your mood averaged 4.5 over the days chosen, across 2 rated entries."
    )


def test_a_chosen_day_lists_its_rated_entries_and_one_opens_in_the_journal(
    patterns_view: PatternsView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    overview = patterns_view.overview
    dots = overview.mood.dots
    assert dots is not None
    dots.clicked.emit(QPointF(msecs(days_ago(5)) + 1000, 6.4))
    panel = overview.panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.model.rowCount() == 2)
    assert {e.title for e in panel.model.entries()} == {"Deadline", "Dinner with Mum"}
    assert panel.heading.text() == f"Rated entries on {day_and_month(days_ago(5))}"
    assert panel.count.text() == "2 entries"

    chosen = panel.model.entry_at(0)
    panel.list.clicked.emit(panel.model.index(0))
    journal = desktop.shell.views["journal"]
    assert isinstance(journal, JournalView)
    qtbot.waitUntil(lambda: journal.editor.entry_id == chosen.id)
    assert desktop.shell.current_section == "journal"
    assert journal.editor.title.text() == chosen.title


def test_a_chosen_bar_lists_the_entries_with_that_tag_that_week(
    patterns_view: PatternsView, qtbot: QtBot
) -> None:
    overview = patterns_view.overview
    tags = overview.tags
    assert tags.by_week
    week = iso_week(days_ago(1))
    tags.choose("walk", tags.periods.index(week))
    expected = {
        title
        for title, day in (("Canal walk", 1), ("Busy but fine", 2), ("Dinner with Mum", 5))
        if iso_week(days_ago(day)) == week
    }
    qtbot.waitUntil(lambda: overview.panel.model.rowCount() == len(expected))
    assert {e.title for e in overview.panel.model.entries()} == expected

    tags.set_by_week(False)
    assert tags.periods == sorted({days_ago(d).strftime("%Y-%m") for d in (1, 2, 5, 8)})


def test_pairs_show_once_they_are_seen_together_often_enough(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    def write(services: JournalServices) -> None:
        for n in range(5):
            services.journal.add(
                title=f"Work day {n}", day=days_ago(n + 1), tags=["work"], emotions=["anxious"]
            )

    with_services(write)
    overview = open_patterns(desktop, qtbot).overview
    assert [(p.first.name, p.second.name, p.together) for p in overview.pairs.pairs] == [
        ("anxious", "work", 5)
    ]
    assert overview.pairs.summary.text() == (
        "Feeling “anxious” and #work appeared together in 5 entries, 1.0 times as often as "
        "chance would give."
    )
    assert not overview.pairs.view.isHidden()


def test_mood_on_practice_days_shows_only_with_three_days_each_way(
    with_services: WithServices, desktop: DesktopApp, qtbot: QtBot
) -> None:
    def write(services: JournalServices) -> None:
        practice = services.practices.add(name="Stretch", kind="check")
        for day, mood, done in ((1, 8, True), (2, 7, True), (3, 9, True), (4, 4, False),
                                (5, 5, False)):  # fmt: skip
            services.journal.add(title=f"Day {day}", day=days_ago(day), mood=mood)
            services.practices.log(practice.id, days_ago(day), done=done)

    with_services(write)
    view = open_patterns(desktop, qtbot)
    card = view.overview.practice_mood
    assert card.compared == []
    assert card.view.isHidden() and card.note.isHidden()
    assert card.summary.text().startswith("Once a practice has at least 3 rated days")

    def one_more_day(services: JournalServices) -> None:
        practice = next(p for p in services.practices.list() if p.name == "Stretch")
        services.journal.add(title="Day 6", day=days_ago(6), mood=3)
        services.practices.log(practice.id, days_ago(6), done=False)

    live(desktop, qtbot, one_more_day)
    digest = view.overview.digest
    view.refresh()
    qtbot.waitUntil(lambda: view.overview.digest is not digest and not view.overview.loading)
    assert card.summary.text() == (
        "On days you did Stretch, your mood averaged 8.0 (3 days); on other days, 4.0 (3 days)."
    )
    assert not card.view.isHidden()
    assert card.note.text().startswith("This compares days, it does not show cause")
    practices = view.overview.practices.summary.text()
    assert practices == (
        "Stretch: done on 3 of 6 scheduled days in the last 30 days (50%); a streak of 3 days."
    )


def test_chart_backgrounds_follow_the_theme(
    patterns_view: PatternsView, desktop: DesktopApp
) -> None:
    desktop.appearance.set_choice("light")
    charts = [c.view.chart() for c in patterns_view.overview.cards]
    light = {chart.backgroundBrush().color().name().upper() for chart in charts}
    desktop.appearance.set_choice("dark")
    charts = [c.view.chart() for c in patterns_view.overview.cards]
    dark = {chart.backgroundBrush().color().name().upper() for chart in charts}
    assert light == {LIGHT.surface.upper()}
    assert dark == {DARK.surface.upper()}
    mood_line = next(
        s for s in patterns_view.overview.mood.view.chart().series() if s.name().startswith("Mood,")
    )
    assert isinstance(mood_line, QLineSeries)
    assert mood_line.pen().color().name().upper() == DARK.accent.upper()


def test_locking_forgets_every_number_and_entry(
    patterns_view: PatternsView, desktop: DesktopApp, qtbot: QtBot
) -> None:
    overview = patterns_view.overview
    overview.mood.choose_day(days_ago(1))
    qtbot.waitUntil(lambda: overview.panel.model.rowCount() == 1)
    overview.range.set_choice(RangeChoice.LAST_12_MONTHS)
    desktop.window.lock()
    assert overview.digest is None
    assert overview.panel.isHidden() and overview.panel.model.rowCount() == 0
    assert overview.range.current() is RangeChoice.LAST_30_DAYS
    for card in overview.cards:
        assert card.summary.text() == ""
        assert card.view.chart().series() == []


class WatchedCalls:
    """Passes every call to the real object, noting its name and whether it ran on the
    UI thread."""

    def __init__(self, real: Any, calls: list[tuple[str, bool]]) -> None:
        self._real = real
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._real, name)
        if not callable(found):
            return found

        def call(*args: Any, **kwargs: Any) -> Any:
            self._calls.append((name, threading.current_thread() is threading.main_thread()))
            return found(*args, **kwargs)

        return call


@pytest.fixture
def calls() -> list[tuple[str, bool]]:
    return []


@pytest.fixture
def watched_desktop(
    existing_journal: str, make_desktop: Callable[..., DesktopApp], calls: list[tuple[str, bool]]
) -> Iterator[DesktopApp]:
    def services(unlocked: UnlockedVault) -> JournalServices:
        real = journal_services(unlocked.database)
        return replace(
            real,
            overview=WatchedCalls(real.overview, calls),  # type: ignore[arg-type]
            patterns=WatchedCalls(real.patterns, calls),  # type: ignore[arg-type]
            measures=WatchedCalls(real.measures, calls),  # type: ignore[arg-type]
            journal=WatchedCalls(real.journal, calls),  # type: ignore[arg-type]
        )

    yield make_desktop(make_services=services)


def test_nothing_is_read_or_analysed_on_the_ui_thread(
    with_services: WithServices,
    watched_desktop: DesktopApp,
    qtbot: QtBot,
    calls: list[tuple[str, bool]],
) -> None:
    with_services(write_small_journal)
    view = open_patterns(watched_desktop, qtbot)
    view.overview.range.set_choice(RangeChoice.LAST_12_MONTHS)
    qtbot.waitUntil(lambda: not view.overview.loading)
    view.overview.mood.choose_day(days_ago(1))
    qtbot.waitUntil(lambda: view.overview.panel.model.rowCount() == 1)
    view.show_named_patterns()
    view.show_measures()
    wait_idle(watched_desktop, qtbot)
    names = {name for name, _on_ui in calls}
    assert {"load", "history", "repeat_due", "list", "get"} <= names
    assert [name for name, on_ui in calls if on_ui] == []
