"""Translations: the committed template (translations/afterglow.ts) holds every message
the app can show, the words said outside widget classes are looked up where lupdate files
them, and widget text is never set from a bare literal that skips tr()."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from afterglow.core.action import ActionStatus
from afterglow.core.entries import EntryKind
from afterglow.core.insight import InsightStatus
from afterglow.ui.actions import wording as action_words
from afterglow.ui.help.shortcuts import GENERAL
from afterglow.ui.insights import wording as insight_words
from afterglow.ui.journal import wording as journal_words
from afterglow.ui.sections import sections
from afterglow.ui.sharing import wording as sharing_words
from afterglow.ui.words import translated

ROOT = Path(__file__).parents[2]
TEMPLATE = ROOT / "translations" / "afterglow.ts"
TOOLS = Path(sys.executable).parent
# As `make translations` runs it.
LUPDATE_FLAGS = [
    "-extensions", "py",
    "-tr-function-alias", "tr+=_tr,tr+=_translate",
    "-locations", "none",
    "-no-obsolete",
    "-source-language", "en",
]  # fmt: skip

Message = tuple[str, str, str, bool]  # context, source, disambiguation, has plural forms


def lupdate(out: Path, *extra: str) -> None:
    tool = TOOLS / "pyside6-lupdate"
    assert tool.exists(), "pyside6-lupdate comes with PySide6; make test installs it"
    subprocess.run(
        [str(tool), *LUPDATE_FLAGS, *extra, str(ROOT / "desktop" / "afterglow"), "-ts", str(out)],
        check=True,
        capture_output=True,
    )


def messages(ts: Path) -> set[Message]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return found


def test_the_committed_template_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "afterglow.ts"
    lupdate(fresh)
    current, committed = messages(fresh), messages(TEMPLATE)
    assert current - committed == set(), "run `make translations` and commit the template"
    assert committed - current == set(), "run `make translations` and commit the template"
    assert len(current) > 1000


def test_make_translations_runs_lupdate_as_this_test_does() -> None:
    makefile = (ROOT / "Makefile").read_text()
    recipe = makefile.split("\ntranslations:", 1)[1].split("\n\n", 1)[0].replace("\\\n", " ")
    assert "pyside6-lupdate" in recipe
    assert " ".join(LUPDATE_FLAGS) in " ".join(recipe.split())
    assert "-ts translations/afterglow.ts" in " ".join(recipe.split())


MARK = "⟪{}⟫"


@pytest.fixture
def pseudo_translation(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Every message translated to itself in ⟪brackets⟫, plural forms too, and installed."""
    ts = tmp_path / "pseudo.ts"
    lupdate(ts, "-target-language", "en_GB")
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = MARK.format(source)
        else:
            translation.text = MARK.format(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "pseudo.qm"
    lrelease = shutil.which("pyside6-lrelease", path=str(TOOLS))
    assert lrelease is not None
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_words_said_outside_widgets_find_their_translation(pseudo_translation: None) -> None:
    today = date(2026, 3, 14)
    said = [
        action_words.due_words(today, today),  # a wording module's _tr()
        action_words.status_name(ActionStatus.IN_PROGRESS),  # a name marked for later
        insight_words.status_name(InsightStatus.EXPLORING),
        journal_words.kind_name(EntryKind.CHECK_IN),
        journal_words.time_ago(3),  # with plural forms
        journal_words.time_ago(24),
        sharing_words.counted("entries", 5),
        translated("Due tomorrow"),
        *(section.title for section in sections()),  # marked where they are listed
        QCoreApplication.translate("Shortcuts", GENERAL),
    ]
    untranslated = [words for words in said if not (words.startswith("⟪") and "⟫" in words)]
    assert untranslated == []


# -- no literals -------------------------------------------------------------------------

# Calls that put text in front of a person: Qt setters and constructors, and the app's
# own helpers for labels and buttons.
TEXT_CALLS = {
    "setText", "setPlaceholderText", "setToolTip", "setWindowTitle", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setWhatsThis", "setTitle", "addItem",
    "insertItem", "setHeaderLabels", "setTabText", "addTab", "setLabelText",
    "setInformativeText", "setDetailedText", "setSuffix", "setPrefix",
    "setSpecialValueText", "showMessage", "addMenu", "addAction",
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "text_label", "button",
}  # fmt: skip

# Literal text that is the same in every language, and why.
SAME_IN_EVERY_LANGUAGE = {
    ("main_window.py", "Afterglow"),  # the app's name, in the window title
    ("sharing/contacts.py", "age1…"),  # how every age public key begins
    ("unlock.py", "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"),  # the recovery key's shape
    ("sharing/save_step.py", "age -d"),  # commands to type, which are not translated
}


def literal_text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def test_no_widget_text_is_set_from_a_bare_literal() -> None:
    ui = ROOT / "desktop" / "afterglow" / "ui"
    found = []
    for path in sorted(ui.rglob("*.py")):
        where = path.relative_to(ui).as_posix()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            text = literal_text(node.args[0])
            if name not in TEXT_CALLS or text is None or not any(c.isalpha() for c in text):
                continue
            if any(where == f and text.startswith(t) for f, t in SAME_IN_EVERY_LANGUAGE):
                continue
            found.append(f"{where}:{node.lineno}: {name}({text[:40]!r})")
    assert found == []
