"""Today's words: the greeting, and how a check-in or the "then and now" card is named."""

from __future__ import annotations

from datetime import datetime

from afterglow.core.check_ins import CheckIn
from afterglow.core.session import Session
from afterglow.ui.sessions.wording import session_day, short_day, step_name, step_when
from afterglow.ui.words import translated


def _tr(text: str) -> str:
    return translated(text)


def greeting(now: datetime) -> str:
    if 5 <= now.hour < 12:
        return _tr("Good morning")
    if 12 <= now.hour < 18:
        return _tr("Good afternoon")
    return _tr("Good evening")


def check_in_title(step: CheckIn) -> str:
    return step_name(step.day)


def check_in_detail(step: CheckIn, session: Session | None) -> str:
    """ "After your session on Wed 12 Nov · since Sat 15 Nov"."""
    when = step_when(step)
    if session is None:
        return when
    after = _tr("After your session on %1").replace("%1", short_day(session.local_date))
    return f"{after} · {when}"


def same_day_lead(day: int, session: Session, previous: Session) -> str:
    return (
        _tr(
            "Today is day %1 after your session on %2. "
            "On day %1 after your session on %3, you wrote:"
        )
        .replace("%1", str(day))
        .replace("%2", session_day(session))
        .replace("%3", session_day(previous))
    )
