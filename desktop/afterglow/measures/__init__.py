"""PHQ-9 and GAD-7: standard wording, scoring, severity bands, crisis resources, reminders."""

from afterglow.core.measures import Instrument, InvalidMeasure, Measure, validate_measure
from afterglow.measures.crisis import (
    CRISIS_RESOURCES,
    CrisisResources,
    needs_crisis_resources,
    self_harm_item_answered,
)
from afterglow.measures.instruments import (
    ANSWER_SCALE,
    GAD7,
    PHQ9,
    PHQ9_SELF_HARM_ITEM,
    QUESTIONNAIRES,
    AnswerChoice,
    Band,
    Questionnaire,
    Severity,
    questionnaire,
)
from afterglow.measures.reminders import REPEAT_EVERY, repeat_due
from afterglow.measures.scoring import MeasureScore, score, score_answers, severity

__all__ = [
    "ANSWER_SCALE",
    "CRISIS_RESOURCES",
    "GAD7",
    "PHQ9",
    "PHQ9_SELF_HARM_ITEM",
    "QUESTIONNAIRES",
    "REPEAT_EVERY",
    "AnswerChoice",
    "Band",
    "CrisisResources",
    "Instrument",
    "InvalidMeasure",
    "Measure",
    "MeasureScore",
    "Questionnaire",
    "Severity",
    "needs_crisis_resources",
    "questionnaire",
    "repeat_due",
    "score",
    "score_answers",
    "self_harm_item_answered",
    "severity",
    "validate_measure",
]
