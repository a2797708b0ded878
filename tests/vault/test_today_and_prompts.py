"""The Today view assembled from a hand-built journal, and one's own prompts."""

from datetime import date, datetime

import pytest

from afterglow.core.check_ins import CheckInStatus
from afterglow.core.entries import EntryKind
from afterglow.core.errors import InvalidPrompt, PromptNotFound
from afterglow.core.prompt import PromptCategory
from afterglow.core.prompts import prompt_of_the_day
from afterglow.core.today import OnThisDay, SameDayAfterSession

from .journal_fixtures import ZONE
from .services_fixtures import open_services


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_services(tmp_path, fast_policy)


def test_today_on_an_empty_journal_shows_only_the_prompt(opened):
    view = opened.services.today.view()
    assert view.date == date(2026, 3, 14)
    assert view.prompt == prompt_of_the_day(date(2026, 3, 14))
    assert view.check_ins == () and view.actions_due == ()
    assert view.then_and_now is None and view.sessions == {}


def test_today_gathers_check_ins_actions_and_what_i_wrote_after_my_previous_session(opened):
    s = opened.services
    previous = s.sessions.add(started_at=datetime(2026, 2, 1, 10, tzinfo=ZONE), route="iv")
    latest = s.sessions.add(started_at=datetime(2026, 3, 11, 10, tzinfo=ZONE), route="iv")
    then = s.journal.add(title="Three days after", body="lighter", day=date(2026, 2, 4))
    s.journal.add(title="Another February day", day=date(2026, 2, 5))
    s.journal.add(kind=EntryKind.REFLECTION, session_id=latest.id, day=date(2026, 3, 11))
    due = s.actions.add("Pause after lunch", due=date(2026, 3, 16))
    overdue = s.actions.add("Call Ana", due=date(2026, 3, 2))
    s.actions.add("Much later", due=date(2026, 4, 30))
    s.actions.add("No date")

    view = s.today.view(date(2026, 3, 14))  # day 3 after the latest session
    assert [(c.session_id, c.day, c.status) for c in view.check_ins] == [
        (latest.id, 3, CheckInStatus.DUE)
    ]
    assert view.sessions == {latest.id: latest}
    assert [a.id for a in view.actions_due] == [overdue.id, due.id]
    assert view.then_and_now == SameDayAfterSession(
        day=3, session=latest, previous_session=previous, entries=(then,)
    )


def test_without_a_previous_session_today_looks_back_on_this_day(opened):
    s = opened.services
    s.sessions.add(started_at=datetime(2026, 3, 11, 10, tzinfo=ZONE), route="iv")
    last_month = s.journal.add(title="February", day=date(2026, 2, 14))
    last_year = s.journal.add(title="A year ago", day=date(2025, 3, 14))
    view = s.today.view(date(2026, 3, 14))
    assert isinstance(view.then_and_now, OnThisDay)
    assert [(d.date, d.months_ago, d.entries) for d in view.then_and_now.days] == [
        (date(2026, 2, 14), 1, (last_month,)),
        (date(2025, 3, 14), 12, (last_year,)),
    ]


def test_the_then_and_now_card_stays_within_the_previous_sessions_afterglow(opened):
    s = opened.services
    s.sessions.add(started_at=datetime(2026, 3, 1, 10, tzinfo=ZONE), route="iv")
    s.sessions.add(started_at=datetime(2026, 3, 10, 10, tzinfo=ZONE), route="iv")
    # Day 12 after the latest would be day 12 after the previous: 2026-03-13, which is
    # after the latest session began, so it is not "then".
    s.journal.add(title="Inside the new session's days", day=date(2026, 3, 13))
    assert s.today.then_and_now(date(2026, 3, 22)) is None
    # Day 3 after the latest is 2026-03-04 after the previous one, a day with nothing
    # written, and no earlier month has a 13th with entries: nothing to show.
    assert s.today.then_and_now(date(2026, 3, 13)) is None


def test_own_prompts_can_be_added_edited_and_deleted(opened):
    prompts = opened.services.prompts
    mine = prompts.add("  What did I not rush today?  ", "body")
    assert mine.text == "What did I not rush today?" and not mine.builtin
    assert mine.category == PromptCategory.BODY
    assert prompts.own() == [mine]
    assert prompts.all(PromptCategory.BODY)[0] == mine
    assert len(prompts.all()) == len(prompts.builtin()) + 1
    edited = prompts.edit(mine.id, "What did I savour today?", None)
    assert prompts.get(mine.id) == edited and edited.category is None
    prompts.delete(mine.id)
    assert prompts.own() == []
    with pytest.raises(PromptNotFound):
        prompts.get(mine.id)


def test_library_prompts_cannot_be_changed_and_empty_prompts_are_refused(opened):
    prompts = opened.services.prompts
    with pytest.raises(InvalidPrompt, match="library"):
        prompts.edit("meaning-1", "Mine now")
    with pytest.raises(InvalidPrompt, match="library"):
        prompts.delete("gratitude-2")
    with pytest.raises(InvalidPrompt, match="text cannot be empty"):
        prompts.add("   ")
    with pytest.raises(InvalidPrompt, match="category"):
        prompts.add("Fine text", "astrology")
    assert prompts.get("meaning-1").builtin


def test_an_entry_started_from_a_prompt_keeps_its_text(opened):
    s = opened.services
    prompt = s.prompts.of_the_day()
    entry = s.journal.add(body="An answer.", prompt=prompt.text)
    assert s.journal.get(entry.id).prompt == prompt.text
