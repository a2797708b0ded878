"""`afterglow bundle create`, `bundle open` and `identity new`, end to end in-process."""

from __future__ import annotations

import io
import json
import stat
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pyrage
import pytest

from afterglow.bundle.identity import identities_from_file
from afterglow.cli import main
from afterglow.core.journal import Journal
from afterglow.vault.bundle_keys import BundleKeys
from afterglow.vault.entries import VaultEntryStore
from afterglow.vault.vault import Vault

PASSPHRASE = "walking home under the plane trees"
SESSION = "5d1c9e2a-8f3b-4b8e-a6f1-2c3d4e5f6a7b"
MEMBERS = ["manifest.json", "manifest.sig", "data.json", "report.html"]


class Run:
    """Runs the command in-process with a cheap key policy and captures its output."""

    def __init__(self, tmp_path: Path, policy):
        self.tmp = tmp_path
        self.policy = policy
        self.data = tmp_path / "journal"

    def file(self, name: str, text: str) -> str:
        path = self.tmp / name
        path.write_text(text + "\n", encoding="utf-8")
        return str(path)

    def __call__(self, *args: str, passphrase: str | None = PASSPHRASE):
        argv = ["--data-dir", str(self.data)]
        if passphrase is not None:
            argv += ["--passphrase-file", self.file("passphrase.txt", passphrase)]
        out, err = io.StringIO(), io.StringIO()
        code = main([*argv, *args], kdf_policy=self.policy, out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    def path(self, name: str) -> str:
        return str(self.tmp / name)


@pytest.fixture
def run(tmp_path, fast_policy, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: prompts must not hang
    return Run(tmp_path, fast_policy)


@pytest.fixture
def entries(run) -> dict[str, str]:
    """A journal with entries around a session; returns entry ids by name."""
    assert run("init")[0] == 0
    unlocked = Vault(run.data, run.policy).unlock(PASSPHRASE)
    try:
        journal = Journal(VaultEntryStore(unlocked.database))
        made = {
            "before": journal.add(title="Intention", day=date(2025, 2, 28), tags=["intention"]),
            "session": journal.add(
                title="Session day", day=date(2025, 3, 1), session_id=SESSION, tags=["family"]
            ),
            "secret": journal.add(
                title="Only mine", day=date(2025, 3, 2), tags=["family"], private=True
            ),
            "work": journal.add(title="Work week", day=date(2025, 3, 5), tags=["work"]),
            "binned": journal.add(title="Thrown away", day=date(2025, 3, 3), tags=["family"]),
        }
        journal.trash(made["binned"].id)
    finally:
        unlocked.lock()
    return {name: entry.id for name, entry in made.items()}


@pytest.fixture
def identity(run) -> tuple[str, str]:
    """A therapist identity file made by `identity new`; returns (path, public key)."""
    code, out, err = run("identity", "new", "--out", run.path("key.txt"), passphrase=None)
    assert code == 0, err
    return run.path("key.txt"), out.strip()


def age_decrypt(sealed: str, key: str, tmp_path: Path) -> zipfile.ZipFile:
    """The bundle opened by the reference `age` tool, as a ZIP."""
    plain = tmp_path / "age-output.zip"
    subprocess.run(["age", "-d", "-i", key, "-o", str(plain), sealed], check=True)
    return zipfile.ZipFile(plain)


def titles_in(run, bundle: str, key: str) -> list[str]:
    code, out, err = run("bundle", "open", bundle, "--identity", key, "--json", passphrase=None)
    assert code == 0, err
    return [entry["title"] for entry in json.loads(out)["data"]["entries"]]


def signer_of(run) -> str:
    unlocked = Vault(run.data, run.policy).unlock(PASSPHRASE)
    try:
        return BundleKeys(unlocked.database).signing_identity().fingerprint
    finally:
        unlocked.lock()


# -- identity new --------------------------------------------------------------------------


def test_identity_new_writes_a_private_age_keygen_file_and_prints_the_public_key(run, identity):
    path, public_key = identity
    assert public_key.startswith("age1") and "\n" not in public_key
    assert stat.S_IMODE(Path(path).stat().st_mode) == 0o600
    text = Path(path).read_text()
    assert text.startswith("# created: ") and f"# public key: {public_key}\n" in text
    assert text.splitlines()[-1].startswith("AGE-SECRET-KEY-1")
    derived = subprocess.run(["age-keygen", "-y", path], capture_output=True, text=True)
    assert derived.stdout.strip() == public_key
    assert not run.data.exists()  # no journal needed, none made


def test_identity_new_refuses_to_overwrite(run, identity):
    path, _ = identity
    before = Path(path).read_bytes()
    code, out, err = run("identity", "new", "--out", path, passphrase=None)
    assert code == 2 and out == ""
    assert "already exists" in err and err.count("\n") == 1
    assert Path(path).read_bytes() == before


# -- bundle create -------------------------------------------------------------------------


def test_a_bundle_for_a_recipient_opens_with_the_reference_age_tool(run, entries, identity):
    key, public_key = identity
    out_path = run.path("bundle.zip.age")
    code, out, err = run("bundle", "create", "--recipient", public_key, "--out", out_path)
    assert code == 0, err
    assert err == ""
    assert f"Bundle saved to {out_path}." in out
    assert "It holds 3 entries." in out
    assert "1 entry marked private was left out." in out
    assert signer_of(run) in out
    assert stat.S_IMODE(Path(out_path).stat().st_mode) == 0o600
    archive = age_decrypt(out_path, key, run.tmp)
    assert archive.namelist() == MEMBERS
    data = json.loads(archive.read("data.json"))
    assert data["format"] == "afterglow-journal"
    assert [e["title"] for e in data["entries"]] == ["Intention", "Session day", "Work week"]
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["counts"]["entries"] == 3
    assert manifest["selection"]["filters"]["include_private"] is False


def test_a_bundle_can_go_to_several_recipients(run, entries, identity, tmp_path):
    key, public_key = identity
    _, second_public, _ = run("identity", "new", "--out", run.path("k2.txt"), passphrase=None)
    out_path = run.path("b.age")
    code, _out, err = run(
        "bundle", "create", "--recipient", public_key, "--recipient", second_public.strip(),
        "--out", out_path,
    )  # fmt: skip
    assert code == 0, err
    assert age_decrypt(out_path, run.path("k2.txt"), tmp_path).namelist() == MEMBERS
    assert age_decrypt(out_path, key, tmp_path).namelist() == MEMBERS


def test_a_passphrase_bundle_writes_the_passphrase_privately_and_opens_with_it(run, entries):
    words_path, out_path = run.path("words.txt"), run.path("b.zip.age")
    code, out, err = run("bundle", "create", "--passphrase-out", words_path, "--out", out_path)
    assert code == 0, err
    words = Path(words_path).read_text()
    passphrase = words.removesuffix("\n")
    assert len(passphrase.split("-")) >= 6 and "\n" not in passphrase
    assert passphrase not in out and passphrase not in err
    assert words_path in out
    assert stat.S_IMODE(Path(words_path).stat().st_mode) == 0o600
    code, out, err = run(
        "bundle", "open", out_path, "--passphrase-file", words_path, passphrase=None
    )
    assert code == 0, err
    assert "Work week" in out and "Only mine" not in out
    plain = pyrage.passphrase.decrypt(Path(out_path).read_bytes(), passphrase)
    assert zipfile.ZipFile(io.BytesIO(plain)).namelist() == MEMBERS


def test_the_journal_and_bundle_passphrase_files_are_told_apart(run, entries):
    words_path, out_path = run.path("words.txt"), run.path("b.zip.age")
    run("bundle", "create", "--passphrase-out", words_path, "--out", out_path)
    # The journal's --passphrase-file comes before the command, the bundle's after it.
    code, out, err = run("bundle", "open", out_path, "--passphrase-file", words_path)
    assert code == 0, err
    assert "Session day" in out


def test_create_refuses_to_overwrite_the_bundle(run, entries, identity):
    _, public_key = identity
    existing = Path(run.path("b.age"))
    existing.write_bytes(b"precious")
    code, out, err = run("bundle", "create", "--recipient", public_key, "--out", str(existing))
    assert code == 2 and out == ""
    assert "already exists" in err and err.count("\n") == 1
    assert existing.read_bytes() == b"precious"


def test_create_refuses_to_overwrite_the_passphrase_file(run, entries):
    words = Path(run.path("words.txt"))
    words.write_text("keep me\n")
    out_path = Path(run.path("b.age"))
    code, _out, err = run(
        "bundle", "create", "--passphrase-out", str(words), "--out", str(out_path)
    )
    assert code == 2 and "already exists" in err
    assert words.read_text() == "keep me\n"
    assert not out_path.exists()


@pytest.mark.parametrize(
    "lock",
    [[], ["--recipient", "age1nope"], ["--recipient", "x", "--passphrase-out", "w.txt"]],
    ids=["no lock", "bad key", "both locks"],
)
def test_create_needs_exactly_one_valid_lock(run, lock):
    code, out, err = run("bundle", "create", *lock, "--out", run.path("b.age"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not Path(run.path("b.age")).exists()


def test_a_choice_that_matches_nothing_makes_no_bundle(run, entries, identity):
    _, public_key = identity
    out_path = run.path("b.age")
    code, _out, err = run(
        "bundle", "create", "--recipient", public_key, "--tag", "nothing-here", "--out", out_path
    )
    assert code == 2 and "no bundle was made" in err
    assert not Path(out_path).exists()


def test_the_signing_key_stays_the_same_from_bundle_to_bundle(run, entries, identity):
    _, public_key = identity
    for name in ("one.age", "two.age"):
        code, _, err = run("bundle", "create", "--recipient", public_key, "--out", run.path(name))
        assert code == 0, err
    fingerprints = []
    for name in ("one.age", "two.age"):
        code, out, err = run(
            "bundle", "open", run.path(name), "--identity", identity[0], "--json", passphrase=None
        )
        fingerprints.append(json.loads(out)["signer_fingerprint"])
    assert fingerprints == [signer_of(run)] * 2


# -- choosing what goes in -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        ([], ["Intention", "Session day", "Work week"]),
        (["--since", "2025-03-01"], ["Session day", "Work week"]),
        (["--until", "2025-03-01"], ["Intention", "Session day"]),
        (["--since", "2025-03-01", "--until", "2025-03-04"], ["Session day"]),
        (["--tag", "family"], ["Session day"]),
        (["--tag", "#Work", "--tag", "intention"], ["Intention", "Work week"]),
        (["--session", SESSION], ["Session day"]),
        (["--session", SESSION.upper()], ["Session day"]),
    ],
    ids=["nothing", "since", "until", "range", "tag", "tags", "session", "session case"],
)
def test_selection_flags_choose_exactly_the_right_entries(run, entries, identity, flags, expected):
    key, public_key = identity
    out_path = run.path("b.age")
    code, _, err = run("bundle", "create", "--recipient", public_key, *flags, "--out", out_path)
    assert code == 0, err
    assert titles_in(run, out_path, key) == expected


def test_entries_chosen_by_id_or_its_first_characters(run, entries, identity):
    key, public_key = identity
    out_path = run.path("b.age")
    code, _, err = run(
        "bundle", "create", "--recipient", public_key, "--entry", entries["work"][:8],
        "--entry", entries["before"], "--out", out_path,
    )  # fmt: skip
    assert code == 0, err
    assert titles_in(run, out_path, key) == ["Intention", "Work week"]
    code, out, _ = run("bundle", "open", out_path, "--identity", key, "--json", passphrase=None)
    filters = json.loads(out)["manifest"]["selection"]["filters"]
    assert sorted(filters["entry_ids"]) == sorted([entries["work"], entries["before"]])


@pytest.mark.parametrize(
    ("name", "message"),
    [("secret", "marked private"), ("binned", "in the Trash")],
)
def test_private_and_trashed_entries_cannot_be_chosen_by_id(run, entries, identity, name, message):
    _, public_key = identity
    out_path = run.path("b.age")
    code, _, err = run(
        "bundle", "create", "--recipient", public_key, "--entry", entries[name], "--out", out_path
    )
    assert code == 2 and message in err and err.count("\n") == 1
    assert not Path(out_path).exists()


def test_private_and_trashed_entries_never_travel_by_tag_or_date(run, entries, identity):
    key, public_key = identity
    out_path = run.path("b.age")
    run(
        "bundle", "create", "--recipient", public_key, "--tag", "family",
        "--since", "2025-03-01", "--until", "2025-03-03", "--out", out_path,
    )  # fmt: skip
    plain = age_decrypt(out_path, key, run.tmp)
    for member in plain.namelist():
        content = plain.read(member)
        assert b"Only mine" not in content and b"Thrown away" not in content


def test_bad_selection_flags_are_usage_errors(run, identity):
    _, public_key = identity
    for flags in (
        ["--since", "March"],
        ["--session", "not-a-session"],
        ["--tag", "###"],
        ["--since", "2025-03-05", "--until", "2025-03-01"],
    ):
        code, _, err = run("bundle", "create", "--recipient", public_key, *flags, "--out", "x")
        assert code == 2 and err.count("\n") == 1, flags


# -- bundle open ---------------------------------------------------------------------------


@pytest.fixture
def bundle(run, entries, identity) -> str:
    out_path = run.path("afterglow-bundle.zip.age")
    code, _, err = run("bundle", "create", "--recipient", identity[1], "--out", out_path)
    assert code == 0, err
    return out_path


def test_open_summarises_the_bundle(run, bundle, identity):
    code, out, err = run("bundle", "open", bundle, "--identity", identity[0], passphrase=None)
    assert code == 0, err
    assert f"fingerprint {signer_of(run)}" in out
    assert "The signature is valid" in out
    assert "Selection: Every journal entry not marked private." in out
    assert "It holds 3 entries." in out
    lines = out.splitlines()
    listed = lines[lines.index("Entries:") + 1 :]
    assert listed[0].split() == ["2025-02-28", "journal", "Intention", "#intention"]
    assert "Session day" in listed[1] and "Work week" in listed[2]


def test_open_needs_no_journal(run, bundle, identity, tmp_path):
    nowhere = tmp_path / "no-journal-here"
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(nowhere), "bundle", "open", bundle, "--identity", identity[0]]
    assert main(argv, kdf_policy=run.policy, out=out, err=err) == 0, err.getvalue()
    assert not nowhere.exists()


def test_open_json_holds_the_manifest_and_the_data(run, bundle, identity):
    code, out, err = run(
        "bundle", "open", bundle, "--identity", identity[0], "--json", passphrase=None
    )
    assert code == 0, err
    document = json.loads(out)
    assert set(document) == {"signer_fingerprint", "signature_valid", "manifest", "data"}
    assert document["signature_valid"] is True
    assert document["manifest"]["format"] == "afterglow-bundle"
    assert document["manifest"]["signer"]["fingerprint"] == document["signer_fingerprint"]
    assert document["manifest"]["counts"]["entries"] == 3
    assert document["data"]["format"] == "afterglow-journal"
    assert len(document["data"]["entries"]) == 3


def test_open_extract_writes_private_files_and_never_overwrites(run, bundle, identity, tmp_path):
    folder = tmp_path / "opened"
    code, _out, err = run(
        "bundle", "open", bundle, "--identity", identity[0], "--extract", str(folder),
        passphrase=None,
    )  # fmt: skip
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == sorted(MEMBERS)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    (folder / "report.html").write_text("my notes")
    code, _out, err = run(
        "bundle", "open", bundle, "--identity", identity[0], "--extract", str(folder),
        passphrase=None,
    )  # fmt: skip
    assert code == 2 and "already exists" in err and err.count("\n") == 1
    assert (folder / "report.html").read_text() == "my notes"


def test_open_with_the_wrong_identity_exits_3(run, bundle):
    run("identity", "new", "--out", run.path("other.txt"), passphrase=None)
    code, out, err = run(
        "bundle", "open", bundle, "--identity", run.path("other.txt"), passphrase=None
    )
    assert code == 3 and out == ""
    assert err.count("\n") == 1 and "different key" in err


def test_open_with_the_wrong_passphrase_exits_3(run, entries):
    out_path = run.path("b.age")
    run("bundle", "create", "--passphrase-out", run.path("words.txt"), "--out", out_path)
    wrong = run.file("wrong.txt", "maple-river-quiet-lantern-bingo-sunny")
    code, out, err = run("bundle", "open", out_path, "--passphrase-file", wrong, passphrase=None)
    assert code == 3 and out == "" and err.count("\n") == 1


def test_a_tampered_bundle_exits_4(run, bundle, identity):
    sealed = bytearray(Path(bundle).read_bytes())
    sealed[-40] ^= 0x01  # inside the encrypted payload
    Path(bundle).write_bytes(bytes(sealed))
    code, out, err = run("bundle", "open", bundle, "--identity", identity[0], passphrase=None)
    assert code == 4 and out == ""
    assert err.count("\n") == 1 and "damaged" in err


def test_a_bundle_that_is_not_age_at_all_exits_4(run, identity):
    junk = Path(run.path("junk.age"))
    junk.write_bytes(b"PK\x03\x04 not an age file")
    code, _, err = run("bundle", "open", str(junk), "--identity", identity[0], passphrase=None)
    assert code == 4 and err.count("\n") == 1


def test_an_unsafe_bundle_exits_5(run, identity):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../manifest.json", b"{}")
    recipient = pyrage.x25519.Recipient.from_str(identity[1])
    hostile = Path(run.path("hostile.age"))
    hostile.write_bytes(pyrage.encrypt(buffer.getvalue(), [recipient]))
    code, out, err = run("bundle", "open", str(hostile), "--identity", identity[0], passphrase=None)
    assert code == 5 and out == "" and err.count("\n") == 1


@pytest.mark.parametrize(
    "args",
    [
        ["bundle"],
        ["bundle", "open", "x.age"],
        ["bundle", "open", "x.age", "--identity", "k", "--passphrase-file", "p"],
        ["bundle", "open", "x.age", "--identity", "k", "--json", "--extract", "d"],
        ["bundle", "open", "missing.age", "--identity", "missing.txt"],
        ["identity"],
        ["identity", "new"],
    ],
)
def test_open_usage_errors_exit_2(run, args):
    code, out, err = run(*args, passphrase=None)
    assert code == 2 and out == "" and err.count("\n") == 1


def test_text_from_a_bundle_cannot_drive_the_terminal(run, identity):
    assert run("init")[0] == 0
    unlocked = Vault(run.data, run.policy).unlock(PASSPHRASE)
    try:
        Journal(VaultEntryStore(unlocked.database)).add(
            title="Hi \x1b[2J\x1b]0;pwned\x07 there\u202e", day=date(2025, 3, 1)
        )
    finally:
        unlocked.lock()
    out_path = run.path("b.age")
    run("bundle", "create", "--recipient", identity[1], "--out", out_path)
    for extra in ([], ["--json"]):
        code, out, err = run(
            "bundle", "open", out_path, "--identity", identity[0], *extra, passphrase=None
        )
        assert code == 0, err
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert json.loads(out)["data"]["entries"][0]["title"].startswith("Hi \x1b[2J")


def test_the_identity_file_from_identity_new_reads_back(identity):
    path, public_key = identity
    assert [i.public_key for i in identities_from_file(Path(path))] == [public_key]
