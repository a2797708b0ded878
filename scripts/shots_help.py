"""Screenshots of Help (the keyboard shortcuts window and About Afterglow) and of the demo
journal's unlock screen with its passphrase shown, light and dark.

Usage: QT_QPA_PLATFORM=offscreen python scripts/shots_help.py docs/screenshots
(`scripts/screenshots.py` calls `help_shots` too, on a demo journal of its own.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from shots_common import save, shots_main, shown, themed_settings, unlock, wait_until

from afterglow.demo.launch import DEMO_PASSPHRASE, SETTINGS_FILE, create_demo_journal, open_demo
from afterglow.ui.settings import ThemeChoice

SIZE = (1100, 740)


def help_shots(app: QApplication, theme: ThemeChoice, outdir: Path, scratch: Path) -> None:
    """The demo's unlock screen, then the shortcuts window and About over the open journal."""
    folder = scratch / f"help-demo-{theme}"
    folder.mkdir()
    create_demo_journal(folder)
    themed_settings(folder / SETTINGS_FILE, theme)
    with shown(app, open_demo(app, folder), SIZE) as desktop:
        window = desktop.window
        save(app, window, outdir / f"demo-unlock-{theme}.png")
        unlock(app, desktop, DEMO_PASSPHRASE)
        desktop.shell.show_section("journal")
        wait_until(app, lambda: not desktop.runner.busy)

        shortcuts = window.help_menu.show_shortcuts()
        shortcuts.resize(560, 1000)  # the whole list, for the picture
        save(app, shortcuts, outdir / f"shortcuts-{theme}.png")
        shortcuts.reject()

        about = window.help_menu.show_about()
        about.adjustSize()
        save(app, about, outdir / f"about-{theme}.png")
        about.reject()


if __name__ == "__main__":
    sys.exit(shots_main(sys.argv, __doc__ or "", help_shots))
