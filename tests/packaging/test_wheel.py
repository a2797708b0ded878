"""`pip install .` gives a working `afterglow`: the wheel holds the code and every resource,
and the command it installs runs from the wheel, not from the source tree.

Offline and quick: the wheel is built with the project's own setuptools (no build
isolation), installed without dependencies into a new virtual environment, and that
environment borrows the project environment's third-party packages through a .pth file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from afterglow import __version__

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


# Where the package and its icon were loaded from.
WHERE_FROM = "import afterglow, afterglow.ui.icons as i; print(afterglow.__file__, i.icon_path())"


def _source_copy(target: Path) -> Path:
    """What a source distribution holds, copied so the build leaves nothing in the checkout."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    for folder in ("desktop", "resources"):
        shutil.copytree(ROOT / folder, target / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    return target


def _check(*argv: str | Path) -> str:
    done = subprocess.run(
        [str(a) for a in argv], check=True, capture_output=True, text=True, timeout=180
    )
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = _source_copy(tmp_path_factory.mktemp("source"))
    out = tmp_path_factory.mktemp("wheel")
    pip_wheel = ("wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index")
    _check(sys.executable, "-m", "pip", *pip_wheel, "--wheel-dir", out, source)
    (built,) = out.glob("afterglow_journal-*.whl")
    return built


@pytest.fixture(scope="module")
def fresh(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with only the wheel installed into it."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    _check(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    pip_install = ("install", "--quiet", "--no-deps", "--no-index", wheel)
    _check(sys.executable, "-m", "pip", "--python", python, *pip_install)
    site = _check(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    # Only a path line: the project environment's own .pth files (among them the editable
    # install pointing at desktop/) are not run, so afterglow can only come from the wheel.
    borrowed = sysconfig.get_paths()["purelib"]
    (Path(site.strip()) / "borrowed-dependencies.pth").write_text(borrowed + "\n", "utf-8")
    return venv


def _run_in(venv: Path, program: str, *argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(venv / "bin" / program), *argv],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_the_wheel_holds_every_package_and_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())

    for package in PYPROJECT["tool"]["setuptools"]["packages"]:
        assert f"{package.replace('.', '/')}/__init__.py" in names, package
    resources = {n.removeprefix("afterglow/resources/") for n in names if "/resources/" in n}
    shipped = {
        str(p.relative_to(ROOT / "resources"))
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert shipped <= resources
    assert "icons/afterglow.svg" in resources
    assert "icons/hicolor/16x16/apps/afterglow.png" in resources
    assert "afterglow.desktop" in resources
    assert not [n for n in names if n.endswith(".pyc") or "__pycache__" in n]
    entry_points = zipfile.ZipFile(wheel).read(
        f"afterglow_journal-{__version__}.dist-info/entry_points.txt"
    )
    assert b"afterglow = afterglow.cli:main" in entry_points


def test_the_installed_command_runs_from_the_wheel(fresh: Path, tmp_path: Path) -> None:
    where = _run_in(fresh, "python", "-c", WHERE_FROM, cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    module, icon = where.stdout.split()
    assert Path(module).is_relative_to(fresh)
    assert Path(icon).is_relative_to(fresh)
    assert ROOT / "desktop" not in Path(module).parents

    version = _run_in(fresh, "afterglow", "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"afterglow {__version__}"


def test_the_installed_app_passes_its_smoke_test(fresh: Path, tmp_path: Path) -> None:
    result = _run_in(fresh, "afterglow", "--smoke-test", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout
