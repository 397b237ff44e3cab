"""Instruction counts of the offline engine: steadier than timings on a shared, noisy machine.

Runs ``extract_candidates`` (or, with ``--pipeline``, ``minutesai.summarise(engine="offline")``) over
``--mb`` MB of the bench_offline corpus under valgrind's callgrind, once with the work and once
without it (imports, pattern compiling and one warm-up call only), and prints the difference: the
instructions the work itself took. Needs ``valgrind`` on PATH. To compare two checkouts, run it in
each.

    python benchmarks/icount_offline.py --mb 0.3
    python benchmarks/icount_offline.py --mb 0.2 --pipeline
    /path/to/venv/bin/python benchmarks/icount_offline.py --mb 0.3 --installed   # the build installed there

``--installed`` counts the minutesai installed in the interpreter running the script (e.g. the opt-in compiled
build in a virtualenv) instead of this checkout's sources.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from callgrind import instructions  # benchmarks/ is on sys.path when a script here runs

ROOT = Path(__file__).resolve().parents[1]


def _work(mb: float, pipeline: bool, installed: bool) -> None:
    if not installed:
        sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_offline import build_items, fresh

    import minutesai
    from minutesai.engines.offline import extract_candidates

    items = build_items(max(mb, 0.01))
    extract_candidates(items[0])
    minutesai.summarise(items[1], engine="offline")
    for text in fresh(items, 0) if mb > 0 else []:
        if pipeline:
            minutesai.summarise(text, engine="offline")
        else:
            extract_candidates(text)


def _instructions(mb: float, pipeline: bool, installed: bool) -> int:
    flags = (["--pipeline"] if pipeline else []) + (["--installed"] if installed else [])
    # an installed build runs from outside the checkout, so that the checkout's package is not imported instead
    return instructions(__file__, ["--child", "--mb", str(mb), *flags], cwd=ROOT.parent if installed else None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=0.3)
    parser.add_argument("--pipeline", action="store_true", help="time summarise() instead of the rules alone")
    parser.add_argument("--installed", action="store_true", help="count the minutesai installed in this interpreter")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _work(args.mb, args.pipeline, args.installed)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    total = _instructions(args.mb, args.pipeline, args.installed)
    fixed = _instructions(0.0, args.pipeline, args.installed)
    what = "summarise(engine='offline')" if args.pipeline else "extract_candidates"
    print(f"{what} over {args.mb} MB: {total - fixed:,} instructions (total {total:,}, fixed start-up {fixed:,})")


if __name__ == "__main__":
    main()
