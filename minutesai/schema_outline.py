"""A compact, TypeScript-like outline of a JSON schema, for ``mode="outline"``.

A JSON schema spends most of its tokens on keywords (``"type"``, ``"properties"``,
``"items"``, ``"description"``), quotes and braces. The outline says the same
shape in the notation models know from code::

    {
     summary: string // Plain English, at most about 150 words, ...
     sentiment_label: "positive"|"negative"|"mixed"|"neutral" // The meeting's stance ...
     sentiment_score: number (-1 to 1) // -1 very negative, 0 neutral, 1 very positive
     actions: {
      owner: string|null // Who is to act, as named
      ...
     }[]
    }

- ``T[]`` is a list of T; ``a|b`` one of several types or values; enum values are
  JSON literals (``"percent"``), so a model copies them exactly.
- Nullable fields (a type list with ``"null"``, or ``anyOf`` with a null option)
  read ``T|null``.
- ``$ref``s are resolved against the root's ``$defs`` and written out in place
  (a recursive schema is refused, as :func:`minutesai.structured.strict_schema` does).
- Numeric bounds, string lengths and patterns, and list sizes follow the type in
  brackets, since the answer is validated against them.
- A field's description follows as a ``//`` comment: by default its first
  sentence without the final full stop (``descriptions="first"``), the whole of
  it (``"full"``) or nothing (``"none"``). A description that only lists the
  enum's values is left out, as in :func:`minutesai.structured.compact_schema`.

Nothing here enforces the shape: the server only guarantees JSON (``json_object``)
and the answer is validated by the same pydantic models and re-ask loop as in every
other mode. No model was reachable when this was written, so how well models
follow an outline instead of a schema has not been measured.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any, Literal

from minutesai.errors import ConfigError

Descriptions = Literal["full", "first", "none"]

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# a full stop, ! or ? then a space and a capital, digit, quote or bracket may end a sentence
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z0-9\"'(])")
_ABBREVIATIONS = ("e.g", "i.e", "etc", "cf", "vs")


def render_outline(schema: dict[str, Any], *, descriptions: Descriptions = "first", indent: str = " ") -> str:
    """The outline of ``schema`` (a JSON schema object, e.g. ``strict_schema(Model)`` or
    ``Model.model_json_schema()``), one field per line."""
    if descriptions not in ("full", "first", "none"):
        raise ConfigError(f"descriptions must be full, first or none, not {descriptions!r}")
    return _Renderer(schema.get("$defs", {}), descriptions, indent).type_text(schema, 0, ())


def without_descriptions(schema: Any) -> Any:
    """A copy of ``schema`` with every ``description`` removed (a property so named is kept)."""
    if isinstance(schema, list):
        return [without_descriptions(x) for x in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: without_descriptions(v) for k, v in schema.items() if k not in ("description", "properties")}
    if "properties" in schema:
        out["properties"] = {k: without_descriptions(v) for k, v in schema["properties"].items()}
    return out


def first_sentence(text: str) -> str:
    """The first sentence of ``text``, without its closing full stop."""
    text = " ".join(text.split())
    first = text
    for end in _SENTENCE_END.finditer(text):
        words = text[: end.start()].rsplit(" ", 1)
        if words[-1].lower() not in _ABBREVIATIONS:  # "E.g. 'response times'" is one sentence
            first = text[: end.start() + 1]
            break
    return first[:-1] if first.endswith(".") else first


class _Renderer:
    def __init__(self, defs: dict[str, Any], descriptions: Descriptions, indent: str) -> None:
        self.defs = defs
        self.descriptions = descriptions
        self.indent = indent

    def resolve(self, node: dict[str, Any], seen: tuple[str, ...]) -> tuple[dict[str, Any], tuple[str, ...]]:
        """``node`` with its ``$ref`` (if any) replaced by the definition, keywords beside the
        ``$ref`` kept (pydantic puts a field's description there)."""
        while "$ref" in node:
            name = str(node["$ref"]).rsplit("/", 1)[-1]
            if name in seen:
                raise ConfigError(f"recursive schema {name!r} has no finite outline")
            if name not in self.defs:
                raise ConfigError(f"schema reference {node['$ref']!r} is not in $defs")
            seen = (*seen, name)
            node = {**self.defs[name], **{k: v for k, v in node.items() if k != "$ref"}}
        return node, seen

    def type_text(self, node: Any, depth: int, seen: tuple[str, ...]) -> str:
        if not isinstance(node, dict):
            return "any"  # a ``true`` schema
        node, seen = self.resolve(node, seen)
        options = node.get("anyOf") or node.get("oneOf")
        if isinstance(options, list) and options:
            return self.union([self.type_text(o, depth, seen) for o in options])
        if "const" in node:
            return _literal(node["const"])
        kinds = node.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
        if "enum" in node:
            values = [_literal(v) for v in node["enum"]]
            if "null" in kinds and None not in node["enum"]:
                values.append("null")
            return "|".join(values)
        if not kinds:
            kinds = ["object"] if "properties" in node else ["array"] if "items" in node else []
        if not kinds:
            return "any"
        parts = [self.one_type(kind, node, depth, seen) for kind in kinds]
        return self.union(parts)

    def union(self, parts: list[str]) -> str:
        return "|".join(dict.fromkeys(parts))  # once each, in order

    def one_type(self, kind: str, node: dict[str, Any], depth: int, seen: tuple[str, ...]) -> str:
        if kind == "object":
            return self.object_text(node, depth, seen)
        if kind == "array":
            items = node.get("items")
            inner = self.type_text(items, depth, seen) if items is not None else "any"
            if "|" in inner and not inner.endswith("}"):
                inner = f"({inner})"
            return inner + "[]" + _bounds(node, "minItems", "maxItems", "items")
        if kind in ("number", "integer"):
            return kind + _numeric_bounds(node)
        if kind == "string":
            extra = _bounds(node, "minLength", "maxLength", "length")
            if "pattern" in node:
                extra += f" (matching {node['pattern']})"
            if "format" in node:
                extra += f" ({node['format']})"
            return kind + extra
        return str(kind)  # boolean, null

    def object_text(self, node: dict[str, Any], depth: int, seen: tuple[str, ...]) -> str:
        props = node.get("properties") or {}
        extra = node.get("additionalProperties")
        if not props:
            if isinstance(extra, dict):
                return f"{{[key: string]: {self.type_text(extra, depth, seen)}}}"
            return "object"
        pad = self.indent * (depth + 1)
        lines = ["{"]
        for name, sub in props.items():
            key = name if _IDENTIFIER.match(name) else json.dumps(name, ensure_ascii=False)
            text = self.type_text(sub, depth + 1, seen)
            note = self.note(sub, seen)
            first, newline, rest = text.partition("\n")
            lines.append(f"{pad}{key}: {first}{f' // {note}' if note else ''}{newline}{rest}")
        lines.append(self.indent * depth + "}")
        return "\n".join(lines)

    def note(self, node: Any, seen: tuple[str, ...]) -> str:
        if self.descriptions == "none" or not isinstance(node, dict):
            return ""
        node, _ = self.resolve(node, seen)
        text = node.get("description")
        if not isinstance(text, str) or not text.strip():
            return ""
        values = node.get("enum") or self.union_enum(node, seen)
        if values and only_lists(text, values):
            return ""
        return first_sentence(text) if self.descriptions == "first" else " ".join(text.split())

    def union_enum(self, node: dict[str, Any], seen: tuple[str, ...]) -> list[Any]:
        """The enum values among a union's options (``Unit | None`` is a $ref and a null)."""
        options = node.get("anyOf") or node.get("oneOf") or []
        return [v for o in options if isinstance(o, dict) for v in self.resolve(o, seen)[0].get("enum", ())]


def only_lists(description: str, values: list[Any]) -> bool:
    """True when a description says no more than the enum's values ("a, b or c.")."""
    rest = description
    for value in sorted(map(str, values), key=len, reverse=True):  # percentage_points before percent
        rest = rest.replace(value, "")
    return not re.sub(r"\b(or|and)\b|[\s,.;]", "", rest)


def _literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _number(value: Any) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _numeric_bounds(node: dict[str, Any]) -> str:
    low, high = node.get("minimum"), node.get("maximum")
    if low is not None and high is not None:
        return f" ({_number(low)} to {_number(high)})"
    parts = [f"{sign} {_number(node[key])}" for key, sign in (
        ("minimum", ">="), ("exclusiveMinimum", ">"), ("maximum", "<="), ("exclusiveMaximum", "<"))
        if isinstance(node.get(key), (int, float)) and not isinstance(node.get(key), bool)]
    return f" ({', '.join(parts)})" if parts else ""


def _bounds(node: dict[str, Any], low_key: str, high_key: str, what: str) -> str:
    """``(length 1 to 5)``, ``(items >= 1)``, ``(length <= 80)`` or nothing."""
    low, high = node.get(low_key), node.get(high_key)
    if low is not None and high is not None:
        return f" ({what} {low} to {high})"
    if low is not None:
        return f" ({what} >= {low})"
    if high is not None:
        return f" ({what} <= {high})"
    return ""


def outline_instruction(schema: dict[str, Any]) -> str:
    """The system-message text for ``mode="outline"``: the outline after one line saying that
    every field is required (rendered once per distinct schema)."""
    return _instruction(json.dumps(schema, separators=(",", ":")))


@functools.lru_cache(maxsize=64)
def _instruction(schema_json: str) -> str:
    # OpenAI's json_object mode rejects a request whose messages never say "JSON"
    return (
        "Reply with only JSON of this shape, every field present (null only where allowed), "
        "no others:\n" + render_outline(json.loads(schema_json))
    )
