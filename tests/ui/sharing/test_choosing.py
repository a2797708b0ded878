"""Step 1 and 2 of sharing: what each way of choosing takes, private entries, and the
preview showing exactly the chosen entries, with a way to leave any of them out."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from afterglow.ui.journal.wording import qdate
from afterglow.ui.sharing.choice import Scope
from afterglow.ui.sharing.share_flow import CHOOSE, PREVIEW, ShareFlow
from afterglow.ui.sharing.share_view import ShareView

from .conftest import SESSION_DAYS_AGO, TITLES, TODAY, ClientJournal, wait_for_survey


def preview(flow: ShareFlow, qtbot: QtBot) -> str:
    """Goes to the preview and returns the report's text as shown."""
    assert flow.next_button.isEnabled()
    flow.next_button.click()
    assert flow.step == PREVIEW
    qtbot.waitUntil(lambda: flow.shown is not None)
    assert flow.preview.report.text_shown.strip()
    return flow.preview.report.text_shown


def shared_titles(text: str) -> set[str]:
    return {title for title in TITLES.values() if title in text}


def test_the_last_month_is_chosen_and_private_entries_are_left_out(
    share: ShareView, qtbot: QtBot
) -> None:
    flow = share.flow
    assert flow.step == CHOOSE
    survey = flow.surveyed
    assert survey is not None
    assert [e.title for e in survey.preview.entries] == [TITLES["sister"], TITLES["walk"]]
    assert flow.choose.summary.text() == "The bundle will hold 2 entries."
    assert flow.choose.private_note.text() == "2 entries marked private are left out."

    text = preview(flow, qtbot)

    assert shared_titles(text) == {TITLES["sister"], TITLES["walk"]}
    assert flow.shown is not None
    assert shared_titles(flow.shown.report_html) == {TITLES["sister"], TITLES["walk"]}
    assert "Entries from" in text


def test_a_date_range_takes_the_entries_inside_it(share: ShareView, qtbot: QtBot) -> None:
    flow = share.flow
    flow.choose.since.setDate(qdate(TODAY - timedelta(days=100)))
    flow.choose.until.setDate(qdate(TODAY - timedelta(days=40)))
    wait_for_survey(flow, qtbot)

    text = preview(flow, qtbot)

    assert shared_titles(text) == {TITLES["winter"], TITLES["after"], TITLES["before"]}


def test_tags_take_entries_with_any_of_them(share: ShareView, qtbot: QtBot) -> None:
    flow = share.flow
    flow.choose.scope.choose(Scope.TAGS)
    assert not flow.next_button.isEnabled()  # no tag yet
    flow.choose.tags.add("family")
    flow.choose.tags.add("nature")
    wait_for_survey(flow, qtbot)
    assert flow.choose.private_note.text() == "1 entry marked private is left out."

    text = preview(flow, qtbot)

    assert shared_titles(text) == {TITLES["winter"], TITLES["sister"], TITLES["walk"]}
    assert "#family" in text


def test_a_session_takes_itself_and_the_month_after_it(
    share: ShareView, client: ClientJournal, qtbot: QtBot
) -> None:
    flow = share.flow
    flow.choose.scope.choose(Scope.SESSION)
    qtbot.waitUntil(lambda: flow.choose.session.findData(client.session_id) >= 0)
    flow.choose.session.setCurrentIndex(flow.choose.session.findData(client.session_id))
    wait_for_survey(flow, qtbot)
    assert "with the session itself" in flow.choose.session_note.text()

    text = preview(flow, qtbot)

    assert shared_titles(text) == {TITLES["after"]}
    assert flow.shown is not None
    assert flow.shown.preview.counts["sessions"] == 1
    assert "To rest." in text  # the session's intention
    selection = flow.shown.preview.selection
    assert selection.since == TODAY - timedelta(days=SESSION_DAYS_AGO)
    assert selection.until == selection.since + timedelta(days=30)


def test_entries_chosen_one_by_one(share: ShareView, client: ClientJournal, qtbot: QtBot) -> None:
    flow = share.flow
    flow.choose.scope.choose(Scope.ENTRIES)
    qtbot.waitUntil(lambda: flow.choose.picked.rowCount() == len(TITLES))
    assert not flow.next_button.isEnabled()  # nothing ticked yet
    flow.choose.picked.set_ticked(client.entries["winter"], True)
    flow.choose.picked.set_ticked(client.entries["walk"], True)
    wait_for_survey(flow, qtbot)

    text = preview(flow, qtbot)

    assert shared_titles(text) == {TITLES["winter"], TITLES["walk"]}
    assert "2 entries chosen one by one." in text


