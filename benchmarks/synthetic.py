"""Synthetic journals: years of fictional integration work, reproducible from a seed.

`generate(seed, size)` returns the journal as an interchange document (DESIGN §4), so it
goes in through the same import every user's export does: entries of every kind with
tags, moods and emotions; a session every few weeks with an intention before it, a
reflection after it and check-ins on days 1, 3, 7, 14 and 30; insights and actions;
practices with daily logs; patterns with occurrences; PHQ-9 and GAD-7 every few weeks.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from benchmarks.text import Prose

# Bump when the output for a seed changes, so cached journals are made again.
GENERATOR_VERSION = 1
DEFAULT_SEED = 20261121
LAST_DAY = date(2026, 11, 1)
LOCAL = timezone(timedelta(hours=1))

TAGS: tuple[str, ...] = (
    "work", "family", "sleep", "partner", "mother", "body", "anxiety", "gratitude",
    "therapy", "friends", "breathwork", "walks", "music", "grief", "anger", "boundaries",
    "childhood", "dreams", "food", "money", "health", "nature", "creativity", "rest",
    "father", "shame", "joy", "loneliness", "self-compassion", "integration", "insight",
    "meditation", "cold-shower", "journaling", "reading", "home", "travel", "holidays",
    "people-pleasing", "conflict", "kids", "exercise", "news", "weather", "cooking",
    "garden", "pets", "memories", "fear", "hope", "trust", "change", "habits", "career",
    "burnout", "play", "art", "community", "letting-go", "forgiveness",
)  # fmt: skip

EMOTIONS: tuple[str, ...] = (
    "calm", "anxious", "grateful", "tired", "hopeful", "sad", "content", "overwhelmed",
    "curious", "lonely", "peaceful", "frustrated", "tender", "relieved", "connected",
    "restless", "grounded", "ashamed", "joyful", "numb", "safe", "worried", "open",
    "drained", "proud", "hurt", "accepting", "angry", "inspired", "disconnected",
)  # fmt: skip

# Phrases people come back to; they give phrase queries something real to find.
PHRASES: tuple[str, ...] = (
    "people pleasing", "my mother called", "the old pattern", "felt safe in my body",
    "said no without explaining", "the music during the session", "a quiet morning",
    "snapped at my partner", "tight chest", "let myself rest", "cold shower",
    "ten things I am grateful for",
)  # fmt: skip

PATTERN_NAMES = (
    "People-pleasing",
    "Snapping at my partner",
    "Self-abandonment",
    "Doom-scrolling at night",
    "Over-working",
    "Avoiding hard calls",
)
ROUTES = ("iv", "im", "sublingual", "intranasal", "esketamine_nasal", "oral")
CHECK_IN_DAYS = (1, 3, 7, 14, 30)

# Entry kinds apart from sessions' own, by share of the daily writing.
_DAILY_KINDS = (("journal", 0.62), ("note", 0.16), ("gratitude", 0.14), ("check_in", 0.08))


@dataclass(frozen=True)
class SyntheticJournal:
    """A generated journal and what the scenarios need to know about it."""

    seed: int
    size: int
    document: dict[str, Any]
    long_entry_words: int = 5_000

    @property
    def entries(self) -> list[dict[str, Any]]:
        return list(self.document["entries"])


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def new(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def span_days(size: int) -> int:
    """How many days the journal covers: about four entries a day, at most 20 years."""
    return max(120, min(size // 4, 20 * 365))


class _Writer:
    """Generates one journal; split into steps so each stays short."""

    def __init__(self, seed: int, size: int) -> None:
        self.rng = random.Random(seed)
        self.prose = Prose(self.rng)
        self.ids = _Ids(self.rng)
        self.size = size
        self.first_day = LAST_DAY - timedelta(days=span_days(size) - 1)
        self.days = (LAST_DAY - self.first_day).days + 1
        self.entries: list[dict[str, Any]] = []
        self.sessions: list[dict[str, Any]] = []
        self.mood = 5.0

    # -- pieces ---------------------------------------------------------------------

    def moment(self, day: date, hour: int | None = None) -> datetime:
        hour = self.rng.randint(6, 23) if hour is None else hour
        minute, second = self.rng.randint(0, 59), self.rng.randint(0, 59)
        micro = self.rng.randint(0, 999_999)
        return datetime.combine(day, time(hour, minute, second, micro), LOCAL)

    def next_mood(self) -> int:
        # A slow random walk pulled back towards the middle, so trends exist.
        self.mood += self.rng.gauss(0, 0.8) + (5.5 - self.mood) * 0.05
        self.mood = min(10.0, max(0.0, self.mood))
        return round(self.mood)

    def body_words(self, kind: str) -> int:
        if kind in ("note", "check_in"):
            return max(8, int(self.rng.lognormvariate(3.6, 0.6)))
        if kind == "gratitude":
            return max(10, int(self.rng.lognormvariate(3.9, 0.4)))
        return max(30, int(self.rng.lognormvariate(5.2, 0.55)))

    def body(self, kind: str) -> str:
        text = self.prose.body(self.body_words(kind))
        if self.rng.random() < 0.3:
            sentences = text.split(". ")
            where = self.rng.randrange(len(sentences))
            sentences[where] += ", " + self.rng.choice(PHRASES)
            text = ". ".join(sentences)
        return text

    def tags(self) -> list[str]:
        count = self.rng.choices((0, 1, 2, 3, 4), weights=(18, 34, 28, 14, 6))[0]
        ranks = {min(int(self.rng.paretovariate(1.1)), len(TAGS)) - 1 for _ in range(count)}
        return sorted(TAGS[r] for r in ranks)

    def emotions(self) -> list[str]:
        count = self.rng.choices((0, 1, 2, 3), weights=(30, 35, 25, 10))[0]
        return list(dict.fromkeys(self.rng.choice(EMOTIONS) for _ in range(count)))

    def entry(
        self, kind: str, day: date, *, session_id: str | None = None, hour: int | None = None
    ) -> dict[str, Any]:
        created = self.moment(day, hour)
        edited = created + timedelta(minutes=self.rng.randint(0, 240))
        entry: dict[str, Any] = {
            "id": self.ids.new(),
            "kind": kind,
            "date": day.isoformat(),
            "created_at": created.isoformat(),
            "updated_at": edited.isoformat(),
            "title": self.prose.title() if self.rng.random() < 0.7 else "",
            "body": self.body(kind),
            "mood": self.next_mood() if self.rng.random() < 0.8 else None,
            "energy": self.rng.randint(0, 10) if self.rng.random() < 0.6 else None,
            "emotions": self.emotions(),
            "tags": self.tags(),
            "private": self.rng.random() < 0.05,
            "session_id": session_id,
            "prompt": None,
        }
        self.entries.append(entry)
        return entry

    # -- the journal ----------------------------------------------------------------

    def write_sessions(self) -> None:
        """A session every two to five weeks, each with its ring of entries."""
        day = self.first_day + timedelta(days=self.rng.randint(3, 20))
        while day <= LAST_DAY and len(self.entries) < self.size:
            session_id = self.ids.new()
            before, after = self.next_mood(), min(10, self.next_mood() + self.rng.randint(0, 3))
            self.sessions.append(
                {
                    "id": session_id,
                    "started_at": self.moment(day, 10).isoformat(),
                    "route": self.rng.choice(ROUTES),
                    "dose_mg": float(self.rng.choice((0, 28, 56, 84, 100, 200))) or None,
                    "setting": "Clinic room, eyeshades, blanket",
                    "provider": self.rng.choice(("Dr. Ames", "Harbour Clinic", "Dr. Okafor")),
                    "support_person": self.rng.choice(("", "partner", "sister")),
                    "music": self.rng.choice(("Ambient playlist", "Piano", "Silence")),
                    "intention": self.prose.sentence(),
                    "notes": self.prose.body(self.rng.randint(60, 200)),
                    "body_sensations": self.prose.sentence(),
                    "mood_before": before,
                    "mood_after": after,
                    "tags": self.tags(),
                }
            )
            if day > self.first_day:
                self.entry("intention", day - timedelta(days=1), session_id=session_id)
            self.entry("reflection", day, session_id=session_id, hour=18)
            for offset in CHECK_IN_DAYS:
                if day + timedelta(days=offset) <= LAST_DAY and self.rng.random() < 0.85:
                    self.entry("check_in", day + timedelta(days=offset), session_id=session_id)
            day += timedelta(days=self.rng.randint(14, 35))

    def write_daily(self) -> None:
        """Everyday writing spread over the days until the journal has `size` entries."""
        remaining = self.size - len(self.entries)
        kinds = [k for k, _ in _DAILY_KINDS]
        weights = [w for _, w in _DAILY_KINDS]
        for i in range(max(0, remaining)):
            day = self.first_day + timedelta(days=(i * self.days) // max(remaining, 1))
            self.entry(self.rng.choices(kinds, weights)[0], day)
        self.entries.sort(key=lambda e: (e["date"], e["created_at"], e["id"]))
        del self.entries[self.size :]

    def add_long_entry(self, words: int) -> None:
        """The newest entry is one long piece of writing, for the typing scenario."""
        self.entries[-1]["body"] = self.prose.body(words)
        self.entries[-1]["private"] = False

    def insights_and_actions(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        insights: list[dict[str, Any]] = []
        actions: list[dict[str, Any]] = []
        statuses = ("new", "exploring", "integrating", "integrated")
        for entry in self.rng.sample(self.entries, k=max(1, len(self.entries) // 15)):
            created = datetime.fromisoformat(entry["created_at"]) + timedelta(minutes=5)
            insight_id = self.ids.new()
            insights.append(
                {
                    "id": insight_id,
                    "created_at": created.isoformat(),
                    "text": self.prose.sentence(),
                    "entry_id": entry["id"],
                    "session_id": entry["session_id"],
                    "tags": self.tags()[:2],
                    "starred": self.rng.random() < 0.2,
                    "status": self.rng.choice(statuses),
                }
            )
            if self.rng.random() < 0.6:
                status = self.rng.choice(("open", "in_progress", "done", "dropped"))
                done = created + timedelta(days=self.rng.randint(1, 30))
                actions.append(
                    {
                        "id": self.ids.new(),
                        "created_at": created.isoformat(),
                        "text": self.prose.sentence(),
                        "insight_id": insight_id,
                        "kind": self.rng.choice(("internal", "external")),
                        "status": status,
                        "due": (created.date() + timedelta(days=14)).isoformat()
                        if self.rng.random() < 0.4
                        else None,
                        "done_at": done.isoformat() if status == "done" else None,
                    }
                )
        insights.sort(key=lambda i: i["created_at"])
        actions.sort(key=lambda a: a["created_at"])
        return insights, actions

    def practices(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        practices = [
            _practice(self.ids.new(), "Breathwork", "timer", 10, "minutes", "breathwork"),
            _practice(self.ids.new(), "Cold shower", "timer", 0.5, "minutes", "cold_shower"),
            _practice(self.ids.new(), "Gratitude", "list", 10, "things", "gratitude"),
            _practice(self.ids.new(), "Journaling", "timer", 20, "minutes", "journaling"),
            _practice(self.ids.new(), "Evening walk", "check", None, "", None),
        ]
        adherence = (0.7, 0.45, 0.6, 0.8, 0.5)
        logs: list[dict[str, Any]] = []
        for practice, share in zip(practices, adherence, strict=True):
            for offset in range(self.days):
                if self.rng.random() >= share:
                    continue
                day = self.first_day + timedelta(days=offset)
                items = self.prose.draw(10) if practice["kind"] == "list" else []
                logs.append(
                    {
                        "id": self.ids.new(),
                        "practice_id": practice["id"],
                        "date": day.isoformat(),
                        "done": True,
                        "amount": practice["target"],
                        "items": items,
                        "note": "",
                    }
                )
        return practices, logs

    def patterns(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        started = datetime.combine(self.first_day, time(9), LOCAL)
        patterns = [
            {
                "id": self.ids.new(),
                "name": name,
                "description": self.prose.sentence(),
                "created_at": started.isoformat(),
                "status": "active",
            }
            for name in PATTERN_NAMES
        ]
        occurrences = []
        for entry in self.rng.sample(self.entries, k=max(1, len(self.entries) // 25)):
            occurrences.append(
                {
                    "id": self.ids.new(),
                    "pattern_id": self.rng.choice(patterns)["id"],
                    "entry_id": entry["id"],
                    "occurred_at": entry["created_at"],
                    "trigger": self.prose.sentence(),
                    "response": self.prose.sentence(),
                    "alternative": self.prose.sentence(),
                    "intensity": self.rng.randint(1, 10),
                }
            )
        occurrences.sort(key=lambda o: o["occurred_at"])
        return patterns, occurrences

    def measures(self) -> list[dict[str, Any]]:
        measures = []
        for offset in range(0, self.days, 14):
            taken = self.moment(self.first_day + timedelta(days=offset), 8)
            for instrument, items in (("phq9", 9), ("gad7", 7)):
                answers = [min(3, max(0, int(self.rng.gauss(1.0, 0.9)))) for _ in range(items)]
                if instrument == "phq9":
                    answers[8] = 0  # item 9 stays at zero in synthetic data
                measures.append(
                    {
                        "id": self.ids.new(),
                        "instrument": instrument,
                        "taken_at": taken.isoformat(),
                        "answers": answers,
                    }
                )
        return measures


def _practice(
    practice_id: str, name: str, kind: str, target: float | None, unit: str, builtin: str | None
) -> dict[str, Any]:
    return {
        "id": practice_id,
        "name": name,
        "kind": kind,
        "target": target,
        "unit": unit,
        "schedule": "daily",
        "builtin": builtin,
        "active": True,
    }


def generate(seed: int, size: int, long_entry_words: int = 5_000) -> SyntheticJournal:
    """The journal for `seed` with exactly `size` entries; the same every time."""
    if size < 10:
        raise ValueError("a synthetic journal needs at least 10 entries")
    writer = _Writer(seed, size)
    writer.write_sessions()
    writer.write_daily()
    writer.add_long_entry(long_entry_words)
    session_ids = {e["session_id"] for e in writer.entries}
    sessions = [s for s in writer.sessions if s["id"] in session_ids]
    insights, actions = writer.insights_and_actions()
    practices, logs = writer.practices()
    patterns, occurrences = writer.patterns()
    document: dict[str, Any] = {
        "format": "afterglow-journal",
        "version": 1,
        "exported_at": datetime.combine(LAST_DAY, time(12), UTC).isoformat(),
        "entries": writer.entries,
        "sessions": sessions,
        "insights": insights,
        "actions": actions,
        "practices": practices,
        "practice_logs": logs,
        "patterns": patterns,
        "occurrences": occurrences,
        "measures": writer.measures(),
    }
    return SyntheticJournal(seed, size, document, long_entry_words)
