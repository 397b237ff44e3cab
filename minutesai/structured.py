"""Structured output: strict schemas, the request modes, parse-validate-re-ask.

``structured_call`` is the single path from a list of messages to a validated
pydantic object. It sends a :class:`ChatRequest` through a backend (with
transient retries from :mod:`minutesai.retry`), parses the answer
(:mod:`minutesai.answers`), and on invalid JSON or a schema violation re-asks
with the error text, on a copy of the conversation. Usage of every attempt is
added to ``ctx.usage``.

The mode strategies describe how each mode is expressed on the OpenAI wire
format; :mod:`minutesai.backends.openai_compat` uses them to build requests.
"""

from __future__ import annotations

import copy
import functools
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from minutesai.answers import AnswerProblem, parse_answer, reask_messages
from minutesai.backends.base import Backend, ChatRequest, ChatResponse, Mode
from minutesai.errors import (
    ConfigError,
    RefusalError,
    TruncatedOutputError,
    ValidationFailedError,
)
from minutesai.retry import RetryPolicy, call_with_retries
from minutesai.schema_outline import only_lists, outline_instruction, without_descriptions

if TYPE_CHECKING:
    from minutesai.config import Options
    from minutesai.engines.base import RunContext

M = TypeVar("M", bound=BaseModel)

# ---------------------------------------------------------------------------
# Strict schema
# ---------------------------------------------------------------------------

_DROP_KEYS = ("default", "title")


@functools.lru_cache(maxsize=64)  # generating a JSON schema costs ~15 ms; once per model type
def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema in the shape OpenAI's strict mode demands.

    Every property is required (optional ones stay nullable, ``X | None``, as
    a type list such as ``["string", "null"]``: fewer tokens than ``anyOf``),
    every object has ``additionalProperties: false``, defaults and per-field
    titles are dropped and ``$ref``s are inlined so no keyword sits beside a
    ``$ref`` (and servers that turn schemas into grammars get one
    self-contained schema). The root keeps the model's name as its title.
    """
    raw = model.model_json_schema()
    defs = raw.pop("$defs", {})
    out = _strictify(raw, defs, ())
    out["title"] = model.__name__
    return out


def _strictify(node: Any, defs: dict[str, Any], seen: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_strictify(x, defs, seen) for x in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            raise ConfigError(f"recursive schema {name!r} cannot be made strict")
        target = _strictify(defs[name], defs, (*seen, name))
        extra = {k: v for k, v in node.items() if k != "$ref" and k not in _DROP_KEYS}
        return {**target, **extra}
    out = {
        k: _strictify(v, defs, seen)
        for k, v in node.items()
        if k not in _DROP_KEYS and k != "properties"
    }
    if "properties" in node:
        out["properties"] = {k: _strictify(v, defs, seen) for k, v in node["properties"].items()}
    if out.get("type") == "object" or "properties" in out:
        out["required"] = list(out.get("properties", {}))
        out["additionalProperties"] = False
    return _type_list(out)


def schema_for_mode(model: type[BaseModel], mode: Mode, options: Options) -> dict[str, Any]:
    """The strict schema a request carries (descriptions dropped in mode="outline" with
    ``outline_descriptions=False``: the outline is rendered from it, and it keys the cache)."""
    if mode == "outline" and not options.outline_descriptions:
        return _undescribed_schema(model)
    return strict_schema(model)


@functools.lru_cache(maxsize=64)  # one object per model: the request-body encoder caches by identity
def _undescribed_schema(model: type[BaseModel]) -> dict[str, Any]:
    return without_descriptions(strict_schema(model))


def _type_list(node: dict[str, Any]) -> dict[str, Any]:
    """``anyOf`` of bare types (``[{"type": "string"}, {"type": "null"}]``) as one type list."""
    options = node.get("anyOf")
    if isinstance(options, list) and options and all(
            isinstance(o, dict) and set(o) == {"type"} and isinstance(o["type"], str) for o in options):
        node = {k: v for k, v in node.items() if k != "anyOf"}
        node["type"] = [o["type"] for o in options]
    return node


def compact_schema(node: Any) -> Any:
    """A strict schema without what the instruction states once for all objects: every
    ``required`` list (all fields are required), ``additionalProperties: false`` and the title;
    ``anyOf`` of plain types becomes a type list. Descriptions and enums stay."""
    if isinstance(node, list):
        return [compact_schema(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: compact_schema(v) for k, v in node.items()
           if k not in ("additionalProperties", "required", "title", "properties")}
    if "properties" in node:
        out["properties"] = {k: compact_schema(v) for k, v in node["properties"].items()}
    out = _type_list(out)
    # a type the other keywords already imply: properties → object, items → array, enum → its values
    implied = {"properties": "object", "items": "array"}
    if "enum" in out or any(k in out and out.get("type") == t for k, t in implied.items()):
        out.pop("type", None)
    description = out.get("description")
    if "enum" in out and isinstance(description, str) and only_lists(description, out["enum"]):
        del out["description"]
    return out


@functools.lru_cache(maxsize=64)
def _schema_instruction(schema_json: str) -> str:
    return (
        "Answer with one JSON object and nothing else. It must match this JSON schema, in which "
        "every field is required (null where allowed) and no other fields may appear:\n"
        + json.dumps(compact_schema(json.loads(schema_json)), ensure_ascii=False, separators=(",", ":"))
    )


def schema_instruction(schema: dict[str, Any]) -> str:
    """Text telling a model the shape to answer in (for modes that cannot enforce it)."""
    return _schema_instruction(json.dumps(schema, sort_keys=False, separators=(",", ":")))


# ---------------------------------------------------------------------------
# Modes: how a structured request looks on the wire
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ModeStrategy:
    """How one mode asks for structured output and where the answer comes back."""

    name: Mode
    rejection_words: tuple[str, ...] = ("response_format",)
    """Words in a 400 error that mean the server does not support this mode."""

    def request_params(self, req: ChatRequest) -> dict[str, Any]:
        raise NotImplementedError

    def messages(self, req: ChatRequest) -> list[dict[str, Any]]:
        return [dict(m) for m in req.messages]

    def answer_text(self, message: Any) -> str | None:
        """The raw JSON text from an SDK message object (or a plain dict)."""
        return _get(message, "content")

    def reask_note(self, req: ChatRequest) -> str:
        """Text ending a re-ask: the shape again, where nothing on the wire states it."""
        return ""

    def rejects(self, error_text: str) -> bool:
        low = error_text.lower()
        return any(w in low for w in self.rejection_words)


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


class JsonSchemaMode(ModeStrategy):
    """OpenAI structured outputs: ``response_format={"type": "json_schema", strict}``."""

    def request_params(self, req: ChatRequest) -> dict[str, Any]:
        return {"response_format": {"type": "json_schema", "json_schema": {
            "name": req.schema_name, "schema": req.schema, "strict": True}}}


class JsonObjectMode(ModeStrategy):
    """JSON mode plus a ``schema`` key (llama.cpp server, vLLM). The schema is also
    put in the system message, for servers that ignore the key."""

    def request_params(self, req: ChatRequest) -> dict[str, Any]:
        return {"response_format": {"type": "json_object", "schema": req.schema}}

    def messages(self, req: ChatRequest) -> list[dict[str, Any]]:
        return _with_system_note(req.messages, schema_instruction(req.schema))


class OutlineMode(ModeStrategy):
    """Opt-in: JSON mode (``{"type": "json_object"}``, no schema on the wire) with the schema's
    type outline (:mod:`minutesai.schema_outline`) in the system message: fewer prompt tokens.
    Nothing constrains decoding; validation and re-asks (which restate the outline) do the rest.
    How well models answer from an outline has not been measured (no model was reachable)."""

    def request_params(self, req: ChatRequest) -> dict[str, Any]:
        return {"response_format": {"type": "json_object"}}

    def messages(self, req: ChatRequest) -> list[dict[str, Any]]:
        return _with_system_note(req.messages, outline_instruction(req.schema))

    def reask_note(self, req: ChatRequest) -> str:
        return "\n" + outline_instruction(req.schema)


def _with_system_note(messages: tuple[dict[str, Any], ...], note: str) -> list[dict[str, Any]]:
    """The messages with ``note`` at the end of the system message (one is added if none)."""
    msgs = [dict(m) for m in messages]
    if msgs and msgs[0].get("role") == "system":
        msgs[0]["content"] = f"{msgs[0].get('content') or ''}\n\n{note}"
    else:
        msgs.insert(0, {"role": "system", "content": note})
    return msgs


class ToolsMode(ModeStrategy):
    """One function whose parameters are the schema, with ``tool_choice`` forcing it."""

    def request_params(self, req: ChatRequest) -> dict[str, Any]:
        return {
            "tools": [{"type": "function", "function": {
                "name": req.schema_name, "description": f"Record the {req.schema_name}.",
                "parameters": req.schema}}],
            "tool_choice": {"type": "function", "function": {"name": req.schema_name}},
        }

    def answer_text(self, message: Any) -> str | None:
        calls = _get(message, "tool_calls") or []
        if calls:
            return _get(_get(calls[0], "function"), "arguments")
        return _get(message, "content")


MODES: dict[str, ModeStrategy] = {
    "json_schema": JsonSchemaMode("json_schema", ("response_format", "json_schema", "strict")),
    "json_object": JsonObjectMode("json_object", ("response_format", "json_object", "schema")),
    "tools": ToolsMode("tools", ("tools", "tool_choice", "function")),
    "outline": OutlineMode("outline", ("response_format", "json_object")),
}


# ---------------------------------------------------------------------------
# The re-ask loop (parsing an answer: minutesai.answers)
# ---------------------------------------------------------------------------


def account(ctx: RunContext, resp: ChatResponse) -> None:
    """Add one response's usage to the run (a cache hit costs no call and no tokens)."""
    for warning in resp.extra.get("warnings", ()):  # e.g. llama.cpp's schema-grammar fallback
        ctx.warn(warning)
    if resp.cached:
        ctx.usage.cache_hits += 1
        return
    ctx.usage.calls += 1
    ctx.usage.prompt_tokens += resp.prompt_tokens
    ctx.usage.completion_tokens += resp.completion_tokens
    # Set by the accounting and rate-limit layers (minutesai.backends.wrap).
    ctx.usage.cost_usd += float(resp.extra.get("cost_usd", 0.0))
    ctx.usage.wait_seconds = round(ctx.usage.wait_seconds + float(resp.extra.get("wait_seconds", 0.0)), 3)


