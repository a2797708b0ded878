"""What the import and export dialogs say: the kinds of file, a plan and a result in calm
sentences. The reasons items are skipped come from the importers, as errors do."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from afterglow.core.journal import ImportCounts
from afterglow.core.whole_journal import ImportReport
from afterglow.interchange.import_plan import ImportPlan, Skipped
from afterglow.ui.journal.wording import plural, qdate
from afterglow.ui.words import translated

# How many skipped items the preview lists before saying how many more there are.
SKIPPED_SHOWN = 8
TAGS_SHOWN = 8


def _tr(text: str, disambiguation: str = "", count: int = -1) -> str:
    return translated(text, disambiguation, count)


def import_kinds() -> list[tuple[str, str]]:
    """(kind, label) in the order offered."""
    return [
        ("json", _tr("Afterglow JSON")),
        ("dayone", _tr("Day One")),
        ("jrnl", _tr("jrnl")),
        ("markdown", _tr("Markdown folder")),
    ]


def import_hint(kind: str) -> str:
    return {
        "json": _tr(
            "An export from Afterglow: entries, sessions, insights, actions, practices, "
            "patterns and questionnaires."
        ),
        "dayone": _tr(
            "The .zip Day One exports, or the Journal.json inside it. Tags and stars come "
            "along; photos stay behind."
        ),
        "jrnl": _tr("A file made with jrnl --export json. Its @tags become tags."),
        "markdown": _tr(
            "A folder of .md files, and the folders inside it. Front matter may give each "
            "file's title, date, tags and mood."
        ),
    }[kind]


def _day(day: date) -> str:
    return QLocale().toString(qdate(day), "d MMMM yyyy")


def entries_found(plan: ImportPlan) -> str:
    count = len(plan.entries)
    if count == 0:
        return _tr("There are no entries here that Afterglow can import.")
    first, last = plan.first_day, plan.last_day
    assert first is not None and last is not None
    entries = plural(count, _tr("1 entry"), _tr("%n entries", "", count))
    if first == last:
        return _tr("%1, written on %2.").replace("%1", entries).replace("%2", _day(first))
    return (
        _tr("%1, written between %2 and %3.")
        .replace("%1", entries)
        .replace("%2", _day(first))
        .replace("%3", _day(last))
    )


def tags_found(plan: ImportPlan) -> str:
    tags = plan.tags
    if not tags:
        return ""
    counted = plural(len(tags), _tr("1 tag"), _tr("%n tags", "", len(tags)))
    shown = ", ".join(tags[:TAGS_SHOWN])
    more = len(tags) - TAGS_SHOWN
    if more > 0:
        shown = plural(more, _tr("%1 and 1 more"), _tr("%1 and %n more", "", more)).replace(
            "%1", shown
        )
    return _tr("With %1: %2.").replace("%1", counted).replace("%2", shown)


_RECORD_NAMES = {
    "sessions": ("1 session", "%n sessions"),
    "insights": ("1 insight", "%n insights"),
    "actions": ("1 action", "%n actions"),
    "practices": ("1 practice", "%n practices"),
    "practice_logs": ("1 day of practice", "%n days of practice"),
    "patterns": ("1 pattern", "%n patterns"),
    "occurrences": ("1 noted pattern", "%n noted patterns"),
    "measures": ("1 questionnaire", "%n questionnaires"),
}


def records_found(plan: ImportPlan) -> str:
    """For an Afterglow export: the sessions, insights… that come with the entries."""
    parts = [
        plural(count, _tr(_RECORD_NAMES[name][0]), _tr(_RECORD_NAMES[name][1], "", count))
        for name, count in plan.other_records().items()
    ]
    if not parts:
        return ""
    return _tr("Also %1.").replace("%1", ", ".join(parts))


def already_here(expected: ImportCounts) -> str:
    here = expected.updated + expected.unchanged
    if here == 0:
        return ""
    if expected.added == 0:
        text = _tr("All of them are in your journal already.")
    else:
        text = plural(
            here,
            _tr("1 of them is in your journal already."),
            _tr("%n of them are in your journal already.", "", here),
        )
    if expected.updated:
        text += " " + plural(
            expected.updated,
            _tr("1 has a newer copy in the file and will be updated."),
            _tr("%n have a newer copy in the file and will be updated.", "", expected.updated),
        )
    return text


def skipped_heading(skipped: tuple[Skipped, ...]) -> str:
    return plural(
        len(skipped),
        _tr("1 item will be left out:"),
        _tr("%n items will be left out:", "", len(skipped)),
    )


def skipped_lines(skipped: tuple[Skipped, ...]) -> str:
    lines = [f"{item.item} — {item.reason}" for item in skipped[:SKIPPED_SHOWN]]
    more = len(skipped) - SKIPPED_SHOWN
    if more > 0:
        lines.append(plural(more, _tr("and 1 more."), _tr("and %n more.", "", more)))
    return "\n".join(lines)


def import_button(expected: ImportCounts | None, plan: ImportPlan | None) -> str:
    if plan is None or expected is None:
        return _tr("Import")
    count = len(plan.entries)
    if count == 0 and plan.other_records():
        return _tr("Import")
    return plural(count, _tr("Import 1 entry"), _tr("Import %n entries", "", count))


def imported(report: ImportReport, skipped: int) -> str:
    counts = report.entries
    sentences = [
        plural(
            counts.added, _tr("Added 1 new entry."), _tr("Added %n new entries.", "", counts.added)
        )
    ]
    if counts.updated:
        sentences.append(
            plural(
                counts.updated,
                _tr("Updated 1 entry from a newer copy in the file."),
                _tr("Updated %n entries from newer copies in the file.", "", counts.updated),
            )
        )
    if counts.unchanged:
        sentences.append(
            plural(
                counts.unchanged,
                _tr("1 was already up to date."),
                _tr("%n were already up to date.", "", counts.unchanged),
            )
        )
    if skipped:
        sentences.append(
            plural(
                skipped,
                _tr("1 item was left out, as the preview said."),
                _tr("%n items were left out, as the preview said.", "", skipped),
            )
        )
    return " ".join(sentences)


def export_formats() -> list[tuple[str, str]]:
    return [("json", _tr("JSON file")), ("markdown", _tr("Markdown folder"))]


def export_hint(name: str) -> str:
    return {
        "json": _tr(
            "Everything in one file: entries, sessions, insights, actions, practices, patterns "
            "and questionnaires. Afterglow can import it again."
        ),
        "markdown": _tr(
            "A new folder with one .md file for each entry, readable in any text editor. "
            "Only entries go in."
        ),
    }[name]


def exported(entries: int, others: dict[str, int], where: str) -> str:
    what = plural(entries, _tr("1 entry"), _tr("%n entries", "", entries))
    parts = [
        plural(count, _tr(_RECORD_NAMES[name][0]), _tr(_RECORD_NAMES[name][1], "", count))
        for name, count in others.items()
    ]
    if parts:
        what = _tr("%1 (and %2)").replace("%1", what).replace("%2", ", ".join(parts))
    return _tr("Exported %1 to %2.").replace("%1", what).replace("%2", where)
