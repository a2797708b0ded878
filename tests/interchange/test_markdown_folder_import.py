"""A folder of Markdown files, one entry each, with or without front matter."""

import os
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from afterglow.core.entries import Entry, EntryKind
from afterglow.core.errors import InvalidImportFile, UsageError
from afterglow.core.whole_journal import JournalContents
from afterglow.interchange.front_matter import FrontMatterError, split_front_matter
from afterglow.interchange.markdown import export_markdown
from afterglow.interchange.markdown_folder import read_markdown_folder
from tests.interchange.samples import UNDATED_MTIME, write_markdown_folder

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def plan(tmp_path):
    return read_markdown_folder(write_markdown_folder(tmp_path / "notes"), BERLIN)


def entry_titled(plan, title) -> Entry:
    return next(e for e in plan.entries if e.title == title)


def test_front_matter_gives_title_date_tags_and_mood(plan):
    lake = entry_titled(plan, "Session #2: the lake")
    assert lake.date == date(2023, 4, 1)
    assert lake.created_at.isoformat() == "2023-04-01T21:15:00+02:00"
    assert lake.tags == ("calm", "lake", "self-care")  # `#lake` in the body too
    assert lake.mood == 7
    assert lake.body == "Soft light on the water. #lake"
    assert lake.kind is EntryKind.JOURNAL


def test_without_front_matter_a_first_heading_is_the_title(plan):
    entry = entry_titled(plan, "A heading title")
    assert entry.body == "The body under it."


def test_a_block_list_of_tags_and_a_quoted_date(plan):
    entry = entry_titled(plan, "Planting")
    assert entry.tags == ("garden", "spring")
    assert entry.date == date(2023, 5, 3)
    assert entry.body == "Beans."


def test_a_file_named_by_its_day_is_of_that_day(plan):
    walk = next(e for e in plan.entries if e.body == "Along the canal, no heading.")
    assert walk.title == ""
    assert walk.date == date(2023, 5, 2)
    assert walk.created_at == datetime.combine(date(2023, 5, 2), time(0), BERLIN)


def test_a_file_without_a_date_is_of_the_day_it_was_last_changed(plan):
    undated = next(e for e in plan.entries if e.body == "Nothing says when.")
    changed = datetime.fromtimestamp(UNDATED_MTIME, UTC)
    assert undated.created_at == changed == undated.updated_at
    assert undated.date == changed.astimezone(BERLIN).date()
    assert undated.created_at.utcoffset() == timedelta(hours=2)


def test_a_rule_at_the_top_is_not_front_matter(plan):
    entry = next(e for e in plan.entries if "a rule and text" in e.body)
    assert entry.body == "---\nNot front matter, a rule and text.\n---"


def test_nested_folders_are_read_and_hidden_ones_and_other_files_left_alone(plan):
    assert len(plan.entries) == 6
    assert all("hidden" not in e.title for e in plan.entries)
    assert plan.notes == (
        "Left out 1 other file in the folder (pictures and anything else that is not Markdown).",
    )


def test_a_file_that_is_not_utf8_or_has_no_text_is_skipped_with_its_reason(plan):
    assert [s.sentence for s in plan.skipped] == [
        "Skipped empty.md: it has no text.",
        "Skipped latin-1.md: it is not UTF-8 text.",
    ]


def test_a_link_is_skipped_not_followed(tmp_path):
    folder = write_markdown_folder(tmp_path / "notes", {"a.md": b"# A\n\ntext\n"})
    secret = tmp_path / "elsewhere.md"
    secret.write_text("# Elsewhere\n", encoding="utf-8")
    (folder / "link.md").symlink_to(secret)
    (folder / "linked-folder").symlink_to(tmp_path, target_is_directory=True)
    plan = read_markdown_folder(folder)
    assert [e.title for e in plan.entries] == ["A"]
    assert [s.sentence for s in plan.skipped] == [
        "Skipped link.md: it is a link, and Afterglow does not follow links."
    ]


def test_ids_follow_the_file_so_reading_again_gives_the_same_entries(tmp_path):
    folder = write_markdown_folder(tmp_path / "notes")
    first = read_markdown_folder(folder, BERLIN)
    again = read_markdown_folder(folder, BERLIN)
    assert [e.id for e in first.entries] == [e.id for e in again.entries]
    assert len({e.id for e in first.entries}) == len(first.entries)


def test_afterglows_own_markdown_export_comes_back_as_it_left(tmp_path):
    zone = timezone(timedelta(hours=-5))
    written = datetime(2026, 3, 14, 8, 15, 30, tzinfo=zone)
    entries = (
        Entry(
            id="5b0c6f55-3f0e-4a53-9a8e-2f1f0d7c2a10",
            kind=EntryKind.CHECK_IN,
            date=date(2026, 3, 14),
            created_at=written,
            updated_at=written + timedelta(minutes=3),
            title='Day 3: "lighter"',
            body="# Heading in the body\n\nLighter today. 静か #calm",
            mood=6,
            energy=4,
            emotions=("calm", "my own word"),
            tags=("calm", "check-in"),
            private=True,
        ),
        Entry(
            id="0f3e9a47-2d8c-4b1e-9c65-7a4b3e2d1f08",
            kind=EntryKind.NOTE,
            date=date(2026, 3, 15),
            created_at=written + timedelta(days=1),
            updated_at=written + timedelta(days=1),
            body="No title at all.",
        ),
    )
    folder = export_markdown(JournalContents(entries=entries), tmp_path / "out", written)
    plan = read_markdown_folder(folder)
    assert plan.skipped == ()
    assert plan.entries == entries


