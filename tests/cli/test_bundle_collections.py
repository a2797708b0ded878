"""`afterglow bundle create` carries sessions, insights, actions, patterns, practices and
measures as the selection says, and `--leave-out` keeps any of them out."""

from __future__ import annotations

import io
import json
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from afterglow.cli import main
from afterglow.vault.services import journal_services
from afterglow.vault.vault import Vault

PASSPHRASE = "walking home under the plane trees"
ZONE = timezone(timedelta(hours=1))


class Run:
    def __init__(self, tmp_path: Path, policy, monkeypatch):
        self.tmp = tmp_path
        self.data = tmp_path / "journal"
        self.policy = policy
        self.secret = tmp_path / "passphrase.txt"
        self.secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    def __call__(self, *args: str, journal: bool = True) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        argv = ["--data-dir", str(self.data)]
        if journal:
            argv += ["--passphrase-file", str(self.secret)]
        code = main([*argv, *args], kdf_policy=self.policy, out=out, err=err)
        return code, out.getvalue(), err.getvalue()

    def bundle(self, name: str, *flags: str) -> tuple[str, dict]:
        """Makes a passphrase bundle and returns what `bundle create` said and its data."""
        out_path, words = str(self.tmp / f"{name}.age"), str(self.tmp / f"{name}.words")
        code, said, err = self(
            "bundle", "create", "--passphrase-out", words, *flags, "--out", out_path
        )
        assert code == 0, err
        code, out, err = self(
            "bundle", "open", out_path, "--passphrase-file", words, "--json", journal=False
        )
        assert code == 0, err
        return said, json.loads(out)


@pytest.fixture
def run(tmp_path, fast_policy, monkeypatch):
    runner = Run(tmp_path, fast_policy, monkeypatch)
    assert runner("init")[0] == 0
    unlocked = Vault(runner.data, fast_policy).unlock(PASSPHRASE)
    try:
        s = journal_services(unlocked.database)
        session = s.sessions.add(started_at=datetime(2025, 3, 1, 10, tzinfo=ZONE), route="im")
        shared = s.journal.add(body="After", day=date(2025, 3, 2), session_id=session.id)
        secret = s.journal.add(
            body="Mine", day=date(2025, 3, 3), private=True, session_id=session.id
        )
        s.insights.add("From the shared entry", entry_id=shared.id)
        kept_back = s.insights.add("From the private entry", entry_id=secret.id)
        s.actions.add("Because of the private entry", insight_id=kept_back.id)
        pattern = s.patterns.add("People-pleasing")
        s.patterns.log_occurrence(pattern.id, entry_id=shared.id)
        s.patterns.log_occurrence(pattern.id, entry_id=secret.id, trigger="Private trigger")
        walk = s.practices.add(name="Walk", kind="check")
        s.practices.log(walk.id, date(2025, 3, 2), note="Private note")
        s.measures.take("gad7", [1] * 7, taken_at=datetime(2025, 3, 2, 9, tzinfo=ZONE))
    finally:
        unlocked.lock()
    return runner


def test_a_bundle_carries_every_collection_the_selection_takes(run):
    said, opened = run.bundle("all", "--since", "2025-03-01", "--until", "2025-03-31")
    data = opened["data"]
    assert {name: len(data[name]) for name in opened["manifest"]["counts"]} == {
        "entries": 1,
        "sessions": 1,
        "insights": 1,
        "actions": 0,
        "practices": 1,
        "practice_logs": 1,
        "patterns": 1,
        "occurrences": 1,
        "measures": 1,
    }
    assert "1 entry, 1 session, 1 insight" in said
    text = json.dumps(data)
    for private in ("Mine", "private entry", "Private trigger", "Private note"):
        assert private not in text


def test_leave_out_keeps_kinds_out_and_says_so(run):
    _, opened = run.bundle("some", "--leave-out", "measures", "--leave-out", "practices")
    data = opened["data"]
    assert data["measures"] == data["practices"] == data["practice_logs"] == []
    assert len(data["sessions"]) == 1
    selection = opened["manifest"]["selection"]
    assert selection["filters"]["include_measures"] is False
    assert selection["description"] == "Journal items without practices or measures."


def test_leave_out_refuses_an_unknown_kind(run):
    code, _, err = run("bundle", "create", "--passphrase-out", "w", "--leave-out", "entries")
    assert code == 2 and "invalid choice" in err
