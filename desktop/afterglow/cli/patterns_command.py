"""`patterns`: what the journal shows over time, as text or JSON."""

from __future__ import annotations

from afterglow.cli.common import EXIT_OK, Command
from afterglow.core.errors import UsageError
from afterglow.patterns.summary_text import summary_lines


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
