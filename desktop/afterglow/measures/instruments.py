"""The PHQ-9 and GAD-7 questionnaires: their standard wording, answer scale and severity bands.

Both were developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and
colleagues with an educational grant from Pfizer Inc., and may be reproduced without
permission. The wording below is the standard English wording and must not be edited.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from afterglow.core.measures import HIGHEST_ANSWER, Instrument

COPYRIGHT_NOTE = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc. No permission required to reproduce, "
    "translate, display or distribute."
)


class Severity(StrEnum):
    """A published severity band; `label` is how people read it."""

    MINIMAL = "minimal"
    MILD = "mild"
    MODERATE = "moderate"
    MODERATELY_SEVERE = "moderately_severe"
    SEVERE = "severe"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


@dataclass(frozen=True)
class AnswerChoice:
    value: int
    label: str


@dataclass(frozen=True)
class Band:
    """Scores from `lowest` to `highest`, both included."""

    lowest: int
    highest: int
    severity: Severity


@dataclass(frozen=True)
class Questionnaire:
    instrument: Instrument
    name: str
    about: str
    stem: str
    items: tuple[str, ...]
    bands: tuple[Band, ...]

    @property
    def highest_score(self) -> int:
        return HIGHEST_ANSWER * len(self.items)


ANSWER_SCALE = (
    AnswerChoice(0, "Not at all"),
    AnswerChoice(1, "Several days"),
    AnswerChoice(2, "More than half the days"),
    AnswerChoice(3, "Nearly every day"),
)

PHQ9 = Questionnaire(
    instrument=Instrument.PHQ9,
    name="PHQ-9",
    about="Patient Health Questionnaire (depression)",
    stem=(
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    ),
    items=(
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself "
        "or your family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the "
        "opposite — being so fidgety or restless that you have been moving around a lot "
        "more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ),
    bands=(
        Band(0, 4, Severity.MINIMAL),
        Band(5, 9, Severity.MILD),
        Band(10, 14, Severity.MODERATE),
        Band(15, 19, Severity.MODERATELY_SEVERE),
        Band(20, 27, Severity.SEVERE),
    ),
)

GAD7 = Questionnaire(
    instrument=Instrument.GAD7,
    name="GAD-7",
    about="Generalized Anxiety Disorder scale (anxiety)",
    stem="Over the last 2 weeks, how often have you been bothered by the following problems?",
    items=(
        "Feeling nervous, anxious or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid as if something awful might happen",
    ),
    bands=(
        Band(0, 4, Severity.MINIMAL),
        Band(5, 9, Severity.MILD),
        Band(10, 14, Severity.MODERATE),
        Band(15, 21, Severity.SEVERE),
    ),
)

QUESTIONNAIRES = {q.instrument: q for q in (PHQ9, GAD7)}

# PHQ-9 item 9 asks about thoughts of death or self-harm (zero-based index).
PHQ9_SELF_HARM_ITEM = 8


def questionnaire(instrument: Instrument) -> Questionnaire:
    return QUESTIONNAIRES[instrument]
