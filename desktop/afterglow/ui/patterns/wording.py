"""The sentences beside each chart, built from the same numbers the chart draws.

They are what a screen reader reads and what a quick glance takes in, so each one says
the numbers plainly, gently, and never judges. Names the person gave (tags, feelings,
practices, patterns) appear as they are; no entry text ever does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from afterglow.patterns import (
    CORRELATION_NOTE,
    MIN_DAYS_EACH_SIDE,
    MIN_TOGETHER,
    Count,
    Item,
    ItemKind,
    Pair,
    PatternTrend,
    PracticeStats,
    SessionMood,
    Trend,
)
from afterglow.ui.journal.wording import day_and_month, plural
from afterglow.ui.patterns.digest import MoodMeans
from afterglow.ui.patterns.ranges import RangeChoice
from afterglow.ui.words import translated

SESSIONS_TOLD = 4  # sessions described one by one; older ones are summed up
PAIRS_TOLD = 3
PRACTICES_TOLD = 6


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # The same shape as QObject.tr: lupdate reads a third argument as the count.
    return translated(text, disambiguation, n)


def capitalized(sentence: str) -> str:
    """A sentence that may begin with a name ("feeling “calm” and …") starts upper-case."""
    return sentence[:1].upper() + sentence[1:]


def number(value: float) -> str:
    """A mean to one decimal place, as the person's locale writes it ("6.2")."""
    return QLocale().toString(float(value), "f", 1)


def percent(share: float) -> str:
    return QLocale().toString(round(share * 100)) + "%"


@dataclass(frozen=True)
class PeriodWords:
    """How a sentence names the period shown and the one before it."""

    during: str  # "over the last 30 days"
    before: str  # "the 30 days before"
    short: str  # "in the last 30 days", "in this period"


def period_words(choice: RangeChoice) -> PeriodWords:
    if choice is RangeChoice.LAST_30_DAYS:
        return PeriodWords(
            tr("over the last 30 days"), tr("the 30 days before"), tr("in the last 30 days")
        )
    if choice is RangeChoice.LAST_3_MONTHS:
        return PeriodWords(
            tr("over the last 3 months"), tr("the 3 months before"), tr("in the last 3 months")
        )
    if choice is RangeChoice.LAST_12_MONTHS:
        return PeriodWords(
            tr("over the last 12 months"), tr("the 12 months before"), tr("in the last 12 months")
        )
    if choice is RangeChoice.EVERYTHING:
        return PeriodWords(tr("across your whole journal"), "", tr("in your whole journal"))
    return PeriodWords(
        tr("over the days chosen"), tr("the same number of days before"), tr("in the days chosen")
    )


# -- mood and energy --------------------------------------------------------------------


def mood_summary(
    means: MoodMeans,
    before: MoodMeans | None,
    sessions: int,
    period: PeriodWords,
    lines: bool = True,
) -> str:
    """`lines`: sessions are drawn as dashed lines (else as marks along the top)."""
    if means.mood is None and means.energy is None:
        return tr(
            "No entries in this period have a mood or energy yet. Give an entry a mood in "
            "its details and it will show here."
        )
    parts = []
    if means.mood is not None:
        sentence = (
            tr("Your mood averaged %1 %2, across %Ln rated entries", "", means.mood_count)
            .replace("%1", number(means.mood))
            .replace("%2", period.during)
        )
        if means.mood_count == 1:
            sentence = (
                tr("Your mood was %1 in the one rated entry %2")
                .replace("%1", number(means.mood))
                .replace("%2", period.short)
            )
        if before is not None and before.mood is not None:
            sentence += ", " + _compared(means.mood, before.mood, period.before)
        parts.append(sentence + ".")
    if means.energy is not None:
        parts.append(tr("Energy averaged %1.").replace("%1", number(means.energy)))
    if sessions and lines:
        parts.append(
            plural(
                sessions,
                tr("The dashed line marks your session."),
                tr("The dashed lines mark your %n sessions.", "", sessions),
            )
        )
    elif sessions:
        parts.append(tr("The marks along the top show your %n sessions.", "", sessions))
    return " ".join(parts)


def _compared(now: float, then: float, before: str) -> str:
    if number(now) == number(then):
        return tr("about the same as %1 (%2)").replace("%1", before).replace("%2", number(then))
    if now > then:
        return tr("up from %1 %2").replace("%1", number(then)).replace("%2", before)
    return tr("down from %1 %2").replace("%1", number(then)).replace("%2", before)


# -- tags and feelings ------------------------------------------------------------------


