"""The questionnaires' standard English wording, translated when shown, and the
sentences around scores. Scores are described, never interpreted as advice."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from afterglow.core.measures import Instrument
from afterglow.measures import (
    ANSWER_SCALE,
    CRISIS_RESOURCES,
    CrisisResources,
    MeasureScore,
    Questionnaire,
    Severity,
)
from afterglow.ui.journal.wording import day_and_month
from afterglow.ui.words import translated

# The domain's English text is looked up in this context, so a translation file can
# carry the published translations of the questionnaires and the crisis text.
DOMAIN = "Questionnaires"


def domain(text: str) -> str:
    """Questionnaire or crisis text from `afterglow.measures`, in the person's language."""
    return QCoreApplication.translate(DOMAIN, text)


def tr(text: str) -> str:
    return translated(text)


def answer_labels() -> list[tuple[int, str]]:
    return [(choice.value, domain(choice.label)) for choice in ANSWER_SCALE]


def instrument_name(instrument: Instrument) -> str:
    return {Instrument.PHQ9: "PHQ-9", Instrument.GAD7: "GAD-7"}[instrument]


def instrument_about(instrument: Instrument) -> str:
    """ "depression" or "anxiety": what the questionnaire asks about, in plain words."""
    if instrument is Instrument.PHQ9:
        return tr("mood and depression")
    return tr("worry and anxiety")


def severity_name(severity: Severity) -> str:
    names = {
        Severity.MINIMAL: tr("minimal"),
        Severity.MILD: tr("mild"),
        Severity.MODERATE: tr("moderate"),
        Severity.MODERATELY_SEVERE: tr("moderately severe"),
        Severity.SEVERE: tr("severe"),
    }
    return names[severity]


def score_sentence(result: MeasureScore) -> str:
    """ "Your PHQ-9 score is 7 out of 27, in the mild range." """
    return (
        tr("Your %1 score is %2 out of %3, in the %4 range.")
        .replace("%1", instrument_name(result.instrument))
        .replace("%2", str(result.total))
        .replace("%3", str(result.highest_possible))
        .replace("%4", severity_name(result.severity))
    )


def band_text(questionnaire: Questionnaire) -> str:
    """The published bands in one line, each as its lowest and highest score and name."""
    return " · ".join(
        f"{band.lowest}\u2013{band.highest} {severity_name(band.severity)}"
        for band in questionnaire.bands
    )


def not_a_diagnosis() -> str:
    return tr(
        "This is a self-check, not a diagnosis. If the number surprises or worries you, it "
        "can help to talk it over with your therapist or doctor."
    )


def taken_on(moment: datetime) -> str:
    return day_and_month(moment.date())


def repeat_line(instrument: Instrument) -> str:
    return tr("It's been two weeks — would you like to repeat the %1?").replace(
        "%1", instrument_name(instrument)
    )


def crisis_resources() -> CrisisResources:
    """The crisis text in the person's language."""
    return CrisisResources(
        title=domain(CRISIS_RESOURCES.title),
        opening=domain(CRISIS_RESOURCES.opening),
        steps=tuple(domain(step) for step in CRISIS_RESOURCES.steps),
        privacy=domain(CRISIS_RESOURCES.privacy),
    )
