"""The Journal section: the list of entries, the editor, search, the calendar and the Trash."""
