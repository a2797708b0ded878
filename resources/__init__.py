"""Files Afterglow ships with: icons, themes, prompts (read with importlib.resources)."""
