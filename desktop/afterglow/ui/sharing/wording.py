"""How the sharing flow names things: what a bundle holds, what can be left out, and each
problem as one calm sentence."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QLocale

from afterglow.bundle.errors import (
    BundleFileExists,
    BundleStorageError,
    InvalidRecipient,
    PrivateEntrySelected,
)
from afterglow.core.errors import AfterglowError
from afterglow.ui.journal.wording import plural, qdate
from afterglow.ui.sharing.choice import INTEGRATION_DAYS, Scope, ShareChoice
from afterglow.ui.words import translated


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return translated(text, disambiguation, n)


def kind_label(kind: str) -> str:
    """The switch for one of `SHARED_KINDS` in the first step."""
    labels = {
        "sessions": _tr("Sessions"),
        "insights": _tr("Insights"),
        "actions": _tr("Actions"),
        "patterns": _tr("Patterns"),
        "practices": _tr("Practices summary"),
        "measures": _tr("Questionnaires (PHQ-9, GAD-7)"),
    }
    return labels[kind]


def counted(kind: str, n: int) -> str:
    """ "1 entry", "12 entries", "3 insights"… for a collection of DESIGN §4."""
    forms = {
        "entries": (_tr("1 entry"), _tr("%n entries", "", n)),
        "sessions": (_tr("1 session"), _tr("%n sessions", "", n)),
        "insights": (_tr("1 insight"), _tr("%n insights", "", n)),
        "actions": (_tr("1 action"), _tr("%n actions", "", n)),
        "patterns": (_tr("1 pattern"), _tr("%n patterns", "", n)),
        "practices": (_tr("1 practice"), _tr("%n practices", "", n)),
        "measures": (_tr("1 questionnaire"), _tr("%n questionnaires", "", n)),
    }
    one, many = forms[kind]
    return plural(n, one, many.replace("%n", str(n)))


# The order things are listed in, as the report shows them. Occurrences go with their
# patterns, and practice logs unmentioned (they are the practices' summary).
COUNTED_KINDS = ("entries", "sessions", "insights", "actions", "patterns", "practices", "measures")


def count_lines(counts: Mapping[str, int]) -> list[str]:
    """What a bundle holds, a kind of record a line: "12 entries", "1 pattern (seen 3 times)"."""
    lines = []
    for kind in COUNTED_KINDS:
        n = counts.get(kind, 0)
        if not n:
            continue
        line = counted(kind, n)
        times = counts.get("occurrences", 0)
        if kind == "patterns" and times:
            seen = plural(times, _tr("seen once"), _tr("seen %n times", "", times))
            line = _tr("%1 (%2)").replace("%1", line).replace("%2", seen.replace("%n", str(times)))
        lines.append(line)
    return lines


def counts_in_words(counts: Mapping[str, int]) -> str:
    """ "12 entries, 2 sessions and 3 insights"; only what there is."""
    parts = count_lines(counts)
    if not parts:
        return _tr("nothing")
    if len(parts) == 1:
        return parts[0]
    return _tr("%1 and %2").replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])


def private_left_out(n: int) -> str:
    return plural(
        n,
        _tr("1 entry marked private is left out."),
        _tr("%n entries marked private are left out.", "", n).replace("%n", str(n)),
    )


def private_shared(n: int) -> str:
    return plural(
        n,
        _tr("1 entry marked private will be shared, because you chose it."),
        _tr("%n entries marked private will be shared, because you chose them.", "", n).replace(
            "%n", str(n)
        ),
    )


def sharing_problem(error: AfterglowError) -> str:
    """One sentence for something that stopped a preview or a save."""
    if isinstance(error, BundleFileExists):
        return _tr("A file with that name is already there. Choose another name.")
    if isinstance(error, PrivateEntrySelected):
        return _tr("An entry marked private was chosen without saying it may be shared.")
    if isinstance(error, InvalidRecipient):
        return contact_key_problem()
    if isinstance(error, BundleStorageError):
        return error.message  # says why the disk refused, which helps
    return error.message


def contact_key_problem() -> str:
    return _tr(
        "That is not a therapist's public key. It starts with “age1” and is about 60 "
        "characters long; ask your therapist to send it again, or copy it whole."
    )


def _day(day: date) -> str:
    return QLocale().toString(qdate(day), "d MMMM yyyy")


def describe(choice: ShareChoice, private: int, removed: int, today: date) -> str:
    """The selection in words, as the manifest and the report's first lines carry it."""
    if choice.scope is Scope.SESSION and choice.session_day is not None:
        words = (
            _tr("The session on %1 and the %2 days after it.")
            .replace("%1", _day(choice.session_day))
            .replace("%2", str(INTEGRATION_DAYS))
        )
    elif choice.scope is Scope.TAGS:
        words = _tr("Entries tagged %1.").replace("%1", ", ".join(f"#{t}" for t in choice.tags))
    elif choice.scope is Scope.ENTRIES:
        n = len(choice.entry_ids)
        words = plural(
            n, _tr("1 entry chosen one by one."), _tr("%n entries chosen one by one.", "", n)
        )
    elif choice.since is not None and choice.until is not None:
        words = _tr("Entries from %1 to %2.").replace("%1", _day(choice.since))
        words = words.replace("%2", _day(min(choice.until, today)))
    else:
        words = _tr("Entries chosen by the client.")
    if removed:
        words += " " + plural(
            removed,
            _tr("One of them was left out."),
            _tr("%n of them were left out.", "", removed),
        )
    if choice.left_out:
        left = ", ".join(_left_out_word(kind) for kind in choice.left_out)
        words += " " + _tr("Not included: %1.").replace("%1", left)
    if private:
        words += " " + plural(
            private,
            _tr("Includes 1 entry marked private, shared by choice."),
            _tr("Includes %n entries marked private, shared by choice.", "", private),
        )
    return words


def _left_out_word(kind: str) -> str:
    words = {
        "sessions": _tr("sessions"),
        "insights": _tr("insights"),
        "actions": _tr("actions"),
        "patterns": _tr("patterns"),
        "practices": _tr("practices"),
        "measures": _tr("questionnaires"),
    }
    return words[kind]
