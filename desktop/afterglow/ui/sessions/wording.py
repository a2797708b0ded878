"""How sessions are named in the person's language: routes in plain words, the steps of
the arc and their status, moods, and problems with a session's fields.

Neutral throughout: a dose is a number the person chose to keep, never judged.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from afterglow.core.check_ins import REFLECTION_DAY, CheckIn, CheckInStatus
from afterglow.core.errors import AfterglowError, InvalidSession
from afterglow.core.session import MAX_DOSE_MG, Route, Session
from afterglow.ui.journal.wording import qdate
from afterglow.ui.words import translated

_CONTEXT = "Sessions"

_ROUTES = {
    Route.IV: (
        QT_TRANSLATE_NOOP("Sessions", "IV infusion"),
        QT_TRANSLATE_NOOP("Sessions", "An infusion into a vein (IV)"),
    ),
    Route.IM: (
        QT_TRANSLATE_NOOP("Sessions", "Injection"),
        QT_TRANSLATE_NOOP("Sessions", "An injection into a muscle (IM)"),
    ),
    Route.SUBLINGUAL: (
        QT_TRANSLATE_NOOP("Sessions", "Lozenge"),
        QT_TRANSLATE_NOOP("Sessions", "A lozenge or troche under the tongue"),
    ),
    Route.INTRANASAL: (
        QT_TRANSLATE_NOOP("Sessions", "Nasal spray"),
        QT_TRANSLATE_NOOP("Sessions", "A nasal spray (intranasal)"),
    ),
    Route.ESKETAMINE_NASAL: (
        QT_TRANSLATE_NOOP("Sessions", "Esketamine spray"),
        QT_TRANSLATE_NOOP("Sessions", "An esketamine nasal spray"),
    ),
    Route.ORAL: (
        QT_TRANSLATE_NOOP("Sessions", "By mouth"),
        QT_TRANSLATE_NOOP("Sessions", "By mouth (oral)"),
    ),
    Route.OTHER: (
        QT_TRANSLATE_NOOP("Sessions", "Another way"),
        QT_TRANSLATE_NOOP("Sessions", "Another way"),
    ),
}

_STATUSES = {
    CheckInStatus.DONE: QT_TRANSLATE_NOOP("Sessions", "Done"),
    CheckInStatus.DUE: QT_TRANSLATE_NOOP("Sessions", "Due today"),
    CheckInStatus.OVERDUE: QT_TRANSLATE_NOOP("Sessions", "Overdue"),
    CheckInStatus.UPCOMING: QT_TRANSLATE_NOOP("Sessions", "Upcoming"),
    CheckInStatus.DISMISSED: QT_TRANSLATE_NOOP("Sessions", "Dismissed"),
    CheckInStatus.MISSED: QT_TRANSLATE_NOOP("Sessions", "Missed"),
}


def _tr(text: str) -> str:
    return translated(text)


def route_name(route: Route, *, short: bool = False) -> str:
    """ "Injection" in lists, "An injection into a muscle (IM)" where there is room."""
    brief, full = _ROUTES[route]
    return QCoreApplication.translate(_CONTEXT, str(brief if short else full))


def status_name(status: CheckInStatus) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_STATUSES[status]))


def step_name(day: int) -> str:
    """ "Reflection on the day" for day 0, "Day 3 check-in" after it."""
    if day == REFLECTION_DAY:
        return _tr("Reflection on the day")
    return _tr("Day %1 check-in").replace("%1", str(day))


def short_day(day: date) -> str:
    """ "Wed 12 Nov", with the year when it is not this year's."""
    pattern = "ddd d MMM" if day.year == date.today().year else "ddd d MMM yyyy"
    return QLocale().toString(qdate(day), pattern)


def step_when(step: CheckIn) -> str:
    """When a step is or was due, in words that match its status."""
    day = short_day(step.due)
    if step.status == CheckInStatus.DUE:
        return _tr("Today")
    if step.status == CheckInStatus.OVERDUE:
        return _tr("Since %1").replace("%1", day)
    if step.status == CheckInStatus.UPCOMING:
        return _tr("Opens %1").replace("%1", day)
    return day


def session_day(session: Session) -> str:
    """ "Wednesday 12 November", with the year when it is not this year's."""
    day = session.local_date
    pattern = "dddd d MMMM" if day.year == date.today().year else "dddd d MMMM yyyy"
    return QLocale().toString(qdate(day), pattern)


def session_time(session: Session) -> str:
    return f"{session.started_at.hour:02d}:{session.started_at.minute:02d}"


def session_title(session: Session) -> str:
    return _tr("Session on %1").replace("%1", session_day(session))


def days_since(session: Session, today: date) -> str:
    days = (today - session.local_date).days
    if days == 0:
        return _tr("Today")
    if days == 1:
        return _tr("Yesterday")
    if days > 1:
        return _tr("%1 days ago").replace("%1", str(days))
    if days == -1:
        return _tr("Tomorrow")
    return _tr("In %1 days").replace("%1", str(-days))


def dose_text(dose_mg: float | None) -> str:
    """The recorded number, as written ("50 mg", "37.5 mg"); empty when not recorded."""
    if dose_mg is None:
        return ""
    number = QLocale().toString(dose_mg, "g", 6)
    return _tr("%1 mg").replace("%1", number)


def mood_change(before: int | None, after: int | None) -> str:
    """ "Mood 4 → 7", "Mood before 4", "Mood after 7", or nothing."""
    if before is not None and after is not None:
        return _tr("Mood %1 → %2").replace("%1", str(before)).replace("%2", str(after))
    if before is not None:
        return _tr("Mood before %1").replace("%1", str(before))
    if after is not None:
        return _tr("Mood after %1").replace("%1", str(after))
    return ""


def session_problem(error: AfterglowError) -> str:
    """A sentence about what to change in the form, for an `InvalidSession`."""
    if not isinstance(error, InvalidSession):
        return error.message
    if error.field == "dose_mg":
        return dose_problem()
    if error.field in ("mood_before", "mood_after"):
        return _tr("Moods are whole numbers from 0 to 10, or not set.")
    if error.field == "started_at":
        return _tr("Choose the date and time the session began.")
    if error.field == "tags":
        return _tr("Tags are short words of letters, digits, - and _.")
    if error.field in ("setting", "provider", "support_person", "music"):
        return _tr("One of the short fields is too long; keep it to a line or two.")
    if error.field in ("intention", "notes", "body_sensations"):
        return _tr("One of the longer fields is too long to keep.")
    return error.message


def dose_problem() -> str:
    return _tr(
        "Write the dose as a number of milligrams, like 50 or 37.5, up to %1, or leave it empty."
    ).replace("%1", f"{MAX_DOSE_MG:,.0f}")
