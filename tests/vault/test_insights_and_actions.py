"""Insights and actions on a real vault: catching, filtering, status steps, the review."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from afterglow.core.action import ActionKind, ActionStatus
from afterglow.core.actions import week_containing
from afterglow.core.entries import EntryKind
from afterglow.core.errors import (
    ActionNotFound,
    InsightNotFound,
    InvalidAction,
    InvalidInsight,
    RefusedChange,
)
from afterglow.core.excerpts import Excerpt
from afterglow.core.insight import InsightStatus
from afterglow.core.integration_store import ActionFilter, InsightFilter

from .journal_fixtures import ZONE
from .services_fixtures import open_services

BODY = "I sat by the window. Rest is allowed. Then I slept 🙂."


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_services(tmp_path, fast_policy)


def test_an_insight_from_a_selection_keeps_its_source_and_offsets(opened):
    s = opened.services
    entry = s.journal.add(body=BODY)
    insight = s.insights.add_from_selection(entry.id, 21, 37, tags=["Rest"], starred=True)
    stored = s.insights.get(insight.id)
    assert stored.text == "Rest is allowed."
    assert stored.entry_id == entry.id and stored.session_id is None
    assert stored.excerpt == Excerpt(21, 37, "Rest is allowed.")
    assert stored.tags == ("rest",) and stored.starred
    assert stored.status == InsightStatus.NEW
    assert s.insights.source_range(stored) == (21, 37)


def test_the_source_passage_is_found_again_after_the_entry_is_edited(opened):
    s = opened.services
    entry = s.journal.add(body=BODY)
    insight = s.insights.add_from_selection(entry.id, 21, 37, text="Resting is allowed")
    assert insight.text == "Resting is allowed"  # reworded; the passage is still kept
    s.journal.update(replace(entry, body="A new first line.\n" + BODY))
    assert s.insights.source_range(insight) == (39, 55)
    s.journal.update(replace(entry, body="All rewritten."))
    assert s.insights.source_range(insight) is None


def test_a_selection_outside_the_entry_or_of_an_unknown_entry_is_refused(opened):
    s = opened.services
    entry = s.journal.add(body=BODY)
    with pytest.raises(InvalidInsight, match="excerpt"):
        s.insights.add_from_selection(entry.id, 10, 999)
    with pytest.raises(InvalidInsight, match="excerpt"):
        s.insights.add_from_selection(entry.id, 1, 2)  # only a space
    with pytest.raises(InvalidInsight, match="entry id"):
        s.insights.add_from_selection("00000000-0000-4000-8000-000000000000", 0, 3)
    assert s.insights.list() == []


def test_an_insight_must_name_an_existing_source(opened):
    with pytest.raises(InvalidInsight, match="session id names no session"):
        opened.services.insights.add("x", session_id="00000000-0000-4000-8000-000000000000")


def test_insight_status_steps_are_kept_and_a_jump_back_is_refused(opened):
    insights = opened.services.insights
    insight = insights.add("Rest is allowed.")
    assert insights.set_status(insight.id, "integrating").status == InsightStatus.INTEGRATING
    assert insights.set_status(insight.id, "exploring").status == InsightStatus.EXPLORING
    insights.set_status(insight.id, InsightStatus.INTEGRATED)
    with pytest.raises(RefusedChange, match="can go back only to integrating"):
        insights.set_status(insight.id, InsightStatus.NEW)
    assert insights.get(insight.id).status == InsightStatus.INTEGRATED
    with pytest.raises(InvalidInsight, match="status"):
        insights.set_status(insight.id, "finished")


def test_updating_an_insight_never_changes_its_status_and_a_new_source_drops_the_passage(opened):
    s = opened.services
    entry = s.journal.add(body=BODY)
    other = s.journal.add(body="Another day.")
    insight = s.insights.add_from_selection(entry.id, 21, 37)
    edited = s.insights.update(
        replace(insight, text="Rest is allowed, always.", status=InsightStatus.INTEGRATED)
    )
    assert edited.status == InsightStatus.NEW and edited.excerpt == insight.excerpt
    moved = s.insights.update(replace(edited, entry_id=other.id))
    assert moved.excerpt is None and s.insights.get(insight.id).entry_id == other.id


def test_insights_filter_by_status_star_tag_and_session(opened):
    s = opened.services
    session = s.sessions.add(started_at=datetime(2026, 3, 10, tzinfo=ZONE), route="im")
    linked = s.journal.add(kind=EntryKind.REFLECTION, body=BODY, session_id=session.id)
    unlinked = s.journal.add(body=BODY)
    from_session = s.insights.add("Music carries me.", session_id=session.id, tags=["music"])
    opened.clock.advance(minutes=1)
    from_entry = s.insights.add_from_selection(linked.id, 21, 37, starred=True)
    opened.clock.advance(minutes=1)
    elsewhere = s.insights.add_from_selection(unlinked.id, 21, 37, tags=["rest"])
    s.insights.set_status(elsewhere.id, "exploring")

    def ids(**where):
        return {i.id for i in s.insights.list(InsightFilter(**where))}

    assert ids() == {from_session.id, from_entry.id, elsewhere.id}
    assert ids(session_id=session.id) == {from_session.id, from_entry.id}
    assert ids(starred=True) == {from_entry.id}
    assert ids(starred=False) == {from_session.id, elsewhere.id}
    assert ids(tags=("#Music",)) == {from_session.id}
    assert ids(tags=("no such tag!",)) == set()
    assert ids(statuses=(InsightStatus.EXPLORING,)) == {elsewhere.id}
    assert ids(statuses=(InsightStatus.NEW,), session_id=session.id) == {
        from_session.id,
        from_entry.id,
    }
    assert ids(entry_id=unlinked.id) == {elsewhere.id}
    newest_first = [i.id for i in s.insights.list()]
    assert newest_first == [elsewhere.id, from_entry.id, from_session.id]


def test_starring_and_searching_insights(opened):
    insights = opened.services.insights
    insight = insights.add("Rest is allowed.", tags=["self-care"])
    assert insights.star(insight.id).starred
    assert not insights.star(insight.id, False).starred
    assert insights.search("allow") == [insights.get(insight.id)]
    assert insights.search("self-care") == [insights.get(insight.id)]
    assert insights.search("nothing") == []


def test_an_insight_outlives_its_entry_and_its_actions_outlive_it(opened):
    s = opened.services
    entry = s.journal.add(body=BODY)
    insight = s.insights.add_from_selection(entry.id, 21, 37)
    action = s.actions.add("A pause after lunch", insight_id=insight.id)
    s.journal.trash(entry.id)
    assert s.insights.get(insight.id).entry_id == entry.id  # the Trash keeps the link
    s.journal.empty_trash()
    kept = s.insights.get(insight.id)
    assert kept.entry_id is None and kept.excerpt is None and kept.text == "Rest is allowed."
    s.insights.delete(insight.id)
    assert s.actions.get(action.id).insight_id is None
    with pytest.raises(InsightNotFound):
        s.insights.delete(insight.id)


def test_an_action_moves_through_its_steps_and_done_at_follows_done(opened):
    s = opened.services
    action = s.actions.add("Call my sister", kind="external", due=date(2026, 3, 20))
    assert action.status == ActionStatus.OPEN and action.kind == ActionKind.EXTERNAL
    started = s.actions.set_status(action.id, "in_progress")
    assert started.done_at is None
    opened.clock.advance(hours=2)
    done = s.actions.set_status(action.id, ActionStatus.DONE)
    assert done.done_at == opened.clock.now
    assert s.actions.get(action.id).done_at == opened.clock.now
    with pytest.raises(RefusedChange, match="done cannot become dropped; reopen it first"):
        s.actions.set_status(action.id, "dropped")
    reopened = s.actions.set_status(action.id, "open")
    assert reopened.done_at is None and s.actions.get(action.id).done_at is None
    s.actions.set_status(action.id, "dropped")
    with pytest.raises(RefusedChange):
        s.actions.set_status(action.id, "done")
    with pytest.raises(InvalidAction, match="status"):
        s.actions.set_status(action.id, "later")


def test_updating_an_action_leaves_its_status_alone(opened):
    s = opened.services
    action = s.actions.add("Walk", due=date(2026, 3, 20))
    edited = s.actions.update(replace(action, text="Walk at dusk", status=ActionStatus.DONE))
    assert edited.status == ActionStatus.OPEN and edited.done_at is None
    assert s.actions.get(action.id).text == "Walk at dusk"
    with pytest.raises(InvalidAction, match="insight id names no insight"):
        s.actions.update(replace(edited, insight_id="00000000-0000-4000-8000-000000000000"))
    s.actions.delete(action.id)
    with pytest.raises(ActionNotFound):
        s.actions.get(action.id)


def test_actions_list_soonest_due_first_and_undated_last(opened):
    s = opened.services
    undated = s.actions.add("Someday")
    later = s.actions.add("Later", due=date(2026, 4, 1))
    sooner = s.actions.add("Sooner", due=date(2026, 3, 16))
    assert [a.id for a in s.actions.list()] == [sooner.id, later.id, undated.id]
    assert [a.id for a in s.actions.list(ActionFilter(insight_id=None, limit=1))] == [sooner.id]


def test_due_soon_means_within_a_week_or_overdue_and_still_active(opened):
    s = opened.services
    overdue = s.actions.add("Overdue", due=date(2026, 3, 1))
    in_a_week = s.actions.add("In a week", due=date(2026, 3, 21))
    s.actions.add("Too far", due=date(2026, 3, 22))
    s.actions.add("Undated")
    finished = s.actions.add("Finished", due=date(2026, 3, 15))
    s.actions.set_status(finished.id, "done")
    assert [a.id for a in s.actions.due_soon(date(2026, 3, 14))] == [overdue.id, in_a_week.id]


def test_the_weekly_review_groups_what_to_walk_through(opened):
    s = opened.services
    week = week_containing(date(2026, 3, 18))
    assert week == date(2026, 3, 16)  # a Monday
    with_action = s.insights.add("Rest is allowed.")
    opened.clock.advance(minutes=1)
    only_dropped = s.insights.add("I can ask for help.")
    opened.clock.advance(minutes=1)
    waiting = s.insights.add("My body knows.")
    integrated = s.insights.add("Old news.")
    s.insights.set_status(integrated.id, "integrated")

    open_one = s.actions.add("Pause after lunch", insight_id=with_action.id)
    in_progress = s.actions.add("Notice the urge")
    s.actions.set_status(in_progress.id, "in_progress")
    dropped = s.actions.add("Ask Ana", insight_id=only_dropped.id)
    s.actions.set_status(dropped.id, "dropped")

    opened.clock.now = datetime(2026, 3, 15, 23, 0, tzinfo=ZONE)  # the Sunday before
    before = s.actions.add("Done before the week")
    s.actions.set_status(before.id, "done")
    opened.clock.now = datetime(2026, 3, 17, 8, 0, tzinfo=ZONE)
    this_week = s.actions.add("Done this week")
    s.actions.set_status(this_week.id, "done")
    opened.clock.now = datetime(2026, 3, 23, 0, 30, tzinfo=ZONE)  # the Monday after
    after = s.actions.add("Done after")
    s.actions.set_status(after.id, "done")

    review = s.actions.weekly_review(week)
    assert (review.week_start, review.week_end) == (date(2026, 3, 16), date(2026, 3, 22))
    assert [a.id for a in review.open] == [open_one.id]
    assert [a.id for a in review.in_progress] == [in_progress.id]
    assert [a.id for a in review.done_this_week] == [this_week.id]
    assert [i.id for i in review.insights_without_actions] == [waiting.id, only_dropped.id]
    assert not review.is_empty


def test_a_week_can_start_on_sunday():
    assert week_containing(date(2026, 3, 18), first_weekday=6) == date(2026, 3, 15)
    assert week_containing(date(2026, 3, 15), first_weekday=6) == date(2026, 3, 15)
    assert week_containing(date(2026, 3, 16)) - timedelta(days=7) == date(2026, 3, 9)
