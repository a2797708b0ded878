"""What a therapist bundle may carry besides entries, kept apart from `bundle` so the
command line's parser can offer the names without loading the bundle code."""

# Each can be left out of a bundle (its `include_…` is False).
SHARED_KINDS = ("sessions", "insights", "actions", "patterns", "practices", "measures")
