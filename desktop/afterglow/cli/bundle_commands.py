"""Therapist bundles: `bundle create`, `bundle open` and `identity new`."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from pathlib import Path

from afterglow import __version__
from afterglow.bundle import (
    BundleSelection,
    ForTherapists,
    TherapistIdentity,
    WithPassphrase,
    build_bundle,
    extract,
    generate_passphrase,
    identities_from_file,
    open_bundle,
    read_bundle_file,
    save_bundle,
    seal_bundle,
)
from afterglow.cli.common import EXIT_OK, Command, read_secret_file
from afterglow.core.errors import UsageError
from afterglow.core.journal import Journal, local_now
from afterglow.vault.bundle_keys import BundleKeys
from afterglow.vault.files import storage_error
from afterglow.vault.services import journal_services

EVERYTHING = "Every journal entry not marked private."
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _new_file(path: str, what: str) -> Path:
    """A path for a file to create: its folder must exist and nothing may be there yet."""
    target = Path(path)
    if os.path.lexists(target):
        raise UsageError(f"{target} already exists; choose another name, nothing was written.")
    if not target.parent.is_dir():
        raise UsageError(f"The folder for the {what}, {target.parent}, does not exist.")
    return target


def write_new_private_file(path: Path, data: bytes, what: str) -> None:
    """Creates `path` (mode 0600) holding `data`; refuses a file (or link) already there."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        raise UsageError(f"{path} already exists; choose another name.") from None
    except OSError as exc:
        raise storage_error(exc, what) from exc
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), 0o600)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise storage_error(exc, what) from exc


def _selection(c: Command, journal: Journal) -> BundleSelection:
    a = c.args
    entry_ids = tuple(dict.fromkeys(journal.find(text).id for text in a.entry or ()))
    if not any((a.since, a.until, a.tag, a.session, entry_ids, a.leave_out)):
        return BundleSelection(description=EVERYTHING)
    return BundleSelection(
        since=a.since,
        until=a.until,
        tags=tuple(dict.fromkeys(a.tag or ())),
        session_ids=tuple(dict.fromkeys(a.session or ())),
        entry_ids=entry_ids,
    ).leaving_out(a.leave_out or ())


def _counted(counts: Mapping[str, int]) -> str:
    """`3 entries, 1 session`: the collections that hold anything."""
    parts = []
    for name, count in counts.items():
        if count:
            noun = name.replace("_", " ")
            if count == 1:
                noun = "entry" if noun == "entries" else noun.removesuffix("s")
            parts.append(f"{count} {noun}")
    return ", ".join(parts) or "nothing"


def cmd_bundle_create(c: Command) -> int:
    a = c.args
    if a.since and a.until and a.since > a.until:
        raise UsageError("The --since date is after the --until date.")
    # Check everything that can be checked before the journal is unlocked.
    out = _new_file(a.out, "bundle")
    passphrase_out: Path | None = None
    if a.recipient:
        lock: ForTherapists | WithPassphrase = ForTherapists(a.recipient)
    else:
        passphrase_out = _new_file(a.passphrase_out, "passphrase")
        if passphrase_out.absolute() == out.absolute():
            raise UsageError("The bundle and its passphrase must go to different files.")
        lock = WithPassphrase(generate_passphrase())
    unlocked = c.unlock()
    try:
        services = journal_services(unlocked.database)
        preview = services.sharing.preview(_selection(c, services.journal))
        if preview.is_empty:
            raise UsageError("Nothing in the journal matches that choice, so no bundle was made.")
        signer = BundleKeys(unlocked.database).signing_identity()
        now = local_now().replace(microsecond=0)
        bundle = build_bundle(
            preview.selection,
            preview.document(now),
            app_version=__version__,
            signer=signer,
            clock=lambda: now,
        )
    finally:
        unlocked.lock()
    sealed = seal_bundle(bundle, lock)
    if isinstance(lock, WithPassphrase) and passphrase_out is not None:
        write_new_private_file(passphrase_out, f"{lock.passphrase}\n".encode(), "the passphrase")
    try:
        save_bundle(sealed, out)
    except BaseException:
        if passphrase_out is not None:
            passphrase_out.unlink(missing_ok=True)
        raise
    print(f"Bundle saved to {out}.", file=c.out)
    print(f"It holds {_counted(bundle.manifest.counts)}.", file=c.out)
    if preview.private_left_out:
        count = preview.private_left_out
        print(
            f"{count} entr{'ies' if count != 1 else 'y'} marked private "
            f"{'were' if count != 1 else 'was'} left out.",
            file=c.out,
        )
    if isinstance(lock, ForTherapists):
        print(
            "Only the holder of the key given can open it."
            if len(lock.public_keys) == 1
            else f"Only the holders of the {len(lock.public_keys)} keys given can open it.",
            file=c.out,
        )
    else:
        print(
            f"Its passphrase is in {passphrase_out}; pass it on by another route than the file.",
            file=c.out,
        )
    print(f"Signed by your journal's key, fingerprint {signer.fingerprint}.", file=c.out)
    return EXIT_OK


