"""Sharing with a therapist: choosing, previewing, locking and saving a bundle."""
