"""The ways a journal can be exported, by name: a small registry, as `--format` lists them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from afterglow.core.errors import UsageError
from afterglow.core.whole_journal import JournalContents
from afterglow.interchange.formats import EXPORT_FORMATS
from afterglow.interchange.json_file import export_json
from afterglow.interchange.markdown import export_markdown

ExportFunction = Callable[[JournalContents, Path, datetime], Path]


@dataclass(frozen=True)
class Exporter:
    name: str
    extension: str  # of the file written, or of each file in the folder written
    writes_folder: bool
    export: ExportFunction


_ALL = {
    exporter.name: exporter
    for exporter in (
        Exporter("json", "json", writes_folder=False, export=export_json),
        Exporter("markdown", "md", writes_folder=True, export=export_markdown),
    )
}
# Offered by the names (and in the order) of `formats`, which the command line lists.
EXPORTERS: dict[str, Exporter] = {name: _ALL[name] for name in EXPORT_FORMATS}


def exporter_named(name: str) -> Exporter:
    try:
        return EXPORTERS[name]
    except KeyError:
        raise UsageError(
            f"There is no export format called {name}; choose {' or '.join(EXPORTERS)}."
        ) from None
