"""A journal made with an older schema (tests/data/vault-v3) exports everything the person
made in it: the passage an insight was taken from, their own prompts and the check-in they
dismissed, and a fresh journal made from that export exports the same again."""

import json
import shutil

from afterglow.interchange.json_file import export_json, read_json
from afterglow.vault.services import journal_services
from afterglow.vault.vault import Vault
from tests.vault.frozen import FROZEN_PASSPHRASE
from tests.vault.test_integration_frozen import (
    DISMISSED_DAY,
    FROZEN,
    INSIGHT,
    OWN_PROMPT,
    SESSION,
)

# The frozen journal is read with the newest schema, as a person's would be after an update.
NOW = INSIGHT.created_at


def document_of(path):
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["exported_at"]
    return document


def test_an_older_journal_exports_what_the_person_made_and_round_trips(tmp_path, fast_policy):
    folder = tmp_path / "vault-v3"
    shutil.copytree(FROZEN, folder)
    unlocked = Vault(folder, fast_policy).unlock(FROZEN_PASSPHRASE)
    try:
        out = export_json(
            journal_services(unlocked.database).whole_journal.contents(),
            tmp_path / "one.json",
            NOW,
        )
    finally:
        unlocked.lock()
    document = document_of(out)
    [insight] = [i for i in document["insights"] if i["id"] == INSIGHT.id]
    assert insight["excerpt"] == {"start": 0, "end": 16, "quote": "Rest is allowed."}
    assert document["prompts"] == [
        {
            "id": OWN_PROMPT.id,
            "text": "What did I not rush today?",
            "category": "body",
            "created_at": "2026-03-30T08:00:00+01:00",
        }
    ]
    [dismissal] = document["check_in_dismissals"]
    assert (dismissal["session_id"], dismissal["day"]) == (SESSION.id, DISMISSED_DAY)

    fresh, _ = Vault(tmp_path / "fresh", fast_policy).create("a fresh start by the sea")
    try:
        services = journal_services(fresh.database)
        services.whole_journal.import_contents(read_json(out))
        again = export_json(services.whole_journal.contents(), tmp_path / "two.json", NOW)
        assert services.insights.get(INSIGHT.id) == INSIGHT
        assert services.prompts.own() == [OWN_PROMPT]
    finally:
        fresh.lock()
    assert document_of(again) == document
