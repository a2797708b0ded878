"""Times and counts as people read them, for the practice widgets."""

from __future__ import annotations

import math


def clock_text(seconds: float) -> str:
    """Whole seconds as "m:ss", rounded up, so a countdown shows 0:00 only at the end."""
    total = max(0, math.ceil(seconds - 1e-9))
    return f"{total // 60}:{total % 60:02d}"


def elapsed_text(seconds: float) -> str:
    """Whole seconds as "m:ss", rounded down, so a timer shows 0:01 after a full second."""
    total = max(0, math.floor(seconds + 1e-9))
    return f"{total // 60}:{total % 60:02d}"


def plural(count: int, one: str, many: str) -> str:
    """English needs its singular while no translation file is loaded; other languages get
    their forms from the translation of `many` (a %n string)."""
    return one if count == 1 else many
