"""Resumable JSONL output: durable lines, skip-on-rerun, crash safety, CLI --out."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from scale_stub import StubEngine, stub_text

from minutesai.config import Options
from minutesai.models import MinutesSummary
from minutesai.results_jsonl import ResultsFile, read_results, write_results

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent


def make_corpus(tmp_path: Path, n: int, *, delay: float = 0.0, fail: set[int] = frozenset()) -> list[Path]:
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"doc{i:03d}.txt"
        p.write_text(stub_text(i, delay=delay, tag="FAIL" if i in fail else ""), encoding="utf-8")
        paths.append(p)
    return paths


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_lines_for_success_and_failure(tmp_path):
    paths = make_corpus(tmp_path, 4, fail={2})
    out = tmp_path / "results.jsonl"
    report = asyncio.run(write_results(paths, StubEngine(), Options(concurrency=2), out))
    assert (report.total, report.succeeded, len(report.failures), report.skipped) == (4, 3, 1, 0)
    rows = {Path(r["document"]).name: r for r in lines(out)}
    assert set(rows) == {p.name for p in paths}
    bad = rows["doc002.txt"]
    assert set(bad) == {"document", "error"}
    assert bad["error"]["stage"] == "internal" and "boom" in bad["error"]["reason"]
    good = rows["doc000.txt"]
    assert "error" not in good
    MinutesSummary.model_validate({k: v for k, v in good.items() if k != "document"})
    assert "1 failed (internal: 1)" in report.summary_line()


def test_rerun_skips_done_and_retries_failed(tmp_path):
    paths = make_corpus(tmp_path, 5, fail={1, 3})
    out = tmp_path / "results.jsonl"
    asyncio.run(write_results(paths, StubEngine(), Options(), out))
    for i in (1, 3):  # the problem is fixed
        paths[i].write_text(stub_text(i), encoding="utf-8")
    engine = StubEngine()
    report = asyncio.run(write_results(paths, engine, Options(), out))
    assert sorted(engine.map_docs) == ["Minutes of meeting 1", "Minutes of meeting 3"]
    assert (report.skipped, report.succeeded, report.failures) == (3, 2, [])
    current = read_results(out)
    assert len(current) == 5 and all("error" not in r for r in current.values())
    assert len(lines(out)) == 7  # two old error lines stay; the last line per document wins
    engine = StubEngine()
    asyncio.run(write_results(paths, engine, Options(), out))
    assert engine.map_docs == []


def test_same_document_spelled_differently_is_recognised(tmp_path, monkeypatch):
    paths = make_corpus(tmp_path, 2)
    out = tmp_path / "r.jsonl"
    asyncio.run(write_results(paths, StubEngine(), Options(), out))
    monkeypatch.chdir(tmp_path)
    engine = StubEngine()
    asyncio.run(write_results([Path("corpus") / p.name for p in paths], engine, Options(), out))
    assert engine.map_docs == []


def test_torn_last_line_is_ignored_and_closed(tmp_path):
    out = tmp_path / "r.jsonl"
    out.write_text('{"document": "a.txt", "engine": "x"}\n{"document": "b.t', encoding="utf-8")
    rf = ResultsFile(out)
    assert rf.done("a.txt") and not rf.done("b.txt")
    paths = make_corpus(tmp_path, 1)
    asyncio.run(write_results(paths, StubEngine(), Options(), out))
    text = out.read_text(encoding="utf-8").splitlines()
    assert text[1] == '{"document": "b.t'
    assert json.loads(text[2])["document"] == str(paths[0])


KILLABLE = textwrap.dedent("""
    import asyncio, sys
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from scale_stub import StubEngine
    from minutesai.config import Options
    from minutesai.results_jsonl import write_results
    paths = sorted(Path({corpus!r}).glob("*.txt"))
    asyncio.run(write_results(paths, StubEngine(), Options(concurrency=2), {out!r}))
""")


def test_killed_run_loses_no_completed_document(tmp_path):
    paths = make_corpus(tmp_path, 16, delay=0.15)
    out = tmp_path / "results.jsonl"
    script = KILLABLE.format(tests=str(TESTS), corpus=str(paths[0].parent), out=str(out))
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if out.exists() and len(out.read_bytes().splitlines()) >= 4:
                break
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    done_before = {r["document"] for r in read_results(out).values() if "error" not in r}
    assert 4 <= len(done_before) < 16

    engine = StubEngine()
    report = asyncio.run(write_results(paths, engine, Options(concurrency=4), out))
    assert report.skipped == len(done_before)
    redone = {f"Minutes of meeting {int(Path(d).stem[3:])}" for d in done_before}
    assert not redone & set(engine.map_docs)  # completed documents were not summarised again
    successes = [r["document"] for r in lines(out) if "error" not in r]
    assert sorted(successes) == sorted(str(p) for p in paths)  # each exactly once


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "minutesai", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, **(env or {})})


def test_cli_out_offline_and_failure_exit(tmp_path, dev_corpus):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name in ("thanet_crime_stats_2021.txt", "durham_pcp_performance_public_confidence.txt"):
        (corpus / name).write_text((dev_corpus / name).read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "r.jsonl"
    proc = _cli("summarise", str(corpus), "--engine", "offline", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "2 document(s): 2 summarised" in proc.stderr
    assert proc.stdout == ""
    assert len(lines(out)) == 2
    proc = _cli("summarise", str(corpus), str(tmp_path / "missing.txt"), "--engine", "offline",
                "--out", str(out))
    assert proc.returncode == 1
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("minutesai: 3 document(s): 0 summarised, 2 already done, 1 failed (ingest: 1)")
    assert "Traceback" not in proc.stderr
    rows = lines(out)
    assert len(rows) == 3 and rows[-1]["error"]["stage"] == "ingest"
