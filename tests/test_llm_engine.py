"""LLMEngine through the real pipeline and the fake server: map, reduce, splits, collapse, budgets."""

from __future__ import annotations

import json
import sys
import types

import openai
import pytest

import minutesai
from minutesai.backends.replay import RecordingBackend
from minutesai.config import Options
from minutesai.document import Chunk, Minutes
from minutesai.engines.base import RunContext
from minutesai.engines.llm import LLMEngine, split_chunk
from minutesai.errors import ChunkTooLargeError, ConfigError
from minutesai.ingest import load_minutes
from minutesai.schemas import ChunkFindings, FoundKeyPoint
from minutesai.testing.author_fixtures import gold_responder, load_gold
from minutesai.testing.server import Reply, request_schema
from minutesai.tokens import get_tokenizer

DOC = "thanet_crime_stats_2021"


def schema_title(body: dict) -> str | None:
    return (request_schema(body)[1] or {}).get("title")


def engine_for(server, **opts) -> LLMEngine:
    options = Options(engine="openai", model="fake-model", base_url=server.base_url, use_cache=False,
                      **opts)
    return LLMEngine.from_options(options)


async def run(engine, path):
    from minutesai.pipeline import run_document

    doc = load_minutes(path)
    ctx = RunContext(options=engine.options)
    return await run_document(doc, engine, ctx), doc


