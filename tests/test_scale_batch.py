"""Batch API: prepare request lines, ingest results files (OpenAI / vLLM format), submit/collect."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from minutesai.api import run_sync
from minutesai.backends.wrap import shared_cache
from minutesai.batch import (
    custom_id,
    ingest_output,
    llm_engine,
    parse_output_line,
    prepare,
    request_body,
    write_requests,
)
from minutesai.config import make_options
from minutesai.models import MinutesSummary
from minutesai.results_jsonl import read_results, write_results
from minutesai.testing.server import FakeOpenAIServer, default_responder

ROOT = Path(__file__).resolve().parents[1]
DOCS = ["barnet_q1_q2_performance_2019.txt", "thanet_crime_stats_2021.txt",
        "lambeth_slp_scrutiny_2019.txt"]


@pytest.fixture
def corpus(dev_corpus, tmp_path) -> list[Path]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in DOCS:
        (folder / name).write_text((dev_corpus / name).read_text(encoding="utf-8"), encoding="utf-8")
    return sorted(folder.iterdir())


def options(server: FakeOpenAIServer, tmp_path: Path, **kw):
    return make_options(engine="openai", model="gpt-4o-mini", base_url=server.base_url, api_key="test",
                        cache_dir=tmp_path / "cache", chunk_tokens=500, **kw)


def quoting_responder(body: dict) -> str:
    """A map answer whose key point quotes the chunk's first long sentence verbatim."""
    text = str((body.get("messages") or [{}])[-1].get("content") or "")
    block = re.search(r"<minutes[^>\s]*>\n?(.*?)\n?</minutes", text, re.S)
    if not block or "ChunkFindings" not in json.dumps(body.get("response_format", "")):
        return default_responder(body)
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", block.group(1)) if len(s.split()) >= 6]
    points = [{"text": "a point", "quote": sentences[0]}] if sentences else []
    return json.dumps({"key_points": points, "actions": [], "decisions": [], "figures": [],
                       "sentiment_aspects": []})


def test_prepare_writes_one_line_per_distinct_chunk(fake_server, tmp_path, corpus, no_openai_env):
    opts = options(fake_server, tmp_path)
    prepared = prepare(corpus, opts)
    out = tmp_path / "requests.jsonl"
    n = write_requests(prepared, out)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(lines) == len(prepared) > len(corpus)
    assert len({x["custom_id"] for x in lines}) == n
    for line in lines:
        assert set(line) == {"custom_id", "method", "url", "body"}
        assert (line["method"], line["url"]) == ("POST", "/v1/chat/completions")
        assert line["body"]["model"] == "gpt-4o-mini" and line["body"]["messages"]
        assert "response_format" in line["body"] or "tools" in line["body"]
    assert fake_server.chat_calls == 0  # preparing sends nothing
    # same corpus, same options: same ids (collect can match them up later)
    assert set(prepare(corpus, opts)) == set(prepared)
    assert set(prepare(corpus, options(fake_server, tmp_path, temperature=0.5))).isdisjoint(prepared)


def test_prepared_bodies_are_what_the_live_engine_sends(fake_server, tmp_path, corpus, no_openai_env):
    opts = options(fake_server, tmp_path, use_cache=False)
    engine = llm_engine(opts)
    prepared = prepare(corpus, opts, engine)
    official = getattr(engine.backend, "official", True)
    bodies = {json.dumps(request_body(p.request, official=official), sort_keys=True)
              for p in prepared.values()}
    run_sync(write_results(corpus, engine, opts, tmp_path / "live.jsonl"))
    sent_maps = {json.dumps(b, sort_keys=True) for b in fake_server.requests
                 if "ChunkFindings" in json.dumps(b.get("response_format") or b.get("tools"))}
    assert sent_maps == bodies


def test_parse_output_lines_in_both_formats():
    ok = {"id": "batch_req_1", "custom_id": "map-1", "error": None, "response": {
        "status_code": 200, "request_id": "r1", "body": {
            "model": "gpt-4o-mini-2024-07-18", "choices": [{"index": 0, "finish_reason": "stop", "message": {
                "role": "assistant", "content": "{\"key_points\": []}"}}],
            "usage": {"prompt_tokens": 1200, "completion_tokens": 30, "total_tokens": 1230}}}}
    answer = parse_output_line(json.dumps(ok))
    assert answer.custom_id == "map-1" and answer.response.content == '{"key_points": []}'
    assert (answer.response.prompt_tokens, answer.response.completion_tokens) == (1200, 30)
    # vLLM's run_batch: same shape, tool-call answers carry the JSON in the arguments
    tools = {"id": "vllm-1", "custom_id": "map-2", "response": {"status_code": 200, "body": {
        "model": "m", "choices": [{"finish_reason": "tool_calls", "message": {"content": None, "tool_calls": [
            {"type": "function", "function": {"name": "ChunkFindings", "arguments": "{\"figures\": []}"}}]}}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 2}}}, "error": None}
    assert parse_output_line(json.dumps(tools)).response.content == '{"figures": []}'
    failed = {"id": "x", "custom_id": "map-3", "response": {"status_code": 500, "body": {"error": {
        "message": "server error"}}}, "error": None}
    assert parse_output_line(json.dumps(failed)).response is None
    expired = {"id": "x", "custom_id": "map-4", "response": None,
               "error": {"code": "batch_expired", "message": "expired"}}
    assert "batch_expired" in parse_output_line(json.dumps(expired)).error
    assert parse_output_line("   \n") is None


