"""The encrypted vault: the only code that touches SQLCipher and key material."""
