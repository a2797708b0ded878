"""The journal's domain: plain data, rules and use-case services. No Qt, no database."""