def simulate_cluster(requests_file: Path, out: Path, drop: int = 0, fail: int = 0) -> None:
    """What vLLM's batch runner would write for these requests (answered by quoting_responder)."""
    lines = [json.loads(x) for x in requests_file.read_text(encoding="utf-8").splitlines()]
    records = []
    for n, line in enumerate(lines[drop:]):
        if n < fail:
            records.append({"id": f"vllm-{n}", "custom_id": line["custom_id"], "error": None,
                            "response": {"status_code": 400, "body": {"error": {"message": "bad"}}}})
            continue
        content = quoting_responder(line["body"])
        records.append({"id": f"vllm-{n}", "custom_id": line["custom_id"], "error": None, "response": {
            "status_code": 200, "request_id": f"r{n}", "body": {
                "id": f"cmpl-{n}", "object": "chat.completion", "model": line["body"]["model"],
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 1000, "completion_tokens": 50, "total_tokens": 1050}}}})
    out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_collect_from_results_file_runs_only_reduce_live(fake_server, tmp_path, corpus, no_openai_env):
    opts = options(fake_server, tmp_path)
    engine = llm_engine(opts)
    prepared = prepare(corpus, opts, engine)
    requests_file, results_file = tmp_path / "requests.jsonl", tmp_path / "output.jsonl"
    write_requests(prepared, requests_file)
    simulate_cluster(requests_file, results_file)
    with results_file.open(encoding="utf-8") as fh:
        ingest = ingest_output(fh, prepared, shared_cache(opts.cache_dir), opts)
    assert (ingest.stored, ingest.missing, ingest.failed, ingest.unknown) == (len(prepared), 0, {}, 0)
    assert ingest.prompt_tokens == 1000 * len(prepared) and ingest.cost_usd > 0
    report = run_sync(write_results(corpus, engine, opts, tmp_path / "results.jsonl"))
    assert report.failures == [] and report.succeeded == len(corpus)
    sent = fake_server.requests
    assert sent and all("ChunkFindings" not in json.dumps(b.get("response_format")) for b in sent)
    assert len(sent) <= len(corpus)  # one reduce per document, nothing else
    results = [MinutesSummary.model_validate({k: v for k, v in r.items() if k != "document"})
               for r in read_results(tmp_path / "results.jsonl").values()]
    assert all(r.key_points and r.key_points[0].evidence.verified for r in results)


def test_missing_and_failed_answers_are_asked_live(fake_server, tmp_path, corpus, no_openai_env):
    opts = options(fake_server, tmp_path)
    engine = llm_engine(opts)
    prepared = prepare(corpus, opts, engine)
    requests_file, results_file = tmp_path / "requests.jsonl", tmp_path / "output.jsonl"
    write_requests(prepared, requests_file)
    simulate_cluster(requests_file, results_file, drop=1, fail=1)
    with results_file.open(encoding="utf-8") as fh:
        ingest = ingest_output(fh, prepared, shared_cache(opts.cache_dir), opts)
    assert (ingest.missing, len(ingest.failed), ingest.stored) == (1, 1, len(prepared) - 2)
    report = run_sync(write_results(corpus, engine, opts, tmp_path / "results.jsonl"))
    assert report.failures == []
    live_maps = [b for b in fake_server.requests if "ChunkFindings" in json.dumps(b.get("response_format"))]
    assert len(live_maps) == 2


def test_cli_prepare_submit_collect_against_fake_batch_api(tmp_path, corpus, no_openai_env):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "MINUTESAI_CACHE_DIR": str(tmp_path / "cache"),
           "OPENAI_API_KEY": "sk-test-batch"}
    import os

    env = {**os.environ, **env}
    with FakeOpenAIServer(quoting_responder) as srv:
        base = ["--engine", "openai", "--model", "gpt-4o-mini", "--base-url", srv.base_url]

        def cli(*args):
            return subprocess.run([sys.executable, "-m", "minutesai", *args], cwd=ROOT, env=env,
                                  capture_output=True, text=True, timeout=120)

        requests_file = tmp_path / "requests.jsonl"
        proc = cli("batch", "prepare", str(corpus[0].parent), "--out", str(requests_file), *base)
        assert proc.returncode == 0, proc.stderr
        n = len(requests_file.read_text(encoding="utf-8").splitlines())
        assert f"{n} map request(s) for 3 document(s)" in proc.stderr

        proc = cli("batch", "submit", str(requests_file), "--base-url", srv.base_url)
        assert proc.returncode == 0, proc.stderr
        batch_id = proc.stdout.strip()
        assert batch_id in srv.batches and len(srv.batch_requests) == n

        out = tmp_path / "results.jsonl"
        proc = cli("batch", "collect", str(corpus[0].parent), "--batch-id", batch_id, "--out", str(out), *base)
        assert proc.returncode == 0, proc.stderr
        assert f"{n} batch answer(s) stored" in proc.stderr
        assert srv.chat_calls <= len(corpus)  # only reduce calls went live
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == 3 and all("error" not in r for r in rows)


def test_custom_id_is_stable_and_content_addressed(fake_server, tmp_path, corpus, no_openai_env):
    opts = options(fake_server, tmp_path)
    first = next(iter(prepare(corpus[:1], opts).values()))
    assert first.custom_id == custom_id(first.request)
    assert re.fullmatch(r"map-[0-9a-f]{32}", first.custom_id)
