"""Instruction counts from valgrind's callgrind, shared by the icount_* benchmarks."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path


def instructions(script: str, args: list[str], cwd: Path | None = None) -> int:
    """Instructions callgrind counts for ``python SCRIPT ARGS`` (user space; PYTHONHASHSEED fixed)."""
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, script, *args]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env, cwd=cwd).stderr
    found = re.search(r"Collected\s*:\s*([\d,]+)", out)
    if not found:
        raise SystemExit("callgrind printed no instruction count")
    return int(found.group(1).replace(",", ""))
