"""Afterglow's benchmarks: synthetic journals, the scenarios that matter, and peers.

`python -m benchmarks.run` (or `make bench`) writes `benchmarks/results/latest.md` and
`latest.json`; see docs/performance.md. Nothing here is part of the installed package.
"""
