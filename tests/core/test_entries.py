from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from afterglow.core.emotions import VOCABULARY, Quadrant, normalize_emotions, quadrant_of
from afterglow.core.entries import Entry, EntryKind, is_uuid, new_entry_id, validate_entry
from afterglow.core.errors import InvalidEntry, UsageError

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def entry(**changes) -> Entry:
    base = Entry(new_entry_id(), EntryKind.JOURNAL, date(2026, 3, 14), NOW, NOW, "Title", "Body")
    return replace(base, **changes)


def test_a_plain_entry_is_valid():
    e = entry(mood=0, energy=10, tags=("calm", "self-care"), emotions=("calm",))
    assert validate_entry(e) is e


def test_entry_kinds_are_exactly_those_of_the_interchange_format():
    assert [k.value for k in EntryKind] == [
        "journal",
        "intention",
        "reflection",
        "check_in",
        "gratitude",
        "note",
    ]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id": "not-a-uuid"}, "id"),
        ({"id": "5B0C6F55-3F0E-4A53-9A8E-2F1F0D7C2A10"}, "id"),  # not canonical
        ({"kind": "diary"}, "kind"),
        ({"date": NOW}, "date"),
        ({"created_at": NOW.replace(tzinfo=None)}, "created_at"),
        ({"updated_at": "2026-03-14"}, "updated_at"),
        ({"mood": 11}, "mood"),
        ({"mood": -1}, "mood"),
        ({"mood": True}, "mood"),
        ({"mood": 5.0}, "mood"),
        ({"energy": 42}, "energy"),
        ({"tags": ("Calm",)}, "tags"),
        ({"tags": ("#calm",)}, "tags"),
        ({"tags": ("b", "a")}, "tags"),
        ({"tags": ("calm", "calm")}, "tags"),
        ({"emotions": ("Calm",)}, "emotions"),
        ({"emotions": ("calm", "calm")}, "emotions"),
        ({"private": "yes"}, "private"),
        ({"session_id": "session one"}, "session_id"),
        ({"title": "x" * 501}, "title"),
        ({"body": "half a pair \ud800"}, "body"),
        ({"prompt": 7}, "prompt"),
    ],
)
def test_invalid_entries_name_the_field_and_never_quote_the_text(changes, field):
    with pytest.raises(InvalidEntry) as caught:
        validate_entry(entry(**changes))
    assert caught.value.field == field
    assert caught.value.message.startswith("The entry's ")
    assert caught.value.message.endswith(".")
    for value in changes.values():
        if isinstance(value, str) and len(value) > 3:
            assert value not in caught.value.message


def test_invalid_entry_is_a_usage_error_for_the_command_line():
    assert issubclass(InvalidEntry, UsageError)


def test_mood_message_reads_as_a_sentence():
    with pytest.raises(
        InvalidEntry, match=r"^The entry's mood must be a whole number from 0 to 10\.$"
    ):
        validate_entry(entry(mood=12))


def test_new_ids_are_canonical_uuids():
    ids = {new_entry_id() for _ in range(50)}
    assert len(ids) == 50 and all(is_uuid(i) for i in ids)


def test_emotion_vocabulary_covers_four_quadrants_with_about_sixty_words():
    words = [w for ws in VOCABULARY.values() for w in ws]
    assert 55 <= len(words) <= 70
    assert len(set(words)) == len(words)
    assert quadrant_of("calm") is Quadrant.PLEASANT_LOW_ENERGY
    assert quadrant_of("anxious") is Quadrant.UNPLEASANT_HIGH_ENERGY
    assert Quadrant.PLEASANT_HIGH_ENERGY.pleasant and Quadrant.PLEASANT_HIGH_ENERGY.high_energy
    assert not Quadrant.UNPLEASANT_LOW_ENERGY.pleasant
    assert not Quadrant.UNPLEASANT_LOW_ENERGY.high_energy


def test_own_emotion_words_are_welcome_and_tidied():
    assert quadrant_of("held by the music") is None
    assert normalize_emotions(["  Held  by the MUSIC ", "calm", "CALM"]) == (
        "held by the music",
        "calm",
    )


@pytest.mark.parametrize("bad", ["", "   ", "x" * 41, "bell\x07", "half \ud800"])
def test_unusable_emotion_words_are_refused(bad):
    with pytest.raises(InvalidEntry) as caught:
        normalize_emotions([bad])
    assert caught.value.field == "emotions"
