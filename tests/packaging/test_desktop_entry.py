"""The desktop entry and the AppStream metadata: valid for the reference validators, and
consistent with the app (its window class, desktop file name, icon, version and licence)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from afterglow import __version__
from afterglow.ui.icons import PNG_SIZES, THEME_ICON_NAME, png_path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
DESKTOP_ENTRY = RESOURCES / "afterglow.desktop"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    assert path is not None, f"{name} is missing; `make test` installs the {package} package"
    return path


def metainfo_file() -> Path:
    (found,) = RESOURCES.glob("*.metainfo.xml")
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_ENTRY, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP_ENTRY)],
        capture_output=True,
        text=True,
    )
    # It prints hints and warnings as well as errors, and fails only on errors.
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_metainfo_passes_appstream_validation_with_no_issue() -> None:
    done = subprocess.run(
        [
            tool("appstreamcli", "appstream"),
            "validate",
            "--no-net",
            "--strict",
            "--explain",
            str(metainfo_file()),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_installed_tree_of_entry_metainfo_and_icons_validates(tmp_path: Path) -> None:
    share = tmp_path / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy(DESKTOP_ENTRY, share / "applications")
    shutil.copy(metainfo_file(), share / "metainfo")
    shutil.copytree(RESOURCES / "icons" / "hicolor", share / "icons" / "hicolor")

    done = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate-tree", "--no-net", "--strict", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr  # e.g. the launchable is not there


def test_the_metainfo_matches_the_project() -> None:
    component = ET.parse(metainfo_file()).getroot()
    app_id = component.findtext("id")

    assert metainfo_file().name == f"{app_id}.metainfo.xml"
    assert component.get("type") == "desktop-application"
    assert component.findtext("project_license") == PYPROJECT["project"]["license"]
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_ENTRY.name
    assert component.findtext("provides/binary") in PYPROJECT["project"]["scripts"]
    releases = [r.get("version") for r in component.iterfind("releases/release")]
    assert releases[0] == PYPROJECT["project"]["version"] == __version__
    assert component.find("content_rating[@type='oars-1.1']") is not None


def test_the_desktop_entry_starts_the_command_with_the_shipped_icon() -> None:
    entry = desktop_entry()

    assert entry["Exec"] == "afterglow"
    assert entry["Exec"] in PYPROJECT["project"]["scripts"]
    assert entry["Icon"] == THEME_ICON_NAME
    for size in PNG_SIZES:
        assert png_path(RESOURCES / "icons", size).is_file()
    assert entry["Categories"].split(";")[0] in ("Office", "Utility")


# What the real app tells the desktop about itself, read after `main` has named it.
PROGRAM = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from afterglow import app as desktop
from afterglow.vault.kdf import KdfParams, KdfPolicy

policy = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
qt = QApplication([])

def report_and_quit():
    print(QGuiApplication.desktopFileName(), qt.applicationName())
    qt.quit()

QTimer.singleShot(0, report_and_quit)
sys.exit(desktop.main(Path(sys.argv[1]), policy))
"""


@pytest.mark.parametrize("flatpak_id", [None, "io.example.Journal"], ids=["plain", "flatpak"])
def test_the_app_names_its_desktop_entry_and_window_class(
    tmp_path: Path, flatpak_id: str | None
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FLATPAK_ID"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if flatpak_id:
        env["FLATPAK_ID"] = flatpak_id
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(tmp_path / "journal")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    desktop_file_name, application_name = done.stdout.split()

    # Wayland matches the window to the entry by the desktop file name; under Flatpak the
    # entry is installed under the app id. X11 matches StartupWMClass to the window class,
    # which Qt sets to the application name.
    assert desktop_file_name == (flatpak_id or DESKTOP_ENTRY.stem)
    assert desktop_entry()["StartupWMClass"] == application_name
