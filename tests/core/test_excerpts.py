"""An insight's passage is found again in its entry, even after edits around it."""

from afterglow.core.excerpts import Excerpt, excerpt_of, from_utf16, locate, to_utf16

BODY = "I sat by the window. Rest is allowed. Then I slept."


def test_an_excerpt_records_the_selected_text_and_its_offsets():
    excerpt = excerpt_of(BODY, 21, 37)
    assert excerpt == Excerpt(21, 37, "Rest is allowed.")
    assert excerpt.is_well_formed()


def test_a_selection_outside_the_body_or_empty_is_refused():
    assert excerpt_of(BODY, 5, 5) is None
    assert excerpt_of(BODY, -1, 3) is None
    assert excerpt_of(BODY, 10, len(BODY) + 1) is None


def test_the_passage_is_found_where_it_was_when_untouched():
    assert locate(BODY, Excerpt(21, 37, "Rest is allowed.")) == (21, 37)


def test_the_passage_is_found_after_text_was_added_before_it():
    edited = "Morning. " + BODY
    assert locate(edited, Excerpt(21, 37, "Rest is allowed.")) == (30, 46)


def test_the_nearest_copy_is_chosen_when_the_passage_repeats():
    body = "Rest is allowed. " * 3
    assert locate(body, Excerpt(20, 36, "Rest is allowed.")) == (17, 33)


def test_a_rewritten_passage_is_not_found():
    assert locate("Everything changed.", Excerpt(21, 37, "Rest is allowed.")) is None


def test_qt_utf16_positions_convert_to_string_indices_and_back():
    body = "🙂 Rest 静か"
    # In UTF-16 the emoji takes two units: "Rest" starts at 3 for Qt, at 2 in Python.
    assert from_utf16(body, 3) == 2
    assert to_utf16(body, 2) == 3
    assert from_utf16(body, 7) == 6 and body[2:6] == "Rest"
    for index in range(len(body) + 1):
        assert from_utf16(body, to_utf16(body, index)) == index
