import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterglow.core.errors import InvalidEntry
from afterglow.core.tags import (
    find_hashtags,
    is_valid_tag,
    normalize_tag,
    normalize_tags,
    rename_hashtags,
    tags_in_body,
)


@pytest.mark.parametrize(
    ("typed", "tag"),
    [
        ("calm", "calm"),
        ("#Calm", "calm"),
        ("  ##Grief ", "grief"),
        ("Self Care", "self-care"),
        ("inner_child", "inner_child"),
        ("Ärger", "ärger"),
        ("ÄRGER", "ärger"),
        ("Cafe\u0301", "café"),  # decomposed é becomes one character (NFC)
        ("静か", "静か"),
        ("2024-goals", "2024-goals"),
    ],
)
def test_typed_tags_become_lower_case_without_hash(typed, tag):
    assert normalize_tag(typed) == tag
    assert is_valid_tag(tag)


@pytest.mark.parametrize("typed", ["", "#", "   ", "#1", "2024", "a/b", "a.b", "x" * 65, "🙂"])
def test_unusable_tags_are_refused(typed):
    with pytest.raises(InvalidEntry) as caught:
        normalize_tag(typed)
    assert caught.value.field == "tags"


def test_tag_lists_are_sets_sorted():
    assert normalize_tags(["b", "#A", "a", "B "]) == ("a", "b")


@pytest.mark.parametrize(
    ("body", "tags"),
    [
        ("Felt #calm today", {"calm"}),
        ("#morning pages", {"morning"}),
        ("(#grief) and [#joy]", {"grief", "joy"}),
        ("“#quoted”", {"quoted"}),
        ("Ended on #self-care.", {"self-care"}),
        ("#trailing- and #under_", {"trailing", "under"}),
        ("#Ärger und #Über", {"ärger", "über"}),
        ("#静か", {"静か"}),
        ("#Calm and #calm", {"calm"}),
        ("# A heading\n## Another\n", set()),
        ("# Heading with #tag inside\n", {"tag"}),
        ("I'm #1 at this, #2024 was hard", set()),
        ("#1st time", {"1st"}),
        ("C# and issue#12 and a#b", set()),
        ("##double", set()),
        ("escaped \\#nottag", set()),
        ("see https://example.com/page#section and www.x.org/#frag", set()),
        ("<https://example.com/#anchor>", set()),
        ("[link](https://example.com/#anchor) then #real", {"real"}),
        ("[local](#anchor)", set()),
        ("code `#notatag` and ``a `#b` c`` then #yes", {"yes"}),
        ("```\n#include <stdio.h>\n```\n#after", {"after"}),
        ("~~~python\n# comment #nope\n~~~", set()),
        ("```\nunclosed fence #nope\n", set()),
        ("&#123; entity", set()),
        ("#" + "x" * 65, set()),
        ("🙂#joy", set()),
        ("", set()),
    ],
)
def test_hashtags_in_a_body(body, tags):
    assert tags_in_body(body) == tags


def test_hashtag_positions_cover_the_hash_and_the_word():
    body = "a #Calm-ish day."
    [found] = list(find_hashtags(body))
    assert body[found.start : found.end] == "#Calm-ish"
    assert found.tag == "calm-ish"


def test_renaming_hashtags_touches_only_that_tag():
    body = "#grief, #grief-work and `#grief` #Grief https://x.org/#grief"
    assert rename_hashtags(body, "grief", "loss") == (
        "#loss, #grief-work and `#grief` #loss https://x.org/#grief"
    )


def test_renaming_returns_the_same_text_when_the_tag_is_absent():
    body = "nothing to see"
    assert rename_hashtags(body, "a", "b") is body


@given(st.text())
def test_any_body_can_be_scanned_and_every_found_tag_is_valid(body):
    for found in find_hashtags(body):
        assert is_valid_tag(found.tag)
        assert body[found.start] == "#"


@given(st.text(alphabet=st.sampled_from("ab #`\n-_/:.(")))
def test_renaming_back_and_forth_restores_the_body_when_the_new_tag_is_unused(body):
    if "#zz" in body:
        return
    assert rename_hashtags(rename_hashtags(body, "ab", "zz"), "zz", "ab") == body
