"""`afterglow --smoke-test`: the real app, offscreen, on a throw-away journal; one sentence
and a non-zero exit when anything fails."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from afterglow.cli import handler_named, main
from afterglow.cli.parser import SMOKE_TEST_HANDLER, build_parser
from afterglow.core.errors import StorageError
from afterglow.core.journal import Journal
from afterglow.core.passphrase import PassphraseStrength
from afterglow.smoke_test import run_smoke_test


def test_the_smoke_test_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # offscreen by itself
    done = subprocess.run(
        [sys.executable, "-m", "afterglow", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout == "afterglow: smoke test passed.\n"
    assert "Traceback" not in done.stderr
    assert list(Path(tempfile.gettempdir()).iterdir()) == []
    assert list((tmp_path / "xdg" / "data").iterdir()) == []  # no journal of the person's


def test_it_is_in_the_help_and_runs_its_own_handler() -> None:
    assert "--smoke-test" in build_parser().format_help()
    assert callable(handler_named(SMOKE_TEST_HANDLER))


def test_with_a_command_it_is_a_usage_error() -> None:
    err = io.StringIO()

    code = main(["--smoke-test", "list"], out=io.StringIO(), err=err)

    assert code == 2
    assert err.getvalue().startswith("afterglow: --smoke-test runs on its own")


def test_a_failed_check_is_one_sentence_and_exit_code_1(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    weak = PassphraseStrength(0, "Very weak", "", (), True)
    monkeypatch.setattr("afterglow.core.passphrase.assess", lambda *_args: weak)
    out, err = io.StringIO(), io.StringIO()

    assert run_smoke_test(out, err) == 1
    assert err.getvalue() == (
        "afterglow: the smoke test failed: the passphrase strength meter gave a wrong score.\n"
    )
    assert out.getvalue() == ""
    assert list(Path(tempfile.gettempdir()).iterdir()) == []


def test_a_broken_package_is_named_in_one_sentence(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing_module(*_args: object, **_kwargs: object) -> None:
        raise ModuleNotFoundError("No module named 'PySide6.QtCharts'")

    monkeypatch.setattr("afterglow.app.build", missing_module)
    err = io.StringIO()

    assert run_smoke_test(io.StringIO(), err) == 1
    assert err.getvalue() == (
        "afterglow: the smoke test failed unexpectedly "
        "(ModuleNotFoundError: No module named 'PySide6.QtCharts').\n"
    )


def test_a_failing_background_job_fails_it(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(_journal: Journal) -> int:
        raise StorageError("The disk is full. Free some space and try again.")

    monkeypatch.setattr(Journal, "purge_old_trash", disk_full)  # queued as the journal opens
    err = io.StringIO()

    assert run_smoke_test(io.StringIO(), err) == 1
    assert err.getvalue() == (
        "afterglow: the smoke test failed: a background task failed: The disk is full.\n"
    )
