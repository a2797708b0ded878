"""Moving a whole journal out and in: `export` and `import`."""

from __future__ import annotations

from pathlib import Path

from afterglow.cli.common import EXIT_OK, Command
from afterglow.core.journal import local_now
from afterglow.interchange.exporters import exporter_named
from afterglow.interchange.importers import IMPORTERS
from afterglow.interchange.journal_format import COLLECTIONS


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
    return EXIT_OK


def cmd_import(c: Command) -> int:
    # The whole file is checked before the journal is even unlocked.
    contents = IMPORTERS[c.args.kind](Path(c.args.path))
    with c.services() as services:
        report = services.whole_journal.import_contents(contents)
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
    return EXIT_OK
