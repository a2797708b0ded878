"""Entries and their search index never reach the disk in clear."""

from pathlib import Path

import pytest

from .journal_fixtures import PASSPHRASE, open_journal


@pytest.fixture
def opened(tmp_path, fast_policy):
    yield from open_journal(tmp_path, fast_policy)


CANARY = "zqxcanaryword"


def leaks(folder: Path) -> list[str]:
    found = []
    needles = [
        form.encode(encoding)
        for form in (CANARY, CANARY.upper(), "canaryinthetitle", "canarytag", "canaryfeeling")
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    ]
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {n!r}" for n in needles if n in data]
    return found


def test_entries_tags_and_index_are_encrypted_in_every_file(opened):
    journal = opened.journal
    folder = opened.vault.files.folder
    for i in range(30):
        journal.add(
            title=f"canaryinthetitle {i}",
            body=f"Today {CANARY} {CANARY.upper()} appeared. " * 20,
            tags=["canarytag"],
            emotions=["canaryfeeling"],
            prompt=f"{CANARY}?",
        )
    assert journal.search(CANARY)  # the index holds the word
    entry = journal.add(title="to trash", body=CANARY)
    journal.trash(entry.id)
    journal.empty_trash()
    assert leaks(folder) == []  # while open, WAL included
    opened.unlocked.backup()
    opened.unlocked.lock()
    assert leaks(folder) == []
    again = opened.vault.unlock(PASSPHRASE)
    again.lock()
    assert leaks(folder) == []


def test_the_scan_would_notice_clear_text(tmp_path):
    (tmp_path / "plain.txt").write_text(f"x {CANARY} y", encoding="utf-16-le")
    assert leaks(tmp_path)
