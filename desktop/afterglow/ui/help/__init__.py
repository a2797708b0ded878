"""Help: the keyboard shortcuts window and About Afterglow, from the Help menu."""