def test_a_private_entry_goes_in_only_when_ticked_here(
    share: ShareView, client: ClientJournal, qtbot: QtBot
) -> None:
    flow = share.flow
    choose = flow.choose
    assert choose.private_list.isHidden()
    choose.private_button.click()
    assert choose.private_list.isVisible()
    assert {e.title for e in choose.private.entries()} == {TITLES["fears"], TITLES["shame"]}
    assert choose.private.ticked() == ()

    choose.private.set_ticked(client.entries["fears"], True)
    wait_for_survey(flow, qtbot)
    assert choose.private_note.text() == (
        "1 entry marked private will be shared, because you chose it. "
        "1 entry marked private is left out."
    )

    text = preview(flow, qtbot)

    assert shared_titles(text) == {TITLES["sister"], TITLES["walk"], TITLES["fears"]}
    assert flow.shown is not None
    assert flow.shown.preview.selection.include_private
    assert "Includes 1 entry marked private, shared by choice." in text


def test_a_private_entry_picked_one_by_one_is_said_to_be_shared(
    share: ShareView, client: ClientJournal, qtbot: QtBot
) -> None:
    flow = share.flow
    flow.choose.scope.choose(Scope.ENTRIES)
    qtbot.waitUntil(lambda: flow.choose.picked.rowCount() == len(TITLES))
    flow.choose.picked.set_ticked(client.entries["shame"], True)
    wait_for_survey(flow, qtbot)
    assert flow.choose.private_note.text() == (
        "1 entry marked private will be shared, because you chose it."
    )

    assert shared_titles(preview(flow, qtbot)) == {TITLES["shame"]}


def test_leaving_an_entry_out_updates_the_report_and_the_counts(
    share: ShareView, client: ClientJournal, qtbot: QtBot
) -> None:
    flow = share.flow
    preview(flow, qtbot)
    assert flow.preview.counts.text() == "2 entries"

    flow.preview.entries.set_ticked(client.entries["walk"], False)
    qtbot.waitUntil(lambda: flow.shown is not None and flow.shown.preview.counts["entries"] == 1)

    text = flow.preview.report.text_shown
    assert shared_titles(text) == {TITLES["sister"]}
    assert flow.preview.counts.text() == "1 entry"
    assert "One of them was left out." in text
    assert flow.preview.entries.rowCount() == 2  # still listed, to tick back in

    flow.preview.entries.set_ticked(client.entries["walk"], True)
    qtbot.waitUntil(lambda: flow.shown is not None and flow.shown.preview.counts["entries"] == 2)
    assert shared_titles(flow.preview.report.text_shown) == {TITLES["sister"], TITLES["walk"]}


def test_the_last_entry_cannot_be_left_out(
    share: ShareView, client: ClientJournal, qtbot: QtBot
) -> None:
    flow = share.flow
    preview(flow, qtbot)
    flow.preview.entries.set_ticked(client.entries["walk"], False)
    qtbot.waitUntil(lambda: flow.shown is not None and flow.shown.preview.counts["entries"] == 1)

    flow.preview.entries.set_ticked(client.entries["sister"], False)

    assert flow.preview.keep_one.isVisible()
    assert flow.shown is not None and flow.shown.preview.counts["entries"] == 1


def test_leaving_out_kinds_of_records(share: ShareView, qtbot: QtBot) -> None:
    flow = share.flow
    flow.choose.since.setDate(qdate(TODAY - timedelta(days=60)))
    wait_for_survey(flow, qtbot)
    survey = flow.surveyed
    assert survey is not None and survey.preview.counts["sessions"] == 1

    flow.choose.include["sessions"].setChecked(False)
    wait_for_survey(flow, qtbot)

    survey = flow.surveyed
    assert survey is not None
    assert survey.preview.counts["sessions"] == 0
    assert not survey.preview.selection.include_sessions
    assert "Not included: sessions." in preview(flow, qtbot)


def test_a_choice_that_takes_nothing_cannot_go_on(share: ShareView, qtbot: QtBot) -> None:
    flow = share.flow
    flow.choose.since.setDate(qdate(TODAY - timedelta(days=300)))
    flow.choose.until.setDate(qdate(TODAY - timedelta(days=200)))
    wait_for_survey(flow, qtbot)

    assert flow.choose.summary.text() == "Nothing in your journal matches this choice yet."
    assert not flow.next_button.isEnabled()
