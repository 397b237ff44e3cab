"""CI check of the opt-in compiled build of the offline engine (mypyc, via hatch-mypyc).

Builds the wheel with the mypyc hook enabled (HATCH_BUILD_HOOK_ENABLE_MYPYC=1) from a copy of the
package sources (the hook leaves its .so files next to the sources it builds from, so never from the
checkout itself), installs it into a throwaway venv that sees this environment's packages, and checks
that (a) every module of minutesai/engines/offline is loaded from a compiled extension, and (b) the
offline output on the bundled examples is identical to that of this checkout's pure-Python package.

Usage: python .ci/check_compiled.py
(internally also: python check_compiled.py --dump OUT.json --expect compiled|pure)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["pyproject.toml", "README.md", "minutesai", "prompts"]
EXAMPLES = ["examples/minutes", "examples/corpus/dev", "tests/data/offline"]
SUMMARY_FIELDS = {"summary", "key_points", "actions", "decisions", "figures", "police_sentiment", "warnings",
                  "unverified", "grounding_rate"}


def offline_modules() -> list[str]:
    names = sorted(p.stem for p in (ROOT / "minutesai/engines/offline").glob("*.py"))
    return ["minutesai.engines.offline" + ("" if n == "__init__" else "." + n) for n in names]


def dump(out: Path, expect: str) -> None:
    """Check where the offline modules come from, then write the offline output on the examples."""
    import importlib

    import minutesai
    from minutesai.engines.offline import extract_candidates

    wrong = []
    for name in offline_modules():
        file = importlib.import_module(name).__file__ or ""
        compiled = file.endswith((".so", ".pyd"))
        if compiled != (expect == "compiled"):
            wrong.append(f"{name}: {file}")
    if wrong:
        sys.exit(f"expected {expect} modules, got:\n  " + "\n  ".join(wrong))
    found = {}
    for folder in EXAMPLES:
        for path in sorted((ROOT / folder).glob("*.txt")):
            rel = str(path.relative_to(ROOT))
            found["candidates:" + rel] = extract_candidates(path.read_text(encoding="utf-8")).model_dump()
            summary = minutesai.summarise(path, engine="offline")
            found["summary:" + rel] = summary.model_dump(include=SUMMARY_FIELDS)
    out.write_text(json.dumps(found, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{expect}: {len(offline_modules())} offline modules checked, {len(found)} outputs from {minutesai.__file__}")


def run(cmd: list[str], **kw) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def build_and_compare() -> None:
    with tempfile.TemporaryDirectory(prefix="minutesai-mypyc-") as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "src"
        src.mkdir()
        for name in SOURCES:
            path = ROOT / name
            if path.is_dir():
                shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
            else:
                shutil.copy2(path, src / name)
        venv = tmp / "venv"
        run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)])
        py = str(venv / "bin" / "python")
        env = dict(os.environ, HATCH_BUILD_HOOK_ENABLE_MYPYC="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
        t0 = time.perf_counter()
        run([py, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp / "wheel"), str(src)], env=env, cwd=tmp)
        print(f"compiled wheel built in {time.perf_counter() - t0:.0f} s (wall clock)")
        wheel = next((tmp / "wheel").glob("minutesai-*.whl"))
        run([py, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)], cwd=tmp)

        script = str(Path(__file__).resolve())
        # the script's own folder (.ci) heads sys.path, so the venv's compiled minutesai is imported...
        run([py, script, "--dump", str(tmp / "compiled.json"), "--expect", "compiled"], cwd=tmp)
        # ...and with the checkout first on the path, its pure-Python sources
        pure_env = dict(os.environ, PYTHONPATH=str(ROOT))
        run([py, script, "--dump", str(tmp / "pure.json"), "--expect", "pure"], cwd=tmp, env=pure_env)

        compiled = json.loads((tmp / "compiled.json").read_text(encoding="utf-8"))
        pure = json.loads((tmp / "pure.json").read_text(encoding="utf-8"))
        differing = sorted(k for k in pure.keys() | compiled.keys() if pure.get(k) != compiled.get(k))
        if differing or (tmp / "compiled.json").read_bytes() != (tmp / "pure.json").read_bytes():
            sys.exit(f"compiled output differs from pure Python on {len(differing)} of {len(pure)}: {differing[:10]}")
        print(f"compiled build OK: {len(pure)} outputs identical to pure Python")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dump", type=Path, help="write the offline output on the examples to this file")
    ap.add_argument("--expect", choices=["compiled", "pure"], help="with --dump: how the modules must be loaded")
    args = ap.parse_args()
    if args.dump:
        dump(args.dump, args.expect or "pure")
    else:
        build_and_compare()


if __name__ == "__main__":
    main()
