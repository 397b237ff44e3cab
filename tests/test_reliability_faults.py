"""Fault injection through the real openai SDK: every document completes or fails typed and explained.

The fake server (minutesai.testing.server) injects 429 with Retry-After, 500,
503, timeouts, connection resets, malformed JSON, schema-violating JSON,
truncated output and refusals.
"""

from __future__ import annotations

import asyncio
import json
import re

import pytest

from minutesai.api import summarise_many
from minutesai.config import Options
from minutesai.engines.factory import make_engine
from minutesai.models import ErrorRecord, MinutesSummary
from minutesai.results_jsonl import write_results
from minutesai.testing.server import FAULT_KINDS, FakeOpenAIServer, FaultPlan, Reply
from tests.reliability_support import (
    TYPED_MODEL_ERRORS,
    attempt_bound,
    llm_options,
    result_document,
    short_corpus,
)

TRANSIENT = ("429", "500", "503", "timeout", "reset")
DOCS = 200
RETRY_AFTER = 0.05


def check_error_record(err: ErrorRecord, options: dict) -> None:
    assert err.error_type in TYPED_MODEL_ERRORS, err
    assert err.stage in ("extract", "merge"), err
    assert err.reason.strip() and "\n" not in err.reason
    assert "Traceback" not in err.reason
    assert 1 <= err.attempts <= attempt_bound(err.error_type, options), err
    if err.error_type == "TransientModelError":
        # transient failures are final only once the retries are used up
        assert err.attempts == options["max_retries"] + 1
    if err.error_type in ("ValidationFailedError", "TruncatedOutputError", "RefusalError"):
        assert err.last_raw_response, err


def test_30_percent_faults_over_200_documents(tmp_path, fast_retries, no_openai_env):
    paths = short_corpus(tmp_path / "docs", DOCS)
    plan = FaultPlan(rate=0.3, seed=11, hang_seconds=1.0, retry_after=RETRY_AFTER)
    with FakeOpenAIServer(faults=plan) as server:
        options = llm_options(server)
        results = summarise_many(paths, **options)
        calls = server.chat_calls

    # nothing lost: one result per input, in input order
    assert len(results) == DOCS
    assert [result_document(r) for r in results] == [str(p) for p in paths]
    injected = sum(plan.injected.values())
    assert set(plan.injected) == set(FAULT_KINDS), plan.injected  # every kind was exercised
    assert 0.2 * calls < injected < 0.4 * calls

    done = [r for r in results if isinstance(r, MinutesSummary)]
    failed = [r for r in results if isinstance(r, ErrorRecord)]
    assert done, "no document survived"
    for r in done:
        assert r.usage.calls >= 2  # at least one map and one reduce answer
    for err in failed:
        check_error_record(err, options)

    # retries and waiting are reported, in successes and failures alike
    retries = sum(r.usage.retries for r in results)
    waited = sum(r.usage.wait_seconds for r in results)
    transient = sum(plan.injected[k] for k in TRANSIENT)
    exhausted = sum(1 for e in failed if e.error_type == "TransientModelError")
    # every transient fault is retried, except the last attempt of an exhausted call and a call
    # cancelled because a sibling chunk of its document had already failed
    assert retries >= transient - exhausted * (options["max_retries"] + 1) - len(failed)
    assert waited >= RETRY_AFTER * (plan.injected["429"] - exhausted * (options["max_retries"] + 1) - len(failed))
    assert waited > 0


