"""The `afterglow` command: a thin argparse front end over the same services the app uses.

Every failure is one sentence on stderr and an exit code: 2 usage, 3 wrong passphrase or
key, 4 damaged or unreadable data, 5 refused unsafe input (1 when the computer refused).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from afterglow import __version__
from afterglow.core.errors import (
    AfterglowError,
    DamagedData,
    UnsafeInput,
    UsageError,
    WrongPassphrase,
)
from afterglow.core.passphrase import MINIMUM_LENGTH, assess
from afterglow.vault.database import check_driver
from afterglow.vault.hygiene import harden_process
from afterglow.vault.kdf import STANDARD_POLICY, KdfPolicy
from afterglow.vault.location import data_folder
from afterglow.vault.recovery import RecoveryKey
from afterglow.vault.vault import UnlockedVault, Vault

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_KEY, EXIT_DAMAGED, EXIT_UNSAFE = 0, 1, 2, 3, 4, 5


def exit_code(error: AfterglowError) -> int:
    for kind, code in (
        (UsageError, EXIT_USAGE),
        (WrongPassphrase, EXIT_KEY),
        (DamagedData, EXIT_DAMAGED),
        (UnsafeInput, EXIT_UNSAFE),
    ):
        if isinstance(error, kind):
            return code
    return EXIT_FAILED


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one sentence and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message[0].upper()}{message[1:]}; see `afterglow --help`.")


class Command:
    """What one command invocation needs: its arguments, the vault and the terminal."""

    def __init__(self, args: argparse.Namespace, kdf_policy: KdfPolicy, out: TextIO, err: TextIO):
        self.args = args
        self.vault = Vault(data_folder(args.data_dir), kdf_policy)
        self.out = out
        self.err = err

    def passphrase(self, prompt: str = "Passphrase: ") -> str:
        if self.args.passphrase_file:
            return read_secret_file(self.args.passphrase_file, "passphrase")
        return ask_secret(prompt)

    def unlock(self) -> UnlockedVault:
        return self.vault.unlock(self.passphrase())

    def new_passphrase(self, path: str | None) -> str:
        if path:
            new = read_secret_file(path, "new passphrase")
        else:
            new = ask_secret("New passphrase: ")
            if ask_secret("Repeat the new passphrase: ") != new:
                raise UsageError("The two passphrases differ; nothing was changed.")
        strength = assess(new)
        if not strength.long_enough:
            raise UsageError(f"A passphrase needs at least {MINIMUM_LENGTH} characters.")
        if strength.score < 3:
            print(
                f"Note: this passphrase is {strength.label.lower()}. {strength.warning}".rstrip(),
                file=self.err,
            )
        return new

    def show_recovery_key(self, key: RecoveryKey, heading: str) -> None:
        print(heading, file=self.out)
        print(file=self.out)
        print(f"    {key.formatted()}", file=self.out)
        print(file=self.out)
        print(
            "Write it down and keep it somewhere safe. It is shown only this once;", file=self.out
        )
        print("with it you can set a new passphrase if you ever forget yours.", file=self.out)
        key.forget()


def read_secret_file(path: str, what: str) -> str:
    """The first line of a file, without its line ending."""
    try:
        with open(path, encoding="utf-8") as f:
            line = f.readline()
    except FileNotFoundError:
        raise UsageError(f"The {what} file {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"The {what} file {path} could not be read.") from exc
    line = line.removesuffix("\n").removesuffix("\r")
    if not line:
        raise UsageError(f"The {what} file {path} is empty.")
    return line


def ask_secret(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError("No passphrase given: use --passphrase-file, or run in a terminal.")
    return getpass.getpass(prompt)


# -- commands ------------------------------------------------------------------------------


def cmd_gui(c: Command) -> int:
    from afterglow.app import main as run_app  # Qt loads only for the desktop app

    return int(run_app(c.vault.files.folder, c.vault.kdf_policy))


def cmd_init(c: Command) -> int:
    if c.vault.exists():
        raise UsageError(
            f"A journal already exists in {c.vault.files.folder}; nothing was changed."
        )
    unlocked, recovery = c.vault.create(c.new_passphrase(c.args.passphrase_file))
    unlocked.lock()
    print(f"Your journal is ready in {c.vault.files.folder}.", file=c.out)
    print(file=c.out)
    c.show_recovery_key(recovery, "Your recovery key:")
    return EXIT_OK


def cmd_passwd(c: Command) -> int:
    unlocked = c.unlock()
    try:
        unlocked.change_passphrase(c.new_passphrase(c.args.new_passphrase_file))
    finally:
        unlocked.lock()
    print("Passphrase changed. Your recovery key still works.", file=c.out)
    return EXIT_OK


def cmd_recover(c: Command) -> int:
    if c.args.recovery_key_file:
        text = read_secret_file(c.args.recovery_key_file, "recovery key")
    else:
        text = ask_secret("Recovery key: ")
    unlocked = c.vault.unlock_with_recovery_key(text)
    try:
        unlocked.change_passphrase(c.new_passphrase(c.args.new_passphrase_file))
    finally:
        unlocked.lock()
    print("Your new passphrase is set. Your recovery key still works.", file=c.out)
    return EXIT_OK


def cmd_rekey(c: Command) -> int:
    passphrase = c.passphrase()
    unlocked = c.vault.unlock(passphrase)
    try:
        recovery = unlocked.rotate_data_key(passphrase)
    finally:
        unlocked.lock()
    print("The journal is now encrypted with a new key. Your passphrase is unchanged.", file=c.out)
    print(file=c.out)
    c.show_recovery_key(recovery, "Your old recovery key no longer works. Your new recovery key:")
    return EXIT_OK


def cmd_verify(c: Command) -> int:
    unlocked = c.unlock()
    try:
        problems = unlocked.verify()
    finally:
        unlocked.lock()
    if problems:
        raise DamagedData(
            f"The journal has {len(problems)} problem(s) ({problems[0]}); "
            "restore it from a backup with `afterglow restore`."
        )
    print("The journal is sound: no problems found.", file=c.out)
    return EXIT_OK


def cmd_backup(c: Command) -> int:
    unlocked = c.unlock()
    try:
        path = unlocked.backup(Path(c.args.out) if c.args.out else None)
    finally:
        unlocked.lock()
    print(f"Backup saved to {path}.", file=c.out)
    return EXIT_OK


def cmd_restore(c: Command) -> int:
    backup = Path(c.args.file)
    if not backup.is_file():
        raise UsageError(f"There is no backup file at {backup}.")
    backup_passphrase = (
        read_secret_file(c.args.backup_passphrase_file, "backup passphrase")
        if c.args.backup_passphrase_file
        else None
    )
    saved = c.vault.restore(backup, c.passphrase(), backup_passphrase)
    print(f"The journal was restored from {backup}.", file=c.out)
    if saved is not None:
        print(f"The journal as it was before is kept in {saved}.", file=c.out)
    return EXIT_OK


# -- parser --------------------------------------------------------------------------------

Handler = Callable[[Command], int]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="afterglow",
        description="A private, encrypted journal for ketamine-assisted therapy integration.",
    )
    parser.add_argument("--version", action="version", version=f"afterglow {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="where the journal lives")
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from the file's first line"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    command("gui", cmd_gui, "open the desktop app (the default)")
    command("init", cmd_init, "create a journal; prints the recovery key once")
    passwd = command("passwd", cmd_passwd, "change the passphrase")
    passwd.add_argument("--new-passphrase-file", metavar="FILE")
    recover = command("recover", cmd_recover, "set a new passphrase with the recovery key")
    recover.add_argument("--recovery-key-file", metavar="FILE")
    recover.add_argument("--new-passphrase-file", metavar="FILE")
    command("rekey", cmd_rekey, "re-encrypt the journal with a new key and recovery key")
    command("verify", cmd_verify, "check the journal for damage")
    backup = command("backup", cmd_backup, "save an encrypted backup")
    backup.add_argument("--out", metavar="FILE", help="where to save it (default: backups folder)")
    restore = command("restore", cmd_restore, "replace the journal with a backup")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--backup-passphrase-file",
        metavar="FILE",
        help="the passphrase the backup was made with, if it differs from the current one",
    )
    parser.set_defaults(handler=cmd_gui)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    kdf_policy: KdfPolicy = STANDARD_POLICY,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    harden_process()
    logging.basicConfig(level=logging.WARNING, format="afterglow: %(message)s")
    try:
        args = build_parser().parse_args(argv)
        check_driver()
        return int(args.handler(Command(args, kdf_policy, out, err)))
    except AfterglowError as exc:
        print(f"afterglow: {exc.message}", file=err)
        return exit_code(exc)
    except KeyboardInterrupt:
        print("afterglow: stopped; nothing was changed.", file=err)
        return 130
    except Exception as exc:  # a bug: say so without details that could hold journal text
        print(f"afterglow: something went wrong inside Afterglow ({type(exc).__name__}).", file=err)
        return EXIT_FAILED
