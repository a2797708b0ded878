"""Where the journal lives: `--data-dir`, then `AFTERGLOW_DATA_DIR`, then the platform default."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENVIRONMENT_VARIABLE = "AFTERGLOW_DATA_DIR"


def data_folder(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return Path(platformdirs.user_data_dir("Afterglow", appauthor=False))