def tag_name(name: str) -> str:
    return f"#{name}"


def count(n: int) -> str:
    """A count as the locale writes it ("29,210")."""
    return QLocale().toString(n)


def frequency_summary(
    total: tuple[Count, ...], kind: ItemKind, by_week: bool, shown: int, latest: int = 0
) -> str:
    """`shown` names are drawn; `latest` > 0 when only the latest periods are."""
    tags = kind is ItemKind.TAG
    if not total:
        return tr("No tags in this period.") if tags else tr("No feelings named in this period.")
    name = tag_name if tags else str
    first = total[0]
    entries = plural(first.count, tr("1 entry"), tr("%Ln entries", "", first.count))
    if tags:
        opening = tr("You used %n different tags.", "", len(total))
        lead = tr("The most used was %1 (%2)").replace("%2", entries)
    else:
        opening = tr("You named %n different feelings.", "", len(total))
        lead = tr("The most named was %1 (%2)").replace("%2", entries)
    if len(total) == 1:
        opening = tr("You used one tag.") if tags else tr("You named one feeling.")
    sentence = lead.replace("%1", name(first.name))
    rest = [f"{name(c.name)} ({count(c.count)})" for c in total[1:3]]
    if rest:
        sentence += tr(", then %1").replace("%1", tr(" and ").join(rest))
    parts = [opening, sentence + "."]
    if shown == 1:
        parts.append(
            tr("The chart shows it week by week.")
            if by_week
            else tr("The chart shows it month by month.")
        )
    elif shown:
        if by_week:
            parts.append(tr("The chart shows the top %n week by week.", "", shown))
        else:
            parts.append(tr("The chart shows the top %n month by month.", "", shown))
    if shown and latest:
        if by_week:
            parts.append(tr("It has room for the latest %n weeks.", "", latest))
        else:
            parts.append(tr("It has room for the latest %n months.", "", latest))
    return " ".join(parts)


# -- around sessions --------------------------------------------------------------------


def sessions_summary(sessions: tuple[SessionMood, ...]) -> str:
    if not sessions:
        return tr("No sessions in this period.")
    told = sessions[-SESSIONS_TOLD:]
    parts = [
        tr(
            "Each pair of bars compares the mean mood of your entries in the 7 days before a "
            "session with the 14 days after it."
        )
    ]
    for session in told:
        parts.append(_session_sentence(session))
    earlier = len(sessions) - len(told)
    if earlier:
        parts.append(
            plural(
                earlier,
                tr("One earlier session is in the chart."),
                tr("%n earlier sessions are in the chart.", "", earlier),
            )
        )
    return " ".join(parts)


def _session_sentence(session: SessionMood) -> str:
    day = day_and_month(session.day)
    before, after = session.mood_before, session.mood_after
    if before is not None and after is not None:
        return (
            tr(
                "Around your session on %1, your mood averaged %2 in the "
                "week before and %3 in the two weeks after."
            )
            .replace("%1", day)
            .replace("%2", number(before))
            .replace("%3", number(after))
        )
    if before is not None:
        return (
            tr(
                "Before your session on %1, your mood averaged %2; no "
                "entries after it are rated yet."
            )
            .replace("%1", day)
            .replace("%2", number(before))
        )
    if after is not None:
        return (
            tr(
                "After your session on %1, your mood averaged %2; no entries "
                "in the week before were rated."
            )
            .replace("%1", day)
            .replace("%2", number(after))
        )
    return tr("No rated entries around your session on %1 yet.").replace("%1", day)


# -- practices --------------------------------------------------------------------------


def practices_summary(stats: tuple[PracticeStats, ...]) -> str:
    if not stats:
        return tr("No practices yet. Once you log one, how it is going shows here.")
    return " ".join(_practice_sentence(s) for s in stats[:PRACTICES_TOLD])


def _practice_sentence(stats: PracticeStats) -> str:
    adherence = stats.adherence
    if adherence.share is None:
        return tr("%1: not logged yet.").replace("%1", stats.name)
    scheduled = plural(
        adherence.scheduled, tr("1 scheduled day"), tr("%n scheduled days", "", adherence.scheduled)
    )
    sentence = (
        tr("%1: done on %2 of %4 in the last 30 days (%3)")
        .replace("%4", scheduled)
        .replace("%1", stats.name)
        .replace("%2", count(adherence.done))
        .replace("%3", percent(adherence.share))
    )
    streak = stats.streaks.current
    if streak:
        sentence += plural(
            streak,
            tr("; a streak of 1 day"),
            tr("; a streak of %n days", "", streak),
        )
    return sentence + "."


