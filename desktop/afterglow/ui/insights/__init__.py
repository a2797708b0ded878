"""The Insights section: insights kept from entries or written directly, their sources,
tags, star and status, the actions made from them, and "Mark as insight" in the editor."""
