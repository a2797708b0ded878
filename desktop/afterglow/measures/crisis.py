"""What Afterglow shows, calmly, when PHQ-9 item 9 (thoughts of being better off dead or of
self-harm) is answered with anything but "Not at all".

Nobody watches this journal, so the text never implies that someone will respond; it says
how to reach help now. It gives no medical or dosing advice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from afterglow.core.measures import Instrument, Measure
from afterglow.measures.instruments import PHQ9_SELF_HARM_ITEM


@dataclass(frozen=True)
class CrisisResources:
    """A short text in parts, so a view can lay it out; `text` joins it as plain text."""

    title: str
    opening: str
    steps: tuple[str, ...]
    privacy: str

    @property
    def text(self) -> str:
        steps = "\n".join(f"• {step}" for step in self.steps)
        return f"{self.title}\n\n{self.opening}\n\n{steps}\n\n{self.privacy}"


CRISIS_RESOURCES = CrisisResources(
    title="Support is available right now",
    opening=(
        "You said you have had thoughts that you would be better off dead or of hurting "
        "yourself. Many people have thoughts like these at hard times, and you do not have to "
        "carry them alone."
    ),
    steps=(
        "If you feel you might act on these thoughts, or you are in danger now, call your "
        "local emergency number (for example 112 in much of Europe, 911 in the US and Canada, "
        "999 in the UK) or go to the nearest emergency department.",
        "If you are not in immediate danger, you can talk to a crisis line at any time of day "
        "or night: call or text 988 in the US, or call Samaritans on 116 123 in the UK and "
        "Ireland. Elsewhere, findahelpline.com lists free, confidential lines in your country.",
        "If you can, stay near someone you trust and tell them how you are feeling, and "
        "put distance between yourself and anything you could use to hurt yourself.",
        "You could also let your therapist or clinic know about this answer the next time you "
        "are in touch, or sooner.",
    ),
    privacy=(
        "Afterglow is not monitored by anyone. Your answers stay on this computer and nothing "
        "is sent anywhere, so no one will be alerted: reaching out is up to you, and it is "
        "worth doing."
    ),
)


def self_harm_item_answered(instrument: Instrument, answers: Sequence[int | None]) -> bool:
    """True when PHQ-9 item 9 has an answer above 0; works on a form still being filled."""
    if instrument is not Instrument.PHQ9 or len(answers) <= PHQ9_SELF_HARM_ITEM:
        return False
    answer = answers[PHQ9_SELF_HARM_ITEM]
    return answer is not None and answer > 0


def needs_crisis_resources(measure: Measure) -> bool:
    """True for a PHQ-9 whose item 9 was answered with anything but "Not at all"."""
    return self_harm_item_answered(measure.instrument, measure.answers)
