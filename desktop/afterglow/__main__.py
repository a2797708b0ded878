"""Lets `python -m afterglow` behave like the `afterglow` command."""

from afterglow.cli import main

raise SystemExit(main())
