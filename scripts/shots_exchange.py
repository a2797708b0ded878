"""Screenshots of File → Import… (the preview of a Day One export, and what came in) and
File → Export… with its word about encryption, light and dark.

Usage: QT_QPA_PLATFORM=offscreen python scripts/shots_exchange.py docs/screenshots
(`scripts/screenshots.py` calls `exchange_shots` too, on a journal of its own.)
"""

from __future__ import annotations

import json
import sys
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from shots_common import (  # scripts/shots_common.py
    new_journal,
    open_journal,
    save,
    settle,
    shots_main,
    wait_until,
)

from afterglow.ui.settings import ThemeChoice

SIZE = (1100, 740)

# A fictional person's Day One journal from the year before Afterglow: (days before the
# first entry, hour in Berlin, text, tags, starred).
DAYONE_TEXTS: list[tuple[int, int, str, list[str], bool]] = [
    (0, 8, "# New notebook\n\nTrying to write a little every morning\\.", ["Habits"], False),
    (3, 21, "Long walk by the canal\\. The light on the water\\!", ["Walks"], True),
    (9, 7, "Slept badly\\. Coffee, then a slow start\\.", [], False),
    (15, 19, "# Dinner with Sam\n\nWe talked for hours\\.", ["Friends"], True),
    (24, 22, "Tired of saying yes to everything\\.", ["Work", "Boundaries"], False),
    (40, 9, "First warm morning\\. Windows open\\.", ["Spring"], False),
    (58, 18, "![](dayone-moment://3F2A1B0C9D8E7F6A5B4C3D2E1F0A9B8C)", [], False),
    (73, 20, "# Mum's birthday\n\nCake, candles, old photos\\.", ["Family"], True),
    (96, 6, "Up before the alarm\\. Tea by the window\\.", ["Habits"], False),
    (131, 21, "A hard week\\. Writing it down helps a bit\\.", ["Work"], False),
    (170, 8, "Booked the first appointment\\.", ["Therapy"], True),
]


def write_dayone_export(path: Path) -> Path:
    start = datetime(2025, 1, 6, tzinfo=UTC)
    entries = []
    for i, (days, hour, text, tags, starred) in enumerate(DAYONE_TEXTS):
        when = start + timedelta(days=days, hours=hour - 1)  # Berlin in winter is UTC+1
        entries.append(
            {
                "uuid": f"{i:032X}",
                "creationDate": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "timeZone": "Europe/Berlin",
                "text": text,
                "tags": tags,
                "starred": starred,
            }
        )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", json.dumps({"metadata": {}, "entries": entries}))
        archive.writestr("photos/3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c.jpeg", b"\xff\xd8\xff")
    return path


def exchange_shots(app: QApplication, theme: ThemeChoice, outdir: Path, scratch: Path) -> None:
    """Import and export in one theme, on a journal of its own in `scratch`."""
    new_journal(scratch / f"exchange-journal-{theme}")
    export = write_dayone_export(scratch / f"dayone-export-{theme}.zip")
    with open_journal(app, "exchange", theme, scratch, SIZE) as desktop:
        window = desktop.window
        wait_until(app, lambda: not desktop.runner.busy)

        importing = window.exchange.open_import()
        assert importing is not None
        importing.choose_kind("dayone")
        importing.choose_path(export)
        wait_until(app, lambda: importing.preview is not None)
        settle(app)
        save(app, importing, outdir / f"import-{theme}.png")
        importing.start_import()
        wait_until(app, lambda: importing.import_result is not None)
        settle(app)
        save(app, importing, outdir / f"import-done-{theme}.png")
        importing.accept()
        wait_until(app, lambda: not desktop.runner.busy)

        exporting = window.exchange.open_export()
        assert exporting is not None
        settle(app)
        save(app, exporting, outdir / f"export-{theme}.png")
        exporting.reject()


if __name__ == "__main__":
    sys.exit(shots_main(sys.argv, __doc__ or "", exchange_shots))