def test_faults_with_resumable_jsonl_output_lose_no_completed_document(tmp_path, fast_retries, no_openai_env):
    paths = short_corpus(tmp_path / "docs", DOCS)
    out = tmp_path / "results.jsonl"
    plan = FaultPlan(rate=0.3, seed=5, hang_seconds=1.0, retry_after=RETRY_AFTER)
    with FakeOpenAIServer(faults=plan) as server:
        options = llm_options(server)
        engine = make_engine(Options(**options))
        report = asyncio.run(write_results(paths, engine, Options(**options), out))

    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == DOCS
    assert sorted(rec["document"] for rec in lines) == sorted(str(p) for p in paths)
    ok = [rec for rec in lines if "error" not in rec]
    bad = [rec for rec in lines if "error" in rec]
    assert len(ok) == report.succeeded and len(bad) == len(report.failures)
    assert ok and bad  # at 30 % faults some documents fail and most survive
    for rec in ok:
        MinutesSummary.model_validate({k: v for k, v in rec.items() if k != "document"})
    for rec in bad:
        err = ErrorRecord.model_validate(rec["error"])
        assert err.document == rec["document"]
        check_error_record(err, options)
    assert report.usage.retries > 0 and report.usage.wait_seconds > 0
    assert "failed" in report.summary_line()
    assert f"({report.usage.wait_seconds:.1f}s waiting)" in report.summary_line()

    # resume without faults: only the failed documents are asked again, the rest are kept
    with FakeOpenAIServer() as server:
        options = llm_options(server)
        again = asyncio.run(write_results(paths, make_engine(Options(**options)), Options(**options), out))
        asked = {int(n) for body in server.requests
                 for n in re.findall(r"Minutes document (\d+)", json.dumps(body["messages"]))}
    assert asked == {int(re.search(r"doc(\d+)", rec["document"]).group(1)) for rec in bad}
    assert again.skipped == len(ok) and again.succeeded == len(bad) and not again.failures
    final: dict[str, dict] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        final[rec["document"]] = rec
    assert len(final) == DOCS and all("error" not in rec for rec in final.values())
    # lines written by the first run are untouched
    assert out.read_text(encoding="utf-8").splitlines()[:DOCS] == [json.dumps(r, ensure_ascii=False)
                                                                    for r in lines]


def fault_reply(kind: str) -> Reply:
    return FaultPlan(rate=1.0, kinds=(kind,), hang_seconds=1.0, retry_after=RETRY_AFTER).draw()


@pytest.mark.parametrize("kind", FAULT_KINDS)
def test_every_call_faulty_gives_a_typed_error_after_bounded_attempts(kind, tmp_path, fast_retries,
                                                                      no_openai_env):
    [path] = short_corpus(tmp_path, 1, chars=900)
    plan = FaultPlan(rate=1.0, kinds=(kind,), hang_seconds=1.0, retry_after=RETRY_AFTER)
    with FakeOpenAIServer(faults=plan) as server:
        options = llm_options(server, max_retries=2)
        [result] = summarise_many([path], **options)
        calls = server.chat_calls
    assert isinstance(result, ErrorRecord)
    expected = {"malformed": "ValidationFailedError", "schema": "ValidationFailedError",
                "truncated": "TruncatedOutputError", "refusal": "RefusalError"}.get(kind, "TransientModelError")
    assert result.error_type == expected
    check_error_record(result, options)
    assert result.document == str(path)
    if expected == "TransientModelError":
        assert calls == options["max_retries"] + 1
        assert result.usage.retries == options["max_retries"]
    elif expected == "ValidationFailedError":
        assert calls == options["max_reasks"] + 1
    else:  # a cut-off answer is split in two and re-asked once; a refusal is final
        assert calls <= 3
    if kind == "429":
        assert result.usage.wait_seconds >= RETRY_AFTER * options["max_retries"]


@pytest.mark.parametrize("kind", FAULT_KINDS)
def test_one_fault_then_good_answers(kind, tmp_path, fast_retries, no_openai_env):
    [path] = short_corpus(tmp_path, 1, chars=900)
    with FakeOpenAIServer() as server:
        server.enqueue(fault_reply(kind))
        [result] = summarise_many([path], **llm_options(server))
    if kind == "refusal":
        assert isinstance(result, ErrorRecord) and result.error_type == "RefusalError"
        assert result.last_raw_response == fault_reply("refusal").refusal
        return
    assert isinstance(result, MinutesSummary), result
    if kind == "truncated":
        assert any("split in two" in w for w in result.warnings)
    else:
        assert result.usage.retries >= 1
    if kind == "429":
        assert result.usage.wait_seconds >= RETRY_AFTER
