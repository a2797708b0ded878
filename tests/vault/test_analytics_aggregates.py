"""The counts the database keeps for the patterns view (migration 5) always equal a
count made afresh from the entries, whatever is written: adding, editing, moving to and
from the Trash, deleting for good, renaming and merging tags, importing; and migrating a
journal made before them counts what was already there.

The fresh count is `afterglow.patterns` over the entries outside the Trash, so these
tests also pin the tables' meaning: per day, entries and the totals and counts of rated
moods and energies; per ISO week (by its Monday) and per month, how many entries use each
tag and emotion, and the same as one ranked text per period; over the whole journal, how
many entries hold each pair of them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from afterglow.core.entries import Entry, EntryKind, new_entry_id
from afterglow.core.store import EntryFilter
from afterglow.patterns import journal_days
from afterglow.patterns.cooccurrence import item_counts
from afterglow.patterns.periods import month_of
from afterglow.vault import migrations
from afterglow.vault.database import Database
from afterglow.vault.entries import VaultEntryStore
from afterglow.vault.services import JournalServices, journal_services
from afterglow.vault.vault import Vault

from .journal_fixtures import PASSPHRASE, ZONE, Clock

# Days across a year's end whose ISO week belongs to the next year (2025-12-29 is in
# 2026-W01), a month's end, and a day well apart.
DAYS = [
    date(2025, 12, 27),
    date(2025, 12, 28),
    date(2025, 12, 29),
    date(2025, 12, 31),
    date(2026, 1, 1),
    date(2026, 1, 4),
    date(2026, 1, 5),
    date(2026, 1, 31),
    date(2026, 2, 1),
    date(2026, 3, 14),
]
TAGS = ["work", "rest", "a", "ö_tag", "x-1"]
EMOTIONS = ["calm", "tired", "at ease", "ärger", "hopeful"]
RATINGS = st.one_of(st.none(), st.integers(0, 10))
FROZEN_V4 = Path(__file__).parent.parent / "data" / "vault-v4"

Table = dict[tuple[Any, ...], tuple[int, ...]]


def kept_tables(database: Database) -> dict[str, Table]:
    """What the database keeps, table by table, keyed as a fresh count keys it."""
    return {
        "day_counts": {
            (r[0],): tuple(r[1:])
            for r in database.query(
                "SELECT date, entries, mood_total, mood_count, energy_total, energy_count"
                " FROM day_counts"
            )
        },
        "week_uses": {
            tuple(r[:3]): (r[3],)
            for r in database.query("SELECT kind, monday, name, entries FROM week_uses")
        },
        "month_uses": {
            tuple(r[:3]): (r[3],)
            for r in database.query("SELECT kind, month, name, entries FROM month_uses")
        },
        "pair_counts": {
            ((r[0], r[1]), (r[2], r[3])): (r[4],)
            for r in database.query(
                "SELECT first_kind, first_name, second_kind, second_name, entries FROM pair_counts"
            )
        },
        "week_lists": {tuple(r[:2]): (r[2],) for r in database.query("SELECT * FROM week_lists")},
        "month_lists": {tuple(r[:2]): (r[2],) for r in database.query("SELECT * FROM month_lists")},
    }


def listed(uses: dict[tuple[Any, ...], int]) -> Table:
    """Each period's uses as one text, most used first, then by name."""
    periods: dict[tuple[Any, ...], list[tuple[int, str]]] = {}
    for (kind, period, name), n in uses.items():
        periods.setdefault((kind, period), []).append((-n, name))
    return {
        key: ("\x1e".join(f"{name}\x1f{-n}" for n, name in sorted(counts)),)
        for key, counts in periods.items()
    }


def counted_afresh(entries: list[Entry]) -> dict[str, Table]:
    """The same tables counted from the entries with `afterglow.patterns`."""
    kept = [e for e in entries if e.deleted_at is None]
    weeks: dict[tuple[Any, ...], int] = {}
    months: dict[tuple[Any, ...], int] = {}
    for entry in kept:
        monday = (entry.date - timedelta(days=entry.date.weekday())).isoformat()
        items = {("tag", t) for t in entry.tags} | {("emotion", e) for e in entry.emotions}
        for kind, name in items:
            weeks[kind, monday, name] = weeks.get((kind, monday, name), 0) + 1
            month = month_of(entry.date)
            months[kind, month, name] = months.get((kind, month, name), 0) + 1
    return {
        "day_counts": {
            (day.isoformat(),): (
                d.entries,
                d.mood_total,
                d.mood_count,
                d.energy_total,
                d.energy_count,
            )
            for day, d in journal_days(kept).items()
        },
        "week_uses": {key: (n,) for key, n in weeks.items()},
        "month_uses": {key: (n,) for key, n in months.items()},
        "pair_counts": {key: (n,) for key, n in item_counts(kept).pairs.items()},
        "week_lists": listed(weeks),
        "month_lists": listed(months),
    }


