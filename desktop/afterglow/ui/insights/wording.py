"""How insights are named in the person's language: status steps, sources, and problems
with an insight (a refused status change is explained, calmly, by the steps it allows)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from afterglow.core.entries import Entry
from afterglow.core.errors import AfterglowError, InvalidInsight
from afterglow.core.insight import MAX_TEXT_LENGTH, InsightStatus
from afterglow.core.session import Session
from afterglow.ui.journal.wording import first_line
from afterglow.ui.sessions.wording import short_day
from afterglow.ui.words import translated

_CONTEXT = "Insights"

_STATUSES = {
    InsightStatus.NEW: (
        QT_TRANSLATE_NOOP("Insights", "New"),
        QT_TRANSLATE_NOOP("Insights", "Just caught; nothing to do with it yet."),
    ),
    InsightStatus.EXPLORING: (
        QT_TRANSLATE_NOOP("Insights", "Exploring"),
        QT_TRANSLATE_NOOP("Insights", "Turning it over: what it means, where it shows up."),
    ),
    InsightStatus.INTEGRATING: (
        QT_TRANSLATE_NOOP("Insights", "Integrating"),
        QT_TRANSLATE_NOOP("Insights", "Living it out: trying what changes because of it."),
    ),
    InsightStatus.INTEGRATED: (
        QT_TRANSLATE_NOOP("Insights", "Integrated"),
        QT_TRANSLATE_NOOP("Insights", "Part of how you live now."),
    ),
}


def _tr(text: str) -> str:
    return translated(text)


def status_name(status: InsightStatus) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_STATUSES[status][0]))


def status_hint(status: InsightStatus) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_STATUSES[status][1]))


def refused_move(current: InsightStatus, wanted: InsightStatus) -> str:
    """Why a step back of more than one is not taken, and what can be done instead."""
    back_one = list(InsightStatus)[current.step - 1]
    return (
        _tr(
            "Steps back go one at a time, so nothing is undone by a slip of the mouse. "
            "From %1 you can go back to %2, then on from there."
        )
        .replace("%1", status_name(current).lower())
        .replace("%2", status_name(back_one).lower())
    )


def entry_source(entry: Entry) -> str:
    return (
        _tr("From “%1” · %2")
        .replace("%1", first_line(entry, 60))
        .replace("%2", short_day(entry.date))
    )


def session_source(session: Session) -> str:
    return _tr("From your session on %1").replace("%1", short_day(session.local_date))


def no_source() -> str:
    return _tr("Written directly")


def missing_source() -> str:
    return _tr("Its source is no longer in your journal")


def insight_problem(error: AfterglowError) -> str:
    if isinstance(error, InvalidInsight):
        if error.field == "text":
            return _tr("Write the insight in a few words, at most %1 characters.").replace(
                "%1", f"{MAX_TEXT_LENGTH:,}"
            )
        if error.field in ("entry_id", "session_id"):
            return _tr("Its source is no longer in your journal; choose another or none.")
        if error.field == "excerpt":
            return _tr("Select some words of the entry to keep them as an insight.")
        if error.field == "tags":
            return _tr("Tags are short words of letters, digits, - and _.")
    return error.message
