"""Fixtures shared by the integration sections' tests (see `tests.ui.today.workflow`)."""

from tests.ui.today.workflow import with_services

__all__ = ["with_services"]
