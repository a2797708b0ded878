"""`afterglow --smoke-test`: the app checks itself on a throw-away journal (for packagers)."""

from __future__ import annotations

from afterglow.cli.common import Command


def cmd_smoke_test(c: Command) -> int:
    from afterglow.smoke_test import run_smoke_test  # Qt loads only for the smoke test

    return run_smoke_test(c.out, c.err)
