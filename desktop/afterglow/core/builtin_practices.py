"""The practices Afterglow offers from the start (DESIGN §1), as templates for first run.

Each built-in is known by its stable `builtin` value (§4: breathwork, cold_shower,
gratitude, journaling); its `id` is an ordinary UUID made when it is first stored, so
journals never share ids. Storage creates the missing ones with `missing_builtins` and
turns one on or off through `active` (`with_active`); a built-in is never deleted, so
switching it back on keeps its history.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import time

from afterglow.core.practice_timers import COLD_SHOWER_SECONDS, JOURNALING_MINUTES
from afterglow.core.practices import (
    DAILY,
    BuiltinPractice,
    Practice,
    PracticeKind,
    validate_practice,
)

MINUTES = "min"
SECONDS = "s"
ITEMS = "items"


@dataclass(frozen=True)
class BuiltinTemplate:
    """What a built-in practice starts as. `name` is English; a caller may pass its own
    translated name when creating the practice. `reminder_at` is a suggested local time
    for its reminder (the person decides whether to have one)."""

    builtin: BuiltinPractice
    name: str
    kind: PracticeKind
    target: float
    unit: str
    schedule: str = DAILY
    reminder_at: time | None = None


BUILTIN_TEMPLATES: tuple[BuiltinTemplate, ...] = (
    BuiltinTemplate(BuiltinPractice.BREATHWORK, "Breathwork", PracticeKind.TIMER, 10, MINUTES),
    BuiltinTemplate(
        BuiltinPractice.COLD_SHOWER,
        "Cold shower",
        PracticeKind.TIMER,
        COLD_SHOWER_SECONDS,
        SECONDS,
        reminder_at=time(7, 30),
    ),
    BuiltinTemplate(
        BuiltinPractice.GRATITUDE,
        "Gratitude",
        PracticeKind.LIST,
        10,
        ITEMS,
        reminder_at=time(8, 0),  # "10 things I'm grateful for each morning"
    ),
    BuiltinTemplate(
        BuiltinPractice.JOURNALING,
        "Journaling",
        PracticeKind.TIMER,
        JOURNALING_MINUTES,
        MINUTES,
        reminder_at=time(20, 0),
    ),
)


def template_for(builtin: BuiltinPractice) -> BuiltinTemplate:
    for template in BUILTIN_TEMPLATES:
        if template.builtin is builtin:
            return template
    raise KeyError(builtin)  # pragma: no cover - every BuiltinPractice has a template


def new_practice_id() -> str:
    return str(uuid.uuid4())


def create_builtin(
    builtin: BuiltinPractice,
    practice_id: str | None = None,
    *,
    name: str | None = None,
    active: bool = True,
) -> Practice:
    """A new, valid `Practice` for a built-in, with a fresh id unless one is given."""
    template = template_for(builtin)
    practice = Practice(
        id=practice_id or new_practice_id(),
        name=name or template.name,
        kind=template.kind,
        target=template.target,
        unit=template.unit,
        schedule=template.schedule,
        builtin=template.builtin,
        active=active,
    )
    return validate_practice(practice)


def missing_builtins(
    existing: Iterable[Practice],
    *,
    new_id: Callable[[], str] = new_practice_id,
    names: dict[BuiltinPractice, str] | None = None,
) -> tuple[Practice, ...]:
    """The built-ins not yet among `existing`, ready to store, in `BUILTIN_TEMPLATES` order.

    Calling it on every start is safe: once stored, a built-in is never offered again,
    whether it is active or not.
    """
    present = {practice.builtin for practice in existing if practice.builtin is not None}
    names = names or {}
    return tuple(
        create_builtin(t.builtin, new_id(), name=names.get(t.builtin))
        for t in BUILTIN_TEMPLATES
        if t.builtin not in present
    )


def with_active(practice: Practice, active: bool) -> Practice:
    """The same practice switched on or off; its logs and history are untouched."""
    return replace(practice, active=active)
