"""mode="outline": JSON mode with a type outline of the schema in the system message.

The outline of every schema the library sends is read back by a small parser here and compared
with the schema; requests go through the real openai SDK to the local stand-in server.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Literal

import openai
import pytest
from pydantic import BaseModel, Field

from minutesai.backends.openai_compat import OpenAICompatBackend
from minutesai.batch import request_body
from minutesai.config import Options
from minutesai.engines.base import RunContext
from minutesai.errors import ConfigError
from minutesai.models import Unit
from minutesai.schema_outline import (
    first_sentence,
    outline_instruction,
    render_outline,
    without_descriptions,
)
from minutesai.schemas import ChunkFindings, PackedAnswer, Synthesis
from minutesai.structured import strict_schema, structured_call
from minutesai.testing.server import Reply, minimal_instance, outlined_schema
from minutesai.tokens import get_tokenizer

ROOT = Path(__file__).resolve().parents[1]
# Synthesis is the answer of both the reduce and the collapse calls
LIBRARY_SCHEMAS = (ChunkFindings, Synthesis, PackedAnswer)
MESSAGES = [
    {"role": "system", "content": "You summarise minutes."},
    {"role": "user", "content": "<minutes>Burglary fell by 5.3%.</minutes>"},
]
GOOD = {"summary": "Burglary fell.", "sentiment_label": "positive", "sentiment_score": 0.4,
        "sentiment_rationale": "Crime fell."}


def parse_outline(text: str) -> dict[str, Any]:
    """The outline read back: {field: (type text, comment) or (nested fields, "[]" or "")}."""
    lines = text.split("\n")
    assert lines[0] == "{", lines[0]
    stack: list[dict[str, Any]] = [{}]
    pending: list[tuple[str, str]] = []  # (field name, comment) of the objects being read
    for line in lines[1:]:
        body = line.strip()
        if body.startswith("}"):
            done = stack.pop()
            if not stack:
                assert body == "}" and line is lines[-1], "text after the root object"
                return done
            name, comment = pending.pop()
            stack[-1][name] = (done, body[1:], comment)
            continue
        name, _, rest = body.partition(": ")
        assert name and rest, f"not a field line: {line!r}"
        kind, _, comment = rest.partition(" // ")
        if kind == "{":
            stack.append({})
            pending.append((name, comment))
        else:
            stack[-1][name] = (kind, "", comment)
    raise AssertionError("the root object is not closed")


def check_against_schema(fields: dict[str, Any], schema: dict[str, Any]) -> None:
    assert list(fields) == list(schema["properties"]), "fields missing, extra or reordered"
    for name, sub in schema["properties"].items():
        kind, suffix, comment = fields[name]
        kinds = sub.get("type") if isinstance(sub.get("type"), list) else [sub.get("type")]
        if "object" in kinds or "array" in kinds and "properties" in sub.get("items", {}):
            nested = sub if "object" in kinds else sub["items"]
            assert isinstance(kind, dict) and suffix == ("" if "object" in kinds else "[]")
            check_against_schema(kind, nested)
        else:
            assert isinstance(kind, str)
            options = kind.split(" (")[0].split("|")
            if "enum" in sub:
                assert options == [json.dumps(v) for v in sub["enum"]]
            else:
                assert options == kinds
            if "minimum" in sub:
                assert f"({sub['minimum']:g} to {sub['maximum']:g})" in kind
        description = sub.get("description")
        if description and "enum" not in sub:
            assert comment == first_sentence(description) and comment, name
        elif not description:
            assert comment == ""


@pytest.mark.parametrize("model", LIBRARY_SCHEMAS, ids=lambda m: m.__name__)
def test_outline_of_each_library_schema_reads_back_as_the_schema(model):
    schema = strict_schema(model)
    outline = render_outline(schema)
    check_against_schema(parse_outline(outline), schema)
    instruction = outline_instruction(schema)
    assert instruction.endswith("\n" + outline)
    assert "every field present" in instruction and "null only where allowed" in instruction


def test_outline_keeps_the_field_rules_the_schema_descriptions_carry():
    outline = render_outline(strict_schema(ChunkFindings))
    assert "quote: string // Must contain the number, if there is one" in outline
    assert "null for a trend without a number" in outline
    assert "sentiment_score: number (-1 to 1) // -1 very negative" in render_outline(strict_schema(Synthesis))


def test_outline_of_a_raw_pydantic_schema_inlines_refs_and_nullables():
    # the raw schema has $defs/$ref, anyOf-with-null, defaults and titles: same outline as the strict one
    for model in LIBRARY_SCHEMAS:
        assert render_outline(model.model_json_schema()) == render_outline(strict_schema(model))


class _Place(BaseModel):
    name: str = Field(description="Where. As written.", min_length=1)


class _Odd(BaseModel):
    kind: Literal["a", "b"] | None
    place: _Place | None = None
    tags: list[str | int] = Field(default_factory=list, max_length=3)
    counts: dict[str, int]
    odd_key: bool = Field(alias="odd key")


def test_outline_of_unions_nested_optionals_maps_and_constraints():
    outline = render_outline(_Odd.model_json_schema(by_alias=True))
    assert outline.split("\n") == [
        "{",
        ' kind: "a"|"b"|null',
        " place: {",
        "  name: string (length >= 1) // Where",
        " }|null",
        " tags: (string|integer)[] (items <= 3)",
        " counts: {[key: string]: integer}",
        ' "odd key": boolean',
        "}",
    ]
    # a hand-written nullable enum (strict_schema never writes one) and a bare list
    assert render_outline({"type": ["string", "null"], "enum": ["a", "b"]}) == '"a"|"b"|null'
    assert render_outline({"type": "array", "minItems": 1, "maxItems": 2}) == "any[] (items 1 to 2)"


def test_a_description_that_only_lists_the_enum_is_left_out_also_behind_a_ref():
    class Units(BaseModel):
        listed: Unit | None = Field(description="percent, count or other.")
        told: Unit | None = Field(description="The unit. Percent for shares.")

    lines = render_outline(Units.model_json_schema()).split("\n")
    assert lines[1].endswith('"other"|null') and lines[2].endswith('"other"|null // The unit')


def test_recursive_schema_is_refused():
    class Node(BaseModel):
        children: list[Node]

    with pytest.raises(ConfigError, match="recursive"):
        render_outline(Node.model_json_schema())


def test_first_sentence_and_dropped_descriptions():
    assert first_sentence("E.g. 'response times'.") == "E.g. 'response times'"
    assert first_sentence("Who acts. Named as written.") == "Who acts"
    assert first_sentence("The number (5.3 for 'down 5.3%'); null otherwise.") == "The number (5.3 for 'down 5.3%'); null otherwise"
    bare = render_outline(strict_schema(ChunkFindings), descriptions="none")
    assert "//" not in bare
    assert bare == render_outline(without_descriptions(strict_schema(ChunkFindings)))
    assert "The point in plain words." in render_outline(strict_schema(ChunkFindings), descriptions="full")


@pytest.mark.parametrize("model", LIBRARY_SCHEMAS, ids=lambda m: m.__name__)
def test_outline_costs_fewer_tokens_than_the_schema_it_replaces(model):
    tok = get_tokenizer("gpt-4o-mini")
    schema = strict_schema(model)
    wire = {"type": "json_schema", "json_schema": {"name": model.__name__, "schema": schema, "strict": True}}
    schema_tokens = tok.count(json.dumps(wire, separators=(",", ":")))
    outline_tokens = tok.count(outline_instruction(schema))
    # measured 2026-12-07: map 329 vs 548, reduce 117 vs 174, packed 457 vs 726
    assert outline_tokens < 0.75 * schema_tokens
    assert tok.count(outline_instruction(without_descriptions(schema))) < 0.5 * schema_tokens


def test_outline_mode_reserves_room_for_the_outline_not_the_schema():
    from minutesai.engines.llm import LLMEngine

    def engine(**opts):
        return LLMEngine.from_options(Options(engine="openai", model="gpt-4o-mini", base_url="http://127.0.0.1:9/v1",
                                              api_key="k", context_window=8192, **opts))

    tok = get_tokenizer("gpt-4o-mini")
    schema = strict_schema(ChunkFindings)
    saved = tok.count(json.dumps(schema)) - tok.count(outline_instruction(schema))
    assert saved > 150
    assert engine(mode="outline").chunk_token_budget() - engine(mode="json_schema").chunk_token_budget() == saved


async def outline_call(server, output=Synthesis, **opts):
    ctx = RunContext(options=Options(mode="outline", **opts))
    backend = OpenAICompatBackend(openai.AsyncOpenAI(base_url=server.base_url, api_key="test-key"))
    result = await structured_call(backend, model="fake-model", messages=MESSAGES, output_type=output,
                                   mode="outline", options=ctx.options, ctx=ctx)
    return result, ctx


async def test_outline_request_through_the_sdk_is_json_mode_without_a_schema(fake_server):
    result, ctx = await outline_call(fake_server, output=ChunkFindings)
    assert isinstance(result, ChunkFindings) and ctx.usage.calls == 1
    body = fake_server.requests[0]
    assert body["response_format"] == {"type": "json_object"}
    assert "tools" not in body and "schema" not in json.dumps(body["response_format"])
    system = body["messages"][0]
    assert system["role"] == "system"
    assert system["content"] == "You summarise minutes.\n\n" + outline_instruction(strict_schema(ChunkFindings))
    assert '"properties"' not in json.dumps(body)  # no JSON schema anywhere in the request
    assert outlined_schema(body) == ("ChunkFindings", strict_schema(ChunkFindings))


async def test_malformed_answer_is_reasked_with_the_outline_not_the_schema(fake_server):
    fake_server.enqueue(Reply(content='{"summary": "unterminated'), Reply.ok({**GOOD, "sentiment_score": 3}),
                        Reply.ok(GOOD))
    result, ctx = await outline_call(fake_server)
    assert result.summary == "Burglary fell." and ctx.usage.retries == 2
    outline = outline_instruction(strict_schema(Synthesis))
    for body, problem in zip(fake_server.requests[1:], ("not valid JSON", "sentiment_score"), strict=True):
        assert body["response_format"] == {"type": "json_object"}
        reask = body["messages"][-1]["content"]
        assert problem in reask and reask.endswith("\n" + outline)
        assert body["messages"][0]["content"].endswith(outline)
        assert '"properties"' not in json.dumps(body)


async def test_without_descriptions_the_outline_has_no_comments(fake_server):
    await outline_call(fake_server, outline_descriptions=False)
    system = fake_server.requests[0]["messages"][0]["content"]
    assert system.endswith(outline_instruction(without_descriptions(strict_schema(Synthesis))))
    assert "//" not in system


def test_batch_request_body_in_outline_mode():
    from minutesai.backends.base import ChatRequest

    request = ChatRequest(model="m", messages=tuple(MESSAGES), schema=strict_schema(ChunkFindings),
                          schema_name="ChunkFindings", mode="outline")
    body = request_body(request)
    assert body["response_format"] == {"type": "json_object"}
    assert body["messages"][0]["content"].endswith(outline_instruction(strict_schema(ChunkFindings)))


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    return subprocess.run([sys.executable, "-m", "minutesai", "summarise", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def quoting_responder(body: dict) -> str:
    """Minimal answers, with one key point quoting the minutes' first sentence in map calls."""
    name, schema = outlined_schema(body)
    answer = minimal_instance(schema)
    if name == "ChunkFindings":
        minutes = str(body["messages"][-1]["content"]).split(">", 1)[1]
        answer["key_points"] = [{"text": "a point", "quote": minutes.split(".")[0].strip() + "."}]
    return json.dumps(answer)


def test_cli_mode_outline_end_to_end(fake_server, tmp_path):
    fake_server.responder = quoting_responder
    doc = tmp_path / "minutes.txt"
    doc.write_text("Police update\n\nBurglary fell by 12% in the year to March. The panel noted the report.\n",
                   encoding="utf-8")
    proc = run_cli(str(doc), "--engine", "openai", "--model", "gpt-4o-mini", "--base-url", fake_server.base_url,
                   "--mode", "outline", "--format", "json", "--no-cache", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert [p["text"] for p in out["key_points"]] == ["a point"]
    names = [outlined_schema(b)[0] for b in fake_server.requests]
    assert names == ["ChunkFindings", "Synthesis"]
    assert all(b["response_format"] == {"type": "json_object"} for b in fake_server.requests)

    proc = run_cli(str(doc), "--engine", "openai", "--base-url", fake_server.base_url, "--mode", "outlines")
    assert proc.returncode != 0
    assert "auto, json_schema, json_object, tools or outline" in proc.stderr
