"""`python -m benchmarks.run`: generate (or reuse) the journals, run every scenario and
write `benchmarks/results/latest.md` and `latest.json`.

The command-line comparison with jrnl runs at 10,000 entries and more; typing and memory
run at the largest size asked for; cold start once.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks import machine
from benchmarks.journals import CACHE, CachedJournal, cached_journal
from benchmarks.results import Report, Result
from benchmarks.scenarios import Settings, app, cli, search, work
from benchmarks.synthetic import DEFAULT_SEED

RESULTS = Path(__file__).resolve().parent / "results"
SIZES = (1_000, 10_000, 50_000)
CLI_FROM = 10_000
SCENARIOS = ("cold-start", "search", "cli", "unlock", "work", "typing", "memory")


def log(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def scratch_copy(journal: CachedJournal, into: Path) -> Path:
    """A copy of the journal's folder that scenarios may write to."""
    shutil.rmtree(into, ignore_errors=True)
    shutil.copytree(journal.data_dir, into / "afterglow")
    return into


def run_size(
    journal: CachedJournal,
    settings: Settings,
    chosen: set[str],
    largest: bool,
    problems: list[str],
) -> list[Result]:
    rows: list[Result] = []

    def stage(name: str, step: Callable[[], list[Result]]) -> None:
        if name not in chosen:
            return
        started = time.perf_counter()
        try:
            rows.extend(step())
        except Exception as exc:  # one broken scenario must not lose the others' results
            last = (str(exc).strip().splitlines() or [""])[-1]  # the table keeps one line
            problems.append(f"{name} at {journal.size:,} entries: {type(exc).__name__}: {last}")
            log(f"  {name} at {journal.size:,} FAILED: {exc}")
            return
        log(f"  {name} at {journal.size:,}: {time.perf_counter() - started:.0f} s")

    stage("search", lambda: search.run(journal, settings))
    if journal.size >= CLI_FROM:
        stage("cli", lambda: cli.run(journal, settings))
    with tempfile.TemporaryDirectory(prefix="afterglow-bench-") as folder:
        scratch = scratch_copy(journal, Path(folder))
        stage("unlock", lambda: app.unlock(journal, scratch, settings))
        if largest:
            stage("typing", lambda: app.typing(journal, scratch, settings))
            stage("memory", lambda: app.memory(journal, scratch, settings))

        def in_process() -> list[Result]:
            unlocked = CachedJournal(scratch, journal.synthetic).unlock()
            try:
                return work.run(unlocked, journal.size, settings)
            finally:
                unlocked.lock()

        stage("work", in_process)
    return rows


def ordered(rows: list[Result]) -> list[Result]:
    """Each scenario's sizes together, scenarios in the order they first ran."""
    first: dict[str, int] = {}
    for i, row in enumerate(rows):
        first.setdefault(row.scenario, i)
    return sorted(rows, key=lambda r: (first[r.scenario], r.size or 0))


def run(
    sizes: Sequence[int], settings: Settings, chosen: set[str], out: Path, cache: Path = CACHE
) -> tuple[Path, Path]:
    report = Report(
        machine.describe(),
        {
            "seed": settings.seed,
            "sizes": list(sizes),
            "runs": settings.runs,
            "quick": settings.quick,
        },
    )
    journals = [cached_journal(settings.seed, size, cache, log=log) for size in sizes]
    rows: list[Result] = []
    if "cold-start" in chosen:
        rows.append(app.cold_start(journals[0], settings))
    for journal in journals:
        log(f"{journal.size:,} entries")
        largest = journal is journals[-1]
        rows += run_size(journal, settings, chosen, largest, report.problems)
    report.results = ordered(rows)
    return report.write(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument(
        "--sizes",
        default=",".join(str(s) for s in SIZES),
        help="journal sizes in entries, comma-separated (default: %(default)s)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--runs", type=int, default=7, help="repeats per measurement")
    parser.add_argument("--quick", action="store_true", help="fewer keys typed; for CI")
    parser.add_argument(
        "--only", default=",".join(SCENARIOS), help="scenarios to run (default: all)"
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="folder for latest.md/json")
    parser.add_argument(
        "--cache", type=Path, default=CACHE, help="folder for generated journals (reused)"
    )
    args = parser.parse_args(argv)
    sizes = sorted({int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()})
    chosen = {s.strip() for s in args.only.split(",") if s.strip()}
    unknown = chosen - set(SCENARIOS)
    if unknown or not sizes:
        parser.error(f"unknown scenarios {sorted(unknown)}" if unknown else "no sizes given")
    settings = Settings(runs=args.runs, quick=args.quick, seed=args.seed)
    md, js = run(sizes, settings, chosen, args.out, args.cache)
    log(f"wrote {md} and {js}")
    print(md.read_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
