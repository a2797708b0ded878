"""Regenerates python3-deps.json: the wheels the Flatpak installs, pinned by URL and SHA-256.

Usage: .venv/bin/python packaging/flatpak/update_python_deps.py

Resolves pyproject.toml's dependencies (and the setuptools that builds Afterglow) with pip's
dry run for the runtime's Python on x86_64 and aarch64, which reads each wheel's metadata
from the index without downloading the wheels. Run it after changing a dependency or the
runtime version, and commit the result. flatpak-builder then fetches exactly these files.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUTPUT = HERE / "python3-deps.json"

# org.freedesktop.Platform 24.08: Python 3.12, glibc 2.40.
PYTHON_VERSION = "3.12"
GLIBC_MINORS = range(17, 41)
ARCHES = ("x86_64", "aarch64")


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [*project["project"]["dependencies"], *project["build-system"]["requires"]]


def resolve(arch: str, wanted: list[str]) -> dict[str, tuple[str, str]]:
    """Each wheel pip would install on `arch`: file name to (URL, SHA-256)."""
    platforms = [f"manylinux_2_{minor}_{arch}" for minor in GLIBC_MINORS]
    platforms.append(f"manylinux2014_{arch}")
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        command = [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--dry-run",
            "--ignore-installed",
            "--only-binary=:all:",
            "--python-version",
            PYTHON_VERSION,
            "--target",
            str(Path(scratch) / "target"),
            "--report",
            str(report),
            *(f"--platform={p}" for p in platforms),
            *wanted,
        ]
        subprocess.run(command, check=True)
        installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    wheels = {}
    for item in installs:
        info = item["download_info"]
        url = info["url"]
        wheels[url.rsplit("/", 1)[1]] = (url, info["archive_info"]["hashes"]["sha256"])
    return wheels


def module(by_arch: dict[str, dict[str, tuple[str, str]]]) -> dict[str, object]:
    sources: list[dict[str, object]] = []
    names: set[str] = set()
    every = sorted({name for wheels in by_arch.values() for name in wheels})
    for name in every:
        arches = [arch for arch in ARCHES if name in by_arch[arch]]
        url, sha256 = next(by_arch[arch][name] for arch in arches)
        source: dict[str, object] = {"type": "file", "url": url, "sha256": sha256}
        if len(arches) < len(ARCHES):
            source["only-arches"] = arches
        sources.append(source)
        names.add(name.split("-", 1)[0].replace("_", "-").lower())
    install = (
        'pip3 install --exists-action=i --no-index --find-links="file://${PWD}" '
        "--prefix=${FLATPAK_DEST} --no-build-isolation " + " ".join(sorted(names))
    )
    return {
        "name": "python3-dependencies",
        "buildsystem": "simple",
        "build-commands": [install],
        "sources": sources,
    }


def main() -> int:
    wanted = requirements()
    by_arch = {arch: resolve(arch, wanted) for arch in ARCHES}
    text = json.dumps(module(by_arch), indent=2) + "\n"
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"Wrote {OUTPUT.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
