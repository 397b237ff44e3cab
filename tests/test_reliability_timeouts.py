"""Timeouts: a per-request timeout (bounded retries) and an overall deadline for summarise_many."""

from __future__ import annotations

import asyncio
import json
import re
import time

import pytest

from minutesai.api import summarise, summarise_many
from minutesai.config import Options
from minutesai.engines.factory import make_engine
from minutesai.errors import TransientModelError
from minutesai.models import ErrorRecord, MinutesSummary
from minutesai.results_jsonl import write_results
from minutesai.testing.server import FakeOpenAIServer, Reply, default_responder
from tests.reliability_support import llm_options, short_corpus


def doc_number(body: dict) -> int:
    """Which test document a map request is about; -1 for a reduce request (it holds no minutes text)."""
    found = re.search(r"Minutes document (\d+)", json.dumps(body["messages"]))
    return int(found.group(1)) if found else -1


def test_hanging_server_gives_a_transient_error_after_bounded_retries(tmp_path, fast_retries, no_openai_env):
    [doc] = short_corpus(tmp_path, 1)
    with FakeOpenAIServer(lambda body: Reply.hang(5.0)) as server:
        started = time.monotonic()
        with pytest.raises(TransientModelError) as info:
            summarise(doc, **llm_options(server, timeout=0.25, max_retries=2))
        elapsed = time.monotonic() - started
        calls = server.chat_calls
    err = info.value
    assert "timed out" in str(err) and "\n" not in str(err)
    assert err.attempts == 3 == calls
    assert err.usage is not None and err.usage.retries == 2
    assert elapsed < 3.0  # three 0.25 s attempts and short backoff, never the server's 5 s


def test_deadline_keeps_completed_documents_and_reports_the_rest(tmp_path, no_openai_env):
    docs = short_corpus(tmp_path, 12)

    def respond(body: dict):
        return Reply.hang(20.0) if doc_number(body) >= 4 else default_responder(body)

    with FakeOpenAIServer(respond) as server:
        started = time.monotonic()
        # enough concurrency that the hanging requests cannot hold every slot
        results = summarise_many(docs, **llm_options(server, deadline=2.0, timeout=60, concurrency=16))
        elapsed = time.monotonic() - started
    assert elapsed < 6.0
    assert len(results) == len(docs)
    assert all(isinstance(r, MinutesSummary) for r in results[:4])
    assert [r.source.path for r in results[:4]] == [str(p) for p in docs[:4]]
    late = results[4:]
    assert all(isinstance(r, ErrorRecord) for r in late)
    assert [r.document for r in late] == [str(p) for p in docs[4:]]
    for r in late:
        assert (r.stage, r.error_type) == ("deadline", "DeadlineExceededError")
        assert "2s deadline" in r.reason


def test_documents_not_started_by_the_deadline_are_never_sent(tmp_path, no_openai_env):
    docs = short_corpus(tmp_path, 30)
    with FakeOpenAIServer(lambda body: Reply.hang(20.0)) as server:
        results = summarise_many(docs, **llm_options(server, deadline=1.0, timeout=60, concurrency=2))
        sent = {doc_number(b) for b in server.requests}
    assert [r.document for r in results] == [str(p) for p in docs]
    assert {r.stage for r in results} == {"deadline"}
    assert len(sent) <= 3  # the documents in flight (concurrency + 1), not the other 27


def test_deadline_bounds_retry_waits(tmp_path, no_openai_env):
    """A server that keeps asking to come back later cannot hold the run past its deadline."""
    docs = short_corpus(tmp_path, 3)
    with FakeOpenAIServer(lambda body: Reply.rate_limited(retry_after=1.0)) as server:
        started = time.monotonic()
        results = summarise_many(docs, **llm_options(server, deadline=1.5, max_retries=20))
        elapsed = time.monotonic() - started
    assert elapsed < 4.0
    assert [r.stage for r in results] == ["deadline"] * 3


def test_deadline_with_resumable_output(tmp_path, no_openai_env):
    docs = short_corpus(tmp_path / "docs", 6)
    out = tmp_path / "results.jsonl"

    def respond(body: dict):
        return Reply.hang(20.0) if doc_number(body) in (1, 3, 5) else default_responder(body)

    with FakeOpenAIServer(respond) as server:
        options = Options(**llm_options(server, deadline=2.0, timeout=60))
        report = asyncio.run(write_results(docs, make_engine(options), options, out))
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["document"] for r in rows) == sorted(map(str, docs))
    done = {r["document"] for r in rows if "error" not in r}
    stopped = {r["document"] for r in rows if "error" in r}
    assert done == {str(p) for i, p in enumerate(docs) if i % 2 == 0}
    assert all(r["error"]["stage"] == "deadline" for r in rows if "error" in r)
    assert report.succeeded == 3 and len(report.failures) == 3
    assert "deadline: 3" in report.summary_line()

    # a later run without the slow answers finishes only the documents the deadline stopped
    with FakeOpenAIServer() as server:
        options = Options(**llm_options(server))
        again = asyncio.run(write_results(docs, make_engine(options), options, out))
        asked = {doc_number(b) for b in server.requests} - {-1}
    assert again.skipped == 3 and again.succeeded == 3
    assert {str(docs[i]) for i in asked} == stopped
