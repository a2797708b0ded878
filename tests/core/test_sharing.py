"""Choosing what to share: a selection takes exactly the entries it describes, no more."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

import pytest

from afterglow.bundle import BundleSelection, build_bundle
from afterglow.bundle.errors import PrivateEntrySelected
from afterglow.bundle.identity import SigningIdentity
from afterglow.core.entries import Entry
from afterglow.core.errors import EntryNotFound, UsageError
from afterglow.core.sharing import SharePreview, Sharing
from afterglow.interchange.journal_format import COLLECTIONS, entry_to_json
from tests.vault.journal_fixtures import ZONE, open_journal

SESSION = "5d1c9e2a-8f3b-4b8e-a6f1-2c3d4e5f6a7b"
OTHER_SESSION = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
NOW = datetime(2025, 3, 20, 8, 0, tzinfo=ZONE)


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_journal(tmp_path, fast_policy)


@dataclass
class Diary:
    journal: Any
    entries: dict[str, Entry]


@pytest.fixture
def diary(opened) -> Diary:
    """A few weeks around a session: tagged, linked, private and trashed entries."""
    j = opened.journal
    made = {
        "before": j.add(title="Intention", day=date(2025, 2, 28), tags=["intention"]),
        "session_day": j.add(title="Session day", day=date(2025, 3, 1), session_id=SESSION),
        "day_after": j.add(
            title="The day after", day=date(2025, 3, 2), tags=["family"], session_id=SESSION
        ),
        "secret": j.add(title="Only mine", day=date(2025, 3, 3), tags=["family"], private=True),
        "work": j.add(title="Work week", day=date(2025, 3, 5), tags=["work"]),
        "other": j.add(title="Other session", day=date(2025, 3, 8), session_id=OTHER_SESSION),
        "binned": j.add(title="Thrown away", day=date(2025, 3, 4), tags=["family"]),
    }
    j.trash(made["binned"].id)
    return Diary(j, made)


def titles(preview: SharePreview) -> list[str]:
    return [entry.title for entry in preview.entries]


def test_an_empty_selection_takes_everything_not_private_or_trashed_oldest_first(diary):
    preview = Sharing(diary.journal).preview(BundleSelection())
    assert titles(preview) == [
        "Intention",
        "Session day",
        "The day after",
        "Work week",
        "Other session",
    ]
    assert preview.private_left_out == 1
    assert preview.counts == {name: (5 if name == "entries" else 0) for name in COLLECTIONS}


def test_a_date_range_includes_both_ends(diary):
    selection = BundleSelection(since=date(2025, 3, 1), until=date(2025, 3, 5))
    assert titles(Sharing(diary.journal).preview(selection)) == [
        "Session day",
        "The day after",
        "Work week",
    ]


def test_tags_take_entries_with_any_of_them(diary):
    sharing = Sharing(diary.journal)
    assert titles(sharing.preview(BundleSelection(tags=("family",)))) == ["The day after"]
    assert titles(sharing.preview(BundleSelection(tags=("#Family", "work")))) == [
        "The day after",
        "Work week",
    ]


def test_sessions_take_the_entries_linked_to_them(diary):
    sharing = Sharing(diary.journal)
    assert titles(sharing.preview(BundleSelection(session_ids=(SESSION,)))) == [
        "Session day",
        "The day after",
    ]
    both = BundleSelection(session_ids=(SESSION, OTHER_SESSION), until=date(2025, 3, 1))
    assert titles(sharing.preview(both)) == ["Session day"]


def test_entries_chosen_one_by_one(diary):
    chosen = (diary.entries["work"].id, diary.entries["before"].id)
    preview = Sharing(diary.journal).preview(BundleSelection(entry_ids=chosen))
    assert titles(preview) == ["Intention", "Work week"]


def test_filters_combine_so_that_every_one_must_hold(diary):
    selection = BundleSelection(since=date(2025, 3, 2), tags=("family", "intention"))
    assert titles(Sharing(diary.journal).preview(selection)) == ["The day after"]


def test_private_entries_stay_out_unless_the_client_includes_them(diary):
    sharing = Sharing(diary.journal)
    family = BundleSelection(tags=("family",))
    assert "Only mine" not in titles(sharing.preview(family))
    included = sharing.preview(replace(family, include_private=True))
    assert titles(included) == ["The day after", "Only mine"]
    assert included.private_left_out == 0


def test_a_private_entry_chosen_by_id_is_refused_rather_than_dropped(diary):
    secret = diary.entries["secret"].id
    with pytest.raises(PrivateEntrySelected, match="marked private"):
        Sharing(diary.journal).preview(BundleSelection(entry_ids=(secret,)))
    preview = Sharing(diary.journal).preview(
        BundleSelection(entry_ids=(secret,), include_private=True)
    )
    assert titles(preview) == ["Only mine"]


def test_trashed_entries_are_never_shared(diary):
    binned = diary.entries["binned"].id
    sharing = Sharing(diary.journal)
    assert "Thrown away" not in titles(sharing.preview(BundleSelection(tags=("family",))))
    with pytest.raises(UsageError, match="in the Trash"):
        sharing.preview(BundleSelection(entry_ids=(binned,), include_private=True))


def test_a_chosen_entry_must_exist_and_match_the_other_filters(diary):
    sharing = Sharing(diary.journal)
    with pytest.raises(EntryNotFound):
        sharing.preview(BundleSelection(entry_ids=("00000000-0000-4000-8000-000000000000",)))
    with pytest.raises(UsageError, match="outside the chosen dates"):
        sharing.preview(
            BundleSelection(entry_ids=(diary.entries["before"].id,), since=date(2025, 3, 1))
        )


def test_leaving_entries_out_of_a_preview(diary):
    sharing = Sharing(diary.journal)
    preview = sharing.preview(BundleSelection(since=date(2025, 3, 1)))
    narrowed = preview.without(diary.entries["work"].id)
    assert narrowed.since == date(2025, 3, 1)
    again = sharing.preview(narrowed)
    assert titles(again) == ["Session day", "The day after", "Other session"]
    assert titles(sharing.preview(again.without(diary.entries["other"].id))) == [
        "Session day",
        "The day after",
    ]
    with pytest.raises(UsageError, match="Only entries in the preview"):
        preview.without(diary.entries["secret"].id)


def test_leaving_everything_out_is_refused(diary):
    preview = Sharing(diary.journal).preview(BundleSelection(tags=("work",)))
    with pytest.raises(UsageError, match="no entries"):
        preview.without(diary.entries["work"].id)


def test_the_document_is_the_interchange_format_for_exactly_the_preview(diary):
    preview = Sharing(diary.journal).preview(BundleSelection(tags=("family", "work")))
    document = preview.document(NOW)
    assert document["format"] == "afterglow-journal" and document["version"] == 1
    assert document["exported_at"] == NOW.isoformat()
    assert set(document) == {"format", "version", "exported_at", *COLLECTIONS}
    for name in COLLECTIONS:
        if name != "entries":
            assert document[name] == []
    expected = [entry_to_json(replace(e, session_id=None)) for e in preview.entries]
    assert document["entries"] == expected


def test_the_document_builds_a_bundle(diary):
    preview = Sharing(diary.journal).preview(BundleSelection(since=date(2025, 3, 1)))
    bundle = build_bundle(
        preview.selection,
        preview.document(NOW),
        app_version="test",
        signer=SigningIdentity.generate(),
        clock=lambda: NOW,
    )
    assert bundle.manifest.counts["entries"] == 4


class Sessions:
    """A stand-in for the sessions collection: those chosen, and those entries link to."""

    name = "sessions"

    def shared(self, selection: BundleSelection, entries: Sequence[Entry]) -> list[dict]:
        wanted = set(selection.session_ids) | {e.session_id for e in entries if e.session_id}
        return [{"id": s, "route": "iv"} for s in sorted(wanted)]


def test_further_collections_join_the_preview_and_keep_entry_links(diary):
    sharing = Sharing(diary.journal, [Sessions()])
    preview = sharing.preview(BundleSelection(until=date(2025, 3, 2)))
    assert preview.counts["sessions"] == 1
    document = preview.document(NOW)
    assert document["sessions"] == [{"id": SESSION, "route": "iv"}]
    assert [e["session_id"] for e in document["entries"]] == [None, SESSION, SESSION]


def test_each_collection_is_filled_once(diary):
    with pytest.raises(ValueError):
        Sharing(diary.journal, [Sessions(), Sessions()])
