"""Two builds of the offline engine side by side: the ratio of their speeds, measured in one run.

On a shared host the speed of one core swings by ±20 % from minute to minute, so two builds timed a
few minutes apart cannot be compared. This script alternates them instead: each round runs the rules
(``extract_candidates``, item by item, fresh strings) over the same bench_offline corpus once in each
build, in turn, in fresh interpreters, and reports every round's ratio and their median.

A build is a Python interpreter (e.g. a virtualenv holding a compiled wheel; add ``@installed`` to use
the minutesai installed in it) or a checkout directory (its sources are put first on sys.path):

    python benchmarks/compare_offline.py /tmp/venv-old/bin/python@installed /tmp/venv-new/bin/python@installed
    python benchmarks/compare_offline.py ../main-checkout .            # pure Python, two checkouts

Usage: python benchmarks/compare_offline.py A B [--mb 1] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_TIMER = """
import sys, time
sys.path.insert(0, {bench!r})
{path_setup}
from bench_offline import build_items, fresh
from minutesai.engines.offline import extract_candidates, scan
items = build_items({mb})
extract_candidates(items[0])
texts = fresh(items, 0)
t0 = time.process_time()
for text in texts:
    extract_candidates(text)
seconds = time.process_time() - t0
compiled = (scan.__file__ or "").endswith((".so", ".pyd"))
print(sum(len(t.encode("utf-8")) for t in texts) / 1e6 / seconds, compiled)
"""


def _command(build: str, mb: float) -> tuple[list[str], Path]:
    """(command, working directory) timing one pass of the rules in ``build``."""
    bench = str(ROOT / "benchmarks")
    if build.endswith("@installed"):
        python, setup, cwd = build.removesuffix("@installed"), "", ROOT.parent
    elif Path(build).is_dir():
        python, setup, cwd = sys.executable, f"sys.path.insert(0, {str(Path(build).resolve())!r})", Path(build)
    else:
        raise SystemExit(f"{build}: neither a checkout directory nor PYTHON@installed")
    code = _TIMER.format(bench=bench, path_setup=setup, mb=mb)
    return [python, "-c", code], cwd


def one_pass(build: str, mb: float) -> tuple[float, bool]:
    cmd, cwd = _command(build, mb)
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=cwd).stdout.split()
    return float(out[0]), out[1] == "True"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    ratios, speeds_a, speeds_b = [], [], []
    for r in range(args.rounds):
        order = [(args.a, speeds_a), (args.b, speeds_b)]
        for build, speeds in order if r % 2 == 0 else reversed(order):  # alternate who goes first
            speed, compiled = one_pass(build, args.mb)
            speeds.append(speed)
        ratios.append(speeds_b[-1] / speeds_a[-1])
        print(f"round {r + 1}: A {speeds_a[-1]:.3f} MB/s, B {speeds_b[-1]:.3f} MB/s, B/A {ratios[-1]:.3f}", flush=True)
    print(f"\nA = {args.a}\nB = {args.b}")
    print(f"rules item by item over {args.mb} MB, {args.rounds} alternating rounds: "
          f"A median {statistics.median(speeds_a):.3f} MB/s (best {max(speeds_a):.3f}), "
          f"B median {statistics.median(speeds_b):.3f} MB/s (best {max(speeds_b):.3f}); "
          f"B/A median {statistics.median(ratios):.3f} (range {min(ratios):.3f}-{max(ratios):.3f})")


if __name__ == "__main__":
    main()
