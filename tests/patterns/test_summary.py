"""The `afterglow patterns --json` object: exact keys, shapes and hand-worked numbers.

The journal below: "today" is Friday 2025-03-14; a session on Friday 2025-03-07.
"""

from __future__ import annotations

import json
import random

from afterglow.core.measures import Instrument
from afterglow.core.practices import PracticeLog
from afterglow.patterns import summary

from .records import at, d, entry, logs, measure, new_id, occurrences, pattern, practice

TODAY = d("2025-03-14")

ENTRIES = [
    entry(d("2025-03-03"), 4, tags=("work",), emotions=("anxious",)),  # ISO week 10
    entry(d("2025-03-04"), 6, tags=("walk", "work"), emotions=("calm",)),
    entry(d("2025-03-05"), 8, tags=("walk",)),
    entry(d("2025-03-10"), 5, tags=("work",)),  # ISO week 11
    entry(d("2025-03-11"), 8),
    entry(d("2025-03-12"), None, tags=("family",)),
    entry(d("2025-03-13"), 9, tags=("work",), trashed=True),  # in the Trash: left out
]
SESSION = ("5e55-session", at(d("2025-03-07"), 14))
BREATHWORK = practice("daily", "Breathwork")
COLD = practice("mon,wed,fri", "Cold shower")
LOGS: list[PracticeLog] = [
    *logs(BREATHWORK, *map(d, ["2025-03-03", "2025-03-04", "2025-03-05"])),
    *logs(BREATHWORK, d("2025-03-10"), done=False),
    *logs(BREATHWORK, *map(d, ["2025-03-11", "2025-03-12", "2025-03-13"])),
]
PEOPLE_PLEASING = pattern(d("2024-12-01"))
OCCURRENCES = occurrences(
    PEOPLE_PLEASING,
    *map(d, ["2024-12-03", "2024-12-20", "2025-01-05", "2025-01-06", "2025-02-11", "2025-03-04"]),
)
MEASURES = [
    measure(Instrument.GAD7, (2, 2, 1, 1, 0, 1, 1), d("2025-03-02")),
    measure(Instrument.PHQ9, (1, 1, 2, 1, 0, 1, 1, 0, 0), d("2025-03-02")),
]


def everything(**options):
    return summary(
        entries=ENTRIES,
        today=TODAY,
        sessions=[SESSION],
        practices=[COLD, BREATHWORK],
        practice_logs=LOGS,
        patterns=[PEOPLE_PLEASING],
        occurrences=OCCURRENCES,
        measures=MEASURES,
        **options,
    )


def test_the_whole_summary_worked_out_by_hand():
    result = everything()

    assert result == {
        # work: 3/3, 3/4, 3/10 (3/13 is in the Trash); walk: 3/4, 3/5; family: 3/12.
        "tags": [
            {"tag": "work", "count": 3},
            {"tag": "walk", "count": 2},
            {"tag": "family", "count": 1},
        ],
        "emotions": [{"emotion": "anxious", "count": 1}, {"emotion": "calm", "count": 1}],
        # Week 10: (4 + 6 + 8) / 3 = 6. Week 11: (5 + 8) / 2 = 6.5 (3/12 unrated).
        "mood_by_week": [
            {"week": "2025-W10", "mean": 6.0, "n": 3},
            {"week": "2025-W11", "mean": 6.5, "n": 2},
        ],
        # Before: 2/28..3/6 holds 4, 6, 8 -> 6. After: 3/8..3/21 holds 5, 8 -> 6.5.
        "sessions": [{"session_id": "5e55-session", "mood_before": 6.0, "mood_after": 6.5}],
        "practices": [
            # Judged from the first log, 3/3, to 3/13 (today still open): 11 days, 6 done,
            # 6/11 = 0.5454… -> 0.545. Streak: 3/13, 3/12, 3/11, then 3/10 not done = 3.
            # Rated days done: 3/3, 3/4, 3/5, 3/11 = 4; not done: 3/10 = 1 (< 3: hidden).
            {
                "practice_id": BREATHWORK.id,
                "name": "Breathwork",
                "adherence_30d": 0.545,
                "current_streak": 3,
                "mood_with": None,
                "mood_without": None,
                "days_with": 4,
                "days_without": 1,
            },
            # Never logged: nothing to judge.
            {
                "practice_id": COLD.id,
                "name": "Cold shower",
                "adherence_30d": None,
                "current_streak": 0,
                "mood_with": None,
                "mood_without": None,
                "days_with": 0,
                "days_without": 0,
            },
        ],
        # Complete months December to February: 2, 2, 1 -> slope (1 - 2) / 2 = -0.5,
        # beyond max(0.25, 0.1 * 5/3): falling. March is shown but still in progress.
        "patterns": [
            {
                "pattern_id": PEOPLE_PLEASING.id,
                "name": "People-pleasing",
                "occurrences_by_month": [
                    {"month": "2024-12", "count": 2},
                    {"month": "2025-01", "count": 2},
                    {"month": "2025-02", "count": 1},
                    {"month": "2025-03", "count": 1},
                ],
                "trend": "falling",
            }
        ],
        # GAD-7: 2+2+1+1+0+1+1 = 8, mild. PHQ-9: 1+1+2+1+0+1+1+0+0 = 7, mild. Taken at the
        # same time, so in instrument order.
        "measures": [
            {
                "instrument": "gad7",
                "taken_at": "2025-03-02T09:00:00+01:00",
                "score": 8,
                "severity": "mild",
            },
            {
                "instrument": "phq9",
                "taken_at": "2025-03-02T09:00:00+01:00",
                "score": 7,
                "severity": "mild",
            },
        ],
    }


