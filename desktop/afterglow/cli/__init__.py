"""The `afterglow` command: a thin argparse front end over the same services the app uses.

Every failure is one sentence on stderr and an exit code: 2 usage, 3 wrong passphrase or
key, 4 damaged or unreadable data (an import file that breaks the format included), 5
refused unsafe input (1 when the computer refused).

Each command lives in a module of its group, imported only when that command runs, so a
`search` loads the journal and not the bundle, interchange or patterns code.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

from afterglow.cli.common import EXIT_FAILED, Command, exit_code
from afterglow.cli.parser import build_parser, chosen_handler
from afterglow.core.errors import AfterglowError

if TYPE_CHECKING:
    from afterglow.vault.kdf import KdfPolicy

__all__ = ["main"]


def handler_named(name: str) -> Callable[[Command], int]:
    """The handler a parser names "module:function", its module imported now."""
    module, _, function = name.partition(":")
    handler: Callable[[Command], int] = getattr(
        importlib.import_module(f"{__name__}.{module}"), function
    )
    return handler


def main(
    argv: Sequence[str] | None = None,
    *,
    kdf_policy: KdfPolicy | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Runs one command; `kdf_policy` defaults to the standard Argon2id cost."""
    # Every run needs these; imported here so that importing the package stays cheap.
    import logging

    from afterglow.vault.hygiene import harden_process

    out = out or sys.stdout
    err = err or sys.stderr
    harden_process()
    logging.basicConfig(level=logging.WARNING, format="afterglow: %(message)s")
    try:
        args = build_parser().parse_args(argv)
        # The driver and key derivation load only once a command is to run (not for --help).
        from afterglow.vault.database import check_driver
        from afterglow.vault.kdf import STANDARD_POLICY

        check_driver()
        policy = STANDARD_POLICY if kdf_policy is None else kdf_policy
        handler = handler_named(chosen_handler(args))
        return int(handler(Command(args, policy, out, err)))
    except AfterglowError as exc:
        print(f"afterglow: {exc.message}", file=err)
        return exit_code(exc)
    except KeyboardInterrupt:
        print("afterglow: stopped; nothing was changed.", file=err)
        return 130
    except Exception as exc:  # a bug: say so without details that could hold journal text
        print(f"afterglow: something went wrong inside Afterglow ({type(exc).__name__}).", file=err)
        return EXIT_FAILED
