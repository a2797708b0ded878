"""Afterglow's own integration prompts, ten in each category.

Written for this app: open questions, warm and unhurried, with no medical or dosing
advice. Ids (`meaning-1`) are stable, so nothing that stores one breaks when wording is
polished; only ever add prompts at the end of a category.
"""

from __future__ import annotations

from afterglow.core.prompt import Prompt, PromptCategory

_TEXTS: dict[PromptCategory, tuple[str, ...]] = {
    PromptCategory.MEANING: (
        "What is one thing I understand a little differently than I did a month ago?",
        "If today's feelings were trying to tell me something, what might it be?",
        "Which moment from a recent session keeps returning to me, and why this one?",
        "What story have I been telling about myself that might not be the whole story?",
        "Where in my life am I ready for something to change, even slightly?",
        "What would it look like to take one insight seriously this week?",
        "What did I value as a child that I have quietly set aside?",
        "When did I last feel most like myself? What was around me?",
        "What question am I living with right now?",
        "If a wise friend read my last few entries, what thread might they notice?",
    ),
    PromptCategory.EMOTIONS: (
        "What am I feeling right now, and where did it start today?",
        "Which feeling have I been avoiding lately? What happens if I name it here?",
        "What did sadness, anger or fear want to protect me from this week?",
        "When did I feel joy recently, however small? What made room for it?",
        "What emotion is easiest for me to show, and which one is hardest?",
        "If my mood today were weather, what would it be, and what might it need?",
        "What feeling arrived unexpectedly, and what was happening just before?",
        "How did I respond to a hard feeling today? How would I like to respond next time?",
        "What am I carrying that is not mine to carry?",
        "What would it mean to let this feeling be here without fixing it?",
    ),
    PromptCategory.RELATIONSHIPS: (
        "Who did I feel close to this week? What made that closeness possible?",
        "Is there a conversation I keep postponing? What would the first sentence be?",
        "Where did I say yes when I meant no, or no when I meant yes?",
        "Who sees me clearly, and how do I feel in their company?",
        "What do I need from the people around me that I have not asked for?",
        "How have I shown up for someone lately, and how did it feel?",
        "Which relationship is asking for more care, and which for more space?",
        "What pattern from my family do I notice in how I love?",
        "Who could I thank, forgive or simply call this week?",
        "What boundary would make a relationship kinder for both of us?",
    ),
    PromptCategory.BODY: (
        "Scan from head to toe: where is there tension, and where is there ease?",
        "What has my body been asking for that I keep putting off?",
        "Where do I feel this week's emotions in my body?",
        "What kind of movement would feel good today, even for five minutes?",
        "How have I been sleeping, and what helps me rest?",
        "When did my body last feel safe and settled? What was happening?",
        "What does my breath feel like right now? Take three slow ones and notice.",
        "What does my body do when I am anxious, and what helps it soften?",
        "What would it mean to treat my body as a friend today?",
        "Which sensation from a recent session do I still remember, and what was it like?",
    ),
    PromptCategory.SELF_COMPASSION: (
        "What would I say to a close friend going through what I am going through?",
        "Where have I been hard on myself lately? What would a gentler voice say?",
        "What is one thing I did well this week, even if no one noticed?",
        "Which part of me needs reassurance today, and what does it need to hear?",
        "What mistake can I forgive myself for, today or a little at a time?",
        "How can I make today ten percent easier for myself?",
        "What am I learning that takes time, and can I let it take time?",
        "Write a short note to myself from a year from now.",
        "What do I need more of right now: rest, play, company or quiet?",
        "Where did I show courage recently, even quietly?",
    ),
    PromptCategory.GRATITUDE: (
        "Ten things I'm grateful for this morning, large or tiny.",
        "Who made my life a little better recently, perhaps without knowing it?",
        "What ordinary thing would I miss terribly if it were gone?",
        "What in my surroundings right now is quietly good?",
        "Which hard experience also gave me something I value?",
        "What about my body am I thankful for today?",
        "What did I learn this week that I'm glad to know?",
        "Which small pleasure could I savour more slowly today?",
        "Who or what helped me get through a difficult time?",
        "What about this very moment am I glad for?",
    ),
}

BUILTIN_PROMPTS: tuple[Prompt, ...] = tuple(
    Prompt(f"{category.value.replace('_', '-')}-{number}", text, category, builtin=True)
    for category, texts in _TEXTS.items()
    for number, text in enumerate(texts, start=1)
)
