"""The command line loads only what the chosen command needs: a search in a fresh process
imports no bundle, interchange format, patterns, passphrase-strength, QR or Qt code."""

import argparse
import io
import json
import subprocess
import sys
import textwrap

import pytest

from afterglow.cli import handler_named, main
from afterglow.cli.parser import build_parser

PASSPHRASE = "walking home under the plane trees"

# Whole packages no journal command needs, and the heavy modules of packages it does use.
HEAVY = (
    "afterglow.bundle",
    "afterglow.patterns",
    "afterglow.ui",
    "afterglow.app",
    "afterglow.interchange.journal_format",
    "afterglow.interchange.exporters",
    "afterglow.interchange.importers",
    "afterglow.interchange.json_file",
    "afterglow.interchange.markdown",
    "afterglow.core.whole_journal",
    "afterglow.core.passphrase",
    "afterglow.vault.services",
    "zxcvbn",
    "segno",
    "pyrage",
    "PySide6",
)

LIGHT_INTERCHANGE = ("", ".formats", ".entry_json")

# Runs `main` in a new interpreter with the tests' cheap key policy, then reports what
# was imported. The policy is rebuilt there because the journal was made with it.
RUN_AND_LIST_MODULES = textwrap.dedent(
    """
    import io, json, sys
    from afterglow.cli import main
    from afterglow.vault.kdf import KdfParams, KdfPolicy

    policy = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
    out, err = io.StringIO(), io.StringIO()
    code = main(sys.argv[1:], kdf_policy=policy, out=out, err=err)
    print(json.dumps({"code": code, "out": out.getvalue(), "err": err.getvalue(),
                      "modules": sorted(sys.modules)}))
    """
)


def loaded_by(module: str, heavy: tuple[str, ...]) -> bool:
    return any(module == name or module.startswith(name + ".") for name in heavy)


def run_in_new_process(*argv: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST_MODULES, *argv],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout)


@pytest.fixture
def journal_args(tmp_path, fast_policy, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    args = ["--data-dir", str(tmp_path / "journal"), "--passphrase-file", str(secret)]
    for argv in (["init"], ["add", "--title", "By the river", "--body", "a slow walk"]):
        assert main([*args, *argv], kdf_policy=fast_policy, out=io.StringIO()) == 0
    return args


def test_the_tests_key_policy_is_the_one_the_new_process_uses(fast_policy):
    from afterglow.vault.kdf import KdfParams, KdfPolicy

    rebuilt = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
    assert rebuilt == fast_policy


@pytest.mark.parametrize("extra", [(), ("--json",)], ids=["text", "json"])
def test_search_imports_no_bundle_interchange_patterns_zxcvbn_segno_or_qt(journal_args, extra):
    result = run_in_new_process(*journal_args, "search", "river", *extra)

    assert result["code"] == 0, result["err"]
    assert "a slow walk" in result["out"]
    assert [m for m in result["modules"] if loaded_by(m, HEAVY)] == []
    # Of interchange, only the format names (for the parser) and the one-entry JSON shape
    # load: each a few lines importing nothing.
    interchange = [m for m in result["modules"] if m.startswith("afterglow.interchange")]
    assert set(interchange) <= {f"afterglow.interchange{m}" for m in LIGHT_INTERCHANGE}


def test_importing_the_command_line_loads_no_command_and_no_vault():
    code = "import sys, afterglow.cli; print('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    modules = done.stdout.split()

    commands = [m for m in modules if m.startswith("afterglow.cli.") and "command" in m]
    assert commands == []
    heavy = (*HEAVY, "afterglow.vault.vault", "sqlcipher3", "cryptography")
    assert [m for m in modules if loaded_by(m, heavy)] == []
    interchange = [m for m in modules if m.startswith("afterglow.interchange")]
    assert set(interchange) <= {"afterglow.interchange", "afterglow.interchange.formats"}


def handler_names(parser: argparse.ArgumentParser) -> set[str]:
    names = {parser.get_default("handler")} - {None}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                names |= handler_names(sub)
    return names


def test_every_handler_the_parser_names_exists():
    names = handler_names(build_parser())

    assert "journal_commands:cmd_search" in names
    for name in names:
        assert callable(handler_named(name)), name
