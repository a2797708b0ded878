"""Fills a journal with the demo's three months, through the same services the app uses.

A movable clock stands in for "now" while writing, so every entry, insight, action and
dismissed check-in carries the time it would have had if the person had written it then.
Everything is dated back from `now`, so Today has a check-in due and actions coming up.
The same seed and the same `now` give the same journal (apart from random ids).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from afterglow.bundle.identity import TherapistIdentity
from afterglow.core.action import ActionStatus
from afterglow.core.check_ins import due_date
from afterglow.core.entries import Entry, EntryKind
from afterglow.core.guides import CHECK_INS, INTENTION, REFLECTION, PromptSet
from afterglow.core.insight import Insight, InsightStatus
from afterglow.core.journal import local_now
from afterglow.core.measures import Instrument
from afterglow.core.practices import BuiltinPractice, Practice, PracticeKind
from afterglow.core.session import Session
from afterglow.demo import story
from afterglow.vault.database import Database
from afterglow.vault.services import JournalServices, journal_services

DEFAULT_SEED = 20240611
JOURNAL_DAYS = story.FIRST_ENTRY[0]  # how far back the journal begins
THERAPIST = "Dr. Okafor"


class DemoClock:
    """The services' clock while the demo is written; the writer moves it by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class _Written:
    """What the writer has made so far, for the steps that link to it."""

    insights: dict[str, Insight] = field(default_factory=dict)  # by text
    patterns: dict[str, str] = field(default_factory=dict)  # pattern key -> id
    sessions: list[tuple[story.SessionStory, Session]] = field(default_factory=list)
    days_with_session_writing: set[date] = field(default_factory=set)