def test_keys_and_value_shapes_are_exactly_those_of_the_issue():
    result = everything()

    assert list(result) == [
        "tags", "emotions", "mood_by_week", "sessions", "practices", "patterns", "measures",
    ]  # fmt: skip
    shapes = {
        "tags": ["tag", "count"],
        "emotions": ["emotion", "count"],
        "mood_by_week": ["week", "mean", "n"],
        "sessions": ["session_id", "mood_before", "mood_after"],
        "practices": [
            "practice_id", "name", "adherence_30d", "current_streak",
            "mood_with", "mood_without", "days_with", "days_without",
        ],
        "patterns": ["pattern_id", "name", "occurrences_by_month", "trend"],
        "measures": ["instrument", "taken_at", "score", "severity"],
    }  # fmt: skip
    for key, fields in shapes.items():
        assert result[key], key
        assert all(list(item) == fields for item in result[key]), key
    assert all(
        list(month) == ["month", "count"]
        for p in result["patterns"]
        for month in p["occurrences_by_month"]
    )


def test_it_is_plain_json_and_the_same_whatever_the_input_order():
    shuffled = random.Random(3)
    entries, logs_, found = list(ENTRIES), list(LOGS), list(OCCURRENCES)
    for items in (entries, logs_, found):
        shuffled.shuffle(items)

    again = summary(
        entries=entries,
        today=TODAY,
        sessions=[SESSION],
        practices=[BREATHWORK, COLD],
        practice_logs=logs_,
        patterns=[PEOPLE_PLEASING],
        occurrences=found,
        measures=list(reversed(MEASURES)),
    )

    assert json.loads(json.dumps(everything())) == everything() == again


def test_a_date_range_narrows_what_is_counted():
    result = everything(since=d("2025-03-10"))

    # From 3/10: work on 3/10, family on 3/12; only week 11; the 3/7 session, the 3/2
    # measures and the occurrences before March are outside.
    assert result["tags"] == [{"tag": "family", "count": 1}, {"tag": "work", "count": 1}]
    assert result["emotions"] == []
    assert result["mood_by_week"] == [{"week": "2025-W11", "mean": 6.5, "n": 2}]
    assert (result["sessions"], result["measures"]) == ([], [])
    (people_pleasing,) = result["patterns"]
    # The 3/4 occurrence is before 3/10; March is the only month, and it is in progress.
    assert people_pleasing["occurrences_by_month"] == [{"month": "2025-03", "count": 0}]
    assert people_pleasing["trend"] == "flat"
    breathwork = result["practices"][0]
    # Mood days from 3/10: done 3/11 (8); not done 3/10 (5). Adherence looks at the logs
    # themselves, which a view's range does not cut: still 6/11.
    assert (breathwork["days_with"], breathwork["days_without"]) == (1, 1)
    assert breathwork["adherence_30d"] == 0.545


def test_until_sets_the_day_streaks_are_judged_on():
    result = everything(until=d("2025-03-12"))

    # As of 3/12 (done): 3/12, 3/11, then 3/10 not done: 2. Judged 3/3..3/12: 10 days,
    # 5 done (3/3, 3/4, 3/5, 3/11, 3/12) = 0.5.
    breathwork = result["practices"][0]
    assert (breathwork["current_streak"], breathwork["adherence_30d"]) == (2, 0.5)


def test_an_empty_journal_gives_empty_lists():
    assert summary(entries=[], today=TODAY) == {
        "tags": [], "emotions": [], "mood_by_week": [], "sessions": [], "practices": [],
        "patterns": [], "measures": [],
    }  # fmt: skip


def test_a_measure_with_incomplete_answers_is_listed_without_a_score():
    broken = measure(Instrument.GAD7, (1, 1), d("2025-03-02"))

    result = summary(entries=[], today=TODAY, measures=[broken])

    assert result["measures"] == [
        {
            "instrument": "gad7",
            "taken_at": "2025-03-02T09:00:00+01:00",
            "score": None,
            "severity": None,
        }
    ]


def test_a_new_id_is_only_used_once():
    assert new_id() != new_id()
