"""The report view loads nothing from outside the report and follows no links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from afterglow.ui.sharing.report_browser import ReportBrowser


def test_images_and_style_sheets_on_disk_are_not_loaded(qtbot: QtBot, tmp_path: Path) -> None:
    picture = tmp_path / "tracker.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    style = tmp_path / "style.css"
    style.write_text("p { color: #ff0000; }")
    browser = ReportBrowser("Report")
    qtbot.addWidget(browser)
    image_url = QUrl.fromLocalFile(str(picture))
    html = (
        f'<html><head><link rel="stylesheet" href="{QUrl.fromLocalFile(str(style)).toString()}">'
        f'</head><body><p>Words</p><img src="{image_url.toString()}"></body></html>'
    )

    browser.show_report(html)

    document = browser.document()
    shown = document.resource(QTextDocument.ResourceType.ImageResource, image_url)
    assert isinstance(shown, QImage) and shown.size().width() == 1  # a blank pixel, not the file
    assert shown.pixelColor(0, 0).alpha() == 0
    web = QUrl("https://example.com/pixel.png")
    assert browser.loadResource(int(QTextDocument.ResourceType.ImageResource), web) is None
    block = document.findBlock(0)
    assert block.charFormat().foreground().color() != QColor("#ff0000")
    browser.resize(300, 200)
    browser.show()
    drawn = browser.viewport().grab().toImage()
    red = QColor("red")
    assert not any(
        drawn.pixelColor(x, y) == red for x in range(drawn.width()) for y in range(drawn.height())
    )


def test_links_are_not_followed(qtbot: QtBot) -> None:
    browser = ReportBrowser("Report")
    qtbot.addWidget(browser)
    browser.show_report('<p><a href="https://example.com/">a link</a></p>')

    browser.anchorClicked.emit(QUrl("https://example.com/"))

    assert browser.source().isEmpty()
    assert "a link" in browser.text_shown
    assert not browser.openLinks() and not browser.openExternalLinks()


def test_forgetting_leaves_no_text(qtbot: QtBot) -> None:
    browser = ReportBrowser("Report")
    qtbot.addWidget(browser)
    browser.show_report("<p>Something private</p>")

    browser.forget()

    assert browser.text_shown.strip() == ""
    assert not browser.document().isUndoAvailable()
