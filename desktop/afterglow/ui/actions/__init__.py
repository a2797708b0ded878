"""The Actions section: what changes because of an insight, its status and due date, and
the weekly review."""
