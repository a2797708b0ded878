"""Moving a whole journal out and in: `export` and `import` (with `--dry-run`, a plan)."""

from __future__ import annotations

from pathlib import Path

from afterglow.cli.common import EXIT_OK, Command
from afterglow.core.journal import local_now
from afterglow.interchange.exporters import exporter_named
from afterglow.interchange.foreign_entries import plural
from afterglow.interchange.import_plan import ImportPlan, carry_out
from afterglow.interchange.importers import plan_import
from afterglow.interchange.journal_format import COLLECTIONS, JOURNAL_ONLY_COLLECTIONS

# What one record of each of `JOURNAL_ONLY_COLLECTIONS` is called in the lines below.
_JOURNAL_ONLY_NAMES = {"prompts": "own prompt", "check_in_dismissals": "dismissed check-in"}


def cmd_export(c: Command) -> int:
    exporter = exporter_named(c.args.format)
    out = Path(c.args.out)
    with c.services() as services:
        contents = services.whole_journal.contents()
        exporter.export(contents, out, local_now())
    others = [
        f"{len(records)} {name.replace('_', ' ')}"
        for name in COLLECTIONS[1:]
        if (records := getattr(contents, name))
    ]
    also = f" (and {', '.join(others)})" if others and exporter.name == "json" else ""
    print(f"Exported {len(contents.entries)} entries{also} to {out}.", file=c.out)
    if exporter.name == "json":
        held = {name: len(getattr(contents, name)) for name in JOURNAL_ONLY_COLLECTIONS}
        if line := _also_holds(held):
            print(line, file=c.out)
    return EXIT_OK


def cmd_import(c: Command) -> int:
    # The whole file is read and checked before the journal is even unlocked.
    plan = plan_import(c.args.kind, Path(c.args.path))
    if c.args.dry_run:
        for line in plan_lines(plan):
            print(line, file=c.out)
        print("This was a dry run: nothing was imported.", file=c.out)
        return EXIT_OK
    with c.services() as services:
        report = carry_out(plan, services.whole_journal).report
    counts = report.entries
    print(
        f"Imported {counts.added} new entries and updated {counts.updated}; "
        f"{counts.unchanged} were already up to date.",
        file=c.out,
    )
    for name in COLLECTIONS[1:]:
        counts = getattr(report, name)
        if counts.added or counts.unchanged:
            print(
                f"Imported {counts.added} new {name.replace('_', ' ')}; "
                f"{counts.unchanged} were already here.",
                file=c.out,
            )
    for name in JOURNAL_ONLY_COLLECTIONS:
        counts = getattr(report, name)
        if counts.added or counts.unchanged:
            print(
                f"Imported {plural(counts.added, 'new ' + _JOURNAL_ONLY_NAMES[name])}; "
                f"{counts.unchanged} were already here.",
                file=c.out,
            )
    for line in left_out_lines(plan):
        print(line, file=c.out)
    return EXIT_OK


def plan_lines(plan: ImportPlan) -> list[str]:
    """What a dry run says: what was found, then what was skipped and left out."""
    found = f"Found {plural(len(plan.entries), 'entry')} in {plan.source}"
    first, last = plan.first_day, plan.last_day
    if first is not None and last is not None:
        found += f", dated {first}" if first == last else f", dated {first} to {last}"
    if plan.tags:
        found += f", with {plural(len(plan.tags), 'tag')}"
    others = [f"{count} {name.replace('_', ' ')}" for name, count in plan.other_records().items()]
    if others:
        found += f" (and {', '.join(others)})"
    also = _also_holds(plan.journal_only_records())
    return [found + ".", *([also] if also else []), *left_out_lines(plan)]


def _also_holds(counts: dict[str, int]) -> str:
    """The line saying what else a JSON file holds ("It also holds 2 own prompts and 1
    dismissed check-in."), or "" if nothing."""
    parts = [plural(count, _JOURNAL_ONLY_NAMES[name]) for name, count in counts.items() if count]
    return f"It also holds {' and '.join(parts)}." if parts else ""


def left_out_lines(plan: ImportPlan) -> list[str]:
    """Each skipped item with its reason, one a line, then what entries left behind."""
    return [skipped.sentence for skipped in plan.skipped] + list(plan.notes)
