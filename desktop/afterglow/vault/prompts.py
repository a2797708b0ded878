"""The person's own prompts in the encrypted database: the only SQL for them."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime

from afterglow.core.errors import DamagedData
from afterglow.core.prompt import OwnPrompt, Prompt, PromptCategory
from afterglow.vault.database import Database, Row


class VaultPromptStore:
    """`core.integration_store.PromptStore` over the journal database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def transaction(self) -> AbstractContextManager[object]:
        return self._db.transaction()

    def insert(self, prompt: Prompt, created_at: datetime) -> None:
        self._db.execute(
            "INSERT INTO own_prompts (id, text, category, created_at) VALUES (?, ?, ?, ?)",
            (prompt.id, prompt.text, _category(prompt), created_at.isoformat()),
        )

    def replace(self, prompt: Prompt) -> None:
        self._db.execute(
            "UPDATE own_prompts SET text = ?, category = ? WHERE id = ?",
            (prompt.text, _category(prompt), prompt.id),
        )

    def get(self, prompt_id: str) -> Prompt | None:
        rows = self._db.query(
            "SELECT id, text, category FROM own_prompts WHERE id = ?", (prompt_id,)
        )
        return _prompt(rows[0]) if rows else None

    def prompts(self) -> list[Prompt]:
        rows = self._db.query("SELECT id, text, category FROM own_prompts ORDER BY seq")
        return [_prompt(row) for row in rows]

    def dated_prompts(self) -> list[OwnPrompt]:
        rows = self._db.query("SELECT id, text, category, created_at FROM own_prompts ORDER BY seq")
        return [_dated(row) for row in rows]

    def delete(self, prompt_id: str) -> int:
        return int(self._db.execute("DELETE FROM own_prompts WHERE id = ?", (prompt_id,)).rowcount)


def _category(prompt: Prompt) -> str | None:
    return prompt.category.value if prompt.category else None


def _prompt(row: Row) -> Prompt:
    try:
        category = PromptCategory(row["category"]) if row["category"] else None
    except ValueError as exc:
        raise DamagedData("A prompt in the journal is damaged.") from exc
    return Prompt(row["id"], row["text"], category)


def _dated(row: Row) -> OwnPrompt:
    prompt = _prompt(row)
    try:
        created_at = datetime.fromisoformat(row["created_at"])
    except (ValueError, TypeError) as exc:
        raise DamagedData("A prompt in the journal is damaged.") from exc
    return OwnPrompt(prompt.id, prompt.text, prompt.category, created_at)
