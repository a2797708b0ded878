"""Fixtures for bundle tests: a small journal selection, keys, a fixed clock, ZIP helpers."""

from __future__ import annotations

import io
import stat
import warnings
import zipfile
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from afterglow.bundle import (
    BundleSelection,
    ForTherapists,
    SigningIdentity,
    TherapistBundle,
    TherapistIdentity,
    WithPassphrase,
    build_bundle,
    seal_bundle,
)
from afterglow.bundle.crypto import encrypt

CREATED_AT = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
PASSPHRASE = "maple-river-quiet-lantern-bingo-sunny"


def journal_data(**changes: Any) -> dict[str, Any]:
    """A small selection in the interchange format, with one of every kind of record."""
    data: dict[str, Any] = {
        "format": "afterglow-journal",
        "version": 1,
        "exported_at": "2025-03-14T09:00:00+01:00",
        "entries": [
            {
                "id": "0b6f4a52-6a2d-4d7e-9d0e-3f1d8b7c2a11",
                "kind": "reflection",
                "date": "2025-03-02",
                "created_at": "2025-03-02T20:10:00+01:00",
                "updated_at": "2025-03-02T20:40:00+01:00",
                "title": "The day after",
                "body": "# What stayed\nI felt *held*.\n\n- breathe\n- walk\n\n> be gentle",
                "mood": 4,
                "energy": 5,
                "emotions": ["tender", "calm"],
                "tags": ["family"],
                "private": False,
                "session_id": "5d1c9e2a-8f3b-4b8e-a6f1-2c3d4e5f6a7b",
                "prompt": "What came up?",
            },
            {
                "id": "7c2e1f30-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                "kind": "journal",
                "date": "2025-03-09",
                "created_at": "2025-03-09T21:00:00+01:00",
                "updated_at": "2025-03-09T21:00:00+01:00",
                "title": "",
                "body": "A quieter week.",
                "mood": 7,
                "energy": 6,
                "emotions": [],
                "tags": [],
                "private": False,
                "session_id": None,
                "prompt": None,
            },
        ],
        "sessions": [
            {
                "id": "5d1c9e2a-8f3b-4b8e-a6f1-2c3d4e5f6a7b",
                "started_at": "2025-03-01T10:00:00+01:00",
                "route": "iv",
                "dose_mg": 35,
                "setting": "clinic",
                "provider": "Harbour Clinic",
                "support_person": "",
                "music": "ambient",
                "intention": "To rest.",
                "notes": "Warmth, then a long quiet.",
                "body_sensations": "heavy arms",
                "mood_before": 3,
                "mood_after": 6,
                "tags": ["first"],
            }
        ],
        "insights": [
            {
                "id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                "created_at": "2025-03-02T20:30:00+01:00",
                "text": "I can ask for help.",
                "entry_id": "0b6f4a52-6a2d-4d7e-9d0e-3f1d8b7c2a11",
                "session_id": None,
                "tags": ["help"],
                "starred": True,
                "status": "exploring",
            }
        ],
        "actions": [
            {
                "id": "1f2e3d4c-5b6a-4978-8877-665544332211",
                "created_at": "2025-03-02T20:35:00+01:00",
                "text": "Call my sister",
                "insight_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                "kind": "external",
                "status": "done",
                "due": "2025-03-05",
                "done_at": "2025-03-04T12:00:00+01:00",
            }
        ],
        "practices": [
            {
                "id": "aa11bb22-cc33-4d44-8e55-ff6677889900",
                "name": "Breathwork",
                "kind": "timer",
                "target": 10,
                "unit": "min",
                "schedule": "daily",
                "builtin": "breathwork",
                "active": True,
            }
        ],
        "practice_logs": [
            {
                "id": f"bb22cc33-dd44-4e55-8f66-0000000000{day:02d}",
                "practice_id": "aa11bb22-cc33-4d44-8e55-ff6677889900",
                "date": f"2025-03-{day:02d}",
                "done": True,
                "amount": 10,
                "items": [],
                "note": "",
            }
            for day in (1, 2, 3, 5, 8, 9, 10)
        ],
        "patterns": [
            {
                "id": "cc33dd44-ee55-4f66-8a77-bb88cc99dd00",
                "name": "People-pleasing",
                "description": "Saying yes before I know what I want.",
                "created_at": "2025-02-01T10:00:00+01:00",
                "status": "active",
            }
        ],
        "occurrences": [
            {
                "id": "dd44ee55-ff66-4a77-8b88-cc99dd00ee11",
                "pattern_id": "cc33dd44-ee55-4f66-8a77-bb88cc99dd00",
                "entry_id": None,
                "occurred_at": "2025-03-03T17:00:00+01:00",
                "trigger": "A late request at work",
                "response": "Said yes",
                "alternative": "Ask for a day to think",
                "intensity": 6,
            }
        ],
        "measures": [
            {
                "id": "ee55ff66-0a77-4b88-8c99-dd00ee11ff22",
                "instrument": "phq9",
                "taken_at": "2025-03-02T09:00:00+01:00",
                "answers": [1, 1, 2, 1, 0, 1, 1, 0, 0],
            },
            {
                "id": "ff660a77-1b88-4c99-8d00-ee11ff22aa33",
                "instrument": "gad7",
                "taken_at": "2025-03-02T09:05:00+01:00",
                "answers": [2, 2, 1, 1, 0, 1, 1],
            },
        ],
    }
    data.update(changes)
    return data


SELECTION = BundleSelection(
    description="Everything from the two weeks after my first session.",
    since=date(2025, 3, 1),
    until=date(2025, 3, 14),
)


def fixed_clock() -> datetime:
    return CREATED_AT


@pytest.fixture(scope="session")
def signer() -> SigningIdentity:
    return SigningIdentity.generate()


@pytest.fixture(scope="session")
def therapist() -> TherapistIdentity:
    return TherapistIdentity.generate()


def make_bundle(signer: SigningIdentity, **options: Any) -> TherapistBundle:
    data = options.pop("data", None) or journal_data()
    selection = options.pop("selection", SELECTION)
    options.setdefault("clock", fixed_clock)
    return build_bundle(selection, data, app_version="0.1.0", signer=signer.private_key, **options)


@pytest.fixture(scope="session")
def bundle(signer: SigningIdentity) -> TherapistBundle:
    return make_bundle(signer)


@pytest.fixture(scope="session")
def sealed_for_therapist(bundle: TherapistBundle, therapist: TherapistIdentity) -> bytes:
    return seal_bundle(bundle, ForTherapists([therapist.public_key]))


@pytest.fixture(scope="session")
def sealed_with_passphrase(bundle: TherapistBundle) -> bytes:
    # scrypt makes each passphrase encryption take about a second: build this one once.
    return seal_bundle(bundle, WithPassphrase(PASSPHRASE))


def zip_of(members: Iterable[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    """A ZIP with exactly these members, duplicates and odd names included."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, content in members:
                archive.writestr(name, content)
    return buffer.getvalue()


def symlink_member(name: str, target: str) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target.encode()


def seal_zip(archive: bytes, therapist: TherapistIdentity) -> bytes:
    return encrypt(archive, ForTherapists([therapist.public_key]))
