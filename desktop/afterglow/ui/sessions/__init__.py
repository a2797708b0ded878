"""The Sessions section: the list of sessions, recording one, and each session's arc of
intention, reflection and check-ins."""