def _clean(value: object, width: int | None = None) -> str:
    """Text from a bundle made safe for a terminal: no control or direction characters."""
    text = " ".join(_CONTROL.sub(" ", value).split()) if isinstance(value, str) else ""
    if width is not None and len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return text


def _bundle_entry_line(item: object) -> str:
    if not isinstance(item, dict):
        return "(an unreadable entry)"
    title = _clean(item.get("title"), 70) or _clean(item.get("body"), 60) or "(untitled)"
    parts = [_clean(item.get("date"), 10) or "??????????", f"{_clean(item.get('kind'), 10):<10}"]
    parts.append(title)
    tags = item.get("tags")
    if isinstance(tags, list):
        shown = " ".join(f"#{_clean(tag, 64)}" for tag in tags[:20] if isinstance(tag, str))
        if shown:
            parts.append(shown)
    return "  ".join(parts)


def _safe_json(value: object) -> str:
    # Control characters JSON leaves as they are (C1, bidirectional marks) are escaped too,
    # so a hostile bundle cannot drive the terminal through --json.
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def cmd_bundle_open(c: Command) -> int:
    a = c.args
    if a.identity:
        identities = identities_from_file(Path(a.identity))
        passphrase = None
    else:
        identities = []
        passphrase = read_secret_file(a.bundle_passphrase_file, "bundle passphrase")
    sealed = read_bundle_file(Path(a.file))
    opened = open_bundle(sealed, identities=identities, passphrase=passphrase)
    manifest = opened.manifest
    if a.json:
        document = {
            "signer_fingerprint": opened.signer_fingerprint,
            "signature_valid": opened.signature_valid,
            "manifest": manifest.to_json(),
            "data": opened.data,
        }
        print(_safe_json(document), file=c.out)
        return EXIT_OK
    if a.extract:
        written = extract(opened, Path(a.extract))
        print(f"Extracted {len(written)} files to {a.extract}:", file=c.out)
        for path in written:
            print(f"  {path.name}", file=c.out)
        print("They are not encrypted there; delete them when you are done.", file=c.out)
        return EXIT_OK
    lines = [
        f"Signed by the journal with fingerprint {opened.signer_fingerprint}.",
        "The signature is valid and every file matches it; compare the fingerprint with "
        "the one your client gave you.",
        f"Made {manifest.created_at:%Y-%m-%d %H:%M} (UTC{manifest.created_at:%z}) "
        f"with Afterglow {_clean(manifest.app_version, 20)}.",
        f"Selection: {_clean(manifest.selection.in_words(), 300)}",
        f"It holds {_counted(manifest.counts)}.",
    ]
    entries = opened.data.get("entries", [])
    if entries:
        lines += ["", "Entries:"]
        lines += [f"  {_bundle_entry_line(item)}" for item in entries]
    lines += ["", "Read the report with --extract DIR (report.html), or print all with --json."]
    print("\n".join(lines), file=c.out)
    return EXIT_OK


def cmd_identity_new(c: Command) -> int:
    out = _new_file(c.args.out, "identity")
    identity = TherapistIdentity.generate()
    text = identity.to_identity_file(local_now().replace(microsecond=0))
    write_new_private_file(out, text.encode("ascii"), "the identity file")
    print(identity.public_key, file=c.out)
    return EXIT_OK
