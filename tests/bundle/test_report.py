"""The report is self-contained, escapes everything the client wrote, and leads with a summary."""

from __future__ import annotations

import html
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from afterglow.bundle import SigningIdentity
from afterglow.bundle.markdown import render_markdown
from afterglow.bundle.report import measure_score, severity

from .conftest import journal_data, make_bundle

MARKDOWN_TAGS = {
    "p", "br", "em", "strong", "code", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "hr",
}  # fmt: skip
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


class Tags(HTMLParser):
    """Collects every start tag and its attributes, and the text between them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(markup: str) -> Tags:
    parser = Tags()
    parser.feed(markup)
    parser.close()
    return parser


def test_html_in_entries_and_records_shows_as_text(signer: SigningIdentity) -> None:
    data = journal_data()
    data["entries"][0]["body"] = f"Before {HOSTILE} after"
    data["entries"][0]["title"] = HOSTILE
    data["entries"][0]["tags"] = [HOSTILE]
    data["sessions"][0]["notes"] = HOSTILE
    data["insights"][0]["text"] = HOSTILE
    data["patterns"][0]["name"] = HOSTILE
    data["actions"][0]["text"] = HOSTILE

    report = make_bundle(signer, data=data).report_html

    assert "<script" not in report.lower()
    assert "<img" not in report.lower()
    assert "onerror=alert(1)&gt;" in report
    assert html.escape(HOSTILE) in report
    assert HOSTILE in "".join(parsed(report).text)


def test_the_report_needs_nothing_from_outside(signer: SigningIdentity) -> None:
    data = journal_data()
    data["entries"][0]["body"] = "![a picture](https://example.com/x.png) [a link](javascript:x())"

    report = make_bundle(signer, data=data).report_html
    tags = parsed(report).tags

    assert {tag for tag, _ in tags}.isdisjoint({"script", "img", "link", "iframe", "object", "a"})
    for _, attributes in tags:
        for name, value in attributes:
            assert name not in {"src", "href", "srcset", "action"}
            assert not name.startswith("on")
            assert "://" not in (value or "")
    assert "url(" not in report and "@import" not in report
    assert "default-src 'none'" in report
    assert "a picture" in report and "a link" in report


def test_the_summary_comes_first_and_then_each_section_in_order(signer: SigningIdentity) -> None:
    report = make_bundle(signer).report_html
    order = [
        'id="summary"',
        'id="sessions"',
        'id="insights"',
        'id="actions"',
        'id="patterns"',
        'id="entries"',
    ]

    positions = [report.index(marker) for marker in order]

    assert positions == sorted(positions)
    summary = report[positions[0] : positions[1]]
    assert "2025-03-01 to 2025-03-14 (14 days)" in summary
    assert '<th width="30%">Entries</th><td>2</td>' in summary
    assert "4.0 in the earlier half and 7.0 in the later half (rising)" in summary
    assert "done on 7 of 14 days (50%)" in summary
    assert "7 — mild" in summary  # PHQ-9: 1+1+2+1+0+1+1+0+0
    assert "8 — mild" in summary  # GAD-7: 2+2+1+1+0+1+1


def test_entry_markdown_becomes_safe_markup(signer: SigningIdentity) -> None:
    report = make_bundle(signer).report_html

    assert "<h4>What stayed</h4>" in report
    assert "I felt <em>held</em>." in report
    assert "<ul><li>breathe</li><li>walk</li></ul>" in report
    assert "<blockquote><p>be gentle</p></blockquote>" in report


def test_an_empty_selection_still_makes_a_readable_report(signer: SigningIdentity) -> None:
    empty = journal_data(
        entries=[], sessions=[], insights=[], actions=[], practices=[], practice_logs=[],
        patterns=[], occurrences=[], measures=[],
    )  # fmt: skip

    report = make_bundle(signer, data=empty).report_html

    assert "No mood was recorded." in report
    assert "No entries were shared." in report


def test_measure_scores_fall_in_the_published_severity_bands() -> None:
    assert [severity("phq9", s) for s in (0, 4, 5, 9, 10, 14, 15, 19, 20, 27)] == [
        "minimal", "minimal", "mild", "mild", "moderate", "moderate",
        "moderately severe", "moderately severe", "severe", "severe",
    ]  # fmt: skip
    assert [severity("gad7", s) for s in (4, 5, 10, 15, 21)] == [
        "minimal", "mild", "moderate", "severe", "severe",
    ]  # fmt: skip
    assert measure_score("phq9", [3] * 9) == 27
    assert measure_score("phq9", [3] * 8) is None
    assert measure_score("gad7", [0, 1, 2, 3, 4, 0, 0]) is None


def test_a_phq9_item_9_answer_is_shown_plainly(signer: SigningIdentity) -> None:
    data = journal_data()
    data["measures"][0]["answers"] = [0, 0, 0, 0, 0, 0, 0, 0, 1]

    report = make_bundle(signer, data=data).report_html

    assert "Item 9 (thoughts of being better off dead or of self-harm): several days." in report


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&\"'*_`#->[]()!1. \nab\t\\/=")), max_size=200))
def test_markdown_output_only_ever_holds_the_safe_tags(text: str) -> None:
    result = parsed(render_markdown(text))

    for tag, attributes in result.tags:
        assert tag in MARKDOWN_TAGS
        assert attributes == []


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_markdown_keeps_every_visible_character_of_plain_words(text: str) -> None:
    words = [w for w in text.split() if w.isalnum()]

    visible = "".join(parsed(render_markdown(text)).text)

    for word in words:
        assert word in visible
