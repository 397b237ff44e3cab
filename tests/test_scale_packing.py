"""pack=N: several one-chunk documents per model call, through the real openai SDK against the
local test server (minutesai.testing.server). Server answers here are hand-written test doubles."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from minutesai.api import summarise, summarise_many
from minutesai.ingest import load_minutes
from minutesai.models import ErrorRecord, MinutesSummary
from minutesai.packing import FALLBACK_NOTE, share_usage
from minutesai.prompts import TEMPLATE_NAMES, PromptSet, default_prompt_dirs
from minutesai.testing.server import FakeOpenAIServer, minimal_instance, request_schema

DEV = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "dev"
DOCS = sorted(DEV.glob("*.txt"))[:8]
_BLOCK = re.compile(r"<minutes[^>\s]*>\n(.*?)\n</minutes", re.S)


def loaded(path: Path) -> str:
    return load_minutes(path).text


def server_prompt_tokens(srv: FakeOpenAIServer) -> int:
    """What the test server reports as prompt tokens for every request it answered."""
    return sum(max(1, len("".join(str(m.get("content") or "") for m in b["messages"])) // 4)
               for b in srv.requests)


def first_sentence(text: str, skip: int = 0) -> str:
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 6]
    return sentences[min(skip, len(sentences) - 1)]


def blocks(body: dict) -> list[str]:
    return _BLOCK.findall(str(body["messages"][-1]["content"]))


def analysis(number: int, quote: str) -> dict:
    return {"document": number, "key_points": [{"text": "a point", "quote": quote}], "actions": [],
            "decisions": [], "figures": [], "sentiment_aspects": [], "summary": f"summary of document {number}",
            "sentiment_label": "neutral", "sentiment_score": 0.0, "sentiment_rationale": "nothing judged"}


def schema_name(body: dict) -> str | None:
    return request_schema(body)[0]


def responder(packed=None):
    """Map calls quote their block's first sentence; packed calls answer via ``packed(texts)``
    (default: each document quotes its own first sentence); others minimal valid JSON."""

    def answer(body: dict) -> str:
        name, schema = request_schema(body)
        if name == "PackedAnswer":
            texts = blocks(body)
            docs = packed(texts) if packed else [analysis(n, first_sentence(t)) for n, t in enumerate(texts, 1)]
            return json.dumps({"documents": docs})
        out = minimal_instance(schema)
        if name == "ChunkFindings":
            out["key_points"] = [{"text": "a point", "quote": first_sentence(blocks(body)[0])}]
        return json.dumps(out)

    return answer


def run(srv: FakeOpenAIServer, docs, **kw):
    opts = dict(engine="openai", model="gpt-4o-mini", base_url=srv.base_url, api_key="test",
                mode="json_schema", use_cache=False, context_window=128_000, concurrency=8)
    return summarise_many(docs, **{**opts, **kw})


def test_eight_documents_packed_four_per_call_grounded_each_in_its_own_text(no_openai_env):
    with FakeOpenAIServer(responder()) as srv:
        results = run(srv, DOCS, pack=4)
    assert [schema_name(b) for b in srv.requests] == ["PackedAnswer", "PackedAnswer"]  # no reduce calls
    assert [len(blocks(b)) for b in srv.requests] == [4, 4]
    packed_hash = PromptSet().packed_hash
    for path, result in zip(DOCS, results, strict=True):
        assert isinstance(result, MinutesSummary)
        text = loaded(path)
        [point] = result.key_points
        assert point.evidence.verified and point.evidence.quote == first_sentence(text)
        assert text[point.evidence.start:point.evidence.end] == point.evidence.quote
        assert result.summary.startswith("summary of document ")
        assert result.prompt_hash == packed_hash != PromptSet().hash
        assert FALLBACK_NOTE not in result.warnings
    # usage shared among the documents of a pack: totals equal what the server saw
    assert sum(r.usage.calls for r in results) == 2
    assert [r.usage.calls for r in results] == [1, 0, 0, 0] * 2
    assert sum(r.usage.prompt_tokens for r in results) == server_prompt_tokens(srv)


def test_a_quote_from_a_neighbouring_document_is_not_verified(no_openai_env):
    def packed(texts):
        # document 1 quotes document 2; the others quote themselves
        return [analysis(n, first_sentence(texts[1] if n == 1 else t)) for n, t in enumerate(texts, 1)]

    neighbour = first_sentence(loaded(DOCS[1]))
    assert neighbour not in loaded(DOCS[0])

    def answer(body):
        if schema_name(body) == "ChunkFindings":  # the per-document re-ask repeats the bad quote
            out = minimal_instance(request_schema(body)[1])
            out["key_points"] = [{"text": "a point", "quote": neighbour}]
            return json.dumps(out)
        return responder(packed)(body)

    with FakeOpenAIServer(answer) as srv:
        results = run(srv, DOCS[:4], pack=4)
    first = results[0]
    assert isinstance(first, MinutesSummary)
    assert first.key_points == []
    assert [u.item["quote"] for u in first.unverified] == [neighbour]
    assert first.unverified[0].reason == "quote not found in the source"
    reasks = [b for b in srv.requests if schema_name(b) == "ChunkFindings"]
    assert len(reasks) == 1 and "previous answer had problems" in reasks[0]["messages"][-1]["content"]
    packed_call = next(b for b in srv.requests if schema_name(b) == "PackedAnswer")
    assert blocks(reasks[0]) == blocks(packed_call)[:1]
    for result in results[1:]:
        assert len(result.key_points) == 1 and not result.unverified


def test_an_invalid_pack_answer_falls_back_to_the_normal_path(no_openai_env):
    def answer(body):
        if schema_name(body) == "PackedAnswer":
            return json.dumps({"documents": [{"document": 1}]})  # never valid
        return responder()(body)

    with FakeOpenAIServer(answer) as srv:
        results = run(srv, DOCS[:4], pack=4, max_reasks=1)
    names = [schema_name(b) for b in srv.requests]
    assert names.count("PackedAnswer") == 2  # the call and its one re-ask
    assert names.count("ChunkFindings") == 4 and names.count("Synthesis") == 4
    for result in results:
        assert isinstance(result, MinutesSummary)
        assert FALLBACK_NOTE in result.warnings
        assert result.prompt_hash == PromptSet().hash
        assert len(result.key_points) == 1 and result.key_points[0].evidence.verified
    assert sum(r.usage.calls for r in results) == len(srv.requests)
    assert sum(r.usage.prompt_tokens for r in results) == server_prompt_tokens(srv)


@pytest.mark.parametrize("case", ["missing", "repeated"])
def test_a_document_missing_or_repeated_in_the_answer_falls_back(no_openai_env, case):
    def packed(texts):
        docs = [analysis(n, first_sentence(t)) for n, t in enumerate(texts, 1)]
        if case == "missing":
            return [d for d in docs if d["document"] != 2]
        return docs + [analysis(2, first_sentence(texts[1], skip=1))]

    with FakeOpenAIServer(responder(packed)) as srv:
        results = run(srv, DOCS[:4], pack=4)
    names = [schema_name(b) for b in srv.requests]
    assert names == ["PackedAnswer", "ChunkFindings", "Synthesis"]
    assert blocks(srv.requests[1]) == blocks(srv.requests[0])[1:2]
    assert all(isinstance(r, MinutesSummary) for r in results)
    assert [FALLBACK_NOTE in r.warnings for r in results] == [False, True, False, False]
    assert sum(r.usage.calls for r in results) == 3


def test_multi_chunk_documents_take_the_normal_path(no_openai_env, tmp_path):
    long_doc = tmp_path / "long_meeting.txt"
    long_doc.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))),
                        encoding="utf-8")
    with FakeOpenAIServer(responder()) as srv:
        results = run(srv, [long_doc, *DOCS[:3]], pack=4, chunk_tokens=1500)
    long_result = results[0]
    assert isinstance(long_result, MinutesSummary) and long_result.prompt_hash == PromptSet().hash
    names = [schema_name(b) for b in srv.requests]
    assert names.count("PackedAnswer") == 1 and names.count("Synthesis") == 1
    assert long_result.usage.calls == names.count("ChunkFindings") + 1 >= 3
    packed = next(b for b in srv.requests if schema_name(b) == "PackedAnswer")
    assert len(blocks(packed)) == 3
    assert all(r.prompt_hash == PromptSet().packed_hash for r in results[1:])


def test_pack_1_sends_the_same_requests_as_unpacked_runs(no_openai_env):
    with FakeOpenAIServer(responder()) as srv:
        default = run(srv, DOCS[:3], concurrency=1)
        before = list(srv.requests)
        srv.requests.clear()
        packed_one = run(srv, DOCS[:3], concurrency=1, pack=1)
        after = list(srv.requests)
        srv.requests.clear()
        for path in DOCS[:3]:
            summarise(path, engine="openai", model="gpt-4o-mini", base_url=srv.base_url, api_key="test",
                      mode="json_schema", use_cache=False, context_window=128_000)
        single = list(srv.requests)
    def bodies(requests):  # the order of requests across documents depends on scheduling
        return sorted(json.dumps(b, sort_keys=True) for b in requests)

    assert bodies(after) == bodies(before) == bodies(single)
    assert sorted(map(schema_name, before)) == ["ChunkFindings"] * 3 + ["Synthesis"] * 3
    assert [r.model_dump() for r in packed_one] == [r.model_dump() for r in default]


def test_the_prompt_hash_of_unpacked_runs_does_not_cover_packed_j2():
    digest = hashlib.sha256()
    folder = default_prompt_dirs()[0]
    for name in TEMPLATE_NAMES:
        digest.update(name.encode() + b"\0" + (folder / name).read_text(encoding="utf-8").encode() + b"\0")
    assert PromptSet().hash == digest.hexdigest()[:16]


def test_pack_calls_are_cached(no_openai_env, tmp_path):
    with FakeOpenAIServer(responder()) as srv:
        first = run(srv, DOCS[:4], pack=4, use_cache=True, cache_dir=tmp_path)
        calls = srv.chat_calls
        again = run(srv, DOCS[:4], pack=4, use_cache=True, cache_dir=tmp_path)
    assert calls == 1 and srv.chat_calls == 1
    assert sum(r.usage.cache_hits for r in again) == 1 and sum(r.usage.calls for r in again) == 0
    assert [r.key_points for r in again] == [r.key_points for r in first]


def test_usage_is_split_so_totals_stay_right():
    from minutesai.models import Usage

    parts = share_usage(Usage(calls=1, prompt_tokens=10, completion_tokens=7, retries=2, cost_usd=0.3), 4)
    assert [p.calls for p in parts] == [1, 0, 0, 0]
    assert sum(p.prompt_tokens for p in parts) == 10 and sum(p.completion_tokens for p in parts) == 7
    assert sum(p.retries for p in parts) == 2
    assert sum(p.cost_usd for p in parts) == pytest.approx(0.3)


def test_cli_pack_flag(no_openai_env, capsys, tmp_path):
    from minutesai.cli import main

    folder = tmp_path / "items"
    folder.mkdir()
    for path in DOCS[:4]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with FakeOpenAIServer(responder()) as srv:
        code = main(["summarise", str(folder), "--base-url", srv.base_url, "--model", "gpt-4o-mini",
                     "--format", "json", "--no-cache", "--pack", "4", "--mode", "json_schema"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    # the CLI's endpoint is not official, so its context window is capped: packs may be smaller
    assert {schema_name(b) for b in srv.requests} == {"PackedAnswer"}
    assert sum(len(blocks(b)) for b in srv.requests) == 4 and len(srv.requests) < 4
    assert len(out) == 4 and not any(isinstance(r, ErrorRecord) for r in out)


def test_a_partial_pack_is_sent_once_no_document_can_join(no_openai_env):
    with FakeOpenAIServer(responder()) as srv:
        results = run(srv, DOCS[:6], pack=4)
    assert sorted(len(blocks(b)) for b in srv.requests) == [2, 4]
    assert all(isinstance(r, MinutesSummary) and len(r.key_points) == 1 for r in results)


def test_a_small_window_limits_how_many_documents_share_a_call(no_openai_env):
    from minutesai.tokens import get_tokenizer

    tok = get_tokenizer("gpt-4o-mini")
    with FakeOpenAIServer(responder()) as srv:
        results = run(srv, DOCS[:4], pack=4, context_window=8192)
    assert all(isinstance(r, MinutesSummary) and FALLBACK_NOTE not in r.warnings for r in results)
    assert {schema_name(b) for b in srv.requests} == {"PackedAnswer"} and 1 < len(srv.requests) < 4
    for body in srv.requests:  # output reserved per document (max_output_tokens), all within the window
        assert body["max_tokens"] == 2048 * len(blocks(body))
        sent = sum(tok.count(m["content"]) for m in body["messages"])
        assert sent + tok.count(json.dumps(body["response_format"])) + body["max_tokens"] <= 8192
