"""`afterglow patterns`: the exact summary object with --json, numbers checked by hand on a
small journal, and a calm text summary without it."""

from __future__ import annotations

import io
import json
import sys
from datetime import date, datetime, timedelta, timezone

import pytest

from afterglow.cli import main
from afterglow.vault.services import journal_services
from afterglow.vault.vault import Vault

PASSPHRASE = "walking home under the plane trees"
ZONE = timezone(timedelta(hours=1))
# The journal lies in the past and the summary ends on --until, so the numbers do not
# depend on the day the test runs.
RANGE = ("--since", "2024-01-01", "--until", "2024-03-31")


def at(day: str, hour: int = 9) -> datetime:
    return datetime.combine(date.fromisoformat(day), datetime.min.time(), ZONE).replace(hour=hour)


class Run:
    def __init__(self, tmp_path, policy, monkeypatch):
        self.data = tmp_path / "journal"
        self.policy = policy
        self.secret = tmp_path / "passphrase.txt"
        self.secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    def __call__(self, *args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        argv = ["--data-dir", str(self.data), "--passphrase-file", str(self.secret), *args]
        code = main(argv, kdf_policy=self.policy, out=out, err=err)
        return code, out.getvalue(), err.getvalue()


@pytest.fixture
def run(tmp_path, fast_policy, monkeypatch):
    runner = Run(tmp_path, fast_policy, monkeypatch)
    assert runner("init")[0] == 0
    return runner


@pytest.fixture
def journal(run) -> dict[str, str]:
    """A month of 2024, made through the services; returns ids by name."""
    unlocked = Vault(run.data, run.policy).unlock(PASSPHRASE)
    now = [at("2024-01-10")]
    try:
        s = journal_services(unlocked.database, lambda: now[0])
        j = s.journal
        j.add(body="a", day=date(2024, 3, 4), mood=4, tags=["work"], emotions=["tired"])
        j.add(
            body="b",
            day=date(2024, 3, 5),
            mood=6,
            tags=["work", "family"],
            emotions=["tired", "calm"],
        )
        j.add(body="c", day=date(2024, 3, 12), mood=8, tags=["family"], emotions=["calm"])
        j.add(body="d", day=date(2024, 3, 13), mood=3, tags=["work"], private=True)
        binned = j.add(body="e", day=date(2024, 3, 13), mood=0, tags=["work"])
        j.trash(binned.id)
        j.add(body="f", day=date(2023, 12, 31), mood=10, tags=["before"])  # out of range
        session = s.sessions.add(started_at=at("2024-03-08", 10), route="im")
        pleasing = s.patterns.add("People-pleasing")
        for day in ("2024-01-11", "2024-01-20", "2024-01-30", "2024-02-05", "2024-02-25"):
            s.patterns.log_occurrence(pleasing.id, occurred_at=at(day, 19))
        s.patterns.log_occurrence(pleasing.id, occurred_at=at("2024-03-15", 19))
        now[0] = at("2024-03-31", 20)
        walk = s.practices.add(name="Walk", kind="check")
        s.practices.ensure_builtins()  # switched off and never logged: not shown
        for day in (25, 26, 28, 29, 30, 31):
            s.practices.log(walk.id, date(2024, 3, day))
        s.measures.take("phq9", [1, 1, 2, 1, 0, 1, 1, 1, 0], taken_at=at("2024-03-20"))
        s.measures.take("gad7", [0] * 7, taken_at=at("2024-03-20", 10))
    finally:
        unlocked.lock()
    return {"session": session.id, "walk": walk.id, "pleasing": pleasing.id}


def test_json_prints_exactly_the_summary_object(run, journal):
    code, out, err = run("patterns", "--json", *RANGE)
    assert code == 0 and err == ""
    assert json.loads(out) == {
        "tags": [{"tag": "work", "count": 3}, {"tag": "family", "count": 2}],
        "emotions": [{"emotion": "calm", "count": 2}, {"emotion": "tired", "count": 2}],
        "mood_by_week": [
            {"week": "2024-W10", "mean": 5.0, "n": 2},  # 4 and 6
            {"week": "2024-W11", "mean": 5.5, "n": 2},  # 8 and 3 (private entries count)
        ],
        # 7 days before: 4 and 6; 14 days after: 8 and 3.
        "sessions": [{"session_id": journal["session"], "mood_before": 5.0, "mood_after": 5.5}],
        "practices": [
            {
                "practice_id": journal["walk"],
                "name": "Walk",
                "adherence_30d": 0.857,  # 6 of the 7 days since its first log
                "current_streak": 4,  # 28th to 31st
                "mood_with": None,
                "mood_without": None,
                "days_with": 0,
                "days_without": 0,
            }
        ],
        "patterns": [
            {
                "pattern_id": journal["pleasing"],
                "name": "People-pleasing",
                "occurrences_by_month": [
                    {"month": "2024-01", "count": 3},
                    {"month": "2024-02", "count": 2},
                    {"month": "2024-03", "count": 1},
                ],
                "trend": "falling",  # slope -1 a month over three complete months
            }
        ],
        "measures": [
            {
                "instrument": "phq9",
                "taken_at": "2024-03-20T09:00:00+01:00",
                "score": 8,
                "severity": "mild",
            },
            {
                "instrument": "gad7",
                "taken_at": "2024-03-20T10:00:00+01:00",
                "score": 0,
                "severity": "minimal",
            },
        ],
    }


def test_json_without_a_range_has_the_same_keys_and_shapes(run, journal):
    code, out, _ = run("patterns", "--json")
    assert code == 0
    result = json.loads(out)
    assert list(result) == [
        "tags",
        "emotions",
        "mood_by_week",
        "sessions",
        "practices",
        "patterns",
        "measures",
    ]
    assert {t["tag"] for t in result["tags"]} == {"work", "family", "before"}
    assert all(isinstance(week["n"], int) for week in result["mood_by_week"])
    assert [p["name"] for p in result["practices"]] == ["Walk"]


def test_an_empty_journal_gives_empty_lists(run):
    code, out, _ = run("patterns", "--json")
    assert code == 0
    assert json.loads(out) == {
        key: [] for key in ("tags", "emotions", "mood_by_week", "sessions")
    } | {"practices": [], "patterns": [], "measures": []}


def test_text_is_a_calm_readable_summary(run, journal):
    code, out, err = run("patterns", *RANGE)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "Patterns in your journal from 2024-01-01 to 2024-03-31, as of 2024-03-31."
    assert "  #work 3 · #family 2" in lines
    assert "  2024-W11  5.5  (2 entries)" in lines
    assert "  2024-03-08  5.0 before · 5.5 after" in lines
    assert "  Walk: done on 86% of its days; current streak 4 days" in lines
    assert "  People-pleasing: falling; 2024-01 3, 2024-02 2, 2024-03 1" in lines
    assert "  2024-03-20  PHQ-9  8 (mild)" in lines
    assert "b" not in {line.strip() for line in lines}  # no entry text


def test_an_empty_journal_reads_nothing_yet(run):
    code, out, _ = run("patterns")
    assert code == 0
    assert out.count("Nothing yet.") == 7


def test_a_wrong_passphrase_and_a_backwards_range_are_errors(run, journal, tmp_path):
    run.secret.write_text("not the passphrase at all\n", encoding="utf-8")
    code, out, err = run("patterns", "--json")
    assert code == 3 and out == "" and err.count("\n") == 1
    code, _, err = run("patterns", "--since", "2024-03-01", "--until", "2024-02-01")
    assert code == 2 and "after the --until date" in err
