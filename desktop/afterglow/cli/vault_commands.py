"""The vault's commands: create it, change or recover its passphrase, re-key, verify, back
up, restore, and start the desktop app."""

from __future__ import annotations

from pathlib import Path

from afterglow.cli.common import EXIT_OK, Command, ask_secret, read_secret_file
from afterglow.core.errors import DamagedData, UsageError


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
