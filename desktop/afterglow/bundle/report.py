"""`report.html`: a calm, printable summary of what the client chose to share.

Self-contained (one file, no scripts, nothing fetched) and built only from escaped text:
entry bodies go through the safe Markdown subset, everything else is plain text. The
summary comes first, then sessions, insights, actions, patterns and the entries.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from afterglow.bundle.markdown import render_markdown, render_plain
from afterglow.bundle.selection import BundleSelection
from afterglow.core.measures import Instrument, InvalidMeasure
from afterglow.measures import ANSWER_SCALE, PHQ9_SELF_HARM_ITEM, score_answers
from afterglow.measures import severity as band_of

HtmlRenderer = Callable[[Mapping[str, Any], "ReportContext"], str]

ROUTES = {
    "iv": "IV infusion",
    "im": "Intramuscular injection (IM)",
    "sublingual": "Sublingual lozenge or troche",
    "intranasal": "Intranasal",
    "esketamine_nasal": "Esketamine nasal spray",
    "oral": "Oral",
    "other": "Other route",
}
INSTRUMENTS = {"phq9": "PHQ-9 (depression)", "gad7": "GAD-7 (anxiety)"}
PHQ9_ITEM_9 = "Item 9 (thoughts of being better off dead or of self-harm)"
FREQUENCY_WORDS = tuple(choice.label.lower() for choice in ANSWER_SCALE)

_STYLE = """
@page { margin: 2cm; }
body { margin: 0; color: #222; background: #fff;
  font-family: Georgia, "DejaVu Serif", "Times New Roman", serif; font-size: 11pt;
  line-height: 1.5; }
