"""What the Practices section shows, loaded in one go on the worker: each practice with
today's log, its streaks and adherence, and its heat map. Plain data, no widgets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from afterglow.core.practices import BuiltinPractice, Practice, PracticeLog
from afterglow.core.practices_service import HeatMapDay, Practices
from afterglow.patterns.practices import PracticeStats
from afterglow.ui.practices.heat_map import heat_map_range


@dataclass(frozen=True)
class PracticeOverview:
    practice: Practice
    today: PracticeLog | None
    stats: PracticeStats
    days: Mapping[date, HeatMapDay]

    @property
    def done_today(self) -> bool:
        return self.today is not None and self.today.done


def builtin_names() -> dict[BuiltinPractice, str]:
    """The built-ins' names in the person's language, stored when first created."""
    return {
        BuiltinPractice.BREATHWORK: QCoreApplication.translate("Practices", "Breathwork"),
        BuiltinPractice.COLD_SHOWER: QCoreApplication.translate("Practices", "Cold shower"),
        BuiltinPractice.GRATITUDE: QCoreApplication.translate("Practices", "Gratitude"),
        BuiltinPractice.JOURNALING: QCoreApplication.translate("Practices", "Journaling"),
    }


def builtin_summary(builtin: BuiltinPractice) -> str:
    words = {
        BuiltinPractice.BREATHWORK: QCoreApplication.translate(
            "Practices", "Ten minutes of paced breathing, with a calm pacer to follow."
        ),
        BuiltinPractice.COLD_SHOWER: QCoreApplication.translate(
            "Practices", "Thirty seconds of cold water, with a large countdown."
        ),
        BuiltinPractice.GRATITUDE: QCoreApplication.translate(
            "Practices", "Each morning, ten things you are grateful for."
        ),
        BuiltinPractice.JOURNALING: QCoreApplication.translate(
            "Practices", "Twenty minutes of writing, counted while you type in the Journal."
        ),
    }
    return words[builtin]


def load_overview(
    practices: Practices, names: Mapping[BuiltinPractice, str], today: date
) -> list[PracticeOverview]:
    """Runs on the worker: stores missing built-ins (switched off), then reads everything."""
    practices.ensure_builtins(names=names)
    since, until = heat_map_range(today)
    return [
        PracticeOverview(
            practice,
            practices.log_on(practice.id, today),
            practices.stats(practice.id, today),
            practices.heat_map(practice.id, since, until),
        )
        for practice in practices.list()
    ]
