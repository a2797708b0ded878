"""Pairs of tags and emotions seen together: counts, support and lift, and the thresholds
that keep weak, small-number pairs out of sight."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from afterglow.patterns import MIN_EACH, MIN_TOGETHER, Item, ItemKind, co_occurrences

from .records import entry

DAY = date(2025, 3, 1)
WORK = Item(ItemKind.TAG, "work")
ANXIOUS = Item(ItemKind.EMOTION, "anxious")


def journal(together: int, work_only: int, anxious_only: int, neither: int) -> list:
    days = (DAY + timedelta(days=n) for n in range(1000))
    return (
        [entry(next(days), tags=("work",), emotions=("anxious",)) for _ in range(together)]
        + [entry(next(days), tags=("work",)) for _ in range(work_only)]
        + [entry(next(days), emotions=("anxious",)) for _ in range(anxious_only)]
        + [entry(next(days), tags=("walk",)) for _ in range(neither)]
    )


def test_support_and_lift_of_a_pair_worked_out_by_hand():
    # 20 entries: 4 with work and anxious, 2 more with work, 1 more with anxious, 13 other.
    # work in 6, anxious in 5; support = 4/20 = 0.2; lift = 4 * 20 / (6 * 5) = 80/30.
    (pair,) = co_occurrences(journal(4, 2, 1, 13))

    assert (pair.first, pair.second) == (ANXIOUS, WORK)  # emotions sort before tags
    assert (pair.together, pair.first_count, pair.second_count, pair.entries) == (4, 5, 6, 20)
    assert pair.support == pytest.approx(0.2)
    assert pair.lift == pytest.approx(80 / 30)


def test_the_thresholds_are_three_entries_together_and_five_each():
    assert (MIN_TOGETHER, MIN_EACH) == (3, 5)


def test_a_pair_seen_together_in_only_two_entries_stays_hidden():
    # Together 2 (just below 3); work in 2+3 = 5 and anxious in 2+3 = 5 (at the threshold).
    assert co_occurrences(journal(2, 3, 3, 5)) == ()


def test_a_pair_seen_together_in_three_entries_is_shown():
    # Together 3 (at the threshold); work in 3+2 = 5, anxious in 3+2 = 5.
    (pair,) = co_occurrences(journal(3, 2, 2, 5))

    assert pair.together == 3


def test_a_pair_whose_item_appears_in_only_four_entries_stays_hidden():
    # Together 3; work in 3+2 = 5 but anxious in 3+1 = 4, one short of 5.
    assert co_occurrences(journal(3, 2, 1, 5)) == ()


def test_tags_and_emotions_with_the_same_word_are_different_items():
    entries = [
        entry(DAY + timedelta(days=n), tags=("anxious",), emotions=("anxious",)) for n in range(5)
    ]

    (pair,) = co_occurrences(entries)

    # Always together, in all 5 of 5 entries: support 1, lift 5 * 5 / (5 * 5) = 1.
    assert (pair.first, pair.second) == (ANXIOUS, Item(ItemKind.TAG, "anxious"))
    assert (pair.support, pair.lift) == (1.0, 1.0)


def test_pairs_come_strongest_lift_first():
    # "work"+"anxious": together 5, each 5 of 20 -> lift 5*20/25 = 4.
    # "walk"+"calm": together 5, walk in 10, calm in 5 -> lift 5*20/50 = 2.
    days = iter(DAY + timedelta(days=n) for n in range(100))
    entries = (
        [entry(next(days), tags=("work",), emotions=("anxious",)) for _ in range(5)]
        + [entry(next(days), tags=("walk",), emotions=("calm",)) for _ in range(5)]
        + [entry(next(days), tags=("walk",)) for _ in range(5)]
        + [entry(next(days)) for _ in range(5)]
    )

    pairs = co_occurrences(entries)

    assert [(p.first.name, p.second.name, p.lift) for p in pairs] == [
        ("anxious", "work", 4.0),
        ("calm", "walk", 2.0),
    ]


def test_entries_in_the_trash_do_not_count():
    entries = journal(3, 2, 2, 5)
    entries[0] = entry(DAY, tags=("work",), emotions=("anxious",), trashed=True)

    assert co_occurrences(entries) == ()
