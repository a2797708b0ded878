"""Starting the entries of a session's arc: the intention before it, the reflection on the
day and each check-in after it, each from its guide and linked to the session.

Which check-in an entry answers is read from its date (see `core.check_ins`), so the date
a new one starts with matters: today while the step is open, else the step's own day.
"""

from __future__ import annotations

from datetime import date

from afterglow.core.check_ins import CheckIn, CheckInStatus, shown_until
from afterglow.core.guides import INTENTION, guide_for_day
from afterglow.core.session import Session
from afterglow.ui.journal.draft import DraftContent
from afterglow.ui.prompts.entry_starts import from_guide


def intention_start(session: Session, today: date) -> DraftContent:
    return from_guide(INTENTION, today, session.id)


def can_start(step: CheckIn) -> bool:
    """Steps not yet due wait for their day; done ones are opened rather than restarted."""
    return step.status in (CheckInStatus.DUE, CheckInStatus.OVERDUE, CheckInStatus.MISSED)


def step_start(session: Session, step: CheckIn, today: date) -> DraftContent:
    """The step's guide, dated so that the entry answers this very step."""
    if step.is_reflection:
        day = max(today, session.local_date)
    elif step.due <= today <= shown_until(session, step.day):
        day = today
    else:
        day = step.due  # written late: dated on its own day, so it counts for this step
    return from_guide(guide_for_day(step.day), day, session.id)