class DemoWriter:
    """Writes the demo journal into `services`, whose clock is `clock`."""

    def __init__(
        self, services: JournalServices, clock: DemoClock, seed: int, now: datetime
    ) -> None:
        self.services = services
        self.clock = clock
        self.rng = random.Random(seed)
        self.now = now
        self.today = now.date()
        self.written = _Written()

    # -- time ---------------------------------------------------------------------------

    def day(self, days_ago: int) -> date:
        return self.today - timedelta(days=days_ago)

    def at(self, days_ago: int, hour: int, minute: int | None = None) -> datetime:
        """A moment `days_ago` days back, never later than now."""
        minute = self.rng.randint(0, 59) if minute is None else minute
        moment = datetime.combine(self.day(days_ago), time(hour, minute)).astimezone()
        return min(moment, self.now)

    def set_clock(self, moment: datetime) -> None:
        self.clock.now = min(moment, self.now)

    def progress(self, days_ago: int) -> float:
        """0 when the journal began, 1 today: how far along the three months are."""
        return 1 - days_ago / JOURNAL_DAYS

    def phase(self, days_ago: int) -> int:
        return 0 if days_ago > 60 else 1 if days_ago > 30 else 2

    def mood(self, days_ago: int, lift: float = 0.0) -> int:
        # A slow rise from low fours to mid sixes, with ordinary ups and downs.
        value = 4.0 + 2.6 * self.progress(days_ago) + lift + self.rng.gauss(0, 0.6)
        return max(0, min(10, round(value)))

    def energy(self, days_ago: int, lift: float = 0.0) -> int:
        value = 3.8 + 2.0 * self.progress(days_ago) + lift + self.rng.gauss(0, 0.9)
        return max(0, min(10, round(value)))

    # -- the journal, step by step ------------------------------------------------------

    def write(self) -> None:
        self.write_beginning()
        self.write_prompts()
        self.write_measures()
        self.write_patterns()
        self.write_sessions()
        self.write_days()
        self.write_prompted_entries()
        self.write_session_insight()
        self.write_insight_progress()
        self.write_actions()
        self.write_practices()
        self.write_trash()
        self.write_contact()

    def write_beginning(self) -> None:
        days_ago, title, body = story.FIRST_ENTRY
        self.set_clock(self.at(days_ago, 21, 14))
        self.services.journal.add(
            kind=EntryKind.INTENTION,
            title=title,
            body=body,
            day=self.day(days_ago),
            mood=4,
            energy=3,
            emotions=("hopeful", "tired"),
        )

    def write_prompts(self) -> None:
        for offset, (text, category) in enumerate(story.OWN_PROMPTS):
            self.set_clock(self.at(70 - offset * 22, 20))
            self.services.prompts.add(text, category)

    def write_measures(self) -> None:
        for days_ago, phq9, gad7 in story.MEASURES:
            taken = self.at(days_ago, 9, 5)
            self.services.measures.take(Instrument.PHQ9, phq9, taken)
            self.services.measures.take(Instrument.GAD7, gad7, taken + timedelta(minutes=4))

    def write_patterns(self) -> None:
        self.set_clock(self.at(86, 20, 30))
        for key, (name, description) in story.PATTERNS.items():
            self.written.patterns[key] = self.services.patterns.add(name, description).id
        for key, days_ago, trigger, response, alternative, intensity in story.LOOSE_OCCURRENCES:
            self.services.patterns.log_occurrence(
                self.written.patterns[key],
                occurred_at=self.at(days_ago, self.rng.randint(9, 20)),
                trigger=trigger,
                response=response,
                alternative=alternative,
                intensity=intensity,
            )

    # -- sessions and the writing around them -------------------------------------------

    def write_sessions(self) -> None:
        for told in story.SESSIONS:
            session = self.services.sessions.add(
                started_at=self.at(told.days_ago, 10, 0),
                route=told.route,
                setting=told.setting,
                provider=story.PROVIDER,
                support_person=told.support_person,
                music=told.music,
                intention=told.intention,
                notes=told.notes,
                body_sensations=told.body_sensations,
                mood_before=told.mood_before,
                mood_after=told.mood_after,
                tags=told.tags,
            )
            self.written.sessions.append((told, session))
            self.write_session_ring(told, session)

    def write_session_ring(self, told: story.SessionStory, session: Session) -> None:
        days_ago = told.days_ago
        self.linked_entry(
            session, INTENTION, told.intention_answers, days_ago + 1, 20,
            mood=told.mood_before, emotions=("hopeful", "anxious"),
        )  # fmt: skip
        for day in told.written:
            guide = REFLECTION if day == 0 else CHECK_INS[day]
            answers = told.reflection_answers if day == 0 else told.check_in_answers[day]
            hour = 18 if day == 0 else self.rng.choice((8, 12, 19, 21))
            lift = 1.5 if day <= 3 else 0.5
            entry = self.linked_entry(
                session, guide, answers, days_ago - day, hour,
                mood=told.mood_after if day == 0 else self.mood(days_ago - day, lift),
                emotions=self.rng.sample(
                    ("tender", "calm", "open", "grateful", "tired", "reflective", "hopeful"), 2
                ),
            )  # fmt: skip
            if day == 0 and told.insight:
                self.keep_passage(entry, told.insight, told.tags[:1], minutes=40)
        for day in told.dismissed:
            self.set_clock(datetime.combine(due_date(session, day), time(21, 0)).astimezone())
            self.services.sessions.dismiss_check_in(session.id, day)

    def linked_entry(
        self,
        session: Session,
        guide: PromptSet,
        answers: tuple[str, ...],
        days_ago: int,
        hour: int,
        *,
        mood: int | None,
        emotions: tuple[str, ...] | list[str],
    ) -> Entry:
        """An intention, reflection or check-in: the guide's questions with answers."""
        body = "\n".join(
            f"## {question}\n\n{answer}\n"
            for question, answer in zip(guide.prompts, answers, strict=True)
        )
        self.set_clock(self.at(days_ago, hour))
        self.written.days_with_session_writing.add(self.day(days_ago))
        return self.services.journal.add(
            kind=guide.kind,
            title=guide.title,
            body=body,
            day=self.day(days_ago),
            session_id=session.id,
            mood=mood,
            energy=self.energy(days_ago),
            emotions=emotions,
        )

    # -- everyday writing ---------------------------------------------------------------

    def write_days(self) -> None:
        decks: dict[int, list[story.Scene]] = {}
        notes = list(story.NOTES)
        for days_ago in range(JOURNAL_DAYS - 1, -1, -1):
            chance = 0.55 + 0.3 * self.progress(days_ago)
            if self.day(days_ago) in self.written.days_with_session_writing:
                chance *= 0.4
            if days_ago == 0:
                self.write_gratitude(0)  # this morning's list, so Today has something
                continue
            if self.rng.random() >= chance:
                continue
            roll = self.rng.random()
            if roll < 0.12:
                self.write_gratitude(days_ago)
            elif roll < 0.22 and notes:
                self.write_note(days_ago, notes.pop(0))
            else:
                self.write_scene(days_ago, self.draw(decks, self.phase(days_ago)))

    def draw(self, decks: dict[int, list[story.Scene]], phase: int) -> story.Scene:
        """Scenes come from a shuffled deck per phase, so each one is told before any
        is told again; early on the patterns show up twice as often."""
        deck = decks.setdefault(phase, [])
        if not deck:
            for scene in story.SCENES:
                if phase in scene.phases:
                    deck += [scene] * (2 if scene.pattern and phase == 0 else 1)
            self.rng.shuffle(deck)
        return deck.pop()

    def write_scene(self, days_ago: int, scene: story.Scene) -> None:
        rng = self.rng
        paragraphs = [rng.choice(scene.happened), rng.choice(scene.then), rng.choice(scene.now)]
        keep = scene.insight and scene.insight not in self.written.insights
        told = any(scene.insight in p for p in paragraphs)
        if scene.insight and not told and (keep or rng.random() < 0.3):
            paragraphs.append(scene.insight)
        if rng.random() < 0.35:
            paragraphs.append(rng.choice(story.CLOSINGS))
        tags: tuple[str, ...] = scene.tags
        if rng.random() < 0.5:
            paragraphs[-1] += " " + " ".join(f"#{tag}" for tag in scene.tags)
            tags = ()
        self.set_clock(self.at(days_ago, rng.choice((7, 13, 20, 21, 22))))
        entry = self.services.journal.add(
            kind=EntryKind.JOURNAL,
            title=rng.choice(scene.titles) if rng.random() < 0.85 else "",
            body="\n\n".join(paragraphs),
            day=self.day(days_ago),
            tags=tags,
            mood=self.mood(days_ago, scene.mood),
            energy=self.energy(days_ago, scene.mood / 2),
            emotions=rng.sample(scene.emotions, rng.randint(1, min(3, len(scene.emotions)))),
            private=scene.key == "dishes" and rng.random() < 0.5,
        )
        if scene.pattern:
            self.write_occurrence(days_ago, scene, entry)
        if keep:
            self.keep_passage(entry, scene.insight, scene.tags[:1], minutes=25)

    def write_occurrence(self, days_ago: int, scene: story.Scene, entry: Entry) -> None:
        trigger, response, alternative = scene.occurrence
        # Less intense as the months go on, and milder still when it was caught in time.
        intensity = 8 - 5 * self.progress(days_ago) + self.rng.gauss(0, 0.8)
        if scene.mood > 0:
            intensity -= 2
        self.services.patterns.log_occurrence(
            self.written.patterns[scene.pattern],
            occurred_at=entry.created_at - timedelta(hours=2),
            entry_id=entry.id,
            trigger=trigger,
            response=response,
            alternative=alternative,
            intensity=max(1, min(10, round(intensity))),
        )

    def write_gratitude(self, days_ago: int) -> None:
        count = self.rng.choice((3, 5, 10))
        items = self.rng.sample(story.GRATITUDE_ITEMS, count)
        self.set_clock(self.at(days_ago, 7, self.rng.randint(5, 50)))
        self.services.journal.add(
            kind=EntryKind.GRATITUDE,
            title={3: "Three good things", 5: "Five small things"}.get(count, "Ten things"),
            body="\n".join(f"{n}. {item}" for n, item in enumerate(items, 1)),
            day=self.day(days_ago),
            tags=("gratitude",),
            mood=self.mood(days_ago, 1),
            emotions=("grateful",),
        )

    def write_note(self, days_ago: int, note: tuple[str, str]) -> None:
        title, body = note
        self.set_clock(self.at(days_ago, self.rng.randint(9, 18)))
        self.services.journal.add(
            kind=EntryKind.NOTE, title=title, body=body, day=self.day(days_ago)
        )

    def write_prompted_entries(self) -> None:
        own = self.services.prompts.own()[0]
        days_ago, body = story.FROM_OWN_PROMPT
        self.set_clock(self.at(days_ago, 21))
        self.services.journal.add(
            body=body, day=self.day(days_ago), prompt=own.text, mood=self.mood(days_ago, 1),
            emotions=("proud",), tags=("people-pleasing",),
        )  # fmt: skip
        prompt_id, days_ago, body = story.FROM_LIBRARY_PROMPT
        prompt = self.services.prompts.get(prompt_id)
        self.set_clock(self.at(days_ago, 20))
        self.services.journal.add(
            body=body, day=self.day(days_ago), prompt=prompt.text, mood=self.mood(days_ago),
            emotions=("reflective",), tags=("rest",),
        )  # fmt: skip

    # -- insights and actions -----------------------------------------------------------

    def keep_passage(
        self, entry: Entry, words: str, tags: tuple[str, ...], *, minutes: int
    ) -> Insight:
        """Keeps `words`, a passage of the entry's body, as an insight."""
        start = entry.body.index(words)
        self.set_clock(entry.created_at + timedelta(minutes=minutes))
        insight = self.services.insights.add_from_selection(
            entry.id, start, start + len(words), tags=tags, starred=words in story.STARRED
        )
        self.written.insights[words] = insight
        return insight

    def write_session_insight(self) -> None:
        text, days_ago, tags = story.SESSION_INSIGHT
        session = next(s for told, s in self.written.sessions if told.days_ago == days_ago)
        self.set_clock(self.at(days_ago - 2, 22))
        insight = self.services.insights.add(text, session_id=session.id, tags=tags)
        self.written.insights[text] = insight

    def write_insight_progress(self) -> None:
        for text, status in story.INSIGHT_STATUS.items():
            insight = self.written.insights.get(text)
            if insight is None:
                continue
            for step, moved in enumerate(_steps_to(status), 1):
                self.set_clock(insight.created_at + timedelta(days=4 * step))
                self.services.insights.set_status(insight.id, moved)

    def write_actions(self) -> None:
        for text, planned in story.ACTIONS.items():
            insight = self.written.insights.get(text)
            if insight is None:
                continue
            for number, told in enumerate(planned):
                start = insight.created_at + timedelta(days=1, hours=number)
                self.set_clock(start)
                due = self.today + timedelta(days=told.due_in_days) if told.due_in_days else None
                action = self.services.actions.add(
                    told.text, kind=told.kind, insight_id=insight.id, due=due
                )
                for days, status in _action_moves(told.status):
                    self.set_clock(start + timedelta(days=days))
                    self.services.actions.set_status(action.id, status)

    # -- practices ------------------------------------------------------------------------

    def write_practices(self) -> None:
        practices = self.services.practices
        self.set_clock(self.at(JOURNAL_DAYS - 1, 9, 0))
        practices.ensure_builtins(active=tuple(BuiltinPractice))
        walk = practices.add(
            name="Walk by the canal", kind=PracticeKind.CHECK, schedule="Mon, Wed, Fri, Sat"
        )
        by_builtin = {p.builtin: p for p in practices.list() if p.builtin is not None}
        # (practice, first day as days ago, how steady at first, how steady by the end)
        plan: list[tuple[Practice, int, float, float]] = [
            (by_builtin[BuiltinPractice.JOURNALING], 92, 0.5, 0.85),
            (by_builtin[BuiltinPractice.BREATHWORK], 88, 0.35, 0.85),
            (by_builtin[BuiltinPractice.GRATITUDE], 80, 0.45, 0.8),
            (by_builtin[BuiltinPractice.COLD_SHOWER], 60, 0.25, 0.6),
            (walk, 85, 0.4, 0.8),
        ]
        for practice, first, steady, settled in plan:
            for days_ago in range(first, 0, -1):
                day = self.day(days_ago)
                share = steady + (settled - steady) * (1 - days_ago / first)
                if practice.is_scheduled(day) and self.rng.random() < share:
                    self.log_practice(practice, days_ago)
        # Today: the gratitude list is done and a little writing; the rest is still to do.
        self.set_clock(self.now)
        gratitude = by_builtin[BuiltinPractice.GRATITUDE]
        practices.log(
            gratitude.id, self.today, done=True,
            items=self.rng.sample(story.GRATITUDE_ITEMS, 10),
        )  # fmt: skip
        practices.log(by_builtin[BuiltinPractice.JOURNALING].id, self.today, done=False, amount=8)

    def log_practice(self, practice: Practice, days_ago: int) -> None:
        rng = self.rng
        self.set_clock(self.at(days_ago, 21, 30))
        target = practice.target or 0
        if practice.kind is PracticeKind.LIST:
            items = rng.sample(story.GRATITUDE_ITEMS, rng.choice((6, 8, 10, 10)))
            done = len(items) >= target
            self.services.practices.log(practice.id, self.day(days_ago), done=done, items=items)
        elif practice.kind is PracticeKind.TIMER:
            amount = target * rng.choice((0.6, 0.8, 1, 1, 1, 1.2))
            self.services.practices.log(
                practice.id, self.day(days_ago), done=amount >= target, amount=round(amount, 1)
            )
        else:
            self.services.practices.log(practice.id, self.day(days_ago), done=True)

    # -- odds and ends --------------------------------------------------------------------

    def write_trash(self) -> None:
        title, body = story.TRASHED_ENTRY
        self.set_clock(self.at(2, 17))
        entry = self.services.journal.add(
            kind=EntryKind.NOTE, title=title, body=body, day=self.day(2)
        )
        self.set_clock(self.at(1, 9))
        self.services.journal.trash(entry.id)

    def write_contact(self) -> None:
        """A therapist to share with. The key is made up on the spot; its secret half is
        never kept, so nothing can actually be read with it: it is a demo."""
        self.services.bundle_keys.add_contact(THERAPIST, TherapistIdentity.generate().public_key)


def _steps_to(status: InsightStatus) -> Iterator[InsightStatus]:
    """The statuses an insight passes through on its way to `status`, after new."""
    order = list(InsightStatus)
    yield from order[1 : order.index(status) + 1]


def _action_moves(status: str) -> list[tuple[int, ActionStatus]]:
    """When (days after the action was made) it moved, and to what, to reach `status`."""
    return {
        "open": [],
        "in_progress": [(2, ActionStatus.IN_PROGRESS)],
        "done": [(2, ActionStatus.IN_PROGRESS), (9, ActionStatus.DONE)],
        "dropped": [(6, ActionStatus.DROPPED)],
    }[status]


def write_demo_journal(
    database: Database, *, seed: int = DEFAULT_SEED, now: datetime | None = None
) -> None:
    """Writes the demo journal into an open, empty journal database, in one transaction."""
    moment = now or local_now()
    clock = DemoClock(moment)
    services = journal_services(database, clock)
    with database.transaction():
        DemoWriter(services, clock, seed, moment).write()
