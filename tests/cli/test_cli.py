import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from afterglow.cli import main
from afterglow.vault.recovery import RecoveryKey
from afterglow.vault.vault import Vault

PASSPHRASE = "walking home under the plane trees"


class Run:
    """Runs the command in-process with a cheap key policy and captures its output."""

    def __init__(self, tmp_path: Path, policy):
        self.tmp = tmp_path
        self.policy = policy
        self.data = tmp_path / "journal"

    def secret(self, name: str, text: str) -> str:
        path = self.tmp / name
        path.write_text(text + "\n", encoding="utf-8")
        return str(path)

    def __call__(self, *args: str, passphrase: str | None = PASSPHRASE):
        argv = ["--data-dir", str(self.data)]
        if passphrase is not None:
            argv += ["--passphrase-file", self.secret("passphrase.txt", passphrase)]
        out, err = io.StringIO(), io.StringIO()
        code = main([*argv, *args], kdf_policy=self.policy, out=out, err=err)
        return code, out.getvalue(), err.getvalue()


@pytest.fixture
def run(tmp_path, fast_policy, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: prompts must not hang
    return Run(tmp_path, fast_policy)


def recovery_key_from(output: str) -> str:
    line = next(line.strip() for line in output.splitlines() if line.startswith("    "))
    RecoveryKey.parse(line)
    return line


def test_init_creates_a_journal_and_prints_the_recovery_key_once(run):
    code, out, err = run("init")
    assert code == 0, err
    key = recovery_key_from(out)
    assert Vault(run.data, run.policy).unlock_with_recovery_key(key)
    assert key not in (run.data / "vault.json").read_text()


def test_init_refuses_to_overwrite_an_existing_journal(run):
    run("init")
    before = (run.data / "vault.json").read_bytes()
    code, _out, err = run("init", passphrase="some other passphrase")
    assert code == 2
    assert "already exists" in err and err.count("\n") == 1
    assert (run.data / "vault.json").read_bytes() == before


def test_init_refuses_a_short_passphrase(run):
    code, _, err = run("init", passphrase="short")
    assert code == 2 and "at least 10 characters" in err
    assert not (run.data / "vault.json").exists()


def test_init_warns_about_a_weak_passphrase_but_accepts_it(run):
    code, _, err = run("init", passphrase="password123")
    assert code == 0
    assert "weak" in err.lower()


def test_wrong_passphrase_exits_3_with_one_sentence(run):
    run("init")
    code, out, err = run("verify", passphrase="definitely not it")
    assert code == 3
    assert err == "afterglow: That passphrase does not unlock this journal.\n"
    assert out == ""


def test_verify_reports_a_sound_journal(run):
    run("init")
    code, out, _ = run("verify")
    assert code == 0 and "no problems" in out


def test_damaged_database_exits_4(run):
    run("init")
    db = run.data / "journal.db"
    db.write_bytes(b"\x00" * db.stat().st_size)
    code, _, err = run("verify")
    assert code == 4 and err.startswith("afterglow: ") and err.count("\n") == 1


def test_passwd_changes_the_passphrase(run):
    run("init")
    new = run.secret("new.txt", "a brand new passphrase")
    code, _out, err = run("passwd", "--new-passphrase-file", new)
    assert code == 0, err
    assert run("verify")[0] == 3
    assert run("verify", passphrase="a brand new passphrase")[0] == 0


def test_recover_sets_a_new_passphrase_with_the_recovery_key(run):
    _, out, _ = run("init")
    key = run.secret("key.txt", recovery_key_from(out))
    new = run.secret("new.txt", "remembered at last, honestly")
    code, _, err = run(
        "recover", "--recovery-key-file", key, "--new-passphrase-file", new, passphrase=None
    )
    assert code == 0, err
    assert run("verify", passphrase="remembered at last, honestly")[0] == 0


def test_recover_with_a_mistyped_key_exits_3(run):
    _, out, _ = run("init")
    text = recovery_key_from(out)
    typo = ("Z" if text[0] != "Z" else "Y") + text[1:]
    key = run.secret("key.txt", typo)
    new = run.secret("new.txt", "remembered at last, honestly")
    code, _, err = run(
        "recover", "--recovery-key-file", key, "--new-passphrase-file", new, passphrase=None
    )
    assert code == 3 and "typing mistake" in err


def test_rekey_keeps_the_passphrase_and_issues_a_new_recovery_key(run):
    _, first, _ = run("init")
    code, out, _ = run("rekey")
    assert code == 0
    new_key = recovery_key_from(out)
    assert new_key != recovery_key_from(first)
    assert run("verify")[0] == 0


def test_backup_and_restore(run, tmp_path):
    run("init")
    out_file = tmp_path / "saved.afterglow-backup"
    code, out, _ = run("backup", "--out", str(out_file))
    assert code == 0 and out_file.exists() and str(out_file) in out
    code, out, err = run("restore", str(out_file))
    assert code == 0, err
    assert "restored" in out
    assert run("verify")[0] == 0


def test_backup_goes_to_the_backups_folder_by_default(run):
    run("init")
    code, _out, _ = run("backup")
    assert code == 0
    assert len(list((run.data / "backups").iterdir())) == 1


def test_restore_of_a_missing_file_is_a_usage_error(run, tmp_path):
    run("init")
    code, _, err = run("restore", str(tmp_path / "absent"))
    assert code == 2 and "no backup file" in err


def test_missing_passphrase_file_is_a_usage_error(run):
    code, _, err = run("--passphrase-file", "/nonexistent/file", "verify", passphrase=None)
    assert code == 2 and "does not exist" in err


def test_no_passphrase_and_no_terminal_is_a_clear_usage_error(run):
    run("init")
    code, _, err = run("verify", passphrase=None)
    assert code == 2 and "--passphrase-file" in err


def test_unknown_command_is_one_sentence_and_exit_2(run):
    code, _out, err = run("frobnicate")
    assert code == 2
    assert err.count("\n") == 1 and "afterglow --help" in err


def test_commands_on_a_folder_without_a_journal_say_so(run):
    code, _, err = run("verify")
    assert code == 2 and "no journal" in err.lower()


def test_passphrase_file_keeps_everything_but_the_line_ending(run):
    run("init", passphrase="  spaces matter here  ")
    assert run("verify", passphrase="  spaces matter here  ")[0] == 0
    assert run("verify", passphrase="spaces matter here")[0] == 3


def command(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "afterglow", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_version_from_the_real_command():
    from afterglow import __version__

    result = command("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"afterglow {__version__}"


def test_real_command_with_real_key_derivation_and_environment_data_dir(tmp_path):
    """One end-to-end run at full Argon2id cost, through AFTERGLOW_DATA_DIR."""
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    env = {"AFTERGLOW_DATA_DIR": str(tmp_path / "env-journal")}
    made = command("--passphrase-file", str(secret), "init", env_extra=env)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "env-journal" / "vault.json").exists()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the right one at all\n")
    failed = command("--passphrase-file", str(wrong), "verify", env_extra=env)
    assert failed.returncode == 3
    assert "Traceback" not in failed.stderr and failed.stderr.count("\n") == 1
