"""The built-in practices: what they start as, created once each, switched on and off."""

from itertools import count

from afterglow.core.builtin_practices import (
    BUILTIN_TEMPLATES,
    create_builtin,
    missing_builtins,
    template_for,
    with_active,
)
from afterglow.core.entries import is_uuid
from afterglow.core.practices import (
    BuiltinPractice,
    Practice,
    PracticeKind,
    validate_practice,
)


def sequential_ids():
    numbers = count(1)
    return lambda: f"00000000-0000-4000-8000-{next(numbers):012d}"


def test_each_builtin_has_a_template_matching_the_design():
    assert [t.builtin for t in BUILTIN_TEMPLATES] == list(BuiltinPractice)
    shape = {t.builtin: (t.kind, t.target, t.unit, t.schedule) for t in BUILTIN_TEMPLATES}
    assert shape == {
        BuiltinPractice.BREATHWORK: (PracticeKind.TIMER, 10, "min", "daily"),
        BuiltinPractice.COLD_SHOWER: (PracticeKind.TIMER, 30, "s", "daily"),
        BuiltinPractice.GRATITUDE: (PracticeKind.LIST, 10, "items", "daily"),
        BuiltinPractice.JOURNALING: (PracticeKind.TIMER, 20, "min", "daily"),
    }
    assert template_for(BuiltinPractice.GRATITUDE).reminder_at.hour < 12  # each morning


def test_a_created_builtin_is_a_valid_practice_with_a_fresh_uuid():
    first = create_builtin(BuiltinPractice.BREATHWORK)
    second = create_builtin(BuiltinPractice.BREATHWORK)
    assert is_uuid(first.id) and first.id != second.id
    assert validate_practice(first) == first
    assert (first.name, first.builtin, first.active) == (
        "Breathwork",
        BuiltinPractice.BREATHWORK,
        True,
    )


def test_a_builtin_can_take_a_translated_name():
    practice = create_builtin(BuiltinPractice.COLD_SHOWER, name="Kalte Dusche")
    assert practice.name == "Kalte Dusche"
    assert practice.builtin is BuiltinPractice.COLD_SHOWER


def test_first_run_creates_all_four_and_later_runs_create_none():
    created = missing_builtins([], new_id=sequential_ids())
    assert [p.builtin for p in created] == list(BuiltinPractice)
    assert missing_builtins(created) == ()


def test_a_switched_off_builtin_is_not_created_again():
    created = list(missing_builtins([]))
    created[0] = with_active(created[0], False)
    assert missing_builtins(created) == ()
    assert not created[0].active


def test_only_the_missing_builtins_are_created():
    journaling = create_builtin(BuiltinPractice.JOURNALING)
    own = Practice("00000000-0000-4000-8000-000000000099", "Walk", PracticeKind.CHECK)
    added = missing_builtins([journaling, own])
    assert [p.builtin for p in added] == [
        BuiltinPractice.BREATHWORK,
        BuiltinPractice.COLD_SHOWER,
        BuiltinPractice.GRATITUDE,
    ]


def test_switching_a_practice_off_and_on_keeps_everything_else():
    practice = create_builtin(BuiltinPractice.GRATITUDE)
    off = with_active(practice, False)
    assert not off.active
    assert with_active(off, True) == practice