async def test_happy_path_one_map_call_per_chunk_plus_reduce(fake_server, dev_corpus, no_openai_env):
    gold = load_gold(DOC, dev_corpus)
    fake_server.responder = gold_responder(gold)
    result = await minutesai.asummarise(
        dev_corpus / f"{DOC}.txt", base_url=fake_server.base_url, model="fake-model", use_cache=False
    )
    maps = [b for b in fake_server.requests if schema_title(b) == "ChunkFindings"]
    reduces = [b for b in fake_server.requests if schema_title(b) == "Synthesis"]
    assert len(maps) >= 1 and len(reduces) == 1
    assert result.usage.calls == fake_server.chat_calls == len(maps) + 1
    assert result.engine == "openai:fake-model"
    assert result.prompt_hash and len(result.prompt_hash) == 16
    assert len(result.figures) == len(gold["figures"])
    assert result.police_sentiment.label == gold["police_sentiment"]
    assert result.summary and result.key_points
    assert result.grounding_rate == 1.0
    expected_prompt = sum(max(1, sum(len(str(m.get("content") or "")) for m in b["messages"]) // 4)
                          for b in fake_server.requests)
    assert result.usage.prompt_tokens == expected_prompt


async def test_truncated_map_answer_splits_the_chunk_in_two(fake_server, dev_corpus):
    fake_server.responder = gold_responder(load_gold(DOC, dev_corpus))
    fake_server.enqueue(Reply.truncated())
    result, doc = await run(engine_for(fake_server), dev_corpus / f"{DOC}.txt")
    maps = [b for b in fake_server.requests if schema_title(b) == "ChunkFindings"]
    assert len(maps) == 3  # the truncated try, then two halves
    halves = [m["messages"][-1]["content"] for m in maps[1:]]
    assert all(len(h) < len(maps[0]["messages"][-1]["content"]) for h in halves)
    assert any("split in two" in w for w in result.warnings)
    for fig in result.figures:
        assert doc.text[fig.evidence.start:fig.evidence.end] == fig.evidence.quote


async def test_unverified_quotes_trigger_one_reask_with_feedback(fake_server, dev_corpus):
    gold = load_gold(DOC, dev_corpus)
    answer = gold_responder(gold)
    invented = {"key_points": [{"text": "x", "quote": "The Commissioner resigned in disgrace."}],
                "actions": [], "decisions": [], "figures": [], "sentiment_aspects": []}
    fake_server.enqueue(Reply.ok(invented))
    fake_server.responder = answer
    result, _ = await run(engine_for(fake_server), dev_corpus / f"{DOC}.txt")
    maps = [b for b in fake_server.requests if schema_title(b) == "ChunkFindings"]
    assert len(maps) == 2
    assert "The Commissioner resigned in disgrace." in maps[1]["messages"][-1]["content"]
    assert result.unverified == [] and len(result.figures) == len(gold["figures"])


async def test_reduce_collapses_in_rounds_when_findings_exceed_the_budget(fake_server):
    engine = engine_for(fake_server, context_window=2600, max_output_tokens=300)
    words = "the panel heard a long account of neighbourhood policing work"
    findings = ChunkFindings(key_points=[
        FoundKeyPoint(text=f"point {i}: {words} and of {words}", quote=f"{words} number {i}")
        for i in range(120)
    ])
    fake_server.responder = lambda body: json.dumps(
        {"summary": "notes", "sentiment_label": "neutral", "sentiment_score": 0.0,
         "sentiment_rationale": "r"})
    ctx = RunContext(options=engine.options)
    synthesis = await engine.reduce(Minutes(text="x"), findings, ctx)
    assert synthesis.summary == "notes"
    contents = [b["messages"][-1]["content"] for b in fake_server.requests]
    collapse = [c for c in contents if "(part " in c]
    assert len(collapse) >= 2
    assert len(fake_server.requests) == len(collapse) + 1
    assert "<notes>" in contents[-1] and "<findings>" not in contents[-1]
    assert any("condensed" in w for w in ctx.warnings)


async def test_reduce_raises_when_a_single_finding_cannot_fit(fake_server):
    engine = engine_for(fake_server, context_window=2600, max_output_tokens=300)
    huge = ChunkFindings(key_points=[FoundKeyPoint(text="x " * 3000, quote="y")])
    with pytest.raises(ChunkTooLargeError, match="single finding"):
        await engine.reduce(Minutes(text="x"), huge, RunContext(options=engine.options))
    assert fake_server.chat_calls == 0


def test_chunk_budget_is_window_minus_prompt_output_and_margin(fake_server):
    engine = engine_for(fake_server, context_window=8000, max_output_tokens=1000)
    budget = engine.chunk_token_budget()
    assert 8000 - 1000 - 400 - 2500 < budget < 8000 - 1000 - 400 - 600
    assert engine_for(fake_server, context_window=8000, chunk_tokens=500).chunk_token_budget() == 500
    with pytest.raises(ChunkTooLargeError, match="context window of 2000"):
        engine_for(fake_server, context_window=2000, max_output_tokens=1500).chunk_token_budget()


def test_split_chunk_cuts_near_the_middle_at_a_break():
    tok = get_tokenizer(None)
    text = ("First paragraph about burglary figures. " * 20) + "\n\n" + ("Second about robbery. " * 24)
    chunk = Chunk(index=0, start=100, end=100 + len(text), text=text, tokens=tok.count(text))
    a, b = split_chunk(chunk, tok)
    assert a.text + b.text == text
    assert a.text.endswith("\n\n")
    assert (a.start, a.end, b.start, b.end) == (100, 100 + len(a.text), 100 + len(a.text), chunk.end)
    tiny = Chunk(index=0, start=0, end=5, text="short", tokens=1)
    assert split_chunk(tiny, tok) is None


def test_from_options_names_and_backends(fake_server, tmp_path, monkeypatch, no_openai_env):
    eng = LLMEngine.from_options(Options(engine="openai", base_url=fake_server.base_url))
    assert eng.name == "openai:gpt-4o-mini" and eng.reasks_on_grounding
    replay = LLMEngine.from_options(Options(engine="replay:my-model", fixtures_dir=tmp_path))
    assert replay.name == "replay:my-model"
    with pytest.raises(ConfigError, match="fixtures_dir"):
        LLMEngine.from_options(Options(engine="replay"))
    recording = LLMEngine.from_options(
        Options(engine="openai", base_url=fake_server.base_url, record=True, fixtures_dir=tmp_path))
    assert isinstance(recording.backend, RecordingBackend)

    class FakeLocal:
        name = "local"
        model_name = "tiny-gguf"

        def __init__(self):
            self.tokenizer = get_tokenizer("gpt-4o")

        made: list = []

        @classmethod
        def from_options(cls, options):
            cls.made.append(cls())
            return cls.made[-1]

        def context_window(self, model):
            return 4096

        def supported_modes(self, model):
            return ("json_schema",)

    fake_module = types.ModuleType("minutesai.backends.llamacpp")
    fake_module.LlamaCppBackend = FakeLocal
    monkeypatch.setitem(sys.modules, "minutesai.backends.llamacpp", fake_module)
    local = LLMEngine.from_options(Options(engine="local"))
    assert local.name == "local:tiny-gguf"
    assert local.tokenizer is FakeLocal.made[0].tokenizer
    assert local.chunk_token_budget() < 4096 - Options().max_output_tokens


def test_sync_client_passed_via_client(fake_server, dev_corpus):
    fake_server.responder = gold_responder(load_gold(DOC, dev_corpus))
    client = openai.OpenAI(base_url=fake_server.base_url, api_key="test-key")
    result = minutesai.summarise(dev_corpus / f"{DOC}.txt", client=client, model="llama3.1",
                                 use_cache=False)
    assert result.engine == "openai:llama3.1"
    assert result.usage.calls == fake_server.chat_calls >= 2
    assert fake_server.requests[0]["model"] == "llama3.1"


def test_prompts_dir_override_reaches_the_model(fake_server, dev_corpus, tmp_path):
    (tmp_path / "map.j2").write_text(
        "{% block system %}HOUSE STYLE PROMPT{% endblock %}"
        "{% block user %}{{ text | data_block }}{% endblock %}")
    fake_server.responder = gold_responder(load_gold(DOC, dev_corpus))
    result = minutesai.summarise(dev_corpus / f"{DOC}.txt", base_url=fake_server.base_url,
                                 model="m", prompts_dir=tmp_path, use_cache=False)
    first = fake_server.requests[0]["messages"][0]["content"]
    assert first.startswith("HOUSE STYLE PROMPT")
    from minutesai.prompts import PromptSet

    assert result.prompt_hash == PromptSet(tmp_path).hash != PromptSet().hash
