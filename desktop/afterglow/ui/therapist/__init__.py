"""Therapist mode: identities to give clients, and opening the bundles they send."""
