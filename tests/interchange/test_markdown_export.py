import json
import stat
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from afterglow.core.entries import Entry, EntryKind, new_entry_id
from afterglow.core.errors import UsageError
from afterglow.core.whole_journal import JournalContents
from afterglow.interchange.exporters import EXPORTERS, exporter_named
from afterglow.interchange.markdown import entry_markdown, export_markdown, slug

WHEN = datetime(2026, 3, 14, 8, 15, tzinfo=timezone(timedelta(hours=1)))
ENTRY = Entry(
    id="5b0c6f55-3f0e-4a53-9a8e-2f1f0d7c2a10",
    kind=EntryKind.REFLECTION,
    date=date(2026, 3, 14),
    created_at=WHEN,
    updated_at=WHEN,
    title='After: "the lake"',
    body="# Heading\n\nSoft light. #calm",
    mood=7,
    emotions=("calm",),
    tags=("calm", "lake"),
)


def test_entry_file_has_front_matter_then_the_body():
    assert entry_markdown(ENTRY) == (
        "---\n"
        'id: "5b0c6f55-3f0e-4a53-9a8e-2f1f0d7c2a10"\n'
        'kind: "reflection"\n'
        'date: "2026-03-14"\n'
        'title: "After: \\"the lake\\""\n'
        'tags: ["calm", "lake"]\n'
        "mood: 7\n"
        "energy: null\n"
        'emotions: ["calm"]\n'
        "private: false\n"
        'created_at: "2026-03-14T08:15:00+01:00"\n'
        'updated_at: "2026-03-14T08:15:00+01:00"\n'
        "---\n"
        "# Heading\n\nSoft light. #calm\n"
    )


def test_front_matter_values_stay_on_one_line():
    text = entry_markdown(replace(ENTRY, title="line one\nline two: --- yes"))
    front = text.split("---\n")[1]
    assert 'title: "line one\\nline two: --- yes"' in front.splitlines()
    assert (
        json.loads(front.splitlines()[3].removeprefix("title: ")) == "line one\nline two: --- yes"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("After the lake", "after-the-lake"),
        ("../../etc/passwd", "etc-passwd"),
        ("/absolute", "absolute"),
        (".hidden", "hidden"),
        ("Café ☕ à 9h", "café-à-9h"),
        ("静かな朝", "静かな朝"),
        ("C:\\Windows\\x", "c-windows-x"),
        ("🙂", ""),
        ("x" * 200, "x" * 60),
    ],
)
def test_slugs_are_safe_file_name_parts(title, expected):
    assert slug(title) == expected


def test_export_writes_one_private_file_per_entry_into_a_private_folder(tmp_path):
    entries = [
        ENTRY,
        replace(ENTRY, id=new_entry_id(), title="../../escape"),
        replace(ENTRY, id=new_entry_id()),  # same date and title as the first
        replace(ENTRY, id=new_entry_id(), title="", kind=EntryKind.CHECK_IN),
    ]
    out = tmp_path / "export"
    export_markdown(JournalContents(entries=tuple(entries)), out, WHEN)
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "2026-03-14-after-the-lake-2.md",
        "2026-03-14-after-the-lake.md",
        "2026-03-14-check-in.md",
        "2026-03-14-escape.md",
    ]
    for path in out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert (out / "2026-03-14-after-the-lake.md").read_text(encoding="utf-8") == entry_markdown(
        ENTRY
    )
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_into_an_existing_empty_folder_works_but_never_over_files(tmp_path):
    out = tmp_path / "export"
    out.mkdir()
    export_markdown(JournalContents(entries=(ENTRY,)), out, WHEN)
    assert len(list(out.iterdir())) == 1
    with pytest.raises(UsageError, match="already exists"):
        export_markdown(JournalContents(entries=(ENTRY,)), out, WHEN)
    assert len(list(out.iterdir())) == 1


def test_exporters_are_a_registry_by_name():
    assert list(EXPORTERS) == ["json", "markdown"]
    assert exporter_named("markdown").extension == "md"
    assert exporter_named("markdown").writes_folder
    assert not exporter_named("json").writes_folder
    with pytest.raises(UsageError, match="json or markdown"):
        exporter_named("pdf")
