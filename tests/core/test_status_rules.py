"""Which status changes insights and actions allow, and the rules their fields keep."""

import math
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from afterglow.core.action import Action, ActionKind, ActionStatus, validate_action
from afterglow.core.action import can_move as action_can_move
from afterglow.core.errors import InvalidAction, InvalidInsight, InvalidSession
from afterglow.core.excerpts import Excerpt
from afterglow.core.insight import Insight, InsightStatus, validate_insight
from afterglow.core.insight import can_move as insight_can_move
from afterglow.core.session import MAX_DOSE_MG, Route, Session, check_dose, validate_session

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))
ID = "6d4a3f5b-8e0a-4b1c-8d9e-4f5a6b7c8d9e"

NEW, EXPLORING, INTEGRATING, INTEGRATED = InsightStatus
OPEN, IN_PROGRESS, DONE, DROPPED = ActionStatus


@pytest.mark.parametrize(
    ("current", "wanted", "allowed"),
    [
        (NEW, EXPLORING, True),
        (NEW, INTEGRATED, True),  # it may turn out to be lived already
        (EXPLORING, INTEGRATING, True),
        (INTEGRATING, INTEGRATED, True),
        (EXPLORING, NEW, True),  # one step back undoes a step taken too soon
        (INTEGRATED, INTEGRATING, True),
        (INTEGRATED, EXPLORING, False),
        (INTEGRATED, NEW, False),
        (INTEGRATING, NEW, False),
        (EXPLORING, EXPLORING, True),
    ],
)
def test_insight_status_moves(current, wanted, allowed):
    assert insight_can_move(current, wanted) is allowed


@pytest.mark.parametrize(
    ("current", "wanted", "allowed"),
    [
        (OPEN, IN_PROGRESS, True),
        (OPEN, DONE, True),
        (OPEN, DROPPED, True),
        (IN_PROGRESS, OPEN, True),
        (IN_PROGRESS, DONE, True),
        (IN_PROGRESS, DROPPED, True),
        (DONE, OPEN, True),  # reopening
        (DROPPED, OPEN, True),
        (DONE, DROPPED, False),
        (DROPPED, DONE, False),
        (DONE, IN_PROGRESS, False),
        (DROPPED, IN_PROGRESS, False),
    ],
)
def test_action_status_moves(current, wanted, allowed):
    assert action_can_move(current, wanted) is allowed


def test_an_action_has_a_done_time_exactly_while_done():
    action = Action(ID, NOW, "Walk after lunch", ActionKind.EXTERNAL)
    assert validate_action(action) is action
    with pytest.raises(InvalidAction, match="done at must be set exactly when"):
        validate_action(replace(action, status=DONE))
    with pytest.raises(InvalidAction, match="done at"):
        validate_action(replace(action, done_at=NOW))
    assert validate_action(replace(action, status=DONE, done_at=NOW, due=date(2026, 3, 20)))


def test_an_action_needs_words():
    with pytest.raises(InvalidAction, match=r"The action's text cannot be empty\."):
        validate_action(Action(ID, NOW, "   "))


def test_an_insight_needs_words_and_an_excerpt_needs_its_entry():
    insight = Insight(ID, NOW, "Rest is allowed.")
    assert validate_insight(insight) is insight
    with pytest.raises(InvalidInsight, match="text cannot be empty"):
        validate_insight(replace(insight, text=""))
    with pytest.raises(InvalidInsight, match="excerpt"):
        validate_insight(replace(insight, excerpt=Excerpt(0, 4, "Rest")))
    with pytest.raises(InvalidInsight, match="excerpt"):
        validate_insight(replace(insight, entry_id=ID, excerpt=Excerpt(0, 9, "Rest")))
    with pytest.raises(InvalidInsight, match="session id must be a UUID"):
        validate_insight(replace(insight, session_id="session one"))


def test_error_messages_never_quote_the_text():
    secret = "my secret words " * 2000
    with pytest.raises(InvalidInsight) as caught:
        validate_insight(Insight(ID, NOW, secret))
    assert "secret" not in caught.value.message


SESSION = Session(ID, NOW, Route.ESKETAMINE_NASAL)


def test_routes_are_exactly_those_of_the_interchange_format():
    assert [r.value for r in Route] == [
        "iv",
        "im",
        "sublingual",
        "intranasal",
        "esketamine_nasal",
        "oral",
        "other",
    ]


@pytest.mark.parametrize("dose", [0, -5, 0.0, math.nan, math.inf, MAX_DOSE_MG + 1, True, "50"])
def test_a_dose_that_cannot_be_right_is_refused(dose):
    with pytest.raises(InvalidSession, match="dose mg"):
        check_dose(dose)


def test_a_dose_is_optional_and_kept_as_milligrams():
    assert check_dose(None) is None
    assert check_dose(56) == 56.0
    assert check_dose(MAX_DOSE_MG) == MAX_DOSE_MG
    assert validate_session(replace(SESSION, dose_mg=84.0)).dose_mg == 84.0


def test_a_session_keeps_its_moods_within_0_to_10_and_needs_an_offset():
    with pytest.raises(InvalidSession, match="mood before"):
        validate_session(replace(SESSION, mood_before=11))
    with pytest.raises(InvalidSession, match="mood after"):
        validate_session(replace(SESSION, mood_after=True))
    with pytest.raises(InvalidSession, match="UTC offset"):
        validate_session(replace(SESSION, started_at=NOW.replace(tzinfo=None)))
    with pytest.raises(InvalidSession, match="tags"):
        validate_session(replace(SESSION, tags=("B", "a")))
