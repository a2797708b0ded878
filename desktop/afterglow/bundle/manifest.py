"""`manifest.json`: what a bundle holds, the SHA-256 of each file, and who signed it.

Written with a fixed key order and read back strictly; the signature covers the exact
bytes, so no canonical form is needed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from afterglow.bundle.errors import DamagedBundle, TamperedBundle, UnsupportedBundleVersion
from afterglow.bundle.identity import fingerprint
from afterglow.bundle.selection import BundleSelection

FORMAT = "afterglow-bundle"
VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
DATA_NAME = "data.json"
REPORT_HTML_NAME = "report.html"
REPORT_PDF_NAME = "report.pdf"
# Every name a version-1 bundle may hold, in the order they are written.
MEMBER_NAMES = (MANIFEST_NAME, SIGNATURE_NAME, DATA_NAME, REPORT_HTML_NAME, REPORT_PDF_NAME)
REQUIRED_FILES = (DATA_NAME, REPORT_HTML_NAME)
SIGNATURE_ALGORITHM = "ed25519"
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class FileRecord:
    """One file's size and SHA-256, as the manifest lists it."""

    sha256: str
    size: int

    @classmethod
    def of(cls, content: bytes) -> FileRecord:
        return cls(hashlib.sha256(content).hexdigest(), len(content))

    def matches(self, content: bytes) -> bool:
        return len(content) == self.size and hashlib.sha256(content).hexdigest() == self.sha256


@dataclass(frozen=True)
class Manifest:
    """The manifest of one bundle. `files` lists exactly the files present besides the
    manifest and its signature."""

    created_at: datetime
    app_version: str
    selection: BundleSelection
    counts: Mapping[str, int]
    files: Mapping[str, FileRecord]
    signer_public_key: bytes

    @property
    def signer_fingerprint(self) -> str:
        return fingerprint(self.signer_public_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "app_version": self.app_version,
            "selection": {
                "description": self.selection.in_words(),
                "filters": self.selection.filters(),
            },
            "counts": dict(self.counts),
            "files": {
                name: {"sha256": record.sha256, "size": record.size}
                for name, record in self.files.items()
            },
            "signer": {
                "algorithm": SIGNATURE_ALGORITHM,
                "public_key": base64.b64encode(self.signer_public_key).decode("ascii"),
                "fingerprint": self.signer_fingerprint,
            },
        }

    def to_bytes(self) -> bytes:
        """The exact bytes of `manifest.json`, which the signature covers."""
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        """The manifest from `manifest.json`; `DamagedBundle` for anything malformed."""
        document = _json_object(raw, "manifest")
        if document.get("format") != FORMAT:
            raise DamagedBundle("This is not an Afterglow bundle: its manifest has another format.")
        version = document.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise DamagedBundle("The bundle's manifest has no valid version number.")
        if version > VERSION:
            raise UnsupportedBundleVersion(
                "This bundle was made by a newer version of Afterglow; update Afterglow to open it."
            )
        try:
            created_at = datetime.fromisoformat(_text(document["created_at"]))
            if created_at.tzinfo is None:
                raise ValueError("created_at has no offset")
            app_version = _text(document["app_version"])
            selection_record = document["selection"]
            if not isinstance(selection_record, Mapping):
                raise TypeError
            selection = BundleSelection.from_record(selection_record)
            counts = _counts(document["counts"])
            files = _files(document["files"])
            signer = document["signer"]
            if not isinstance(signer, Mapping) or signer.get("algorithm") != SIGNATURE_ALGORITHM:
                raise ValueError("unknown signature algorithm")
            public_key = base64.b64decode(_text(signer["public_key"]), validate=True)
            if len(public_key) != 32:
                raise ValueError("public key is not 32 bytes")
            stated_fingerprint = _text(signer["fingerprint"])
        except (KeyError, TypeError, ValueError, binascii.Error) as exc:
            raise DamagedBundle("The bundle's manifest is incomplete or malformed.") from exc
        manifest = cls(created_at, app_version, selection, counts, files, public_key)
        if stated_fingerprint != manifest.signer_fingerprint:
            raise TamperedBundle(
                "The bundle's manifest states a fingerprint that does not belong to its key."
            )
        return manifest


def parse_json(raw: bytes, what: str) -> Any:
    """JSON from UTF-8 bytes; any failure (even absurd nesting) is `DamagedBundle`."""
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DamagedBundle(f"The bundle's {what} is not valid JSON.") from exc


def _json_object(raw: bytes, what: str) -> dict[str, Any]:
    document = parse_json(raw, what)
    if not isinstance(document, dict):
        raise DamagedBundle(f"The bundle's {what} is not a JSON object.")
    return document


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError("expected a count")
    return value


def _counts(value: Any) -> dict[str, int]:
    if not isinstance(value, Mapping):
        raise TypeError("counts is not an object")
    return {_text(name): _count(count) for name, count in value.items()}


def _files(value: Any) -> dict[str, FileRecord]:
    if not isinstance(value, Mapping):
        raise TypeError("files is not an object")
    files = {}
    for name, record in value.items():
        if not isinstance(record, Mapping):
            raise TypeError("file record is not an object")
        digest = _text(record["sha256"])
        if not _SHA256.fullmatch(digest):
            raise ValueError("not a SHA-256 digest")
        files[_text(name)] = FileRecord(digest, _count(record["size"]))
    return files
