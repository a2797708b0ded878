"""What a benchmark run found, and the table and JSON it writes.

Every row is one scenario at one journal size: median and p95 (p99 too where it is the
target), the peer it ran against in the same process run with the ratio of medians
(Afterglow / peer, so below 1 is faster), and the target it is held to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.timing import Samples

MIB = 1024 * 1024


@dataclass(frozen=True)
class Target:
    """A limit on one statistic of a row: `p95 ≤ 15 ms`, or the ratio to the peer."""

    statistic: str  # "median", "p95", "p99" or "ratio"
    limit: float  # in the row's unit, or a plain number for "ratio"
    text: str

    def met_by(self, row: Result) -> bool | None:
        value = row.statistic(self.statistic)
        return None if value is None else value <= self.limit


@dataclass(frozen=True)
class Result:
    scenario: str
    size: int | None
    samples: Samples
    unit: str = "ms"  # samples are seconds for "ms", bytes for "MB"
    peer: str | None = None
    peer_samples: Samples | None = None
    targets: tuple[Target, ...] = ()
    note: str = ""
    show_p99: bool = False

    def scaled(self, value: float) -> float:
        return value * 1000 if self.unit == "ms" else value / MIB

    def statistic(self, name: str) -> float | None:
        if name == "ratio":
            return self.ratio
        return self.scaled(getattr(self.samples, name))

    @property
    def ratio(self) -> float | None:
        if self.peer_samples is None or self.peer_samples.median == 0:
            return None
        return self.samples.median / self.peer_samples.median

    @property
    def met(self) -> bool | None:
        verdicts = [target.met_by(self) for target in self.targets]
        known = [v for v in verdicts if v is not None]
        return all(known) if known else None

    def as_json(self) -> dict[str, Any]:
        peer = self.peer_samples
        return {
            "scenario": self.scenario,
            "size": self.size,
            "unit": self.unit,
            "runs": self.samples.runs,
            "median": round(self.scaled(self.samples.median), 3),
            "p95": round(self.scaled(self.samples.p95), 3),
            "p99": round(self.scaled(self.samples.p99), 3),
            "peer": self.peer,
            "peer_median": round(self.scaled(peer.median), 3) if peer else None,
            "peer_p95": round(self.scaled(peer.p95), 3) if peer else None,
            "ratio": round(self.ratio, 3) if self.ratio is not None else None,
            "targets": [t.text for t in self.targets],
            "met": self.met,
            "note": self.note,
        }


@dataclass
class Report:
    machine: dict[str, Any]
    settings: dict[str, Any]
    results: list[Result] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # scenarios that failed to run

    def as_json(self) -> dict[str, Any]:
        return {
            "machine": self.machine,
            "settings": self.settings,
            "results": [r.as_json() for r in self.results],
            "problems": self.problems,
        }

    def write(self, folder: Path, stem: str = "latest") -> tuple[Path, Path]:
        folder.mkdir(parents=True, exist_ok=True)
        md, js = folder / f"{stem}.md", folder / f"{stem}.json"
        for path, text in ((md, self.markdown()), (js, json.dumps(self.as_json(), indent=2))):
            partial = path.with_name(path.name + ".tmp")
            partial.write_text(text + "\n", encoding="utf-8")
            partial.replace(path)
        return md, js

    def markdown(self) -> str:
        lines = [
            "| Scenario | Size | Median | p95 | Peer (median) | Ratio | Target | Met |",
            "|---|--:|--:|--:|---|--:|---|:-:|",
        ]
        for r in self.results:
            unit = r.unit
            p95 = f"{r.scaled(r.samples.p95):.1f} {unit}"
            if r.show_p99:
                p95 += f" (p99 {r.scaled(r.samples.p99):.1f})"
            peer = "-"
            if r.peer is not None and r.peer_samples is not None:
                peer = f"{r.peer}: {r.scaled(r.peer_samples.median):.1f} {unit}"
            elif r.peer is not None:
                peer = r.peer
            ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
            met = {True: "yes", False: "**no**", None: "-"}[r.met]
            scenario = r.scenario + (f" ({r.note})" if r.note else "")
            lines.append(
                f"| {scenario} | {f'{r.size:,}' if r.size else '-'} "
                f"| {r.scaled(r.samples.median):.1f} {unit} | {p95} | {peer} | {ratio} "
                f"| {'; '.join(t.text for t in r.targets) or '-'} | {met} |"
            )
        failed = [f"- Did not run: {problem}" for problem in self.problems]
        return "\n".join([*self._heading(), "", *lines, *(["", *failed] if failed else [])])

    def _heading(self) -> list[str]:
        m = self.machine
        return [
            "# Afterglow benchmark results",
            "",
            f"Run {m.get('when', '?')} on {m.get('cpu', '?')} ({m.get('cores', '?')} cores, "
            f"{m.get('memory_gib', '?')} GiB), {m.get('os', '?')}; Python "
            f"{m.get('python', '?')}, SQLCipher {m.get('sqlcipher', '?')}, "
            f"Qt {m.get('qt', '?')}. Seed {self.settings.get('seed')}, "
            f"sizes {', '.join(str(s) for s in self.settings.get('sizes', []))}. "
            "Ratios are Afterglow's median over the peer's (below 1 is faster).",
        ]
