"""The PyInstaller spec, `make package` and the Flatpak manifest: cheap checks of what
only a slow build (or, for Flatpak, a machine with flatpak-builder) exercises."""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def app_id() -> str:
    (metainfo,) = (ROOT / "resources").glob("*.metainfo.xml")
    found = ET.parse(metainfo).getroot().findtext("id")
    assert found
    return found


def test_the_spec_parses_and_starts_the_command_line_entry_point() -> None:
    spec = (PACKAGING / "afterglow.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }

    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    assert '"afterglow" / "__main__.py"' in spec
    main = (ROOT / "desktop" / "afterglow" / "__main__.py").read_text(encoding="utf-8")
    assert "from afterglow.cli import main" in main
    assert 'collect_submodules("afterglow")' in spec  # handlers are imported by name
    assert "QtWebEngineCore" in spec  # excluded
    assert app_id() in spec


def test_make_package_builds_and_smoke_tests_the_program() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = next(line for line in makefile.splitlines() if line.startswith(".PHONY:"))
    recipe = makefile.split("\npackage:", 1)[1].split("\n\n", 1)[0]

    assert "package" in phony.split()
    assert "packaging/afterglow.spec" in recipe
    assert "dist/afterglow/afterglow --smoke-test" in recipe
    assert (
        "\ntest:" in makefile
        and "pyinstaller" not in makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    )


def test_the_flatpak_manifest_installs_the_app_and_its_desktop_files() -> None:
    path = PACKAGING / "flatpak" / f"{app_id()}.yml"
    manifest = yaml.safe_load(path.read_text(encoding="utf-8"))

    assert manifest["app-id"] == app_id()
    assert manifest["command"] == "afterglow"
    assert manifest["runtime"] == "org.freedesktop.Platform"
    assert manifest["sdk"] == "org.freedesktop.Sdk"
    assert "--share=network" not in manifest["finish-args"]
    assert not [arg for arg in manifest["finish-args"] if arg.startswith("--filesystem")]
    deps, app = manifest["modules"]
    assert (path.parent / deps).is_file()
    commands = "\n".join(app["build-commands"])
    assert "pip3 install --no-deps" in commands
    for target in (
        "share/applications/${FLATPAK_ID}.desktop",
        "share/metainfo",
        "share/icons/hicolor/${size}x${size}/apps/${FLATPAK_ID}.png",
        "share/icons/hicolor/scalable/apps/${FLATPAK_ID}.svg",
    ):
        assert target in commands
    (source,) = app["sources"]
    assert (path.parent / source["path"]).resolve() == ROOT


def test_the_flatpak_python_wheels_are_pinned_for_both_architectures() -> None:
    module = json.loads((PACKAGING / "flatpak" / "python3-deps.json").read_text("utf-8"))
    sources = module["sources"]

    for source in sources:
        assert source["type"] == "file"
        assert source["url"].startswith("https://files.pythonhosted.org/")
        assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"])
    names = " ".join(source["url"].rsplit("/", 1)[1] for source in sources)
    for wanted in ("sqlcipher3", "pyside6_essentials", "pyside6_addons", "pyrage", "zxcvbn"):
        assert wanted in names
    for arch in ("x86_64", "aarch64"):
        assert f"sqlcipher3-0.6.4-cp312-cp312-manylinux_2_28_{arch}.whl" in names
