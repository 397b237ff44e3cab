"""End to end through the real openai SDK against the local fake server: calls, cache, cost, CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutesai.api import summarise_many
from minutesai.chunk import chunk_document
from minutesai.config import Options
from minutesai.costs import price_for
from minutesai.engines.factory import make_engine
from minutesai.ingest import load_minutes
from minutesai.models import ErrorRecord, MinutesSummary
from minutesai.segment import segment
from minutesai.testing.server import FakeOpenAIServer

ROOT = Path(__file__).resolve().parents[1]
DOCS = ["barnet_q1_q2_performance_2019.txt", "bromley_crime_dashboard.txt",
        "thanet_crime_stats_2021.txt", "enfield_sscb_performance_2023.txt"]


@pytest.fixture
def corpus(dev_corpus, tmp_path) -> list[Path]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    out = []
    for name in DOCS:
        p = folder / name
        p.write_text((dev_corpus / name).read_text(encoding="utf-8"), encoding="utf-8")
        out.append(p)
    return out


def llm_options(server: FakeOpenAIServer, tmp_path: Path, **kw) -> dict:
    return dict(engine="openai", model="gpt-4o-mini", base_url=server.base_url, api_key="test-key",
                cache_dir=tmp_path / "cache", chunk_tokens=400, **kw)


def chunk_count(path: Path, options: dict) -> int:
    engine = make_engine(Options(**options))
    doc = load_minutes(path)
    doc.items = segment(doc)
    return len(chunk_document(doc, tokenizer=engine.tokenizer, max_tokens=engine.chunk_token_budget(),
                              overlap_tokens=Options().overlap_tokens))


def test_calls_per_document_cache_rerun_and_cost(fake_server, tmp_path, corpus, no_openai_env):
    opts = llm_options(fake_server, tmp_path, concurrency=8)
    chunks = [chunk_count(p, opts) for p in corpus]
    assert max(chunks) > 1  # the budget splits the longer documents
    first = summarise_many(corpus, **opts)
    assert all(isinstance(r, MinutesSummary) for r in first), first
    for r, n in zip(first, chunks, strict=True):
        # identical reduce prompts (same empty findings) may be answered from the cache
        assert r.usage.calls + r.usage.cache_hits == n + 1
    sent = fake_server.chat_calls
    assert sent == sum(r.usage.calls for r in first)
    # cost from the price table and the token counts the server reported
    prompt_price, completion_price = price_for("gpt-4o-mini")
    reported = sum(r.usage.prompt_tokens * prompt_price + r.usage.completion_tokens * completion_price
                   for r in first) / 1e6
    assert sum(r.usage.cost_usd for r in first) == pytest.approx(reported)
    assert reported > 0

    again = summarise_many(corpus, **opts)
    assert fake_server.chat_calls == sent  # zero provider calls on a re-run
    for r, n in zip(again, chunks, strict=True):
        assert (r.usage.calls, r.usage.cache_hits, r.usage.cost_usd) == (0, n + 1, 0.0)
    assert [r.summary for r in again] == [r.summary for r in first]

    summarise_many(corpus, **{**opts, "use_cache": False})
    assert fake_server.chat_calls == 2 * sent


def test_cache_dir_from_environment(fake_server, tmp_path, corpus, monkeypatch, no_openai_env):
    monkeypatch.setenv("MINUTESAI_CACHE_DIR", str(tmp_path / "envcache"))
    opts = llm_options(fake_server, tmp_path)
    del opts["cache_dir"]
    summarise_many(corpus[:1], **opts)
    assert (tmp_path / "envcache" / "responses.sqlite3").exists()


def test_token_budget_stops_cleanly(fake_server, tmp_path, corpus, no_openai_env):
    opts = llm_options(fake_server, tmp_path, concurrency=1, max_tokens=12000)
    results = summarise_many(corpus, **opts)
    done = [r for r in results if isinstance(r, MinutesSummary)]
    stopped = [r for r in results if isinstance(r, ErrorRecord)]
    assert done and stopped
    assert all(r.stage == "budget" for r in stopped)
    used = sum(r.usage.prompt_tokens + r.usage.completion_tokens for r in done)
    assert used <= 12000


def test_deadline_with_a_hanging_server(fake_server, tmp_path, corpus, no_openai_env):
    from minutesai.testing.server import Reply

    def responder(body):
        text = json.dumps(body["messages"])
        if "Thanet" in text or "THANET" in text:
            return Reply.hang(30)
        from minutesai.testing.server import default_responder

        return default_responder(body)

    fake_server.responder = responder
    start = time.monotonic()
    results = summarise_many(corpus, **llm_options(fake_server, tmp_path, deadline=3.0, timeout=60))
    assert time.monotonic() - start < 15
    by_name = {Path(r.source.path if isinstance(r, MinutesSummary) else r.document).name: r for r in results}
    assert by_name["thanet_crime_stats_2021.txt"].stage == "deadline"
    assert isinstance(by_name["barnet_q1_q2_performance_2019.txt"], MinutesSummary)


def test_cli_out_kill_and_resume_against_server(tmp_path, corpus, no_openai_env):
    out = tmp_path / "results.jsonl"
    env = {**os.environ, "MINUTESAI_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("OPENAI_API_KEY", None)
    with FakeOpenAIServer(latency=0.3) as srv:
        args = [sys.executable, "-m", "minutesai", "summarise", str(corpus[0].parent), "--out", str(out),
                "--engine", "openai", "--model", "gpt-4o-mini", "--base-url", srv.base_url,
                "--concurrency", "1", "--no-cache", "--no-progress"]
        proc = subprocess.Popen(args, cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not (out.exists() and out.read_bytes().count(b"\n") >= 1):
                time.sleep(0.02)
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
        first = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert 1 <= len(first) < len(corpus)
        calls_before = srv.chat_calls
        proc = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert f"{len(first)} already done" in proc.stderr
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert sorted(r["document"] for r in rows) == sorted(str(p) for p in corpus)
        # the resumed run asked only about the documents not yet done
        assert srv.chat_calls - calls_before <= sum(
            r["usage"]["calls"] for r in rows[len(first):]
        )


def test_requests_per_minute_spaces_calls_and_counts_waiting(fake_server, tmp_path, corpus, monkeypatch,
                                                              no_openai_env):
    import minutesai.ratelimit as ratelimit

    monkeypatch.setattr(ratelimit, "BURST_SECONDS", 0.05)  # burst of 1: every call after the first waits
    opts = llm_options(fake_server, tmp_path, concurrency=8, requests_per_minute=600, use_cache=False)
    opts["chunk_tokens"] = 100_000
    start = time.monotonic()
    results = summarise_many(corpus, **opts)
    elapsed = time.monotonic() - start
    calls = fake_server.chat_calls
    assert calls >= 8 and all(isinstance(r, MinutesSummary) for r in results)
    assert elapsed >= (calls - 1) * 0.1 * 0.9  # 10 requests per second at most
    assert sum(r.usage.wait_seconds for r in results) > 0.5 * (calls - 1) * 0.1
