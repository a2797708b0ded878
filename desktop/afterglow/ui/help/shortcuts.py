"""The keyboard shortcuts window, made from the window's own actions so it never drifts.

Every action with a shortcut is listed under a group: the one it was filed under with
`file_under`, else the menu it sits in, else "General".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from afterglow.ui.widgets.page import text_label

GROUP_PROPERTY = "shortcut-group"

# Groups an action may be filed under; marked for translation here, translated when shown.
WRITING = str(QT_TRANSLATE_NOOP("Shortcuts", "Writing"))
GENERAL = str(QT_TRANSLATE_NOOP("Shortcuts", "General"))


def file_under(action: QAction, group: str) -> QAction:
    """Lists `action` under `group` (an untranslated name such as `WRITING`)."""
    action.setProperty(GROUP_PROPERTY, group)
    return action


@dataclass(frozen=True)
class Shortcut:
    """One line of the window: what it does, and the keys that do it."""

    text: str
    keys: tuple[str, ...]  # as the platform writes them, e.g. "Ctrl+N"


@dataclass(frozen=True)
class ShortcutGroup:
    title: str
    shortcuts: tuple[Shortcut, ...]


def action_text(action: QAction) -> str:
    """The action's words without the mnemonic ampersand or a trailing ellipsis."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


def _menu_of(action: QAction) -> QMenu | None:
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return owner
    return None


def _group_of(action: QAction) -> str:
    explicit = action.property(GROUP_PROPERTY)
    if isinstance(explicit, str) and explicit:
        return QCoreApplication.translate("Shortcuts", explicit)
    menu = _menu_of(action)
    if menu is not None:
        return menu.title().replace("&", "")
    return QCoreApplication.translate("Shortcuts", GENERAL)


def collect_shortcuts(window: QWidget) -> list[ShortcutGroup]:
    """Every action in `window` that has a shortcut, grouped.

    Actions are found as the window's children, so the window, its sections and its
    menus all show up, whoever added them. Menus come in menu-bar order with their
    actions in menu order; other groups follow, and the last menu (Help) ends the list.
    """
    menu_titles = []
    if isinstance(window, QMainWindow):
        for entry in window.menuBar().actions():
            menu = entry.menu()
            if isinstance(menu, QMenu):
                menu_titles.append(menu.title().replace("&", ""))

    def place(action: QAction) -> tuple[int, int]:
        menu = _menu_of(action)
        if menu is None or action.property(GROUP_PROPERTY):
            return 0, 0
        return 0, menu.actions().index(action)

    groups: dict[str, list[tuple[tuple[int, int], Shortcut]]] = {}
    listed: set[tuple[str, tuple[str, ...]]] = set()
    for action in window.findChildren(QAction):
        keys = tuple(
            key.toString(QKeySequence.SequenceFormat.NativeText)
            for key in action.shortcuts()
            if not key.isEmpty()
        )
        text = action_text(action)
        if not keys or not text or (text, keys) in listed:
            continue
        listed.add((text, keys))
        groups.setdefault(_group_of(action), []).append((place(action), Shortcut(text, keys)))

    met = list(groups)

    def group_order(title: str) -> tuple[int, int]:
        if title in menu_titles:
            last = menu_titles.index(title) == len(menu_titles) - 1
            return (2, 0) if last else (0, menu_titles.index(title))
        return 1, met.index(title)

    return [
        ShortcutGroup(title, tuple(s for _, s in sorted(groups[title], key=lambda p: p[0])))
        for title in sorted(groups, key=group_order)
    ]


class ShortcutsWindow(QDialog):
    """A list of every shortcut, by group; Escape or Close puts it away."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("ShortcutsWindow")
        self.resize(560, 640)
        heading = text_label(self.tr("Keyboard shortcuts"), "heading")
        lead = text_label(
            self.tr(
                "Tab and Shift+Tab move between controls, arrow keys move in lists, and "
                "Escape closes a window. While you write, Ctrl+1 to Ctrl+3 make headings."
            ),
            "muted",
        )
        self.list = QTreeWidget()
        self.list.setObjectName("Shortcuts")
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setUniformRowHeights(False)
        self.list.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.list.setAccessibleDescription(self.tr("Each action, and the keys that do it"))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.groups = collect_shortcuts(window)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(lead)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.setFocusProxy(self.list)  # opening it puts the focus in the list, to scroll it

    def _fill(self) -> None:
        or_word = self.tr("or")
        for group in self.groups:
            title = QTreeWidgetItem([group.title])
            title.setFirstColumnSpanned(True)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = title.font(0)
            font.setBold(True)
            title.setFont(0, font)
            title.setData(0, Qt.ItemDataRole.AccessibleTextRole, group.title)
            title.setData(0, Qt.ItemDataRole.UserRole, "group")
            self.list.addTopLevelItem(title)
            for shortcut in group.shortcuts:
                keys = f" {or_word} ".join(shortcut.keys)
                row = QTreeWidgetItem([shortcut.text, keys])
                row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{shortcut.text}: {keys}")
                self.list.addTopLevelItem(row)
        first = next((i for i in self._items() if i.flags() & Qt.ItemFlag.ItemIsSelectable), None)
        if first is not None:
            self.list.setCurrentItem(first)

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in found if item is not None]

    def rows(self) -> list[tuple[str, str]]:
        """What the list shows, (action, keys) per line; a group's line has no keys."""
        return [(item.text(0), item.text(1)) for item in self._items()]