def resolve_mode(backend: Backend, model: str, mode: str) -> Mode:
    if mode != "auto":
        if mode not in MODES:
            raise ConfigError(f"unknown mode {mode!r}; choose auto, {', '.join(MODES)}")
        return mode  # type: ignore[return-value]
    modes = backend.supported_modes(model)
    return modes[0] if modes else "json_schema"


async def structured_call(
    backend: Backend,
    *,
    model: str,
    messages: list[dict[str, Any]],
    output_type: type[M],
    mode: str,
    options: Options,
    ctx: RunContext,
    max_tokens: int | None = None,
    policy: RetryPolicy | None = None,
) -> M:
    """Ask for ``output_type`` and return a validated instance.

    Re-asks up to ``options.max_reasks`` times on invalid answers; raises
    :class:`RefusalError`, :class:`TruncatedOutputError` or, when re-asks run
    out, :class:`ValidationFailedError` (with ``attempts``, ``last_raw_response``
    and ``usage``). ``messages`` is never modified.
    """
    chosen = resolve_mode(backend, model, mode)
    schema = schema_for_mode(output_type, chosen, options)
    conversation = _copy_messages(messages)
    attempts = 0
    raw: str | None = None
    problem = ""
    for attempt in range(max(0, options.max_reasks) + 1):
        if attempt:
            ctx.usage.retries += 1
        request = ChatRequest(
            model=model, messages=tuple(conversation), schema=schema,
            schema_name=output_type.__name__, mode=chosen, temperature=options.temperature,
            max_tokens=max_tokens or options.max_output_tokens, seed=options.seed,
        )
        resp = await call_with_retries(
            functools.partial(backend.complete, request), options=options, ctx=ctx, policy=policy
        )
        attempts += 1
        account(ctx, resp)
        raw = resp.content
        _raise_for_finish(resp, attempts, ctx, request)
        try:
            return parse_answer(raw, output_type)
        except AnswerProblem as err:
            problem = str(err)
            conversation = conversation + reask_messages(raw, problem, MODES[chosen].reask_note(request))
            await discard_unusable(backend, request, resp)
    raise ValidationFailedError(
        f"{output_type.__name__}: no valid answer after {attempts} attempt(s); last problem: {problem}",
        attempts=attempts, last_raw_response=raw, usage=ctx.usage,
    )


_IMMUTABLE = (str, int, float, bool, type(None))


def _copy_messages(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A copy the caller's later changes cannot reach: what ``copy.deepcopy`` gives, at a fraction
    of its cost for the usual all-text messages (only other values are deep-copied)."""
    return [{k: v if isinstance(v, _IMMUTABLE) else copy.deepcopy(v) for k, v in m.items()}
            for m in messages]


async def discard_unusable(backend: Backend, request: ChatRequest, resp: ChatResponse) -> None:
    """Tell a response cache in the backend chain (``CachedBackend.discard``, reached through the
    wrapping layers' attribute delegation) to drop an answer that failed parsing or validation;
    backends without a cache have no ``discard`` and are left alone."""
    discard = getattr(backend, "discard", None)
    if discard is not None:
        await discard(request, resp)


def _raise_for_finish(resp: ChatResponse, attempts: int, ctx: RunContext, req: ChatRequest) -> None:
    if resp.refusal or resp.finish_reason == "content_filter":
        reason = resp.refusal or "the provider's content filter stopped the answer"
        raise RefusalError(f"the model refused: {reason}", attempts=attempts,
                           last_raw_response=resp.content or resp.refusal, usage=ctx.usage)
    if resp.finish_reason == "length":
        raise TruncatedOutputError(
            f"the answer was cut off at the output limit ({req.max_tokens} tokens, "
            "finish_reason=length); use smaller chunks or raise max_output_tokens",
            attempts=attempts, last_raw_response=resp.content, usage=ctx.usage,
        )
