"""The command line's grammar: every command, option and check on a value, and which
handler runs each command, named as "module:function" so only that module is imported."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date
from typing import NoReturn

from afterglow import __version__
from afterglow.core.entry_kinds import EntryKind
from afterglow.core.errors import InvalidEntry, UsageError
from afterglow.core.shared_kinds import SHARED_KINDS
from afterglow.interchange.formats import EXPORT_FORMATS, IMPORT_KINDS

# Handlers live in this package: "journal_commands:cmd_search" is
# `afterglow.cli.journal_commands.cmd_search`, taking a `Command` and returning an exit code.
DEFAULT_HANDLER = "vault_commands:cmd_gui"
SMOKE_TEST_HANDLER = "smoke_command:cmd_smoke_test"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one sentence and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message[0].upper()}{message[1:]}; see `afterglow --help`.")


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


def _tag(text: str) -> str:
    # The tag rules load only when a tag is given (bundle create), not for every command.
    from afterglow.core.tags import normalize_tag

    try:
        return normalize_tag(text)
    except InvalidEntry:
        raise argparse.ArgumentTypeError(f"{text} is not a tag") from None


def _session_id(text: str) -> str:
    from afterglow.core.entries import is_uuid  # as for tags: only when a session is given

    if not is_uuid(text.strip().lower()):
        raise argparse.ArgumentTypeError(f"{text} is not a session id")
    return text.strip().lower()


AddCommand = Callable[[str, str, str], argparse.ArgumentParser]


def chosen_handler(args: argparse.Namespace) -> str:
    """The handler to run: the command's, or the smoke test's, which takes no command."""
    if not args.smoke_test:
        return str(args.handler)
    if args.command is not None:
        raise UsageError("--smoke-test runs on its own, without a command; see `afterglow --help`.")
    return SMOKE_TEST_HANDLER


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="afterglow",
        description="A private, encrypted journal for ketamine-assisted therapy integration.",
    )
    parser.add_argument("--version", action="version", version=f"afterglow {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start the app offscreen on a throw-away journal, check that it works, and quit",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="where the journal lives")
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from the file's first line"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    add_vault_commands(command)
    add_journal_commands(command)
    add_bundle_commands(command)
    parser.set_defaults(handler=DEFAULT_HANDLER)
    return parser


def add_vault_commands(command: AddCommand) -> None:
    command("gui", "vault_commands:cmd_gui", "open the desktop app (the default)")
    command("init", "vault_commands:cmd_init", "create a journal; prints the recovery key once")
    passwd = command("passwd", "vault_commands:cmd_passwd", "change the passphrase")
    passwd.add_argument("--new-passphrase-file", metavar="FILE")
    recover = command(
        "recover", "vault_commands:cmd_recover", "set a new passphrase with the recovery key"
    )
    recover.add_argument("--recovery-key-file", metavar="FILE")
    recover.add_argument("--new-passphrase-file", metavar="FILE")
    command(
        "rekey",
        "vault_commands:cmd_rekey",
        "re-encrypt the journal with a new key and recovery key",
    )
    command("verify", "vault_commands:cmd_verify", "check the journal for damage")
    backup = command("backup", "vault_commands:cmd_backup", "save an encrypted backup")
    backup.add_argument("--out", metavar="FILE", help="where to save it (default: backups folder)")
    restore = command("restore", "vault_commands:cmd_restore", "replace the journal with a backup")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--backup-passphrase-file",
        metavar="FILE",
        help="the passphrase the backup was made with, if it differs from the current one",
    )


def add_journal_commands(command: AddCommand) -> None:
    add = command("add", "journal_commands:cmd_add", "write a new entry; prints its id")
    add.add_argument("--kind", choices=[k.value for k in EntryKind], default="journal")
    add.add_argument("--title", metavar="T")
    add.add_argument("--date", metavar="D", type=_day, help="YYYY-MM-DD (default: today)")
    add.add_argument("--tag", metavar="T", action="append", help="may be given several times")
    add.add_argument("--mood", metavar="N", type=_mood, help="0 to 10")
    body = add.add_mutually_exclusive_group()
    body.add_argument("--body", metavar="TEXT", help="the entry's text (default: stdin)")
    body.add_argument("--body-file", metavar="F", help="read the entry's text from a file")

    listing = command("list", "journal_commands:cmd_list", "list entries, newest first")
    listing.add_argument("--tag", metavar="T", action="append", help="entries with this tag")
    listing.add_argument("--since", metavar="D", type=_day, help="from this date (YYYY-MM-DD)")
    listing.add_argument("--until", metavar="D", type=_day, help="up to this date (YYYY-MM-DD)")
    listing.add_argument("--limit", metavar="N", type=_count, help="at most N entries")
    listing.add_argument("--json", action="store_true", help="print the entries as JSON")

    search = command(
        "search", "journal_commands:cmd_search", "find entries by their words, best match first"
    )
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", metavar="N", type=_count, default=20)
    search.add_argument("--json", action="store_true", help="print the entries as JSON")

    show = command("show", "journal_commands:cmd_show", "show one entry")
    show.add_argument("id", metavar="ID", help="the entry's id (or its first characters)")
    show.add_argument("--json", action="store_true", help="print the entry as JSON")

    export = command("export", "exchange_commands:cmd_export", "export the whole journal")
    export.add_argument("--format", choices=list(EXPORT_FORMATS), required=True)
    export.add_argument(
        "--out", metavar="PATH", required=True, help="a file (json) or a new folder (markdown)"
    )

    bring_in = command(
        "import",
        "exchange_commands:cmd_import",
        "import entries from an Afterglow export, Day One, jrnl or a folder of Markdown files",
    )
    bring_in.add_argument("kind", choices=list(IMPORT_KINDS), metavar="|".join(IMPORT_KINDS))
    bring_in.add_argument(
        "path", metavar="PATH", help="the export file (Day One: its .json or .zip) or folder"
    )
    bring_in.add_argument(
        "--dry-run",
        action="store_true",
        help="read it and say what would come in, without unlocking or changing the journal",
    )

    patterns = command(
        "patterns", "patterns_command:cmd_patterns", "what your journal shows over time"
    )
    patterns.add_argument("--since", metavar="D", type=_day, help="from this date (YYYY-MM-DD)")
    patterns.add_argument("--until", metavar="D", type=_day, help="up to this date (YYYY-MM-DD)")
    patterns.add_argument("--json", action="store_true", help="print the summary as JSON")


def add_bundle_commands(command: AddCommand) -> None:
    bundle = command("bundle", "common:needs_subcommand", "make or open a therapist bundle")
    kinds = bundle.add_subparsers(
        dest="bundle_command", metavar="create|open", parser_class=_Parser, required=True
    )

    create = kinds.add_parser(
        "create", help="share chosen entries with a therapist, encrypted and signed"
    )
    create.set_defaults(handler="bundle_commands:cmd_bundle_create")
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
    opening.set_defaults(handler="bundle_commands:cmd_bundle_open")
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

    identity = command(
        "identity", "common:needs_subcommand", "therapist keys for receiving bundles"
    )
    actions = identity.add_subparsers(
        dest="identity_command", metavar="new", parser_class=_Parser, required=True
    )
    new = actions.add_parser("new", help="generate an age identity; prints its public key")
    new.set_defaults(handler="bundle_commands:cmd_identity_new")
    new.add_argument("--out", metavar="FILE", required=True, help="the new identity file")
