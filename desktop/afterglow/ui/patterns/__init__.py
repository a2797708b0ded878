"""The Patterns section: charts of what recurs in the journal, named patterns and their
occurrences, and the check-in questionnaires."""
