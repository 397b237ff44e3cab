"""The example scripts run offline and do what their docstrings say."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    env["MINUTESAI_CACHE_DIR"] = str(cwd / "cache")
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


def test_summarise_one_prints_a_note(tmp_path):
    proc = _run(str(ROOT / "examples" / "summarise_one.py"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Total Notifiable Offences" in proc.stdout
    assert "5.3" in proc.stdout


def test_summarise_folder_writes_briefing(tmp_path):
    out = tmp_path / "b.html"
    proc = _run(str(ROOT / "examples" / "summarise_folder.py"), str(ROOT / "examples" / "minutes"), str(out), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().startswith("<!DOCTYPE html>")
    assert "Action tracker" in html
