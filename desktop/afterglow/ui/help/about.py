"""About Afterglow: what it is, its version and licence, and that nothing leaves the computer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QVBoxLayout, QWidget

from afterglow import __version__
from afterglow.ui.widgets.page import GlowMark, text_label

LICENSE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Afterglow"))
        self.setMinimumWidth(440)
        name = text_label(self.tr("Afterglow"), "title", wrap=False)
        self.version = text_label(self.tr("Version %1").replace("%1", __version__), "muted")
        brand = QVBoxLayout()
        brand.setSpacing(2)
        brand.addWidget(name)
        brand.addWidget(self.version)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(GlowMark(56), 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(brand, 1)

        what = text_label(
            self.tr("A private journal for the weeks after ketamine-assisted therapy sessions.")
        )
        self.privacy = text_label(
            self.tr(
                "Everything you write stays on this computer, encrypted. Nothing is sent "
                "anywhere: there is no account and no server."
            )
        )
        self.license = text_label("", "muted")
        self.license.setTextFormat(Qt.TextFormat.RichText)
        self.license.setOpenExternalLinks(True)
        self.license.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.license.setText(
            self.tr("Free software under the %1, version 3 or later.").replace(
                "%1",
                f'<a href="{LICENSE_URL}">{self.tr("GNU General Public License")}</a>',
            )
        )
        self.license.setAccessibleName(
            self.tr("Free software under the GNU General Public License, version 3 or later.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(what)
        layout.addWidget(self.privacy)
        layout.addWidget(self.license)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.close_button.setFocus()
