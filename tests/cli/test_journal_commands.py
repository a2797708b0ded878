import io
import json
import stat
import sys

import pytest

from afterglow.cli import main

PASSPHRASE = "walking home under the plane trees"
ENTRY_KEYS = {
    "id",
    "kind",
    "date",
    "created_at",
    "updated_at",
    "title",
    "body",
    "mood",
    "energy",
    "emotions",
    "tags",
    "private",
    "session_id",
    "prompt",
}


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Run:
    """Runs the command in-process with a cheap key policy and captures its output."""

    def __init__(self, tmp_path, policy, monkeypatch):
        self.tmp = tmp_path
        self.policy = policy
        self.data = tmp_path / "journal"
        self.monkeypatch = monkeypatch
        self.secret = tmp_path / "passphrase.txt"
        self.secret.write_text(PASSPHRASE + "\n", encoding="utf-8")

    def __call__(self, *args, stdin="", out=None):
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        argv = ["--data-dir", str(self.data), "--passphrase-file", str(self.secret), *args]
        out = out if out is not None else io.StringIO()
        err = io.StringIO()
        code = main(argv, kdf_policy=self.policy, out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    def ok(self, *args, **kwargs):
        code, out, err = self(*args, **kwargs)
        assert code == 0, err
        assert err == ""
        return out

    def add(self, *args, **kwargs):
        return self.ok("add", *args, **kwargs).strip()


@pytest.fixture
def run(tmp_path, fast_policy, monkeypatch):
    runner = Run(tmp_path, fast_policy, monkeypatch)
    runner.ok("init")
    return runner


def test_add_prints_the_new_id_and_show_json_has_the_interchange_shape(run):
    entry_id = run.add(
        "--kind",
        "reflection",
        "--title",
        "After",
        "--date",
        "2026-03-14",
        "--tag",
        "Grief",
        "--tag",
        "#self care",
        "--mood",
        "7",
        "--body",
        "Soft light. #calm",
    )
    shown = json.loads(run.ok("show", entry_id, "--json"))
    assert set(shown) == ENTRY_KEYS
    assert shown["id"] == entry_id
    assert shown["kind"] == "reflection" and shown["date"] == "2026-03-14"
    assert shown["tags"] == ["calm", "grief", "self-care"]
    assert shown["mood"] == 7 and shown["body"] == "Soft light. #calm"


def test_add_reads_the_body_from_a_file_or_stdin(run, tmp_path):
    body_file = tmp_path / "body.md"
    body_file.write_text("From a file ☕\n", encoding="utf-8")
    from_file = run.add("--body-file", str(body_file))
    from_stdin = run.add("--title", "piped", stdin="From stdin\n")
    assert json.loads(run.ok("show", from_file, "--json"))["body"] == "From a file ☕\n"
    assert json.loads(run.ok("show", from_stdin, "--json"))["body"] == "From stdin\n"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--mood", "11"], "0 to 10"),
        (["--mood", "calm"], "0 to 10"),
        (["--date", "14.03.2026"], "YYYY-MM-DD"),
        (["--date", "2026-02-30"], "YYYY-MM-DD"),
        (["--kind", "diary"], "invalid choice"),
        (["--tag", "!!!", "--body", "x"], "tags may contain only"),
        (["--body", "x", "--body-file", "f"], "not allowed with"),
        (["--body-file", "/no/such/file"], "does not exist"),
        ([], "title or some text"),
    ],
)
def test_add_with_bad_input_is_one_sentence_and_exit_2(run, args, words):
    code, out, err = run("add", *args)
    assert code == 2
    assert out == ""
    assert words in err and err.startswith("afterglow: ") and err.count("\n") == 1
    assert json.loads(run.ok("list", "--json")) == []


def test_list_human_output_is_calm_and_filters_work(run):
    run.add("--title", "First", "--date", "2026-03-01", "--tag", "a", "--body", "x")
    run.add("--title", "Second", "--date", "2026-03-05", "--tag", "b", "--body", "y")
    run.add("--date", "2026-03-09", "--body", "An untitled thought that goes on a while")
    lines = run.ok("list").splitlines()
    assert len(lines) == 3
    assert "2026-03-09" in lines[0] and "An untitled thought" in lines[0]
    assert "2026-03-05" in lines[1] and "Second" in lines[1] and "#b" in lines[1]
    assert "First" in lines[2]

    def titles(*args):
        return [e["title"] for e in json.loads(run.ok("list", "--json", *args))]

    assert titles("--tag", "a") == ["First"]
    assert titles("--since", "2026-03-02") == ["", "Second"]
    assert titles("--until", "2026-03-05") == ["Second", "First"]
    assert titles("--limit", "1") == [""]
    assert all(set(e) == ENTRY_KEYS for e in json.loads(run.ok("list", "--json")))


def test_list_of_an_empty_journal_says_so(run):
    assert run.ok("list") == "No entries to show.\n"


@pytest.mark.parametrize("args", [["--limit", "0"], ["--limit", "-3"], ["--since", "soon"]])
def test_list_with_bad_options_exits_2(run, args):
    code, _, err = run("list", *args)
    assert code == 2 and err.count("\n") == 1


