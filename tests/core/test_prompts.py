"""The prompt library, the guided prompt sets, their templates and the prompt of the day."""

import re
from collections import Counter
from datetime import date, timedelta

import pytest

from afterglow.core.check_ins import SCHEDULE
from afterglow.core.entries import EntryKind
from afterglow.core.guides import (
    CHECK_INS,
    INTENTION,
    REFLECTION,
    guide_for_day,
    template,
)
from afterglow.core.prompt import PromptCategory
from afterglow.core.prompt_library import BUILTIN_PROMPTS
from afterglow.core.prompts import prompt_of_the_day
from afterglow.core.tags import tags_in_body

# Afterglow never gives dosing or medical advice; its own words stay clear of the topic.
MEDICAL_WORDS = re.compile(
    r"\b(dose|dosing|dosage|mg|milligram|medication|medicine|ketamine|prescri\w*|diagnos\w*)\b",
    re.IGNORECASE,
)


def test_every_category_has_at_least_eight_prompts():
    counts = Counter(p.category for p in BUILTIN_PROMPTS)
    assert set(counts) == set(PromptCategory)
    assert min(counts.values()) >= 8


def test_library_prompts_have_distinct_stable_ids_and_texts():
    assert len({p.id for p in BUILTIN_PROMPTS}) == len(BUILTIN_PROMPTS)
    assert len({p.text for p in BUILTIN_PROMPTS}) == len(BUILTIN_PROMPTS)
    assert all(p.builtin for p in BUILTIN_PROMPTS)
    assert BUILTIN_PROMPTS[0].id == "meaning-1"
    assert {p.id for p in BUILTIN_PROMPTS} >= {"self-compassion-1", "gratitude-10"}


def test_no_prompt_or_guide_speaks_of_doses_or_medicine():
    guides = [INTENTION, REFLECTION, *CHECK_INS.values()]
    texts = [p.text for p in BUILTIN_PROMPTS] + [q for g in guides for q in g.prompts]
    assert [t for t in texts if MEDICAL_WORDS.search(t)] == []


def test_the_intention_guide_asks_the_four_questions():
    assert INTENTION.kind == EntryKind.INTENTION
    joined = " ".join(INTENTION.prompts).lower()
    for words in ("hope to explore", "fears", "talk to afterwards", "soothes"):
        assert words in joined


def test_every_step_of_the_schedule_has_its_own_guide():
    guides = [guide_for_day(day) for day in SCHEDULE]
    assert guides[0] is REFLECTION and guides[0].kind == EntryKind.REFLECTION
    assert all(g.kind == EntryKind.CHECK_IN for g in guides[1:])
    assert len({g.prompts for g in guides}) == len(guides)
    assert [g.title for g in guides[1:]] == [f"Day {d} check-in" for d in SCHEDULE[1:]]
    reflection = " ".join(REFLECTION.prompts).lower()
    for words in ("began", "peak", "way back", "body sensations", "intention", "remember"):
        assert words in reflection
    with pytest.raises(ValueError):
        guide_for_day(2)


def test_a_template_is_markdown_with_a_heading_per_question_and_no_tags():
    made = template(CHECK_INS[3])
    assert made.kind == EntryKind.CHECK_IN and made.title == "Day 3 check-in"
    headings = [line[3:] for line in made.body.splitlines() if line.startswith("## ")]
    assert headings == list(CHECK_INS[3].prompts)
    assert "\n\n## " in made.body  # room to write between the questions
    assert tags_in_body(made.body) == set()


def test_the_prompt_of_the_day_is_the_same_for_the_same_date():
    day = date(2026, 3, 14)
    assert prompt_of_the_day(day) == prompt_of_the_day(date.fromisoformat("2026-03-14"))
    assert prompt_of_the_day(day).builtin


def test_the_prompt_of_the_day_does_not_repeat_within_a_month():
    start = date(2025, 1, 1)
    days = [prompt_of_the_day(start + timedelta(days=n)).id for n in range(3 * 366)]
    last_seen: dict[str, int] = {}
    for n, prompt_id in enumerate(days):
        if prompt_id in last_seen:
            assert n - last_seen[prompt_id] > 30, (prompt_id, n)
        last_seen[prompt_id] = n


def test_the_prompt_of_the_day_goes_through_the_whole_library_and_varies_its_order():
    start = date(2026, 1, 1)
    two_months = [prompt_of_the_day(start + timedelta(days=n)) for n in range(120)]
    assert {p.id for p in two_months} == {p.id for p in BUILTIN_PROMPTS}
    # Consecutive cycles of the same half come in a different order.
    first = [prompt_of_the_day(start + timedelta(days=n)).id for n in range(60)]
    later = [prompt_of_the_day(start + timedelta(days=n + 60)).id for n in range(60)]
    assert first != later
    # Every week shows more than one kind of prompt.
    for week in range(16):
        categories = {p.category for p in two_months[week * 7 : week * 7 + 7]}
        assert len(categories) >= 2
