"""What every command shares: the `Command` it is handed, reading passphrases, printing,
and the exit code for each kind of error.

Imported for every command, so what only some commands use is imported where it is used.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import sys
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, TextIO

from afterglow.core.errors import (
    AfterglowError,
    DamagedData,
    UnsafeInput,
    UsageError,
    WrongPassphrase,
)

if TYPE_CHECKING:
    import argparse

    from afterglow.core.journal import Journal
    from afterglow.vault.kdf import KdfPolicy
    from afterglow.vault.recovery import RecoveryKey
    from afterglow.vault.services import JournalServices
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


class Command:
    """What one command invocation needs: its arguments, the vault and the terminal."""

    def __init__(self, args: argparse.Namespace, kdf_policy: KdfPolicy, out: TextIO, err: TextIO):
        self.args = args
        self.kdf_policy = kdf_policy
        self.out = out
        self.err = err

    @cached_property
    def vault(self) -> Vault:
        # Built on first use: opening a bundle or making an identity needs no journal.
        from afterglow.vault.location import data_folder
        from afterglow.vault.vault import Vault

        return Vault(data_folder(self.args.data_dir), self.kdf_policy)

    def passphrase(self, prompt: str = "Passphrase: ") -> str:
        if self.args.passphrase_file:
            return read_secret_file(self.args.passphrase_file, "passphrase")
        return ask_secret(prompt)

    def unlock(self) -> UnlockedVault:
        return self.vault.unlock(self.passphrase())

    @contextlib.contextmanager
    def journal(self) -> Iterator[Journal]:
        """The unlocked journal for the length of the block; locked again afterwards.

        Only the entries: commands that need no other service load no other service.
        """
        from afterglow.core.journal import Journal, local_now
        from afterglow.vault.entries import VaultEntryStore

        unlocked = self.unlock()
        try:
            yield Journal(VaultEntryStore(unlocked.database), local_now)
        finally:
            unlocked.lock()

    @contextlib.contextmanager
    def services(self) -> Iterator[JournalServices]:
        """Every journal service for the length of the block; locked again afterwards."""
        from afterglow.vault.services import journal_services

        unlocked = self.unlock()
        try:
            yield journal_services(unlocked.database)
        finally:
            unlocked.lock()

    def print_json(self, value: object) -> None:
        print(json.dumps(value, ensure_ascii=False, indent=2), file=self.out)

    def new_passphrase(self, path: str | None) -> str:
        from afterglow.core.passphrase import MINIMUM_LENGTH, assess

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


def needs_subcommand(c: Command) -> int:
    raise UsageError(f"Say what to do with `afterglow {c.args.command}`; see --help.")
