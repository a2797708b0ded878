"""The questionnaires' standard wording and answer scale, kept exactly."""

from __future__ import annotations

from afterglow.core.measures import Instrument
from afterglow.measures import ANSWER_SCALE, GAD7, PHQ9, PHQ9_SELF_HARM_ITEM, QUESTIONNAIRES


def test_the_answer_scale_is_the_standard_one():
    assert [(c.value, c.label) for c in ANSWER_SCALE] == [
        (0, "Not at all"),
        (1, "Several days"),
        (2, "More than half the days"),
        (3, "Nearly every day"),
    ]


def test_both_ask_about_the_last_two_weeks():
    assert PHQ9.stem == (
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    )
    assert GAD7.stem == (
        "Over the last 2 weeks, how often have you been bothered by the following problems?"
    )


def test_the_phq9_has_its_nine_items_in_order():
    assert len(PHQ9.items) == Instrument.PHQ9.item_count == 9
    assert PHQ9.items[0] == "Little interest or pleasure in doing things"
    assert PHQ9.items[1] == "Feeling down, depressed, or hopeless"
    assert PHQ9.items[PHQ9_SELF_HARM_ITEM] == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )


def test_the_gad7_has_its_seven_items_in_order():
    assert GAD7.items == (
        "Feeling nervous, anxious or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid as if something awful might happen",
    )
    assert Instrument.GAD7.item_count == 7


def test_bands_cover_every_possible_score_once():
    for questionnaire in QUESTIONNAIRES.values():
        covered = [s for band in questionnaire.bands for s in range(band.lowest, band.highest + 1)]
        assert covered == list(range(questionnaire.highest_score + 1))


def test_there_is_a_questionnaire_for_every_instrument():
    assert set(QUESTIONNAIRES) == set(Instrument)