def every_entry(database: Database) -> list[Entry]:
    return VaultEntryStore(database).entries(EntryFilter(in_trash=None))


def assert_counts_are_exact(database: Database) -> None:
    kept = kept_tables(database)
    fresh = counted_afresh(every_entry(database))
    for table, rows in fresh.items():
        assert kept[table] == rows, table


class WritingAJournal(RuleBasedStateMachine):
    """Everything a person (or an import) does to entries, in any order; the kept
    counts are checked against a fresh count after every step."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        self.database = Database(self.folder / "journal.db", os.urandom(32), create=True)
        self.clock = Clock(datetime(2026, 3, 14, 9, 0, tzinfo=ZONE))
        self.services: JournalServices = journal_services(self.database, self.clock)
        self.ids: list[str] = []

    def teardown(self) -> None:
        self.database.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _entry(self, n: int) -> Entry:
        return self.services.journal.get(self.ids[n % len(self.ids)])

    @rule(
        day=st.sampled_from(DAYS),
        mood=RATINGS,
        energy=RATINGS,
        tags=st.lists(st.sampled_from(TAGS), max_size=4),
        emotions=st.lists(st.sampled_from(EMOTIONS), max_size=4),
        hashtag=st.sampled_from(["", " #rest", " #new-tag"]),
    )
    def add(
        self, day: date, mood: int | None, energy: int | None, tags: list[str],
        emotions: list[str], hashtag: str,
    ) -> None:  # fmt: skip
        self.clock.advance(minutes=7)
        entry = self.services.journal.add(
            day=day, mood=mood, energy=energy, tags=tags, emotions=emotions,
            body="Words." + hashtag,
        )  # fmt: skip
        self.ids.append(entry.id)

    @precondition(lambda self: bool(self.ids))
    @rule(
        n=st.integers(0, 1000),
        day=st.one_of(st.none(), st.sampled_from(DAYS)),
        mood=st.one_of(st.just("same"), RATINGS),
        energy=st.one_of(st.just("same"), RATINGS),
        tags=st.one_of(st.none(), st.lists(st.sampled_from(TAGS), max_size=4)),
        emotions=st.one_of(st.none(), st.lists(st.sampled_from(EMOTIONS), max_size=4)),
    )
    def edit(
        self, n: int, day: date | None, mood: Any, energy: Any, tags: list[str] | None,
        emotions: list[str] | None,
    ) -> None:  # fmt: skip
        entry = self._entry(n)
        self.clock.advance(minutes=3)
        self.services.journal.update(
            replace(
                entry,
                date=day or entry.date,
                mood=entry.mood if mood == "same" else mood,
                energy=entry.energy if energy == "same" else energy,
                tags=entry.tags if tags is None else tuple(sorted(set(tags))),
                emotions=entry.emotions if emotions is None else tuple(emotions),
                title=entry.title + ".",
            )
        )

    @precondition(lambda self: bool(self.ids))
    @rule(n=st.integers(0, 1000))
    def trash(self, n: int) -> None:
        self.clock.advance(minutes=1)
        self.services.journal.trash(self._entry(n).id)

    @precondition(lambda self: bool(self.ids))
    @rule(n=st.integers(0, 1000))
    def restore(self, n: int) -> None:
        self.services.journal.restore_from_trash(self._entry(n).id)

    @precondition(lambda self: bool(self.ids))
    @rule(n=st.integers(0, 1000))
    def delete_for_good(self, n: int) -> None:
        """As deleting a session's entries or an emptied Trash does, kept or not."""
        entry = self._entry(n)
        VaultEntryStore(self.database).delete([entry.id])
        self.ids.remove(entry.id)

    @rule()
    def empty_trash(self) -> None:
        self.services.journal.empty_trash()
        self.ids = [i for i in self.ids if self.services.journal.exists(i)]

    @rule(sources=st.lists(st.sampled_from(TAGS), min_size=1, max_size=2), into=st.sampled_from(
        [*TAGS, "merged"]
    ))  # fmt: skip
    def merge_tags(self, sources: list[str], into: str) -> None:
        self.clock.advance(minutes=1)
        self.services.journal.merge_tags(sources, into)

    @rule(
        days=st.lists(st.sampled_from(DAYS), max_size=4),
        trashed=st.booleans(),
        update=st.integers(0, 1000),
        mood=RATINGS,
        tags=st.lists(st.sampled_from(TAGS), max_size=3),
        emotions=st.lists(st.sampled_from(EMOTIONS), max_size=3),
    )
    def import_entries(
        self, days: list[date], trashed: bool, update: int, mood: int | None,
        tags: list[str], emotions: list[str],
    ) -> None:  # fmt: skip
        """New entries (one perhaps already in the Trash, as an import may bring) and a
        newer copy of one already here, in one import."""
        moment = datetime.combine(DAYS[0], time(6), ZONE)
        incoming = [
            Entry(
                id=new_entry_id(),
                kind=EntryKind.NOTE,
                date=day,
                created_at=moment,
                updated_at=moment,
                mood=mood,
                tags=tuple(sorted(set(tags))),
                emotions=tuple(dict.fromkeys(emotions)),
                deleted_at=moment if trashed and i == 0 else None,
            )
            for i, day in enumerate(days)
        ]
        if self.ids:
            stored = self._entry(update)
            incoming.append(
                replace(
                    stored,
                    date=days[0] if days else stored.date,
                    mood=mood,
                    tags=tuple(sorted(set(tags))),
                    emotions=tuple(dict.fromkeys(emotions)),
                    updated_at=stored.updated_at + timedelta(days=1),
                )
            )
        self.services.journal.import_entries(incoming)
        self.ids += [e.id for e in incoming if e.id not in self.ids]

    @invariant()
    def counts_are_exact(self) -> None:
        assert_counts_are_exact(self.database)


