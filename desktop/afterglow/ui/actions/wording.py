"""How actions are named in the person's language: status, kind, due dates, and problems
with an action's fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from afterglow.core.action import MAX_TEXT_LENGTH, ActionKind, ActionStatus
from afterglow.core.errors import AfterglowError, InvalidAction, RefusedChange
from afterglow.ui.sessions.wording import short_day
from afterglow.ui.words import translated

_CONTEXT = "Actions"

_STATUSES = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Actions", "Open"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Actions", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Actions", "Done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("Actions", "Dropped"),
}

_KINDS = {
    ActionKind.INTERNAL: (
        QT_TRANSLATE_NOOP("Actions", "Internal"),
        QT_TRANSLATE_NOOP("Actions", "Internal: thoughts, perspectives, emotions"),
    ),
    ActionKind.EXTERNAL: (
        QT_TRANSLATE_NOOP("Actions", "External"),
        QT_TRANSLATE_NOOP("Actions", "External: behaviour, relationships"),
    ),
}


def _tr(text: str) -> str:
    return translated(text)


def status_name(status: ActionStatus) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_STATUSES[status]))


def kind_name(kind: ActionKind, *, explained: bool = False) -> str:
    short, long = _KINDS[kind]
    return QCoreApplication.translate(_CONTEXT, str(long if explained else short))


def due_words(due: date | None, today: date) -> str:
    """ "Due today", "Due tomorrow", "Due Fri 14 Nov", "Was due Wed 12 Nov", or ""."""
    if due is None:
        return ""
    if due == today:
        return _tr("Due today")
    if (due - today).days == 1:
        return _tr("Due tomorrow")
    if due < today:
        return _tr("Was due %1").replace("%1", short_day(due))
    return _tr("Due %1").replace("%1", short_day(due))


def action_problem(error: AfterglowError) -> str:
    """A sentence about what to change, for the errors an action can meet."""
    if isinstance(error, InvalidAction):
        if error.field == "text":
            return _tr("Write a few words about the action, at most %1 characters.").replace(
                "%1", f"{MAX_TEXT_LENGTH:,}"
            )
        if error.field == "insight_id":
            return _tr("The insight this action came from is no longer in your journal.")
        if error.field == "due":
            return _tr("Choose a due date, or none.")
    if isinstance(error, RefusedChange):
        return _tr("A finished action can only be reopened; reopen it first.")
    return error.message
