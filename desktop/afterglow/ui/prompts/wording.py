"""How prompts are named in the person's language: categories, and problems with a prompt."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from afterglow.core.errors import AfterglowError, InvalidPrompt
from afterglow.core.prompt import MAX_PROMPT_TEXT, PromptCategory

_CONTEXT = "Prompts"

_CATEGORY_NAMES = {
    PromptCategory.MEANING: QT_TRANSLATE_NOOP("Prompts", "Meaning"),
    PromptCategory.EMOTIONS: QT_TRANSLATE_NOOP("Prompts", "Emotions"),
    PromptCategory.RELATIONSHIPS: QT_TRANSLATE_NOOP("Prompts", "Relationships"),
    PromptCategory.BODY: QT_TRANSLATE_NOOP("Prompts", "Body"),
    PromptCategory.SELF_COMPASSION: QT_TRANSLATE_NOOP("Prompts", "Self-compassion"),
    PromptCategory.GRATITUDE: QT_TRANSLATE_NOOP("Prompts", "Gratitude"),
}


def category_name(category: PromptCategory | None) -> str:
    if category is None:
        return QCoreApplication.translate("Prompts", "No category")
    return QCoreApplication.translate(_CONTEXT, str(_CATEGORY_NAMES[category]))


def prompt_problem(error: AfterglowError) -> str:
    """A sentence about what is wrong with a prompt the person wrote."""
    if isinstance(error, InvalidPrompt):
        if error.field == "text":
            return QCoreApplication.translate(
                "Prompts", "A prompt needs a few words, and at most %1 characters."
            ).replace("%1", f"{MAX_PROMPT_TEXT:,}")
        if error.field == "id":
            return QCoreApplication.translate(
                "Prompts", "Afterglow's own prompts stay as they are; add your own instead."
            )
    return error.message