def test_front_matter_ids_that_repeat_keep_the_first_file(tmp_path):
    same = b"---\nid: 5b0c6f55-3f0e-4a53-9a8e-2f1f0d7c2a10\n---\nText.\n"
    folder = write_markdown_folder(tmp_path / "notes", {"a.md": same, "b.md": same})
    plan = read_markdown_folder(folder)
    assert len(plan.entries) == 1
    assert plan.skipped[0].sentence == "Skipped b.md: it is the same entry as a.md."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ndate: yesterday\n---\nx", "a.md, line 2 gives a date not written YYYY-MM-DD"),
        ("---\ntitle: t\ndate: 2023-02-30\n---\nx", "a.md, line 3 gives a date not written"),
        ("---\nmood: 11\n---\nx", "a.md, line 2 gives a mood that is not a whole number 0 to 10"),
        ("---\ntitle: t\njust words\n---\nx", "a.md, line 3 is not written `name: value`"),
        ('---\ntitle: "open\n---\nx', "a.md, line 2 has a quoted value that is not closed"),
        ("---\ntitle: a\ntitle: b\n---\nx", "a.md, line 3 gives title a second time"),
        ("---\nprivate: maybe\n---\nx", "a.md, line 2 must be true or false"),
        ("---\nkind: diary\n---\nx", "a.md, line 2 gives a kind other than journal"),
        ("---\ntags: [a, b\n---\nx", "a.md, line 2 has a list not closed with ]"),
    ],
)
def test_front_matter_that_cannot_be_read_imports_nothing_and_names_the_line(
    tmp_path, text, message
):
    folder = write_markdown_folder(tmp_path / "notes", {"ok.md": b"fine", "a.md": text.encode()})
    with pytest.raises(InvalidImportFile) as caught:
        read_markdown_folder(folder)
    assert caught.value.message.startswith(f"Nothing was imported: {message}")


def test_an_unreadable_file_imports_nothing(tmp_path, monkeypatch):
    folder = write_markdown_folder(tmp_path / "notes", {"a.md": b"A", "sub/b.md": b"B"})
    real = Path.read_bytes

    def refuse(path):
        if path.name == "b.md":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InvalidImportFile) as caught:
        read_markdown_folder(folder)
    assert caught.value.message == "Nothing was imported: sub/b.md could not be read."


def test_a_folder_without_markdown_a_file_or_nothing_is_a_usage_error(tmp_path):
    folder = write_markdown_folder(tmp_path / "notes", {"picture.png": b"png"})
    with pytest.raises(UsageError, match="There are no Markdown"):
        read_markdown_folder(folder)
    with pytest.raises(UsageError, match="is a file; choose the folder"):
        read_markdown_folder(folder / "picture.png")
    with pytest.raises(UsageError, match="There is no folder at"):
        read_markdown_folder(tmp_path / "missing")


def test_a_windows_file_with_a_byte_order_mark_reads_like_any_other(tmp_path):
    text = "\ufeff---\r\ntitle: Windows\r\ndate: 2023-01-02\r\n---\r\nLine one.\r\nTwo.\r\n"
    folder = write_markdown_folder(tmp_path / "notes", {"w.md": text.encode()})
    [entry] = read_markdown_folder(folder).entries
    assert (entry.title, entry.date, entry.body) == ("Windows", date(2023, 1, 2), "Line one.\nTwo.")


def test_a_date_with_an_offset_keeps_it(tmp_path):
    text = b"---\ndate: 2023-04-01T23:30:00-07:00\n---\nLate.\n"
    [entry] = read_markdown_folder(write_markdown_folder(tmp_path / "n", {"a.md": text})).entries
    assert entry.date == date(2023, 4, 1)
    assert entry.created_at.isoformat() == "2023-04-01T23:30:00-07:00"


def test_a_changed_file_is_newer_than_before(tmp_path):
    folder = write_markdown_folder(tmp_path / "notes", {"a.md": b"# A\n\nfirst\n"})
    before = read_markdown_folder(folder).entries[0]
    later = before.updated_at.timestamp() + 60
    (folder / "a.md").write_bytes(b"# A\n\nsecond\n")
    os.utime(folder / "a.md", (later, later))
    after = read_markdown_folder(folder).entries[0]
    assert after.id == before.id and after.body == "second"
    assert after.updated_at > before.updated_at


# -- the front matter reader on its own -------------------------------------------------


def test_values_lists_quotes_and_comments():
    front = split_front_matter(
        "---\n"
        "# a comment\n"
        'title: "My #1 day"  # after the value\n'
        "plain: some words # a comment\n"
        "single: 'it''s'\n"
        "flow: [a, 'b c', \"d\"]\n"
        "commas: one, two\n"
        "empty:\n"
        "block:\n"
        "- x\n"
        "- y\n"
        "nested:\n"
        "  deeper: 1\n"
        "---\n"
        "body\n"
    )
    assert front.body == "body\n" and front.lines == 14
    values = front.values
    assert values["title"].scalar() == "My #1 day"
    assert values["plain"].scalar() == "some words"
    assert values["single"].scalar() == "it's"
    assert values["flow"].words() == ["a", "b c", "d"]
    assert values["commas"].words() == ["one", "two"]
    assert values["empty"].scalar() is None and values["empty"].words() == []
    assert values["block"].words() == ["x", "y"]
    with pytest.raises(FrontMatterError, match="single value"):
        values["nested"].scalar()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("no front matter\n", "no front matter\n"),
        ("---\nnever closed\n", "---\nnever closed\n"),
        ("---\n- a list, not names\n---\n", "---\n- a list, not names\n---\n"),
        ("---\n\n---\nbody", "body"),
    ],
)
def test_text_without_front_matter_is_all_body(text, body):
    front = split_front_matter(text)
    assert front.values == {}
    assert front.body == body
