"""`afterglow import json|dayone|jrnl|markdown PATH [--dry-run]`: plain sentences, skipped
items one a line, nothing imported from a malformed file, and the exit codes of DESIGN §6."""

import io
import json
import sys
from pathlib import Path

import pytest

from afterglow.cli import main
from tests.interchange.samples import (
    dayone_document,
    write_dayone_json,
    write_dayone_zip,
    write_jrnl_json,
    write_markdown_folder,
)

PASSPHRASE = "walking home under the plane trees"


class Run:
    def __init__(self, tmp_path: Path, policy):
        self.tmp = tmp_path
        self.policy = policy
        self.data = tmp_path / "journal"
        self.secret = tmp_path / "passphrase.txt"
        self.secret.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def __call__(self, *args: str, passphrase: bool = True):
        argv = ["--data-dir", str(self.data)]
        if passphrase:
            argv += ["--passphrase-file", str(self.secret)]
        out, err = io.StringIO(), io.StringIO()
        code = main([*argv, *args], kdf_policy=self.policy, out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    def listed(self) -> list[str]:
        code, out, err = self("list", "--json")
        assert code == 0, err
        return [entry["title"] or entry["body"] for entry in json.loads(out)]


@pytest.fixture
def run(tmp_path, fast_policy, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: prompts must not hang
    runner = Run(tmp_path, fast_policy)
    assert runner("init")[0] == 0
    return runner


def test_dayone_import_reports_counts_then_what_was_left_out(run, tmp_path):
    path = write_dayone_zip(tmp_path / "export.zip")
    code, out, err = run("import", "dayone", str(path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Imported 4 new entries and updated 0; 0 were already up to date.",
        "Skipped entries[3] in Journal.json (2023-04-02): it has no text.",
        "Left out 2 photos and other attachments: Afterglow keeps the words of an entry, "
        "not its pictures.",
        "Left out 1 tag Afterglow cannot keep (a tag needs at least one letter): 2023.",
    ]
    assert sorted(run.listed()) == sorted(
        [
            "Night walk",
            "After the clocks changed. #sleep",
            "Evening on the coast.",
            "Trains on time.",
        ]
    )


def test_importing_the_same_export_again_adds_nothing(run, tmp_path):
    path = write_jrnl_json(tmp_path / "jrnl.json")
    assert run("import", "jrnl", str(path))[0] == 0
    code, out, _ = run("import", "jrnl", str(path))
    assert code == 0
    assert out.splitlines()[0] == "Imported 0 new entries and updated 0; 4 were already up to date."
    assert len(run.listed()) == 4


def test_markdown_folder_lists_each_skipped_file_on_its_own_line(run, tmp_path):
    folder = write_markdown_folder(tmp_path / "notes")
    code, out, _ = run("import", "markdown", str(folder))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Imported 6 new entries and updated 0; 0 were already up to date."
    assert lines[1:3] == [
        "Skipped empty.md: it has no text.",
        "Skipped latin-1.md: it is not UTF-8 text.",
    ]


def test_a_dry_run_needs_no_passphrase_and_changes_nothing(run, tmp_path):
    path = write_dayone_json(tmp_path / "Journal.json")
    before = (run.data / "journal.db").read_bytes()
    code, out, err = run("import", "dayone", str(path), "--dry-run", passphrase=False)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Found 3 entries in {path}, dated 2023-03-26 to 2023-03-31, with 5 tags.",
        "Skipped entries[3] (2023-04-02): it has no text.",
        "Left out 2 photos and other attachments: Afterglow keeps the words of an entry, "
        "not its pictures.",
        "Left out 1 tag Afterglow cannot keep (a tag needs at least one letter): 2023.",
        "This was a dry run: nothing was imported.",
    ]
    assert (run.data / "journal.db").read_bytes() == before
    assert run.listed() == []


def test_a_dry_run_of_an_afterglow_export_counts_every_collection(run, tmp_path):
    assert run("add", "--title", "Rest", "--date", "2026-03-14", "--body", "x")[0] == 0
    out_file = tmp_path / "export.json"
    assert run("export", "--format", "json", "--out", str(out_file))[0] == 0
    code, out, _ = run("import", "json", str(out_file), "--dry-run", passphrase=False)
    assert code == 0
    assert out.splitlines() == [
        f"Found 1 entry in {out_file}, dated 2026-03-14.",
        "This was a dry run: nothing was imported.",
    ]


SESSION_ID = "3a1f0c2e-5b7d-4e8f-9a6b-1c2d3e4f5a6b"
EXPORT_WITH_PROMPTS_AND_DISMISSALS = {
    "format": "afterglow-journal",
    "version": 1,
    "entries": [],
    "sessions": [
        {"id": SESSION_ID, "started_at": "2026-03-28T23:30:00+00:00", "route": "sublingual"}
    ],
    "prompts": [
        {
            "id": "0b8e7d9f-2c4e-4f5a-8b3c-8d9e0f1a2b3c",
            "text": "What did I not rush today?",
            "category": "body",
            "created_at": "2026-03-30T08:00:00+01:00",
        },
        {
            "id": "1c9f8e0a-3d5f-4a6b-9c4d-9e0f1a2b3c4d",
            "text": "Who do I want to tell?",
            "created_at": "2026-03-30T08:05:00+01:00",
        },
    ],
    "check_in_dismissals": [
        {"session_id": SESSION_ID, "day": 3, "dismissed_at": "2026-04-01T09:00:00+01:00"}
    ],
}


def test_own_prompts_and_dismissed_check_ins_are_reported_on_lines_of_their_own(run, tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(EXPORT_WITH_PROMPTS_AND_DISMISSALS), encoding="utf-8")
    code, out, _ = run("import", "json", str(path), "--dry-run", passphrase=False)
    assert code == 0
    assert out.splitlines() == [
        f"Found 0 entries in {path} (and 1 sessions).",
        "It also holds 2 own prompts and 1 dismissed check-in.",
        "This was a dry run: nothing was imported.",
    ]
    code, out, _ = run("import", "json", str(path))
    assert code == 0
    assert out.splitlines() == [
        "Imported 0 new entries and updated 0; 0 were already up to date.",
        "Imported 1 new sessions; 0 were already here.",
        "Imported 2 new own prompts; 0 were already here.",
        "Imported 1 new dismissed check-in; 0 were already here.",
    ]
    code, out, _ = run("import", "json", str(path))
    assert code == 0
    assert out.splitlines()[2:] == [
        "Imported 0 new own prompts; 2 were already here.",
        "Imported 0 new dismissed check-ins; 1 were already here.",
    ]
    again = tmp_path / "again.json"
    code, out, _ = run("export", "--format", "json", "--out", str(again))
    assert code == 0
    assert out.splitlines() == [
        f"Exported 0 entries (and 1 sessions) to {again}.",
        "It also holds 2 own prompts and 1 dismissed check-in.",
    ]
    document = json.loads(again.read_text(encoding="utf-8"))
    assert [p["text"] for p in document["prompts"]] == [
        "What did I not rush today?",
        "Who do I want to tell?",
    ]
    assert (
        document["check_in_dismissals"] == EXPORT_WITH_PROMPTS_AND_DISMISSALS["check_in_dismissals"]
    )


@pytest.mark.parametrize(
    ("kind", "write", "message"),
    [
        (
            "dayone",
            lambda tmp: write_dayone_json(
                tmp / "Journal.json",
                dayone_document([{"uuid": "A", "creationDate": "soon", "text": "x"}]),
            ),
            "Nothing was imported: entries[0].creationDate must be a time in ISO 8601 form.",
        ),
        (
            "dayone",
            lambda tmp: write_dayone_zip(tmp / "e.zip", {"Journal.json": "{"}),
            "Nothing was imported: Journal.json in the zip is not valid JSON (line 1, column 2).",
        ),
        (
            "jrnl",
            lambda tmp: write_jrnl_json(
                tmp / "j.json", {"entries": [{"title": "t", "date": "2023-13-01"}]}
            ),
            "Nothing was imported: entries[0].date must be a date written YYYY-MM-DD.",
        ),
        (
            "jrnl",
            lambda tmp: write_dayone_json(tmp / "Journal.json"),
            "Nothing was imported: the file is a Day One export, not a jrnl export; "
            "import it as dayone.",
        ),
        (
            "markdown",
            lambda tmp: write_markdown_folder(
                tmp / "notes", {"good.md": b"fine", "bad.md": b"---\ndate: someday\n---\nx"}
            ),
            "Nothing was imported: bad.md, line 2 gives a date not written YYYY-MM-DD or "
            "YYYY-MM-DD HH:MM.",
        ),
        (
            "json",
            lambda tmp: write_dayone_json(tmp / "Journal.json"),
            "Nothing was imported: the file is not an Afterglow journal export.",
        ),
    ],
)
def test_a_malformed_source_imports_nothing_exits_4_and_says_why(
    run, tmp_path, kind, write, message
):
    path = write(tmp_path)
    for extra in ((), ("--dry-run",)):
        code, out, err = run("import", kind, str(path), *extra)
        assert (code, out) == (4, "")
        assert err == f"afterglow: {message}\n"
    assert run.listed() == []


def test_a_missing_path_or_unknown_kind_is_a_usage_error(run, tmp_path):
    code, _, err = run("import", "jrnl", str(tmp_path / "missing.json"))
    assert code == 2 and err == f"afterglow: There is no file at {tmp_path / 'missing.json'}.\n"
    code, _, err = run("import", "markdown", str(tmp_path / "nowhere"))
    assert code == 2 and "There is no folder at" in err
    code, _, err = run("import", "evernote", str(tmp_path))
    assert code == 2 and "invalid choice" in err and err.count("\n") == 1


def test_a_wrong_passphrase_leaves_the_journal_untouched(run, tmp_path):
    path = write_jrnl_json(tmp_path / "jrnl.json")
    run.secret.write_text("not the passphrase at all\n", encoding="utf-8")
    code, out, err = run("import", "jrnl", str(path))
    assert (code, out) == (3, "") and err.startswith("afterglow: ")
    run.secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert run.listed() == []
