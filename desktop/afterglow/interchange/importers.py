"""The kinds of file a journal can be imported from, by name, as `import KIND PATH` lists them.

Day One, jrnl and Markdown folders come later; each will read its files into entries
(a `JournalContents` holding only entries).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from afterglow.core.whole_journal import JournalContents
from afterglow.interchange.formats import IMPORT_KINDS
from afterglow.interchange.json_file import read_json

ReadFunction = Callable[[Path], JournalContents]

_READERS: dict[str, ReadFunction] = {
    "json": read_json,
}
# Offered by the names (and in the order) of `formats`, which the command line lists.
IMPORTERS: dict[str, ReadFunction] = {kind: _READERS[kind] for kind in IMPORT_KINDS}
