"""Prompts to write from: the library browser, and starting a new entry from a prompt or a
guide (intention, reflection, check-ins)."""
