"""`report.pdf`: the report typeset on A4 by Qt, in memory, with the summary on page one."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from afterglow.bundle import BundleSelection, ReportContext, SigningIdentity, render_report
from afterglow.ui.sharing.pdf import PDF_TITLE, ReportPdf, render_pdf
from tests.bundle.conftest import journal_data

A4_POINTS = (595, 842)


def report_html(**changes: object) -> str:
    context = ReportContext(
        BundleSelection(since=date(2025, 3, 1), until=date(2025, 3, 14)),
        datetime(2025, 3, 14, 9, 30, tzinfo=UTC),
        "0.1.0",
        SigningIdentity.generate().fingerprint,
    )
    return render_report(journal_data(**changes), context)


def load_pdf(pdf: bytes) -> QPdfDocument:
    document = QPdfDocument()
    buffer = QBuffer(document)  # the document reads from it as long as it lives
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    return document


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page."""
    document = load_pdf(pdf)
    pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return pages


def test_the_report_becomes_a_pdf_with_the_summary_alone_on_page_one(qapp: QApplication) -> None:
    pdf = render_pdf(report_html())

    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    pages = pdf_pages(pdf)
    assert len(pages) >= 2
    assert "Journal summary" in pages[0] and "Summary" in pages[0]
    assert "PHQ-9" in pages[0]  # measure scores belong to the summary
    assert "Sessions" not in pages[0]
    assert pages[1].lstrip().startswith("Sessions")
    for number, text in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in text
    assert "I felt" in "".join(pages)  # the entries are there too


def test_pages_are_a4_and_the_metadata_holds_no_journal_text(
    qapp: QApplication, tmp_path: Path
) -> None:
    before = sorted(tmp_path.rglob("*"))
    pdf = ReportPdf()(report_html())

    document = load_pdf(pdf)
    size = document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == A4_POINTS
    assert document.metaData(QPdfDocument.MetaDataField.Title) == PDF_TITLE
    assert document.metaData(QPdfDocument.MetaDataField.Creator) == "Afterglow"
    document.close()
    assert sorted(tmp_path.rglob("*")) == before  # made in memory only


def test_a_long_report_runs_to_many_numbered_pages(qapp: QApplication) -> None:
    entry = journal_data()["entries"][0]
    entries = [
        {
            **entry,
            "id": f"0b6f4a52-6a2d-4d7e-9d0e-{i:012d}",
            "title": f"Day {i}",
            "body": "A " * 400,
        }
        for i in range(40)
    ]

    pages = pdf_pages(render_pdf(report_html(entries=entries)))

    assert len(pages) > 5
    assert f"{len(pages)} / {len(pages)}" in pages[-1]
