"""A session record (the `sessions` of DESIGN §4) and the rules every stored session keeps.

Afterglow records what the person writes about a session; it never suggests, judges or
compares doses.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from afterglow.core.errors import InvalidSession
from afterglow.core.record_rules import (
    check_id,
    check_scale,
    check_tags,
    check_text,
    check_time,
)

MAX_TEXT_LENGTH = 100_000
MAX_SHORT_TEXT_LENGTH = 500
# Only a guard against typing mistakes (grams for milligrams, an extra zero); it says
# nothing about what a dose should be.
MAX_DOSE_MG = 2_000.0

SHORT_FIELDS = ("setting", "provider", "support_person", "music")
LONG_FIELDS = ("intention", "notes", "body_sensations")


class Route(StrEnum):
    IV = "iv"
    IM = "im"
    SUBLINGUAL = "sublingual"
    INTRANASAL = "intranasal"
    ESKETAMINE_NASAL = "esketamine_nasal"
    ORAL = "oral"
    OTHER = "other"


@dataclass(frozen=True)
class Session:
    """One session. `deleted_at` is set while it is in the Trash; it is not exported."""

    id: str
    started_at: datetime
    route: Route
    dose_mg: float | None = None
    setting: str = ""
    provider: str = ""
    support_person: str = ""
    music: str = ""
    intention: str = ""
    notes: str = ""
    body_sensations: str = ""
    mood_before: int | None = None
    mood_after: int | None = None
    tags: tuple[str, ...] = ()
    deleted_at: datetime | None = None

    @property
    def local_date(self) -> date:
        """The calendar date where the session took place (in its own UTC offset)."""
        return self.started_at.date()

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


def check_dose(value: object) -> float | None:
    """The dose as a float, or `InvalidSession`; None means not recorded."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidSession("dose_mg", "must be a number of milligrams or empty")
    dose = float(value)
    if not math.isfinite(dose) or not 0 < dose <= MAX_DOSE_MG:
        raise InvalidSession("dose_mg", f"must be more than 0 and at most {MAX_DOSE_MG:,.0f}")
    return dose


def validate_session(session: Session) -> Session:
    """Returns the session unchanged if it keeps every rule; raises `InvalidSession`."""
    check_id(InvalidSession, "id", session.id, optional=False)
    check_time(InvalidSession, "started_at", session.started_at, optional=False)
    if not isinstance(session.route, Route):
        raise InvalidSession("route", "must be one of " + ", ".join(Route))
    if session.dose_mg is not None and (
        not isinstance(session.dose_mg, float) or check_dose(session.dose_mg) != session.dose_mg
    ):
        raise InvalidSession("dose_mg", "must be a number of milligrams or empty")
    for name in SHORT_FIELDS:
        check_text(InvalidSession, name, getattr(session, name), MAX_SHORT_TEXT_LENGTH)
    for name in LONG_FIELDS:
        check_text(InvalidSession, name, getattr(session, name), MAX_TEXT_LENGTH)
    check_scale(InvalidSession, "mood_before", session.mood_before)
    check_scale(InvalidSession, "mood_after", session.mood_after)
    check_tags(InvalidSession, session.tags)
    check_time(InvalidSession, "deleted_at", session.deleted_at, optional=True)
    return session