def test_search_marks_the_match_in_brackets_when_not_a_terminal(run):
    entry_id = run.add("--title", "Evening", "--body", "The breathwork helped a lot.")
    run.add("--title", "Other", "--body", "Nothing here.")
    out = run.ok("search", "breath")
    assert entry_id[:8] in out
    assert "[breathwork]" in out and "\x1b[" not in out
    assert "Other" not in out


def test_search_uses_bold_on_a_terminal(run):
    run.add("--title", "Lake", "--body", "quiet lake")
    out = run.ok("search", "lake", out=Terminal())
    assert "\x1b[1mlake\x1b[0m" in out and "[lake]" not in out


def test_search_json_has_entries_with_a_structured_snippet(run):
    run.add("--title", "Evening", "--body", "The breathwork helped.")
    [hit] = json.loads(run.ok("search", "breathwork", "--json"))
    assert set(hit) == ENTRY_KEYS | {"snippet"}
    assert ["breathwork", True] in hit["snippet"]


@pytest.mark.parametrize("query", ['"', "NOT", "a OR (b", "title:x*", "🙂", "\\"])
def test_search_never_fails_on_odd_queries(run, query):
    run.add("--body", "some text")
    code, _, err = run("search", query)
    assert code == 0, err


def test_search_with_no_match_says_so(run):
    assert run.ok("search", "nothing") == "No entries match.\n"


def test_show_human_output(run):
    entry_id = run.add("--title", "After", "--mood", "6", "--tag", "x", "--body", "Body text")
    out = run.ok("show", entry_id[:8])
    assert out.splitlines()[0] == "After"
    assert "mood 6/10" in out and "#x" in out and entry_id in out
    assert out.rstrip().endswith("Body text")


def test_show_of_an_unknown_id_exits_2(run):
    code, out, err = run("show", "00000000-0000-4000-8000-000000000000")
    assert code == 2 and out == ""
    assert err == "afterglow: No entry has the id 00000000-0000-4000-8000-000000000000.\n"


def test_export_json_then_import_into_a_new_journal(run, tmp_path, fast_policy, monkeypatch):
    run.add("--title", "One", "--tag", "a", "--body", "first")
    run.add("--title", "Two", "--mood", "3", "--body", "second")
    out = tmp_path / "export.json"
    assert "Exported 2 entries" in run.ok("export", "--format", "json", "--out", str(out))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "afterglow-journal" and document["version"] == 1

    (tmp_path / "other").mkdir()
    other = Run(tmp_path / "other", fast_policy, monkeypatch)
    other.ok("init")
    assert "Imported 2 new entries and updated 0; 0 were already" in other.ok(
        "import", "json", str(out)
    )
    assert "Imported 0 new entries and updated 0; 2 were already" in other.ok(
        "import", "json", str(out)
    )
    again = tmp_path / "again.json"
    other.ok("export", "--format", "json", "--out", str(again))
    first = json.loads(out.read_text())
    second = json.loads(again.read_text())
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second


def test_import_of_a_bad_file_exits_4_and_imports_nothing(run, tmp_path):
    run.add("--title", "One", "--body", "first")
    out = tmp_path / "export.json"
    run.ok("export", "--format", "json", "--out", str(out))
    document = json.loads(out.read_text())
    document["entries"][0]["id"] = "00000000-0000-4000-8000-000000000001"
    document["entries"].append(dict(document["entries"][0], id=None))
    out.write_text(json.dumps(document))
    code, _, err = run("import", "json", str(out))
    assert code == 4
    assert err == "afterglow: Nothing was imported: entries[1].id must be a UUID.\n"
    assert len(json.loads(run.ok("list", "--json"))) == 1


def test_import_of_a_missing_file_exits_2(run, tmp_path):
    code, _, err = run("import", "json", str(tmp_path / "absent.json"))
    assert code == 2 and "There is no file" in err


def test_import_only_offers_formats_that_exist(run, tmp_path):
    code, _, err = run("import", "evernote", str(tmp_path / "x"))
    assert code == 2 and "invalid choice" in err


def test_export_markdown_writes_a_private_folder(run, tmp_path):
    run.add("--title", "After the lake", "--date", "2026-03-14", "--body", "Soft light.")
    out = tmp_path / "md"
    run.ok("export", "--format", "markdown", "--out", str(out))
    [path] = list(out.iterdir())
    assert path.name == "2026-03-14-after-the-lake.md"
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\nid: ") and text.endswith("---\nSoft light.\n")


def test_export_needs_a_known_format(run, tmp_path):
    code, _, err = run("export", "--format", "pdf", "--out", str(tmp_path / "x"))
    assert code == 2 and err.count("\n") == 1


def test_journal_commands_with_a_wrong_passphrase_exit_3(run):
    run.secret.write_text("not the passphrase at all\n")
    code, out, _ = run("list")
    assert code == 3 and out == ""


def test_add_refuses_text_that_is_not_valid_unicode(run):
    # What argv holds when a terminal passes bytes that are not UTF-8.
    code, _, err = run("add", "--title", "bad \udcff bytes")
    assert code == 2 and "valid Unicode" in err
