"""The schema text json_object mode puts in the system message: shorter, nothing lost."""

from __future__ import annotations

import json

from minutesai.schemas import ChunkFindings, Synthesis
from minutesai.structured import compact_schema, schema_instruction, strict_schema
from minutesai.tokens import get_tokenizer


def _walk(node, path=()):
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, (*path, i))


def test_compact_schema_keeps_fields_enums_and_informative_descriptions():
    for model in (ChunkFindings, Synthesis):
        full, compact = strict_schema(model), compact_schema(strict_schema(model))
        full_props = {p for p, n in _walk(full) if "properties" in n for p in [(*p, *n["properties"])]}
        compact_props = {p for p, n in _walk(compact) if "properties" in n for p in [(*p, *n["properties"])]}
        assert full_props == compact_props
        enums = [n["enum"] for _, n in _walk(full) if "enum" in n]
        assert enums and enums == [n["enum"] for _, n in _walk(compact) if "enum" in n]
        kept = {n["description"] for _, n in _walk(compact) if "description" in n}
        for _, node in _walk(full):
            if "description" in node and "enum" not in node:
                assert node["description"] in kept
        assert not any("additionalProperties" in n or "required" in n for _, n in _walk(compact))


def test_enum_restating_description_dropped_but_one_that_adds_words_kept():
    node = {"type": "string", "enum": ["percent", "percentage_points"], "description": "percentage_points or percent."}
    assert compact_schema(node) == {"enum": ["percent", "percentage_points"]}
    node = {"type": "string", "enum": ["positive", "negative"], "description": "Stance on police: positive or negative."}
    assert compact_schema(node)["description"] == "Stance on police: positive or negative."
    assert compact_schema({"anyOf": [{"type": "string"}, {"type": "null"}]}) == {"type": ["string", "null"]}


def test_instruction_is_a_fifth_shorter_and_says_all_fields_are_required():
    tok = get_tokenizer("gpt-4o-mini")
    schema = strict_schema(ChunkFindings)
    text = schema_instruction(schema)
    full = tok.count(json.dumps(schema, separators=(",", ":")))
    assert tok.count(text) < 0.8 * full
    assert "every field is required" in text and "no other fields" in text
    json.loads(text.split("\n", 1)[1])  # the schema part is valid JSON