main { max-width: 680px; margin: 40px auto; padding: 0 20px; }
h1, h2, h3, h4, h5, h6 { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
  font-weight: 600; color: #1d2b36; }
h1 { font-size: 20pt; margin: 0 0 4px; }
h2 { font-size: 15pt; margin: 36px 0 10px; padding-bottom: 3px;
  border-bottom: 1px solid #c9d2d9; }
h3 { font-size: 12pt; margin: 22px 0 4px; }
h4, h5, h6 { font-size: 11pt; margin: 14px 0 4px; }
p { margin: 6px 0 10px; }
.meta { color: #5a6570; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: 10pt; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px;
  border-bottom: 1px solid #e4e8eb; }
th { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; font-weight: 600; }
table.fields th { color: #5a6570; font-weight: normal; width: 30%; }
blockquote { margin: 8px 0 8px 6px; padding-left: 14px; border-left: 3px solid #d5dde3;
  color: #44505a; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 10pt; }
ul, ol { padding-left: 22px; }
article { margin: 18px 0 28px; }
.empty { color: #5a6570; font-style: italic; }
footer { margin-top: 44px; color: #5a6570; font-size: 9pt; }
@media print {
  main { margin: 0; max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
}
"""


@dataclass(frozen=True)
class ReportContext:
    """What the report says about the bundle itself, besides the data."""

    selection: BundleSelection
    created_at: datetime
    app_version: str
    signer_fingerprint: str


def render_report(data: Mapping[str, Any], context: ReportContext) -> str:
    """The complete `report.html` for `data` (the selection in the interchange format)."""
    entries = sorted(
        _records(data, "entries"), key=lambda e: (_text(e.get("date")), _text(e.get("created_at")))
    )
    sessions = sorted(_records(data, "sessions"), key=lambda s: _text(s.get("started_at")))
    period = _period(data, context.selection)
    body = "".join(
        (
            _header(context),
            _summary(data, entries, period),
            _sessions(sessions),
            _insights(data, entries, sessions),
            _actions(data),
            _patterns(data, period),
            _entries(entries),
            _footer(context),
        )
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Afterglow journal summary</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


# ---- sections -------------------------------------------------------------------------


def _header(context: ReportContext) -> str:
    shared = context.created_at.strftime("%Y-%m-%d %H:%M")
    return (
        "<header><h1>Journal summary</h1>"
        f'<p class="meta">Shared from Afterglow {_e(context.app_version)} on {_e(shared)}.</p>'
        f"<p><strong>What was shared:</strong> {_e(context.selection.in_words())}</p></header>\n"
    )


def _summary(
    data: Mapping[str, Any], entries: list[Mapping[str, Any]], period: tuple[date, date] | None
) -> str:
    rows = [
        ("Period", _period_words(period)),
        ("Entries", _e(str(len(entries)))),
        ("Mood", _e(_mood_trend(entries))),
    ]
    parts = ['<section id="summary"><h2>Summary</h2>', _fields(rows)]
    parts.append(_mood_table(entries))
    parts.append(_practices(data, period))
    parts.append(_measures(data))
    parts.append("</section>\n")
    return "".join(parts)


def _mood_table(entries: list[Mapping[str, Any]]) -> str:
    weeks: dict[date, list[Mapping[str, Any]]] = defaultdict(list)
    for entry in entries:
        day = _date(entry.get("date"))
        if day is not None:
            weeks[day - timedelta(days=day.weekday())].append(entry)
    if len(weeks) < 2:
        return ""
    rows = []
    for week in sorted(weeks):
        items = weeks[week]
        rows.append(
            f"<tr><td>{week.isoformat()}</td><td>{len(items)}</td>"
            f"<td>{_average(items, 'mood')}</td><td>{_average(items, 'energy')}</td></tr>"
        )
    headings = ("Week of", "Entries", "Average mood", "Average energy")
    return "<h3>By week</h3>" + _table(headings, rows)


def _practices(data: Mapping[str, Any], period: tuple[date, date] | None) -> str:
    practices = _records(data, "practices")
    logs = _records(data, "practice_logs")
    if not practices:
        return ""
    done_days: dict[str, set[str]] = defaultdict(set)
    for log in logs:
        if log.get("done") is True:
            done_days[_text(log.get("practice_id"))].add(_text(log.get("date")))
    days = (period[1] - period[0]).days + 1 if period else None
    rows = []
    for practice in practices:
        done = len(done_days.get(_text(practice.get("id")), set()))
        if days:
            adherence = f"done on {done} of {days} days ({round(100 * done / days)}%)"
        else:
            adherence = f"done {done} time{'s' if done != 1 else ''}"
        target = " ".join(_text(practice.get(k)) for k in ("target", "unit", "schedule")).strip()
        rows.append(
            f"<tr><td>{_e(_text(practice.get('name')) or 'Practice')}</td><td>{_e(target)}</td>"
            f"<td>{_e(adherence)}</td></tr>"
        )
    return "<h3>Practices</h3>" + _table(("Practice", "Aim", "Adherence"), rows)


def _measures(data: Mapping[str, Any]) -> str:
    measures = sorted(_records(data, "measures"), key=lambda m: _text(m.get("taken_at")))
    if not measures:
        return ""
    rows = []
    for measure in measures:
        instrument = _text(measure.get("instrument"))
        score = measure_score(instrument, measure.get("answers"))
        if score is None:
            result = "not scored (answers incomplete)"
        else:
            result = f"{score} — {severity(instrument, score)}"
        note = ""
        answers = measure.get("answers")
        if instrument == "phq9" and score is not None and isinstance(answers, list):
            item_9 = answers[PHQ9_SELF_HARM_ITEM]
            if item_9:
                note = f"{PHQ9_ITEM_9}: {FREQUENCY_WORDS[item_9]}."
        rows.append(
            f"<tr><td>{_e(_when(measure.get('taken_at')))}</td>"
            f"<td>{_e(INSTRUMENTS.get(instrument, instrument))}</td><td>{_e(result)}</td>"
            f"<td>{_e(note)}</td></tr>"
        )
    headings = ("Taken", "Measure", "Score", "Note")
    return "<h3>Self-report measures</h3>" + _table(headings, rows)


def _sessions(sessions: list[Mapping[str, Any]]) -> str:
    if not sessions:
        return _empty_section("sessions", "Sessions", "No sessions were shared.")
    parts = ['<section id="sessions"><h2>Sessions</h2>']
    for session in sessions:
        route = ROUTES.get(_text(session.get("route")), _text(session.get("route")))
        dose = session.get("dose_mg")
        rows = [
            ("Route", route),
            (
                "Dose",
                f"{dose:g} mg"
                if isinstance(dose, int | float) and not isinstance(dose, bool)
                else "",
            ),
            ("Setting", _text(session.get("setting"))),
            ("Provider", _text(session.get("provider"))),
            ("Support person", _text(session.get("support_person"))),
            ("Music", _text(session.get("music"))),
            ("Mood before → after", _mood_change(session)),
            ("Tags", _tags(session)),
        ]
        parts.append(f'<article class="card"><h3>{_e(_when(session.get("started_at")))}</h3>')
        parts.append(_fields([(_e(name), _e(value)) for name, value in rows if value]))
        for field, title in (
            ("intention", "Intention"),
            ("notes", "What came up"),
            ("body_sensations", "Body sensations"),
        ):
            text = _text(session.get(field))
            if text.strip():
                parts.append(f"<h4>{title}</h4>{render_plain(text)}")
        parts.append("</article>")
    parts.append("</section>\n")
    return "".join(parts)


def _insights(
    data: Mapping[str, Any], entries: list[Mapping[str, Any]], sessions: list[Mapping[str, Any]]
) -> str:
    insights = sorted(_records(data, "insights"), key=lambda i: _text(i.get("created_at")))
    if not insights:
        return _empty_section("insights", "Insights", "No insights were shared.")
    entry_names = {_text(e.get("id")): _entry_name(e) for e in entries}
    session_names = {
        _text(s.get("id")): f"session of {_when(s.get('started_at'))}" for s in sessions
    }
    parts = ['<section id="insights"><h2>Insights</h2><ul>']
    for insight in insights:
        star = "★ " if insight.get("starred") is True else ""
        details = [_text(insight.get("status")).replace("_", " "), _when(insight.get("created_at"))]
        source = entry_names.get(_text(insight.get("entry_id"))) or session_names.get(
            _text(insight.get("session_id"))
        )
        if source:
            details.append(f"from {source}")
        tags = _tags(insight)
        if tags:
            details.append(tags)
        parts.append(
            f"<li><p>{_e(star)}{_e(_text(insight.get('text')))}</p>"
            f'<p class="meta">{_e(" · ".join(d for d in details if d))}</p></li>'
        )
    parts.append("</ul></section>\n")
    return "".join(parts)


def _actions(data: Mapping[str, Any]) -> str:
    actions = sorted(_records(data, "actions"), key=lambda a: _text(a.get("created_at")))
    if not actions:
        return _empty_section("actions", "Actions", "No actions were shared.")
    rows = []
    for action in actions:
        status = _text(action.get("status")).replace("_", " ")
        if action.get("done_at"):
            status += f" ({_when(action.get('done_at'))})"
        rows.append(
            f"<tr><td>{_e(_text(action.get('text')))}</td><td>{_e(_text(action.get('kind')))}</td>"
            f"<td>{_e(status)}</td><td>{_e(_text(action.get('due')))}</td></tr>"
        )
    table = _table(("Action", "Kind", "Status", "Due"), rows)
    return f'<section id="actions"><h2>Actions</h2>{table}</section>\n'


def _patterns(data: Mapping[str, Any], period: tuple[date, date] | None) -> str:
    patterns = _records(data, "patterns")
    if not patterns:
        return _empty_section("patterns", "Patterns", "No patterns were shared.")
    occurrences: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for occurrence in _records(data, "occurrences"):
        occurrences[_text(occurrence.get("pattern_id"))].append(occurrence)
    parts = ['<section id="patterns"><h2>Patterns</h2>']
    for pattern in patterns:
        seen = sorted(
            occurrences.get(_text(pattern.get("id")), []), key=lambda o: _text(o.get("occurred_at"))
        )
        parts.append(f"<article><h3>{_e(_text(pattern.get('name')) or 'Pattern')}</h3>")
        status = _text(pattern.get("status"))
        summary = f"{len(seen)} occurrence{'s' if len(seen) != 1 else ''}"
        trend = _occurrence_trend(seen, period)
        parts.append(
            f'<p class="meta">{_e(" · ".join(x for x in (status, summary, trend) if x))}</p>'
        )
        description = _text(pattern.get("description"))
        if description.strip():
            parts.append(render_plain(description))
        if seen:
            rows = [
                f"<tr><td>{_e(_when(o.get('occurred_at')))}</td>"
                f"<td>{_e(_text(o.get('trigger')))}</td><td>{_e(_text(o.get('response')))}</td>"
                f"<td>{_e(_text(o.get('alternative')))}</td>"
                f"<td>{_e(_score(o.get('intensity')))}</td></tr>"
                for o in seen
            ]
            headings = ("When", "Trigger", "Response", "Instead, I'd like to", "Intensity")
            parts.append(_table(headings, rows))
        parts.append("</article>")
    parts.append("</section>\n")
    return "".join(parts)


def _entries(entries: list[Mapping[str, Any]]) -> str:
    if not entries:
        return _empty_section("entries", "Entries", "No entries were shared.")
    parts = ['<section id="entries"><h2>Entries</h2>']
    for entry in entries:
        details = [
            _text(entry.get("kind")).replace("_", " "),
            f"mood {_score(entry.get('mood'))}" if _score(entry.get("mood")) else "",
            f"energy {_score(entry.get('energy'))}" if _score(entry.get("energy")) else "",
            ", ".join(_strings(entry.get("emotions"))),
            _tags(entry),
        ]
        parts.append(f"<article><h3>{_e(_entry_name(entry))}</h3>")
        parts.append(f'<p class="meta">{_e(" · ".join(d for d in details if d))}</p>')
        prompt = _text(entry.get("prompt"))
        if prompt.strip():
            parts.append(f"<blockquote><p>{_e(prompt)}</p></blockquote>")
        parts.append(render_markdown(_text(entry.get("body"))))
        parts.append("</article>")
    parts.append("</section>\n")
    return "".join(parts)


def _footer(context: ReportContext) -> str:
    return (
        "<footer><p>This summary was made by the client in Afterglow and signed by their "
        f"journal's key, fingerprint <code>{_e(context.signer_fingerprint)}</code>. Afterglow "
        "gives no medical advice; measure scores are self-reported.</p></footer>\n"
    )


# ---- measures -------------------------------------------------------------------------


def measure_score(instrument: str, answers: Any) -> int | None:
    """The total score of a PHQ-9 or GAD-7, or None if the answers are incomplete."""
    if instrument not in tuple(Instrument) or not isinstance(answers, list):
        return None
    try:
        return score_answers(Instrument(instrument), answers).total
    except InvalidMeasure:
        return None


def severity(instrument: str, score: int) -> str:
    """The published severity band for a score, in words ("moderately severe")."""
    if instrument not in tuple(Instrument):
        return "unknown"
    try:
        return band_of(Instrument(instrument), score).label
    except InvalidMeasure:
        return "unknown"


# ---- small helpers --------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _text(value: Any) -> str:
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    return ""


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _records(data: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    value = data.get(name)
    return [r for r in value if isinstance(r, Mapping)] if isinstance(value, list) else []


def _tags(record: Mapping[str, Any]) -> str:
    return " ".join(f"#{tag}" for tag in _strings(record.get("tags")))


def _score(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return ""


def _date(value: Any) -> date | None:
    text = _text(value)
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _when(value: Any) -> str:
    text = _text(value)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if len(text) <= 10:
        return moment.date().isoformat()
    return moment.strftime("%Y-%m-%d %H:%M")


def _entry_name(entry: Mapping[str, Any]) -> str:
    title = _text(entry.get("title")).strip()
    day = _text(entry.get("date"))
    return f"{day} — {title}" if title else day or "Entry"


def _mood_change(session: Mapping[str, Any]) -> str:
    before, after = _score(session.get("mood_before")), _score(session.get("mood_after"))
    if not before and not after:
        return ""
    return f"{before or '—'} → {after or '—'}"


def _fields(rows: Sequence[tuple[str, str]]) -> str:
    """A two-column table of names and values, both already escaped."""
    if not rows:
        return ""
    # The width attribute as well as the CSS: Qt's rich text, which typesets the PDF,
    # reads only the attribute.
    items = "".join(
        f'<tr><th width="30%">{name}</th><td>{value}</td></tr>' for name, value in rows
    )
    return f'<table class="fields" width="100%" cellpadding="4">{items}</table>'


def _table(headings: Sequence[str], rows: Sequence[str]) -> str:
    """A table with `headings` over `rows` (each already `<tr>…</tr>`)."""
    head = "".join(f"<th>{_e(h)}</th>" for h in headings)
    return (
        f'<table width="100%" cellpadding="4"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _empty_section(anchor: str, title: str, sentence: str) -> str:
    return f'<section id="{anchor}"><h2>{title}</h2><p class="empty">{sentence}</p></section>\n'


def _moods(entries: Iterable[Mapping[str, Any]], key: str = "mood") -> list[int]:
    return [v for e in entries if isinstance(v := e.get(key), int) and not isinstance(v, bool)]


def _average(entries: Iterable[Mapping[str, Any]], key: str) -> str:
    values = _moods(entries, key)
    return f"{sum(values) / len(values):.1f}" if values else "—"


def _mood_trend(entries: list[Mapping[str, Any]]) -> str:
    moods = _moods(entries)
    if not moods:
        return "No mood was recorded."
    if len(moods) == 1:
        return f"One mood recorded: {moods[0]} out of 10."
    half = len(moods) // 2
    first = sum(moods[:half]) / half
    second = sum(moods[half:]) / (len(moods) - half)
    if second - first >= 1:
        direction = "rising"
    elif first - second >= 1:
        direction = "falling"
    else:
        direction = "about the same"
    return (
        f"Average {sum(moods) / len(moods):.1f} out of 10 over {len(moods)} entries; "
        f"{first:.1f} in the earlier half and {second:.1f} in the later half ({direction})."
    )


def _occurrence_trend(
    occurrences: list[Mapping[str, Any]], period: tuple[date, date] | None
) -> str:
    if period is None or len(occurrences) < 2:
        return ""
    start, end = period
    middle = start + (end - start) / 2
    days = [d for o in occurrences if (d := _date(o.get("occurred_at"))) is not None]
    earlier = sum(1 for d in days if d <= middle)
    later = len(days) - earlier
    return f"{earlier} in the earlier half of the period, {later} in the later half"


def _period(data: Mapping[str, Any], selection: BundleSelection) -> tuple[date, date] | None:
    days = []
    for collection, field in (
        ("entries", "date"),
        ("sessions", "started_at"),
        ("practice_logs", "date"),
        ("measures", "taken_at"),
        ("occurrences", "occurred_at"),
    ):
        for record in _records(data, collection):
            day = _date(record.get(field))
            if day is not None:
                days.append(day)
    start = selection.since or (min(days) if days else None)
    end = selection.until or (max(days) if days else None)
    if start is None or end is None or start > end:
        return None
    return start, end


def _period_words(period: tuple[date, date] | None) -> str:
    if period is None:
        return "—"
    start, end = period
    days = (end - start).days + 1
    return _e(f"{start.isoformat()} to {end.isoformat()} ({days} day{'s' if days != 1 else ''})")
