"""Afterglow: a private, encrypted journal for ketamine-assisted therapy integration."""

__version__ = "0.1.0"
