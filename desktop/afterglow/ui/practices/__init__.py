"""Widgets for practices: the breathing pacer, the cold-shower countdown, the writing timer.

They keep time through the pure timers in `afterglow.core` (with an injectable clock) and
report what was done through a `completed` signal; none of them touches the database.
"""
