"""`afterglow export --format json` and `import json` carry sessions, insights and actions."""

import io
import json
from datetime import datetime, timedelta, timezone

from afterglow.cli import main
from afterglow.core.entries import EntryKind
from afterglow.vault.services import journal_services
from afterglow.vault.vault import Vault

PASSPHRASE = "walking home under the plane trees"
ZONE = timezone(timedelta(hours=1))


def run(tmp_path, policy, folder, *args):
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(folder), "--passphrase-file", str(secret), *args]
    code = main(argv, kdf_policy=policy, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_exports_and_imports_the_whole_journal(tmp_path, fast_policy):
    unlocked, _ = Vault(tmp_path / "first", fast_policy).create(PASSPHRASE)
    try:
        s = journal_services(unlocked.database)
        session = s.sessions.add(started_at=datetime(2026, 3, 10, 10, tzinfo=ZONE), route="im")
        entry = s.journal.add(kind=EntryKind.REFLECTION, body="Rest.", session_id=session.id)
        insight = s.insights.add_from_selection(entry.id, 0, 4)
        s.actions.add("Pause", insight_id=insight.id)
    finally:
        unlocked.lock()

    out = tmp_path / "export.json"
    code, said, err = run(
        tmp_path, fast_policy, tmp_path / "first", "export", "--format", "json", "--out", str(out)
    )
    assert code == 0, err
    assert said == f"Exported 1 entries (and 1 sessions, 1 insights, 1 actions) to {out}.\n"
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["insights"][0]["entry_id"] == entry.id

    Vault(tmp_path / "second", fast_policy).create(PASSPHRASE)[0].lock()
    code, said, err = run(tmp_path, fast_policy, tmp_path / "second", "import", "json", str(out))
    assert code == 0, err
    assert "Imported 1 new entries" in said
    assert "Imported 1 new sessions; 0 were already here." in said
    assert "Imported 1 new actions; 0 were already here." in said

    document["actions"][0]["insight_id"] = "00000000-0000-4000-8000-000000000000"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    code, said, err = run(tmp_path, fast_policy, tmp_path / "second", "import", "json", str(broken))
    assert code == 4 and said == ""
    assert err == (
        "afterglow: Nothing was imported: actions[0].insight_id names no insight in the file"
        " or the journal.\n"
    )
