"""Runs one vault operation in a loop until killed, acknowledging each completed step.

Used by test_crash_safety.py and test_wal.py: `python crash_child.py FOLDER OPERATION`. Each line on
stdout is written only after the step it names is durable.
"""

import os
import sys
import time
from pathlib import Path

from afterglow.core.errors import WrongPassphrase
from afterglow.vault.kdf import KdfParams, KdfPolicy
from afterglow.vault.vault import Vault

POLICY = KdfPolicy(floor=KdfParams(64, 1, 1), memory_kib=64, lanes=1, target_seconds=0.0)
FIRST, SECOND = "first passphrase here", "second passphrase here"
HELD_ENTRIES = 40


def ack(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main() -> None:
    folder, operation = Path(sys.argv[1]), sys.argv[2]
    vault = Vault(folder, POLICY)
    if operation == "restore":
        backups = sorted((folder / "backups").iterdir())
        i = 0
        while True:
            vault.restore(backups[i % len(backups)], FIRST)
            ack(backups[i % len(backups)].name)
            i += 1
    try:
        unlocked, current = vault.unlock(FIRST), FIRST
    except WrongPassphrase:  # an earlier run changed it
        unlocked, current = vault.unlock(SECOND), SECOND
    i = 0
    while True:
        if operation == "write":
            with unlocked.database.transaction() as db:
                db.execute(
                    "INSERT INTO meta VALUES (?, ?)", (f"entry-{os.getpid()}-{i}", "x" * (i % 700))
                )
            ack(f"entry-{os.getpid()}-{i}")
        elif operation == "passwd":
            current = SECOND if current == FIRST else FIRST
            unlocked.change_passphrase(current)
            ack(current)
        elif operation == "recovery":
            ack(unlocked.renew_recovery_key().formatted())
        elif operation == "backup":
            ack(unlocked.backup().name)
        elif operation == "hold":
            # Committed entries left in the write-ahead log, as a crash leaves them.
            for n in range(HELD_ENTRIES):
                with unlocked.database.transaction() as db:
                    db.execute("INSERT INTO meta VALUES (?, ?)", (f"held-{n}", f"entry {n}" * 9))
            ack("held")
            time.sleep(3600)
        elif operation == "spill":
            # A transaction too big for the page cache spills frames into the log, then
            # rolls back; a small commit follows. The spilled frames stay in the file.
            db = unlocked.database
            db.execute("PRAGMA cache_size = 5")
            with db.transaction():
                db.execute("INSERT INTO meta VALUES ('before', 'committed')")
            try:
                with db.transaction():
                    for n in range(200):
                        db.execute("INSERT INTO meta VALUES (?, ?)", (f"undone-{n}", "z" * 900))
                    raise KeyboardInterrupt
            except KeyboardInterrupt:
                pass
            with db.transaction():
                db.execute("INSERT INTO meta VALUES ('after', 'committed')")
            ack("spilled")
            time.sleep(3600)
        i += 1


if __name__ == "__main__":
    main()
