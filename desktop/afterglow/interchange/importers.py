"""The kinds of file a journal can be imported from, by name, as `import KIND PATH` lists
them: each reads its file (or folder) into an `ImportPlan` without touching the journal.

An Afterglow JSON export brings every collection; Day One, jrnl and Markdown folders
bring entries only, skipping those that cannot come in with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from afterglow.core.errors import UsageError
from afterglow.interchange.dayone import read_dayone
from afterglow.interchange.formats import IMPORT_KINDS
from afterglow.interchange.import_plan import ImportPlan
from afterglow.interchange.jrnl import read_jrnl
from afterglow.interchange.json_file import read_json
from afterglow.interchange.markdown_folder import read_markdown_folder

PlanFunction = Callable[[Path], ImportPlan]


@dataclass(frozen=True)
class Importer:
    kind: str
    reads_folder: bool  # a folder of files rather than one file
    plan: PlanFunction


def plan_json(path: Path) -> ImportPlan:
    return ImportPlan("json", path, read_json(path))


_ALL = {
    importer.kind: importer
    for importer in (
        Importer("json", reads_folder=False, plan=plan_json),
        Importer("dayone", reads_folder=False, plan=read_dayone),
        Importer("jrnl", reads_folder=False, plan=read_jrnl),
        Importer("markdown", reads_folder=True, plan=read_markdown_folder),
    )
}
# Offered by the names (and in the order) of `formats`, which the command line lists.
IMPORTERS: dict[str, Importer] = {kind: _ALL[kind] for kind in IMPORT_KINDS}


def importer_named(kind: str) -> Importer:
    try:
        return IMPORTERS[kind]
    except KeyError:
        raise UsageError(
            f"Afterglow cannot import {kind}; choose {', '.join(IMPORTERS)}."
        ) from None


def plan_import(kind: str, path: Path) -> ImportPlan:
    """What importing `path` as `kind` would bring in; raises if the file cannot be read."""
    return importer_named(kind).plan(path)
