"""The `afterglow` command: a thin argparse front end over the same services the app uses.

Every failure is one sentence on stderr and an exit code: 2 usage, 3 wrong passphrase or
key, 4 damaged or unreadable data (an import file that breaks the format included), 5
refused unsafe input (1 when the computer refused).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TextIO

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
from afterglow.bundle.selection import SHARED_KINDS
from afterglow.core.entries import Entry, EntryKind, is_uuid
from afterglow.core.errors import (
    AfterglowError,
    DamagedData,
    InvalidEntry,
    UnsafeInput,
    UsageError,
    WrongPassphrase,
)
from afterglow.core.journal import Journal, local_now
from afterglow.core.passphrase import MINIMUM_LENGTH, assess
from afterglow.core.search import SearchHit, Snippet, marked
from afterglow.core.store import EntryFilter
from afterglow.core.tags import normalize_tag
from afterglow.interchange.exporters import EXPORTERS, exporter_named
from afterglow.interchange.importers import IMPORTERS
from afterglow.interchange.journal_format import COLLECTIONS, entry_to_json
from afterglow.patterns.summary_text import summary_lines
from afterglow.vault.bundle_keys import BundleKeys
from afterglow.vault.database import check_driver
from afterglow.vault.entries import VaultEntryStore
from afterglow.vault.files import storage_error
from afterglow.vault.hygiene import harden_process
from afterglow.vault.kdf import STANDARD_POLICY, KdfPolicy
from afterglow.vault.location import data_folder
from afterglow.vault.recovery import RecoveryKey
from afterglow.vault.services import JournalServices, journal_services
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

    @contextlib.contextmanager
    def journal(self) -> Iterator[Journal]:
        """The unlocked journal for the length of the block; locked again afterwards."""
        unlocked = self.unlock()
        try:
            yield Journal(VaultEntryStore(unlocked.database))
        finally:
            unlocked.lock()

    @contextlib.contextmanager
    def services(self) -> Iterator[JournalServices]:
        """Every journal service for the length of the block; locked again afterwards."""
        unlocked = self.unlock()
        try:
            yield journal_services(unlocked.database)
        finally:
            unlocked.lock()

    def print_json(self, value: object) -> None:
        print(json.dumps(value, ensure_ascii=False, indent=2), file=self.out)

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


# -- journal commands ----------------------------------------------------------------------

_BOLD, _PLAIN = "\x1b[1m", "\x1b[0m"


def _day(text: str) -> date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not a date written YYYY-MM-DD") from None


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a whole number from 1 up")
    return int(text)


def _mood(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 10:
        raise argparse.ArgumentTypeError(f"{text} is not a whole number from 0 to 10")
    return int(text)


def _read_body(c: Command) -> str:
    if c.args.body is not None:
        return str(c.args.body)
    try:
        if c.args.body_file is not None:
            with open(c.args.body_file, encoding="utf-8") as f:
                return f.read()
        if sys.stdin is not None and not sys.stdin.isatty():
            return sys.stdin.read()
    except FileNotFoundError:
        raise UsageError(f"The body file {c.args.body_file} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError("The entry's text could not be read as UTF-8.") from exc
    return ""


def _headline(entry: Entry, title: str | None = None) -> str:
    """One calm line: date, kind, title (or the body's first words) and tags."""
    if title is None:
        title = entry.title or _first_words(entry.body) or "(untitled)"
    parts = [entry.date.isoformat(), f"{entry.kind.value:<10}", title]
    if entry.tags:
        parts.append(" ".join(f"#{tag}" for tag in entry.tags))
    return "  ".join(parts)


def _first_words(text: str, width: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rstrip() + "…"


def _spans_for_terminal(c: Command, spans: Snippet) -> str:
    if c.out.isatty():
        return marked(spans, _BOLD, _PLAIN)
    return marked(spans)


def cmd_add(c: Command) -> int:
    body = _read_body(c)
    title = c.args.title or ""
    if not title.strip() and not body.strip():
        raise UsageError("Give the entry a title or some text (--body, --body-file or stdin).")
    with c.journal() as journal:
        entry = journal.add(
            kind=EntryKind(c.args.kind),
            title=title,
            body=body,
            day=c.args.date,
            tags=c.args.tag or (),
            mood=c.args.mood,
        )
    print(entry.id, file=c.out)
    return EXIT_OK


def cmd_list(c: Command) -> int:
    where = EntryFilter(
        tags=tuple(c.args.tag or ()), since=c.args.since, until=c.args.until, limit=c.args.limit
    )
    with c.journal() as journal:
        entries = journal.list(where)
    if c.args.json:
        c.print_json([entry_to_json(entry) for entry in entries])
    elif not entries:
        print("No entries to show.", file=c.out)
    for entry in [] if c.args.json else entries:
        print(f"{entry.id[:8]}  {_headline(entry)}", file=c.out)
    return EXIT_OK


def _hit_json(hit: SearchHit) -> dict[str, Any]:
    shape = entry_to_json(hit.entry)
    shape["snippet"] = [[span.text, span.is_match] for span in hit.snippet]
    return shape


def cmd_search(c: Command) -> int:
    with c.journal() as journal:
        hits = journal.search(c.args.query, EntryFilter(limit=c.args.limit))
    if c.args.json:
        c.print_json([_hit_json(hit) for hit in hits])
        return EXIT_OK
    if not hits:
        print("No entries match.", file=c.out)
    for hit in hits:
        title = _spans_for_terminal(c, hit.title) if hit.entry.title else None
        print(f"{hit.entry.id[:8]}  {_headline(hit.entry, title)}", file=c.out)
        snippet = " ".join(_spans_for_terminal(c, hit.snippet).split())
        if snippet:
            print(f"          {snippet}", file=c.out)
    return EXIT_OK


def cmd_show(c: Command) -> int:
    with c.journal() as journal:
        entry = journal.find(c.args.id)
    if c.args.json:
        c.print_json(entry_to_json(entry))
        return EXIT_OK
    details = [entry.date.isoformat(), entry.kind.value.replace("_", "-")]
    if entry.mood is not None:
        details.append(f"mood {entry.mood}/10")
    if entry.energy is not None:
        details.append(f"energy {entry.energy}/10")
    if entry.private:
        details.append("private")
    lines = [entry.title or "(untitled)", " · ".join(details)]
    if entry.tags:
        lines.append("Tags: " + " ".join(f"#{tag}" for tag in entry.tags))
    if entry.emotions:
        lines.append("Feelings: " + ", ".join(entry.emotions))
    lines.append(f"Id: {entry.id}")
    print("\n".join(lines), file=c.out)
    if entry.body:
        print(file=c.out)
        print(entry.body.rstrip("\n"), file=c.out)
    return EXIT_OK


def cmd_export(c: Command) -> int:
    exporter = exporter_named(c.args.format)
    out = Path(c.args.out)
    with c.services() as services:
        contents = services.whole_journal.contents()
        exporter.export(contents, out, local_now())
    others = [
        f"{len(records)} {name.replace('_', ' ')}"
        for name in COLLECTIONS[1:]
        if (records := getattr(contents, name))
    ]
    also = f" (and {', '.join(others)})" if others and exporter.name == "json" else ""
    print(f"Exported {len(contents.entries)} entries{also} to {out}.", file=c.out)
    return EXIT_OK


def cmd_import(c: Command) -> int:
    # The whole file is checked before the journal is even unlocked.
    contents = IMPORTERS[c.args.kind](Path(c.args.path))
    with c.services() as services:
        report = services.whole_journal.import_contents(contents)
    counts = report.entries
    print(
        f"Imported {counts.added} new entries and updated {counts.updated}; "
        f"{counts.unchanged} were already up to date.",
        file=c.out,
    )
    for name in COLLECTIONS[1:]:
        counts = getattr(report, name)
        if counts.added or counts.unchanged:
            print(
                f"Imported {counts.added} new {name.replace('_', ' ')}; "
                f"{counts.unchanged} were already here.",
                file=c.out,
            )
    return EXIT_OK


def cmd_patterns(c: Command) -> int:
    a = c.args
    if a.since and a.until and a.since > a.until:
        raise UsageError("The --since date is after the --until date.")
    with c.services() as services:
        data = services.overview.load(a.since, a.until)
    result = data.summary()
    if a.json:
        c.print_json(result)
        return EXIT_OK
    lines = summary_lines(
        result, as_of=data.as_of, since=a.since, until=a.until, session_starts=dict(data.sessions)
    )
    print("\n".join(lines), file=c.out)
    return EXIT_OK


# -- bundle commands -----------------------------------------------------------------------

EVERYTHING = "Every journal entry not marked private."
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _tag(text: str) -> str:
    try:
        return normalize_tag(text)
    except InvalidEntry:
        raise argparse.ArgumentTypeError(f"{text} is not a tag") from None


def _session_id(text: str) -> str:
    if not is_uuid(text.strip().lower()):
        raise argparse.ArgumentTypeError(f"{text} is not a session id")
    return text.strip().lower()


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
    add_journal_commands(command)
    add_bundle_commands(command)
    parser.set_defaults(handler=cmd_gui)
    return parser


def add_journal_commands(command: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    add = command("add", cmd_add, "write a new entry; prints its id")
    add.add_argument("--kind", choices=[k.value for k in EntryKind], default="journal")
    add.add_argument("--title", metavar="T")
    add.add_argument("--date", metavar="D", type=_day, help="YYYY-MM-DD (default: today)")
    add.add_argument("--tag", metavar="T", action="append", help="may be given several times")
    add.add_argument("--mood", metavar="N", type=_mood, help="0 to 10")
    body = add.add_mutually_exclusive_group()
    body.add_argument("--body", metavar="TEXT", help="the entry's text (default: stdin)")
    body.add_argument("--body-file", metavar="F", help="read the entry's text from a file")

    listing = command("list", cmd_list, "list entries, newest first")
    listing.add_argument("--tag", metavar="T", action="append", help="entries with this tag")
    listing.add_argument("--since", metavar="D", type=_day, help="from this date (YYYY-MM-DD)")
    listing.add_argument("--until", metavar="D", type=_day, help="up to this date (YYYY-MM-DD)")
    listing.add_argument("--limit", metavar="N", type=_count, help="at most N entries")
    listing.add_argument("--json", action="store_true", help="print the entries as JSON")

    search = command("search", cmd_search, "find entries by their words, best match first")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", metavar="N", type=_count, default=20)
    search.add_argument("--json", action="store_true", help="print the entries as JSON")

    show = command("show", cmd_show, "show one entry")
    show.add_argument("id", metavar="ID", help="the entry's id (or its first characters)")
    show.add_argument("--json", action="store_true", help="print the entry as JSON")

    export = command("export", cmd_export, "export the whole journal")
    export.add_argument("--format", choices=list(EXPORTERS), required=True)
    export.add_argument(
        "--out", metavar="PATH", required=True, help="a file (json) or a new folder (markdown)"
    )

    bring_in = command("import", cmd_import, "import entries from a file")
    bring_in.add_argument("kind", choices=list(IMPORTERS), metavar="|".join(IMPORTERS))
    bring_in.add_argument("path", metavar="PATH")

    patterns = command("patterns", cmd_patterns, "what your journal shows over time")
    patterns.add_argument("--since", metavar="D", type=_day, help="from this date (YYYY-MM-DD)")
    patterns.add_argument("--until", metavar="D", type=_day, help="up to this date (YYYY-MM-DD)")
    patterns.add_argument("--json", action="store_true", help="print the summary as JSON")


def add_bundle_commands(command: Callable[[str, Handler, str], argparse.ArgumentParser]) -> None:
    bundle = command("bundle", _needs_subcommand, "make or open a therapist bundle")
    kinds = bundle.add_subparsers(
        dest="bundle_command", metavar="create|open", parser_class=_Parser, required=True
    )

    create = kinds.add_parser(
        "create", help="share chosen entries with a therapist, encrypted and signed"
    )
    create.set_defaults(handler=cmd_bundle_create)
    lock = create.add_mutually_exclusive_group(required=True)
    lock.add_argument(
        "--recipient",
        metavar="age1…",
        action="append",
        help="a therapist's public key; may be given several times",
    )
    lock.add_argument(
        "--passphrase-out",
        metavar="FILE",
        help="lock with a generated passphrase, written to this new file",
    )
    create.add_argument("--since", metavar="D", type=_day, help="entries from this date")
    create.add_argument("--until", metavar="D", type=_day, help="entries up to this date")
    create.add_argument("--tag", metavar="T", type=_tag, action="append", help="with this tag")
    create.add_argument(
        "--session", metavar="ID", type=_session_id, action="append", help="linked to a session"
    )
    create.add_argument(
        "--entry", metavar="ID", action="append", help="this entry (or its first characters)"
    )
    create.add_argument(
        "--leave-out",
        metavar="KIND",
        choices=SHARED_KINDS,
        action="append",
        help=f"share no {', '.join(SHARED_KINDS)}; may be given several times",
    )
    create.add_argument("--out", metavar="FILE", required=True, help="the new bundle file")

    opening = kinds.add_parser("open", help="check and read a bundle; needs no journal of your own")
    opening.set_defaults(handler=cmd_bundle_open)
    opening.add_argument("file", metavar="FILE")
    key = opening.add_mutually_exclusive_group(required=True)
    key.add_argument("--identity", metavar="FILE", help="your age identity (secret key) file")
    # Not the journal's --passphrase-file (given before COMMAND): this one opens the bundle.
    key.add_argument(
        "--passphrase-file",
        dest="bundle_passphrase_file",
        metavar="FILE",
        help="a file whose first line is the bundle's passphrase",
    )
    show = opening.add_mutually_exclusive_group()
    show.add_argument("--json", action="store_true", help="print the manifest and data as JSON")
    show.add_argument("--extract", metavar="DIR", help="write the bundle's files into DIR")

    identity = command("identity", _needs_subcommand, "therapist keys for receiving bundles")
    actions = identity.add_subparsers(
        dest="identity_command", metavar="new", parser_class=_Parser, required=True
    )
    new = actions.add_parser("new", help="generate an age identity; prints its public key")
    new.set_defaults(handler=cmd_identity_new)
    new.add_argument("--out", metavar="FILE", required=True, help="the new identity file")


def _needs_subcommand(c: Command) -> int:
    raise UsageError(f"Say what to do with `afterglow {c.args.command}`; see --help.")


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
