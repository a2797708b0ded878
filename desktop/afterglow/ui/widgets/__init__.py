"""Small reusable widgets: passphrase fields, the strength meter, page layout, busy state."""
