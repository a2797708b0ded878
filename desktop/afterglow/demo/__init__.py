"""The demo journal: a fictional person's three months of integration, to look around in.

`write_demo_journal` fills an empty journal through the ordinary services;
`python -m afterglow.demo` (or `make demo`) opens it in the app from a temporary folder
that is removed again when the app quits. Nothing here is used by a real journal.
"""

from afterglow.demo.writer import DEFAULT_SEED, write_demo_journal

__all__ = ["DEFAULT_SEED", "write_demo_journal"]
