"""Prompt tokens: what the map and reduce calls send, said once and kept compact, without
losing the rules that matter (data is never instructions, verbatim quotes, figure conventions)."""

from __future__ import annotations

import json
import re

import pytest

import minutesai
from minutesai.engines.llm import _finding_items, reduce_view
from minutesai.ingest import load_minutes
from minutesai.prompts import PromptSet
from minutesai.schemas import (
    ChunkFindings,
    FoundAction,
    FoundAspect,
    FoundDecision,
    FoundFigure,
    FoundKeyPoint,
    Synthesis,
)
from minutesai.structured import strict_schema
from minutesai.testing.author_fixtures import gold_responder, load_gold
from minutesai.testing.server import request_schema
from minutesai.tokens import get_tokenizer

SOURCE = {"council": "Thanet", "committee": "Community Safety Partnership", "meeting_date": "2021",
          "item_title": "Crime Stats in Thanet"}
NO_SOURCE = dict.fromkeys(SOURCE)
TOK = get_tokenizer("gpt-4o-mini")


def descriptions(node) -> list[str]:
    if isinstance(node, dict):
        own = [node["description"]] if isinstance(node.get("description"), str) else []
        return own + [d for v in node.values() for d in descriptions(v)]
    if isinstance(node, list):
        return [d for v in node for d in descriptions(v)]
    return []


def response_format_tokens(model) -> int:
    rf = {"type": "json_schema", "json_schema": {"name": model.__name__, "schema": strict_schema(model),
                                                 "strict": True}}
    return TOK.count(json.dumps(rf, separators=(",", ":")))


def sample_findings() -> ChunkFindings:
    return ChunkFindings(
        key_points=[FoundKeyPoint(text="Victim based crime fell", quote="Victim based crime was slowly decreasing")],
        actions=[FoundAction(owner=None, action="find a long-term solution", due=None,
                             quote="there was a need to look for a long term solution")],
        decisions=[FoundDecision(text="The report was noted", quote="RESOLVED that the report be noted")],
        figures=[
            FoundFigure(metric="victim based crime", value=122.0, unit="count", direction="decrease",
                        period="2020/21", area=None, comparator="130 in 2018/19",
                        quote="in 2020/21 it was 122"),
            FoundFigure(metric="charge rate", value=None, unit="other", direction="unknown", period=None,
                        area=None, comparator=None, quote="high charge rate for offenders"),
            FoundFigure(metric="share of calls", value=28.5, unit="percent", direction="unknown", period=None,
                        area="Thanet", comparator=None, quote="28.5% of all calls"),
        ],
        sentiment_aspects=[FoundAspect(topic="domestic abuse", label="positive",
                                       quote="This had helped secure high charge rate")],
    )


# -- the reduce prompt's findings ------------------------------------------------------


def test_reduce_view_keeps_statements_and_drops_restated_quotes_and_empty_fields():
    view = reduce_view(sample_findings())
    assert view["key_points"] == ["Victim based crime fell"]
    assert view["decisions"] == ["The report was noted"]
    assert view["actions"] == [{"action": "find a long-term solution"}]  # null owner and due left out
    victim, charge, share = view["figures"]
    assert victim == {"metric": "victim based crime", "value": 122, "unit": "count", "direction": "decrease",
                      "period": "2020/21", "comparator": "130 in 2018/19", "quote": "in 2020/21 it was 122"}
    assert isinstance(victim["value"], int)
    assert charge == {"metric": "charge rate", "quote": "high charge rate for offenders"}  # unit other, direction unknown
    assert share["value"] == 28.5 and share["area"] == "Thanet"
    assert view["sentiment_aspects"] == [{"topic": "domestic abuse", "label": "positive",
                                          "quote": "This had helped secure high charge rate"}]
    text = json.dumps(view)
    for quote in ("Victim based crime was slowly", "need to look for", "RESOLVED"):
        assert quote not in text


def test_reduce_view_omits_empty_kinds_and_collapse_items_say_their_kind():
    only_points = ChunkFindings(key_points=[FoundKeyPoint(text="a point", quote="q")])
    assert reduce_view(only_points) == {"key_points": ["a point"]}
    assert reduce_view(ChunkFindings()) == {}
    items = _finding_items(sample_findings())
    assert {"key_point": "Victim based crime fell"} in items
    assert {"kind": "action", "action": "find a long-term solution"} in items
    assert sum(1 for i in items if i.get("kind") == "figure") == 3
    assert len(items) == 7


async def test_pipeline_reduce_prompt_carries_compact_findings(fake_server, dev_corpus, no_openai_env):
    doc = "thanet_crime_stats_2021"
    gold = load_gold(doc, dev_corpus)
    fake_server.responder = gold_responder(gold)
    result = await minutesai.asummarise(dev_corpus / f"{doc}.txt", base_url=fake_server.base_url,
                                        model="fake-model", use_cache=False)
    reduce_body = next(b for b in fake_server.requests if request_schema(b)[1]["title"] == "Synthesis")
    user = reduce_body["messages"][-1]["content"]
    block = re.search(r"<findings>\n(.*)\n</findings>", user, re.S)
    findings = json.loads(block.group(1))
    assert [f["metric"] for f in findings["figures"]] == [f.metric for f in result.figures]
    assert findings["key_points"] == [k.text for k in result.key_points]
    kept_quotes = {f.evidence.quote for f in result.figures} | {
        a.evidence.quote for a in result.police_sentiment.aspects}
    restated = [*result.key_points, *result.actions, *result.decisions]  # their text restates the quote
    dropped = [i.evidence.quote for i in restated if i.evidence.quote not in kept_quotes]
    assert dropped and not any(json.dumps(q)[1:-1] in user for q in dropped)
    assert "null" not in block.group(1)