WritingAJournal.TestCase.settings = settings(max_examples=40, stateful_step_count=20, deadline=None)
test_the_kept_counts_equal_a_fresh_count_after_any_writing = WritingAJournal.TestCase


def test_an_emotion_stored_twice_in_one_entry_counts_once(tmp_path: Path) -> None:
    """Entries are checked before they are stored, but the counts do not rely on it."""
    database = Database(tmp_path / "journal.db", os.urandom(32), create=True)
    try:
        store = VaultEntryStore(database)
        moment = datetime(2026, 1, 2, 9, tzinfo=ZONE)
        twice = Entry(
            id=new_entry_id(),
            kind=EntryKind.JOURNAL,
            date=moment.date(),
            created_at=moment,
            updated_at=moment,
            emotions=("calm", "tired", "calm"),
            tags=("work",),
        )
        store.insert([twice])
        assert kept_tables(database)["month_uses"] == {
            ("emotion", "2026-01", "calm"): (1,),
            ("emotion", "2026-01", "tired"): (1,),
            ("tag", "2026-01", "work"): (1,),
        }
        assert len(kept_tables(database)["pair_counts"]) == 3
        store.replace([replace(twice, emotions=("tired", "calm"))])
        store.replace([replace(twice, emotions=())])
        assert kept_tables(database)["pair_counts"] == {}
        store.delete([twice.id])
        assert not any(kept_tables(database).values())
    finally:
        database.close()


def test_links_and_tags_are_never_changed_in_place(tmp_path: Path) -> None:
    """Changing a link or a tag's name in place would leave the counts wrong: refused."""
    database = Database(tmp_path / "journal.db", os.urandom(32), create=True)
    try:
        services = journal_services(database)
        services.journal.add(day=date(2026, 1, 2), tags=["work"], emotions=["calm"])
        for sql in (
            "UPDATE tags SET name = 'play'",
            "UPDATE entry_tags SET tag = tag",
            "UPDATE entry_emotions SET word = 'tired'",
            "DELETE FROM tags",
        ):
            with pytest.raises(sqlcipher3.IntegrityError, match=r"tag|emotion"):
                database.execute(sql)
        assert_counts_are_exact(database)
    finally:
        database.close()


def test_migrating_a_journal_counts_what_it_already_holds(
    tmp_path: Path, fast_policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "journal"
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
    unlocked, _ = Vault(folder, fast_policy).create(PASSPHRASE)
    clock = Clock(datetime(2026, 1, 1, 9, tzinfo=ZONE))
    services = journal_services(unlocked.database, clock)
    for n, day in enumerate(DAYS * 3):
        clock.advance(minutes=5)
        entry = services.journal.add(
            day=day,
            mood=None if n % 4 == 0 else n % 11,
            energy=None if n % 3 == 0 else (n * 7) % 11,
            tags=TAGS[n % 5 : n % 5 + n % 3],
            emotions=EMOTIONS[n % 4 : n % 4 + n % 4],
        )
        if n % 5 == 0:
            services.journal.trash(entry.id)
    assert unlocked.database.schema_version == 4
    unlocked.lock()
    monkeypatch.undo()

    unlocked = Vault(folder, fast_policy).unlock(PASSPHRASE)
    try:
        assert unlocked.database.schema_version == migrations.LATEST_VERSION
        assert all(kept_tables(unlocked.database).values())
        assert_counts_are_exact(unlocked.database)
    finally:
        unlocked.lock()


def test_the_frozen_v4_journal_is_counted_when_it_opens(tmp_path: Path, fast_policy) -> None:
    folder = tmp_path / "vault-v4"
    shutil.copytree(FROZEN_V4, folder)
    unlocked = Vault(folder, fast_policy).unlock("frozen journal passphrase")
    try:
        assert kept_tables(unlocked.database)["day_counts"] == {("2026-04-02",): (1, 4, 1, 0, 0)}
        assert_counts_are_exact(unlocked.database)
    finally:
        unlocked.lock()
