"""Partial failure: one bad document or chunk never takes the others down."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time

from minutesai.api import summarise_many
from minutesai.models import ErrorRecord, MinutesSummary
from minutesai.testing.server import FakeOpenAIServer, Reply, default_responder, request_schema
from tests.reliability_support import REPO, llm_options, result_document, short_corpus

POISON = "POISONED-CHUNK-MARKER"


def poisoned(reply: Reply, *, only_schema: str | None = None):
    """A responder that answers ``reply`` to any request about the poisoned text (or of one schema)."""

    def respond(body: dict):
        name, schema = request_schema(body)
        name = name or (schema or {}).get("title")  # json_object mode sends no name
        text = json.dumps(body["messages"])
        if (only_schema and name == only_schema) or (not only_schema and POISON in text):
            return reply
        return default_responder(body)

    return respond


def test_bad_inputs_among_good_come_back_as_error_records(tmp_path):
    good = short_corpus(tmp_path / "good", 3)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    sources = [good[0], empty, good[1], tmp_path / "missing.txt", png, good[2]]
    results = summarise_many(sources, engine="offline")
    assert [result_document(r) for r in results] == [str(s) for s in sources]
    assert [type(r).__name__ for r in results] == [
        "MinutesSummary", "ErrorRecord", "MinutesSummary", "ErrorRecord", "ErrorRecord", "MinutesSummary"]
    for err in (results[1], results[3], results[4]):
        assert err.stage == "ingest" and err.error_type == "InputError"
        assert err.reason.startswith(err.document) and "\n" not in err.reason


def test_one_failing_chunk_fails_only_its_document(tmp_path, fast_retries, no_openai_env):
    docs = short_corpus(tmp_path, 4)
    bad = docs[2]
    # a long document whose second chunk always gets a server error
    filler = "\n\n".join(f"Item {i}. The panel noted the update on neighbourhood policing." for i in range(60))
    bad.write_text(f"Minutes document bad\n\n{filler}\n\n{POISON} Burglary fell by 5%.\n\n{filler}",
                   encoding="utf-8")
    with FakeOpenAIServer(poisoned(Reply.error(500, "boom"))) as server:
        options = llm_options(server, chunk_tokens=400, max_retries=2)
        results = summarise_many(docs, **options)
        poisoned_calls = sum(POISON in json.dumps(b["messages"]) for b in server.requests)
    assert [isinstance(r, MinutesSummary) for r in results] == [True, True, False, True]
    err = results[2]
    assert (err.document, err.stage, err.error_type) == (str(bad), "extract", "TransientModelError")
    assert err.attempts == options["max_retries"] + 1 == poisoned_calls
    assert "HTTP 500" in err.reason
    assert err.usage.retries >= options["max_retries"]


def test_a_failed_chunk_cancels_its_siblings(tmp_path, no_openai_env):
    """The document's error comes back at once, not after its other chunks finish."""
    [doc] = short_corpus(tmp_path, 1)
    filler = "\n\n".join(f"Item {i}. Officers reported on anti-social behaviour in the town." for i in range(60))
    doc.write_text(f"{POISON} The model will refuse this part.\n\n{filler}", encoding="utf-8")

    def respond(body: dict):
        if POISON in json.dumps(body["messages"]):
            # answered after a short pause, so the sibling chunks are surely on the wire by then
            return dataclasses.replace(Reply.refused(), action="hang", delay=0.3)
        return Reply.hang(5.0)  # every other chunk would take 5 s

    with FakeOpenAIServer(respond) as server:
        started = time.monotonic()
        [result] = summarise_many([doc], **llm_options(server, chunk_tokens=300, timeout=30))
        elapsed = time.monotonic() - started
        sent = server.chat_calls
    assert sent > 1  # the document really had several chunks in flight
    assert isinstance(result, ErrorRecord) and result.error_type == "RefusalError"
    assert elapsed < 4.0
    assert result.usage.calls == 1  # cancelled calls add nothing to the record afterwards


def test_a_failed_reduce_is_reported_at_the_merge_stage(tmp_path, no_openai_env):
    docs = short_corpus(tmp_path, 2)
    with FakeOpenAIServer(poisoned(Reply.refused("no summary"), only_schema="Synthesis")) as server:
        results = summarise_many(docs, **llm_options(server))
    for err in results:
        assert isinstance(err, ErrorRecord)
        assert (err.stage, err.error_type, err.last_raw_response) == ("merge", "RefusalError", "no summary")
        assert err.usage.calls == 2  # the map answer was received first


def test_a_cut_off_answer_is_not_cached(tmp_path, no_openai_env):
    """A document that failed on truncated output is asked again on a re-run, not served the cut-off."""
    [doc] = short_corpus(tmp_path, 1, chars=300)
    cache = tmp_path / "cache"
    with FakeOpenAIServer(lambda body: Reply.truncated()) as server:
        [first] = summarise_many([doc], **llm_options(server, use_cache=True, cache_dir=cache))
    assert isinstance(first, ErrorRecord) and first.error_type == "TruncatedOutputError"
    with FakeOpenAIServer() as server:
        [again] = summarise_many([doc], **llm_options(server, use_cache=True, cache_dir=cache))
        assert server.chat_calls >= 1
    assert isinstance(again, MinutesSummary)


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "minutesai", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=120, env=env)


def test_cli_prints_good_results_and_exits_non_zero_with_a_one_line_summary(tmp_path):
    good = short_corpus(tmp_path / "docs", 2)
    empty = tmp_path / "docs" / "empty.txt"
    empty.write_bytes(b"")
    proc = _cli("summarise", str(good[0]), str(empty), str(good[1]), "--engine", "offline",
                "--format", "json", "--no-progress")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    err_lines = proc.stderr.strip().splitlines()
    assert err_lines == [f"minutesai: {empty}: file is empty", "minutesai: 1 of 3 document(s) failed"]
    printed = json.loads(proc.stdout)
    assert [r["source"]["path"] for r in printed] == [str(good[0]), str(good[1])]


def test_cli_out_with_a_model_failure(tmp_path, no_openai_env):
    docs = short_corpus(tmp_path / "docs", 3)
    docs[1].write_text(f"Minutes document 1\n\n{POISON} The Chief Inspector reported on burglary.",
                       encoding="utf-8")
    out = tmp_path / "results.jsonl"
    with FakeOpenAIServer(poisoned(Reply.refused("cannot comply"))) as server:
        proc = _cli("summarise", *map(str, docs), "--out", str(out), "--engine", "openai",
                    "--model", "gpt-4o-mini", "--base-url", server.base_url, "--no-cache", "--no-progress")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("minutesai: 3 document(s): 2 summarised, 1 failed (extract: 1)")
    rows = {r["document"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(rows) == {str(p) for p in docs}
    error_line = rows.pop(str(docs[1]))
    assert set(error_line) == {"document", "error"}
    assert error_line["error"]["error_type"] == "RefusalError"
    assert error_line["error"]["last_raw_response"] == "cannot comply"
    for row in rows.values():
        assert "error" not in row and row["engine"] == "openai:gpt-4o-mini"
