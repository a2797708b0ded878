"""What the client chose to share: described in words and recorded as filters."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from afterglow.bundle.errors import DamagedBundle
from afterglow.core.shared_kinds import SHARED_KINDS as SHARED_KINDS  # still importable here


@dataclass(frozen=True)
class BundleSelection:
    """The filters a bundle was built from, and the same choice in the client's words.

    Filtering the journal is the caller's job; the bundle records what was asked for, so
    the therapist can see it, and `include_private` is the client's explicit consent to
    share entries marked private.
    """

    description: str = ""
    since: date | None = None
    until: date | None = None
    session_ids: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    entry_ids: tuple[str, ...] = ()
    include_private: bool = False
    include_sessions: bool = True
    include_insights: bool = True
    include_actions: bool = True
    include_patterns: bool = True
    include_practices: bool = True
    include_measures: bool = True

    def __post_init__(self) -> None:
        for name in ("session_ids", "tags", "entry_ids"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        if self.since is not None and self.until is not None and self.since > self.until:
            raise ValueError("the selection's start date is after its end date")

    def includes(self, kind: str) -> bool:
        """Whether the client left `kind` (one of `SHARED_KINDS`) in the bundle."""
        if kind not in SHARED_KINDS:
            raise ValueError(f"not something a bundle can carry: {kind!r}")
        return bool(getattr(self, f"include_{kind}"))

    def leaving_out(self, kinds: Iterable[str]) -> BundleSelection:
        """The same selection with each of `kinds` (from `SHARED_KINDS`) left out."""
        changes: dict[str, Any] = {
            f"include_{kind}": False for kind in kinds if self.includes(kind)
        }
        return replace(self, **changes) if changes else self

    @property
    def left_out(self) -> tuple[str, ...]:
        return tuple(kind for kind in SHARED_KINDS if not self.includes(kind))

    def in_words(self) -> str:
        """The description given, or one made from the filters."""
        return self.description.strip() or describe_filters(self)

    def filters(self) -> dict[str, Any]:
        """The filters as JSON-ready values, as the manifest records them."""
        return {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "session_ids": list(self.session_ids),
            "tags": list(self.tags),
            "entry_ids": list(self.entry_ids),
            "include_private": self.include_private,
            **{f"include_{kind}": self.includes(kind) for kind in SHARED_KINDS},
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> BundleSelection:
        """The selection from a manifest's `selection` object; `DamagedBundle` if malformed."""
        try:
            filters = record["filters"]
            description = record["description"]
            if not isinstance(description, str) or not isinstance(filters, Mapping):
                raise TypeError
            return cls(
                description=description,
                since=_date_or_none(filters.get("since")),
                until=_date_or_none(filters.get("until")),
                session_ids=_strings(filters.get("session_ids", [])),
                tags=_strings(filters.get("tags", [])),
                entry_ids=_strings(filters.get("entry_ids", [])),
                include_private=_boolean(filters.get("include_private", False)),
                # Bundles made before these switches carried everything they held.
                **{
                    f"include_{kind}": _boolean(filters.get(f"include_{kind}", True))
                    for kind in SHARED_KINDS
                },
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedBundle("The bundle's manifest describes its selection badly.") from exc


def describe_filters(selection: BundleSelection) -> str:
    """A plain English sentence for a selection that came without a description."""
    parts = []
    if selection.since and selection.until:
        parts.append(f"from {selection.since.isoformat()} to {selection.until.isoformat()}")
    elif selection.since:
        parts.append(f"from {selection.since.isoformat()} on")
    elif selection.until:
        parts.append(f"up to {selection.until.isoformat()}")
    if selection.tags:
        parts.append("tagged " + ", ".join(f"#{tag}" for tag in selection.tags))
    if selection.session_ids:
        count = len(selection.session_ids)
        parts.append(f"linked to {count} session{'s' if count != 1 else ''}")
    if selection.entry_ids:
        count = len(selection.entry_ids)
        parts.append(f"{count} entr{'ies' if count != 1 else 'y'} chosen one by one")
    if selection.left_out:
        parts.append("without " + " or ".join(selection.left_out))
    if parts:
        sentence = "Journal items " + "; ".join(parts)
    else:
        sentence = "Journal items chosen by the client"
    if selection.include_private:
        sentence += ", including entries the client had marked private"
    return sentence + "."


def _date_or_none(value: Any) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError
    return date.fromisoformat(value)


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise TypeError
    return tuple(value)


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError
    return value
