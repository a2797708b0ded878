"""The questionnaires live in the Patterns section; its fixtures serve them too."""

from tests.ui.patterns.conftest import with_services

__all__ = ["with_services"]
