"""Screenshots of sharing with a therapist (each step of the flow), therapist mode with an
identity and its QR code, a verified bundle in the reader (and a damaged one refused), and
the PDF report's pages.

Usage: QT_QPA_PLATFORM=offscreen python scripts/shots_sharing.py docs/screenshots
(`scripts/screenshots.py` calls `sharing_shots` too.) The PDF pages are drawn with
`pdftoppm` (Debian package poppler-utils) when it is installed, and skipped otherwise.

Works on its own throwaway journal in a temporary folder, with cheap key derivation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from shots_common import (  # scripts/shots_common.py
    new_journal,
    open_journal,
    run_in_background,
    save,
    shots_main,
    wait_until,
)

from afterglow.app import DesktopApp
from afterglow.bundle import open_bundle, read_bundle_file
from afterglow.core.measures import Instrument
from afterglow.core.practices import BuiltinPractice
from afterglow.ui.settings import ThemeChoice
from afterglow.ui.sharing.recipient_step import PASSPHRASE as BY_PASSPHRASE
from afterglow.ui.sharing.share_flow import RECIPIENT, SAVE, ShareFlow
from afterglow.ui.sharing.share_view import THERAPIST, ShareView
from afterglow.vault.services import JournalServices

SIZE = (1280, 860)
READER_SIZE = (1180, 820)
SESSION_DAYS_AGO = 3
CONTACTS = (("Dr. Amara Okafor", None), ("Harbour Clinic team", None))


def write_sharing_sample(services: JournalServices, today: date) -> None:
    """The screenshots' sample entries, plus what a month of integration work leaves: a
    session, insights and actions, two practices, a pattern, and two questionnaires."""
    from screenshots import write_sample_journal  # the same fictional person's entries

    write_sample_journal(services.journal, today)
    zone = datetime.now().astimezone().tzinfo
    session_day = today - timedelta(days=SESSION_DAYS_AGO)
    session = services.sessions.add(
        started_at=datetime.combine(session_day, datetime.min.time()).replace(hour=10, tzinfo=zone),
        route="iv",
        setting="Clinic, the quiet room",
        provider="Harbour Clinic",
        support_person="Maya",
        music="Cello and long ambient pieces",
        intention="To look at why I apologise for taking up space.",
        notes="Felt very young, then very old. A long stretch of quiet near the end.",
        body_sensations="Heavy arms, warmth in the chest",
        mood_before=4,
        mood_after=7,
        tags=("first-series",),
    )
    journal = services.journal
    by_title = {entry.title: entry for entry in journal.list()}
    for title in ("What I'm bringing in", "Three days after"):
        journal.update(replace(by_title[title], session_id=session.id))

    insights = services.insights
    rest = insights.add(
        "I don't have to earn rest.",
        entry_id=by_title["Three days after"].id,
        tags=("rest",),
        starred=True,
    )
    sorry = insights.add(
        "I say sorry when I mean thank you.",
        entry_id=by_title["Two weeks on"].id,
        tags=("people-pleasing",),
    )
    services.actions.add(
        "Take a real lunch break, away from the desk",
        kind="external",
        insight_id=rest.id,
        due=today + timedelta(days=4),
    )
    swap = services.actions.add(
        "Swap one sorry for a thank-you each day", kind="internal", insight_id=sorry.id
    )
    services.actions.set_status(swap.id, "in_progress")

    practices = services.practices
    practices.ensure_builtins(active={BuiltinPractice.BREATHWORK, BuiltinPractice.GRATITUDE})
    for practice in practices.list(active_only=True):
        every = 1 if practice.builtin == BuiltinPractice.BREATHWORK else 2
        for days_ago in range(30, 0, -1):
            if days_ago % every == 0 and days_ago % 7 != 3:
                practices.log(practice.id, today - timedelta(days=days_ago))

    pattern = services.patterns.add(
        "People-pleasing",
        "Saying yes before I've checked whether I want to.",
    )
    for days_ago, trigger, response, instead, intensity in (
        (26, "A late request at work", "Said yes straight away", "Ask for a day to think", 7),
        (15, "Mum hinted she needed a lift", "Offered before she asked", "Ask what she needs", 5),
        (7, "Sunday lunch invitation", "Said no, plainly", "This, again", 3),
    ):
        when = datetime.combine(today - timedelta(days=days_ago), datetime.min.time())
        services.patterns.log_occurrence(
            pattern.id,
            occurred_at=when.replace(hour=18, tzinfo=zone),
            trigger=trigger,
            response=response,
            alternative=instead,
            intensity=intensity,
        )
    for days_ago, phq9, gad7 in (
        (24, [2, 2, 1, 2, 1, 2, 1, 1, 0], [2, 2, 2, 1, 1, 2, 1]),
        (2, [1, 1, 1, 1, 0, 1, 1, 0, 0], [1, 1, 1, 1, 0, 1, 1]),
    ):
        when = datetime.combine(today - timedelta(days=days_ago), datetime.min.time())
        services.measures.take(Instrument.PHQ9, phq9, when.replace(hour=9, tzinfo=zone))
        services.measures.take(Instrument.GAD7, gad7, when.replace(hour=9, minute=5, tzinfo=zone))


def sharing_shots(app: QApplication, theme: ThemeChoice, outdir: Path, scratch: Path) -> None:
    """Builds a journal of its own, then shoots every step, therapist mode and the reader."""
    new_journal(
        scratch / f"sharing-journal-{theme}",
        lambda services: write_sharing_sample(services, date.today()),
    )
    with open_journal(app, "sharing", theme, scratch, SIZE) as desktop:
        _shoot(app, desktop, theme, outdir, scratch)


def _shoot(
    app: QApplication, desktop: DesktopApp, theme: ThemeChoice, outdir: Path, scratch: Path
) -> None:
    window = desktop.window
    idle = lambda: not desktop.runner.busy  # noqa: E731
    desktop.shell.show_section("share")
    view = desktop.shell.views["share"]
    assert isinstance(view, ShareView)
    services = desktop.session.services
    assert services is not None

    # Therapist mode first: the identity the bundle is then made for.
    view.show_mode(THERAPIST)
    view.therapist.create_identity("Practice key")
    wait_until(app, lambda: idle() and bool(view.therapist.identities))
    public_key = view.therapist.identities[0].public_key
    keys = services.bundle_keys
    run_in_background(app, desktop, lambda: keys.add_contact("Dr. Amara Okafor", public_key))
    save(app, window, outdir / f"therapist-{theme}.png")

    view.show_mode("share")
    flow: ShareFlow = view.flow
    flow.restart()
    wait_until(app, lambda: idle() and flow.surveyed is not None)
    flow.choose.private_button.setChecked(True)
    save(app, window, outdir / f"share-choose-{theme}.png")
    flow.choose.private_button.setChecked(False)

    flow.go_next()
    wait_until(app, lambda: idle() and flow.shown is not None)
    save(app, window, outdir / f"share-preview-{theme}.png")

    flow.go_next()
    wait_until(app, lambda: idle() and flow.step == RECIPIENT and flow.recipient.is_ready())
    save(app, window, outdir / f"share-recipient-{theme}.png")
    flow.recipient.how.choose(BY_PASSPHRASE)
    save(app, window, outdir / f"share-passphrase-{theme}.png")
    flow.recipient.how.choose("key")

    flow.go_next()
    assert flow.step == SAVE
    sent = scratch / f"sent-{theme}"
    sent.mkdir()
    flow.save_to(sent / flow.default_path().name)
    wait_until(app, lambda: idle() and flow.save.currentWidget() is flow.save.done)
    flow.save.path.setText(str(Path("~/Documents") / flow.default_path().name))
    save(app, window, outdir / f"share-done-{theme}.png")

    bundle_path = next(sent.iterdir())
    reader = desktop.bundles.open_file(bundle_path)
    reader.resize(*READER_SIZE)
    wait_until(app, lambda: idle() and reader.pages.currentWidget() is reader.bundle_page)
    save(app, reader, outdir / f"bundle-opened-{theme}.png")
    reader.accept()

    # A copy changed in transit: refused in one calm sentence.
    damaged = bytearray(bundle_path.read_bytes())
    damaged[-100] ^= 0x01
    changed = scratch / f"changed-{theme}.zip.age"
    changed.write_bytes(bytes(damaged))
    reader = desktop.bundles.open_file(changed)
    reader.resize(*READER_SIZE)
    wait_until(app, lambda: idle() and reader.pages.currentWidget() is reader.problem_page)
    save(app, reader, outdir / f"bundle-refused-{theme}.png")
    reader.accept()

    if theme == "light":
        identity = view.therapist.identities[0].identity
        opened = open_bundle(read_bundle_file(bundle_path), identities=[identity])
        if opened.report_pdf is not None:
            pdf_pages(opened.report_pdf, outdir, scratch)


def pdf_pages(pdf: bytes, outdir: Path, scratch: Path, pages: int = 3) -> None:
    """The PDF's first pages as report-pdf-page1.png…, if `pdftoppm` is installed."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        print("pdftoppm is not installed; the PDF's pages were not drawn", file=sys.stderr)
        return
    source = scratch / "report.pdf"
    source.write_bytes(pdf)
    prefix = scratch / "report-pdf-page"
    subprocess.run(
        [tool, "-png", "-r", "80", "-f", "1", "-l", str(pages), str(source), str(prefix)],
        check=True,
    )
    for drawn in sorted(scratch.glob("report-pdf-page-*.png")):
        number = int(drawn.stem.rsplit("-", 1)[1])
        target = outdir / f"report-pdf-page{number}.png"
        shutil.move(drawn, target)
        print(target)


if __name__ == "__main__":
    sys.exit(shots_main(sys.argv, __doc__ or "", sharing_shots))
