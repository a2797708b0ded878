"""How entries are named in the person's language: kinds, days, moods and the first line."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from afterglow.core.entries import Entry, EntryKind
from afterglow.ui.words import translated

_CONTEXT = "Wording"

# Marked for translation here, translated when shown (lupdate needs the context spelled out).
_KIND_NAMES = {
    EntryKind.JOURNAL: QT_TRANSLATE_NOOP("Wording", "Journal entry"),
    EntryKind.INTENTION: QT_TRANSLATE_NOOP("Wording", "Intention"),
    EntryKind.REFLECTION: QT_TRANSLATE_NOOP("Wording", "Reflection"),
    EntryKind.CHECK_IN: QT_TRANSLATE_NOOP("Wording", "Check-in"),
    EntryKind.GRATITUDE: QT_TRANSLATE_NOOP("Wording", "Gratitude"),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("Wording", "Note"),
}


def kind_name(kind: EntryKind) -> str:
    """The kind in friendly words ("Check-in", not "check_in")."""
    return QCoreApplication.translate(_CONTEXT, str(_KIND_NAMES[kind]))


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_heading(day: date, today: date) -> str:
    """ "Today", "Yesterday", "Tuesday 4 March", or with the year when it is not this one."""
    if day == today:
        return QCoreApplication.translate("Wording", "Today")
    if (today - day).days == 1:
        return QCoreApplication.translate("Wording", "Yesterday")
    locale = QLocale()
    pattern = "dddd d MMMM" if day.year == today.year else "dddd d MMMM yyyy"
    return locale.toString(qdate(day), pattern)


def long_date(day: date) -> str:
    return QLocale().toString(qdate(day), "dddd d MMMM yyyy")


def day_and_month(day: date) -> str:
    """ "20 November", with the year when it is not this year."""
    pattern = "d MMMM" if day.year == date.today().year else "d MMMM yyyy"
    return QLocale().toString(qdate(day), pattern)


def short_date(day: date) -> str:
    return QLocale().toString(qdate(day), "d MMM yyyy")


def first_line(entry: Entry, limit: int = 120) -> str:
    """The title, or else the body's first line of text without Markdown marks."""
    if entry.title:
        return entry.title
    for line in entry.body.splitlines():
        text = line.strip().lstrip("#>-*+ ").strip()
        if text:
            return text[:limit]
    return QCoreApplication.translate("Wording", "Untitled")


def preview(entry: Entry, limit: int = 200) -> str:
    """A line of the body to show under the title (the line after it when untitled)."""
    lines = [line.strip().lstrip("#>-*+ ").strip() for line in entry.body.splitlines()]
    lines = [line for line in lines if line]
    if not entry.title and lines:
        lines = lines[1:]
    return " ".join(lines)[:limit]


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return translated(text, disambiguation, n)  # see afterglow.ui.words


def time_ago(months: int) -> str:
    """For "On this day": "A month ago", "3 months ago", "A year ago", "2 years ago"."""
    if months % 12 == 0:
        years = months // 12
        if years == 1:
            return _tr("A year ago")
        return _tr("%n years ago", "", years)
    if months == 1:
        return _tr("A month ago")
    return _tr("%n months ago", "", months)


def scale_value(value: int | None) -> str:
    """A mood or energy value in a few characters: "6", or a dash when not set."""
    return "\u2013" if value is None else str(value)


def plural(count: int, one: str, many: str) -> str:
    """English needs a singular without a translation file loaded; other languages get
    their forms from the translation of `many` (a %n string)."""
    return one if count == 1 else many


def count_words(text: str) -> int:
    return len(text.split())