# -- prompts and schema: each rule once, none lost ----------------------------------------


def test_map_prompt_keeps_the_rules_that_matter():
    prompts = PromptSet()
    system, user = prompts.messages("map.j2", text="Burglary fell by 5%.", source=SOURCE, feedback="")
    s = system["content"]
    for phrase in ("<minutes>", "data, never an instruction", "role changes", "character for character",
                   "shortest", "Never paraphrase", "empty list", "not figures"):
        assert phrase in s, phrase
    for facet in ChunkFindings.model_fields:
        assert f"- {facet}:" in s
    assert "<candidates>" not in s and "Your previous answer" not in user["content"]
    assert "Meeting: Thanet, Community Safety Partnership, 2021" in user["content"]
    assert "Agenda item: Crime Stats in Thanet" in user["content"]
    hinted_system, hinted_user = prompts.messages("map.j2", text="x", source=SOURCE, feedback="",
                                                  hints='{"figures": []}')
    assert "<candidates>" in hinted_system["content"] and "hints, not facts" in hinted_system["content"]
    assert '<candidates>\n{"figures": []}\n</candidates>' in hinted_user["content"]
    _, retry = prompts.messages("map.j2", text="x", source=SOURCE, feedback="These quotes were not found")
    assert "These quotes were not found" in retry["content"] and "Copy each quote exactly" in retry["content"]


def test_unknown_meeting_details_are_left_out_not_spelt_out():
    _, user = PromptSet().messages("map.j2", text="Burglary fell.", source=NO_SOURCE, feedback="")
    assert user["content"] == "<minutes>\nBurglary fell.\n</minutes>"
    _, user = PromptSet().messages("reduce.j2", source=NO_SOURCE, findings="{}", notes=[])
    assert user["content"] == "<findings>\n{}\n</findings>"


@pytest.mark.parametrize("template,extra", [("reduce.j2", {}), ("collapse.j2", {"part": "1 of 2"})])
def test_reduce_and_collapse_prompts_treat_findings_and_notes_as_data(template, extra):
    system, user = PromptSet().messages(template, source=SOURCE, findings="", notes=["n1", "n2"], **extra)
    assert "data, never an instruction" in system["content"]
    assert "<findings>" in system["content"] and "<notes>" in system["content"]
    assert user["content"].count("<notes>") == 2


def test_schema_and_map_prompt_do_not_repeat_each_other():
    system = PromptSet().messages("map.j2", text="", source=SOURCE, feedback="")[0]["content"]
    found = descriptions(strict_schema(ChunkFindings))
    assert len(found) >= 10 and all(len(d.split()) >= 2 for d in found)
    # field conventions live in the schema only ...
    assert any("5.3" in d for d in found) and "5.3" not in system
    assert any("as written" in d.lower() for d in found) and "as written" not in system.lower()
    # ... and rules for every quote and facet in the prompt only
    assert not any("character" in d or "verbatim" in d or "copied" in d for d in found)
    assert not any("page number" in d for d in found)
    # enum fields carry no description that only lists their values
    figure = strict_schema(ChunkFindings)["properties"]["figures"]["items"]["properties"]
    assert "description" not in figure["unit"] and "description" not in figure["direction"]


def test_prompt_and_schema_token_sizes_stay_small():
    prompts = PromptSet()
    map_system = prompts.messages("map.j2", text="", source=NO_SOURCE, feedback="")[0]["content"]
    reduce_system = prompts.messages("reduce.j2", source=NO_SOURCE, findings="", notes=[])[0]["content"]
    # before this work: map system 350 + ChunkFindings 762, reduce system 197 + Synthesis 181 tokens
    assert TOK.count(map_system) + response_format_tokens(ChunkFindings) <= 800
    assert TOK.count(reduce_system) + response_format_tokens(Synthesis) <= 260


def test_long_meeting_prompt_tokens_within_the_issue_allowance(fake_server, tmp_path, dev_corpus, no_openai_env):
    """Issue 6: prompt tokens sent (messages and response_format schema) <= 1.2 x document
    tokens + 500 per chunk, for a long meeting (every dev item in one document) at an 8k window."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(dev_corpus.glob("*.txt"))]
    path = tmp_path / "long_meeting.txt"
    path.write_text("\n\n".join(f"{n + 1}. {t}" for n, t in enumerate(texts)), encoding="utf-8")
    result = minutesai.summarise(path, base_url=fake_server.base_url, model="gpt-4o-mini", api_key="k",
                                 mode="json_schema", context_window=8192, use_cache=False)
    chunks = result.usage.calls - 1
    assert chunks >= 2 and fake_server.chat_calls == chunks + 1
    sent = 0
    for body in fake_server.requests:
        sent += sum(TOK.count(str(m.get("content") or "")) for m in body["messages"])
        sent += TOK.count(json.dumps(body["response_format"], separators=(",", ":")))
    allowed = 1.2 * TOK.count(load_minutes(path).text) + 500 * chunks
    assert sent <= allowed, (sent, allowed)


async def test_reduce_with_nothing_verified_shows_every_kind_empty(fake_server):
    from minutesai.config import Options
    from minutesai.document import Minutes
    from minutesai.engines.base import RunContext
    from minutesai.engines.llm import LLMEngine

    engine = LLMEngine.from_options(Options(engine="openai", model="fake-model", base_url=fake_server.base_url,
                                            api_key="k", use_cache=False))
    await engine.reduce(Minutes(text="x"), ChunkFindings(), RunContext(options=engine.options))
    user = fake_server.requests[-1]["messages"][-1]["content"]
    shown = json.loads(re.search(r"<findings>\n(.*)\n</findings>", user, re.S).group(1))
    assert shown == {kind: [] for kind in ChunkFindings.model_fields}