def mood_with_practices_summary(stats: tuple[PracticeStats, ...]) -> str:
    """Only practices with enough days on both sides are compared; the note always follows."""
    compared = [s for s in stats if s.mood.mood_with is not None]
    if not compared:
        return tr(
            "Once a practice has at least %n rated days when you did it and as many when you "
            "didn't, your mood on those days is compared here.",
            "",
            MIN_DAYS_EACH_SIDE,
        )
    parts = []
    for s in compared:
        mood = s.mood
        assert mood.mood_with is not None and mood.mood_without is not None
        parts.append(
            tr("On days you did %1, your mood averaged %2 (%3 days); on other days, %4 (%5 days).")
            .replace("%1", s.name)
            .replace("%2", number(mood.mood_with))
            .replace("%3", count(mood.days_with))
            .replace("%4", number(mood.mood_without))
            .replace("%5", count(mood.days_without))
        )
    return " ".join(parts)


def correlation_note() -> str:
    return QCoreApplication.translate("PatternsAnalytics", CORRELATION_NOTE)


# -- what goes together -----------------------------------------------------------------


def item_name(item: Item) -> str:
    if item.kind is ItemKind.TAG:
        return tag_name(item.name)
    return tr("feeling “%1”").replace("%1", item.name)


def short_item_name(item: Item) -> str:
    return tag_name(item.name) if item.kind is ItemKind.TAG else item.name


def pairs_summary(pairs: tuple[Pair, ...], shown: int) -> str:
    """The strongest pairs in words; `shown` of them are in the chart."""
    if not pairs:
        return tr(
            "Nothing turns up together often enough yet to say it goes together: a pair "
            "shows here once it is in at least %n entries.",
            "",
            MIN_TOGETHER,
        )
    parts = []
    for pair in pairs[:PAIRS_TOLD]:
        sentence = (
            tr(
                "%1 and %2 appeared together in %Ln entries, %3 times as "
                "often as chance would give.",
                "",
                pair.together,
            )
            .replace("%1", item_name(pair.first))
            .replace("%2", item_name(pair.second))
            .replace("%3", number(pair.lift))
        )
        parts.append(capitalized(sentence))
    if len(pairs) > shown:
        parts.append(
            tr(
                "Of the %Ln pairs seen together often enough, the chart shows the %1 strongest.",
                "",
                len(pairs),
            ).replace("%1", count(shown))
        )
    elif len(pairs) > PAIRS_TOLD:
        parts.append(tr("The chart shows all %n.", "", len(pairs)))
    return " ".join(parts)


# -- named patterns ---------------------------------------------------------------------


def trend_phrase(trend: PatternTrend) -> str:
    """A few words for the overview: "less often lately"."""
    if trend.trend is Trend.FALLING:
        return tr("less often lately")
    if trend.trend is Trend.RISING:
        return tr("more often lately")
    if trend.slope is None:
        return tr("too early to see a trend")
    return tr("about as often as before")


def trend_sentence(trend: PatternTrend) -> str:
    """A gentle sentence for a pattern's page."""
    if trend.trend is Trend.FALLING:
        return tr("It has been showing up less often lately.")
    if trend.trend is Trend.RISING:
        return tr(
            "It has been showing up more often lately. Seeing it clearly is part of how it changes."
        )
    if trend.slope is None:
        return tr("A trend shows once there are three full months to compare.")
    return tr("It has been showing up about as often as before.")


def trends_summary(
    trends: tuple[PatternTrend, ...],
    lately: Mapping[str, PatternTrend],
    period: PeriodWords,
    latest: int = 0,
) -> str:
    """Counts within the period; the trend words judge each pattern's whole history.
    `latest` > 0 when the chart has room for only the latest months."""
    if not trends:
        return tr("No named patterns yet. Name one under Named patterns to follow it here.")
    parts = []
    for trend in trends:
        total = sum(m.count for m in trend.by_month)
        if total == 0:
            sentence = tr("“%1” did not come up %2.")
        elif total == 1:
            sentence = tr("“%1” came up once %2, %3.")
        else:
            sentence = tr("“%1” came up %Ln times %2, %3.", "", total)
        parts.append(
            sentence.replace("%1", trend.name)
            .replace("%2", period.short)
            .replace("%3", trend_phrase(lately.get(trend.pattern_id, trend)))
        )
    if latest:
        parts.append(tr("The chart shows the latest %n months.", "", latest))
    return " ".join(parts)
