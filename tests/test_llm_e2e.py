"""End to end over real dev minutes: replayed authored fixtures, and the CLI against the fake server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import minutesai
from minutesai.chunk import chunk_document
from minutesai.errors import ModelError
from minutesai.ingest import load_minutes
from minutesai.segment import segment
from minutesai.testing.author_fixtures import MANIFEST, gold_responder, load_gold, replay_options

REPO = Path(__file__).resolve().parents[1]
E2E = REPO / "fixtures" / "e2e_dev"
DEV = REPO / "examples" / "corpus" / "dev"
STALE = (
    "the authored replay fixtures in fixtures/e2e_dev are stale (a prompt template, a schema or "
    "the segmentation/chunking changed). Regenerate them with:\n"
    "    python -m minutesai.testing.author_fixtures\n"
    "and commit fixtures/e2e_dev. Original error: {err}"
)


def manifest_entries() -> list[dict]:
    return json.loads((E2E / MANIFEST).read_text(encoding="utf-8"))["documents"]


def replay(entry: dict):
    try:
        return minutesai.summarise(DEV / entry["doc"], **replay_options(entry["options"], E2E))
    except ModelError as err:
        if "no recorded response" in str(err):
            pytest.fail(STALE.format(err=err), pytrace=False)
        raise


def test_manifest_covers_at_least_three_dev_minutes():
    docs = {e["doc"] for e in manifest_entries()}
    assert len(docs) >= 3
    assert all((DEV / d).is_file() for d in docs)


@pytest.mark.parametrize("entry", manifest_entries(), ids=lambda e: e["doc"])
def test_replayed_summary_is_grounded_in_the_real_minutes(entry):
    result = replay(entry)
    name = entry["doc"].removesuffix(".txt")
    gold = load_gold(name, DEV)
    doc = load_minutes(DEV / entry["doc"])
    assert result.engine == "replay:gold-authored"
    every = [*result.key_points, *result.actions, *result.decisions, *result.figures,
             *result.police_sentiment.aspects]
    assert every, "nothing was extracted"
    for item in every:
        ev = item.evidence
        assert ev.verified and doc.text[ev.start:ev.end] == ev.quote
    assert sorted(f.evidence.quote for f in result.figures) == sorted(
        f["quote"] for f in gold["figures"])
    assert sorted(a.evidence.quote for a in result.actions) == sorted(
        a["quote"] for a in gold["actions"])
    assert result.police_sentiment.label == gold["police_sentiment"]
    assert result.summary and result.prompt_hash
    assert result.grounding_rate == 1.0 and not result.unverified

    engine = minutesai.make_engine(**replay_options(entry["options"], E2E))
    doc.items = segment(doc)
    chunks = chunk_document(doc, tokenizer=engine.tokenizer, max_tokens=engine.chunk_token_budget(),
                            overlap_tokens=engine.options.overlap_tokens)
    assert result.usage.calls == len(chunks) + 1
    assert result.usage.prompt_tokens > 0 and result.usage.retries == 0


def test_every_authored_record_is_used():
    from minutesai.backends.replay import ReplayBackend
    from minutesai.engines.llm import LLMEngine

    served: set[str] = set()
    backend = ReplayBackend(E2E)
    for entry in manifest_entries():
        opts = minutesai.Options(**replay_options(entry["options"], E2E))
        engine = LLMEngine(backend, model=opts.model, options=opts, label="replay")
        try:
            minutesai.summarise(DEV / entry["doc"], engine=engine)
        except ModelError as err:
            pytest.fail(STALE.format(err=err), pytrace=False)
    served = set(backend.served)
    unused = set(backend.records()) - served
    assert not unused, STALE.format(err=f"{len(unused)} record(s) were never requested")


def test_cli_summarise_against_a_local_endpoint(fake_server, no_openai_env, capsys):
    from minutesai.cli import main

    name = "enfield_sscb_performance_2023"
    fake_server.responder = gold_responder(load_gold(name, DEV))
    code = main(["summarise", str(DEV / f"{name}.txt"), "--base-url", fake_server.base_url,
                 "--model", "llama3.1", "--format", "json", "--no-cache"])
    out = capsys.readouterr().out
    assert code == 0
    result = json.loads(out)
    assert result["engine"] == "openai:llama3.1"
    assert result["usage"]["calls"] == fake_server.chat_calls >= 2
    assert {b["model"] for b in fake_server.requests} == {"llama3.1"}
    assert len(result["figures"]) == len(load_gold(name, DEV)["figures"])
