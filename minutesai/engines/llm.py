"""The LLM engine: one structured call per chunk (map), one to synthesise (reduce).

Map renders ``prompts/map.j2`` and asks for every facet at once
(:class:`ChunkFindings`). Reduce renders ``prompts/reduce.j2`` over the merged,
verified findings (:class:`Synthesis`); when they are too long for one call
they are condensed in rounds with ``prompts/collapse.j2`` first. Anything that
cannot fit raises :class:`ChunkTooLargeError` rather than looping.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from minutesai.backends.base import Backend
from minutesai.config import Options
from minutesai.document import Chunk, Minutes
from minutesai.engines.base import RunContext
from minutesai.errors import ChunkTooLargeError, ConfigError, TruncatedOutputError
from minutesai.prompts import PACKED_TEMPLATE, PromptSet
from minutesai.retry import RetryPolicy
from minutesai.schema_outline import outline_instruction
from minutesai.schemas import ChunkFindings, PackedAnswer, Synthesis
from minutesai.structured import schema_for_mode, strict_schema, structured_call
from minutesai.tasks import gather_or_cancel
from minutesai.tokens import Tokenizer, get_tokenizer

DEFAULT_MODEL = "gpt-4o-mini"
MIN_CHUNK_TOKENS = 128
MAX_COLLAPSE_ROUNDS = 6
MESSAGE_OVERHEAD = 8
"""Tokens a chat format adds per message (role markers); a safe round-up."""
SHORTER_ANSWER_NOTE = (
    "Your previous answer was cut off at the output limit. Answer again, much shorter: a summary "
    "of at most 80 words and a one-sentence rationale, as one complete JSON object."
)


class LLMEngine:
    """Engine over any :class:`Backend` (OpenAI-compatible, replay, local llama.cpp)."""

    reasks_on_grounding = True

    def __init__(
        self,
        backend: Backend,
        *,
        model: str,
        options: Options,
        label: str = "openai",
        prompts: PromptSet | None = None,
        tokenizer: Tokenizer | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        self.backend = backend
        self.model = model
        self.options = options
        self.prompts = prompts or PromptSet(options.prompts_dir)
        self.prompt_hash: str | None = self.prompts.hash
        self.tokenizer: Tokenizer = tokenizer or get_tokenizer(model)
        self.name = f"{label}:{model}"
        self.retry_policy = retry_policy
        self._chunk_budget: int | None = None
        self._data_budgets: dict[str, int] = {}
        self._pack_room: int | None = None
        self._schema_tokens: dict[type, int] = {t: self._shape_tokens(t) for t in (ChunkFindings, Synthesis)}

    @classmethod
    def from_options(cls, options: Options) -> LLMEngine:
        from minutesai.backends.wrap import wrap_backend
        from minutesai.engines.factory import resolve_engine_name

        options = resolve_engine_name(options)
        label = options.engine or "openai"
        raw, model = _raw_backend(label, options)
        backend = wrap_backend(raw, options)
        if options.record:
            from minutesai.backends.replay import RecordingBackend

            backend = RecordingBackend(backend, options.fixtures_dir)
        tokenizer = getattr(raw, "tokenizer", None)
        return cls(backend, model=model, options=options, label=label, tokenizer=tokenizer)

    # -- budgets ---------------------------------------------------------
    def _shape_tokens(self, output: type) -> int:
        """Room the answer's shape takes in a request: its outline in outline mode (the only
        place it is sent), else its JSON schema."""
        if self.options.mode == "outline":
            return self.tokenizer.count(outline_instruction(schema_for_mode(output, "outline", self.options)))
        return self.tokenizer.count(json.dumps(strict_schema(output)))

    def _tokens(self, messages: list[dict[str, str]]) -> int:
        return sum(self.tokenizer.count(m["content"]) + MESSAGE_OVERHEAD for m in messages)

    def _room(self, template: str, output: type, **empty: Any) -> tuple[int, int]:
        """(tokens left for data, context window) once the empty prompt and output are reserved."""
        window = self.backend.context_window(self.model)
        overhead = self._tokens(self.prompts.messages(template, **empty)) + self._schema_tokens[output]
        margin = max(64, window // 20)
        return window - overhead - self.options.max_output_tokens - margin, window

    def chunk_token_budget(self) -> int:
        if self._chunk_budget is None:
            self._chunk_budget = self._compute_chunk_budget()
        return self._chunk_budget

    def _compute_chunk_budget(self) -> int:
        budget, window = self._room("map.j2", ChunkFindings, text="", source=_source(None), feedback="")
        return self._checked_budget(budget, window, MIN_CHUNK_TOKENS, "the prompt")

    def _checked_budget(self, budget: int, window: int, floor: int, after: str) -> int:
        """``budget`` capped by ``chunk_tokens``; a clear error when the window leaves too little."""
        if budget < floor:
            raise ChunkTooLargeError(
                f"a context window of {window} tokens leaves {max(budget, 0)} tokens for minutes after "
                f"{after} and {self.options.max_output_tokens} output tokens; set context_window= "
                "to what your server allows, or lower max_output_tokens"
            )
        if self.options.chunk_tokens:
            budget = min(budget, self.options.chunk_tokens)
        return budget

    def _data_budget(self, template: str) -> int:
        # rendered and counted once per template: it was re-done on every summary call
        if template not in self._data_budgets:
            extra = {"part": "1 of 1"} if template == "collapse.j2" else {}
            budget, _ = self._room(template, Synthesis, source=_source(None), findings="", notes=[], **extra)
            self._data_budgets[template] = budget
        return self._data_budgets[template]

    # -- map ---------------------------------------------------------------
    async def map_chunk(
        self, doc: Minutes, chunk: Chunk, ctx: RunContext, feedback: str | None = None
    ) -> ChunkFindings:
        try:
            return await self._map(doc, chunk, ctx, feedback)
        except TruncatedOutputError:
            halves = split_chunk(chunk, self.tokenizer)
            if halves is None:
                raise
            ctx.warn("a chunk's answer reached the output limit, so it was split in two and re-asked")
            parts = await gather_or_cancel(self._map(doc, h, ctx, feedback) for h in halves)
            merged = ChunkFindings()
            for part in parts:
                merged.extend(part)
            return merged

    async def _map(self, doc: Minutes, chunk: Chunk, ctx: RunContext, feedback: str | None) -> ChunkFindings:
        messages = self.prompts.messages(
            "map.j2", text=chunk.text, source=_source(doc, chunk), feedback=feedback or ""
        )
        return await self._call(messages, ChunkFindings, ctx)

    # -- reduce ------------------------------------------------------------
    async def reduce(self, doc: Minutes, findings: ChunkFindings, ctx: RunContext) -> Synthesis:
        source = _source(doc)
        # with nothing verified every kind is shown empty, so the model is not handed a bare "{}"
        view = reduce_view(findings) or {kind: [] for kind in REDUCE_FIELDS}
        findings_json = json.dumps(view, ensure_ascii=False, separators=(",", ":"))
        if self.tokenizer.count(findings_json) <= self._data_budget("reduce.j2"):
            messages = self.prompts.messages("reduce.j2", source=source, findings=findings_json, notes=[])
        else:
            notes = await self._collapse(doc, findings, ctx)
            messages = self.prompts.messages("reduce.j2", source=source, findings="", notes=notes)
        return await self._synthesise(messages, ctx)

    async def _synthesise(self, messages: list[dict[str, str]], ctx: RunContext) -> Synthesis:
        """A Synthesis call; an answer cut off at the output limit is asked once more, for a
        shorter one, before the cut-off fails the document."""
        try:
            return await self._call(messages, Synthesis, ctx)
        except TruncatedOutputError:
            ctx.warn("the summary answer reached the output limit, so a shorter one was asked for")
            return await self._call(with_note(messages, SHORTER_ANSWER_NOTE), Synthesis, ctx)

    async def _collapse(self, doc: Minutes, findings: ChunkFindings, ctx: RunContext) -> list[str]:
        """Condense findings into notes, in rounds, until the notes fit one reduce call."""
        source = _source(doc)
        group_budget = self._data_budget("collapse.j2")
        final_budget = self._data_budget("reduce.j2")
        items = [json.dumps(i, ensure_ascii=False) for i in _finding_items(findings)]
        groups = _group(items, self.tokenizer, group_budget, what="finding")
        ctx.warn(f"findings were too long for one summary call; condensed in {len(groups)} parts first")

        async def condense(i: int, group: list[str], as_notes: bool) -> str:
            part = f"{i + 1} of {len(groups)}"
            if as_notes:
                msgs = self.prompts.messages("collapse.j2", source=source, part=part, findings="", notes=group)
            else:
                body = "[" + ",\n".join(group) + "]"
                msgs = self.prompts.messages("collapse.j2", source=source, part=part, findings=body, notes=[])
            s = await self._synthesise(msgs, ctx)
            return f"{s.summary}\nStance: {s.sentiment_label} ({s.sentiment_score:+.2f}): {s.sentiment_rationale}"

        notes = await gather_or_cancel(condense(i, g, False) for i, g in enumerate(groups))
        for _ in range(MAX_COLLAPSE_ROUNDS):
            if sum(self.tokenizer.count(n) for n in notes) <= final_budget:
                return notes
            groups = _group(notes, self.tokenizer, group_budget, what="note")
            if len(groups) >= len(notes):
                break
            notes = await gather_or_cancel(condense(i, g, True) for i, g in enumerate(groups))
        raise ChunkTooLargeError(
            f"the merged findings could not be condensed to fit a {self.backend.context_window(self.model)}"
            "-token context window; use a model with a larger context"
        )

    # -- packed (opt-in, pack=N) ----------------------------------------------
    def pack_room(self) -> tuple[int, int]:
        """(tokens left for the minutes of a packed call, output tokens reserved per document)."""
        if self._pack_room is None:
            window = self.backend.context_window(self.model)
            empty = self.prompts.messages(PACKED_TEMPLATE, documents=[])
            overhead = self._tokens(empty) + self._shape_tokens(PackedAnswer)
            self._pack_room = window - overhead - max(64, window // 20)
        return self._pack_room, self.options.max_output_tokens

    async def map_pack(self, items: list[tuple[Minutes, Chunk]], ctx: RunContext) -> Any:
        """One structured call over several one-chunk documents (``prompts/packed.j2``): a
        :data:`PackedAnswer` with, per document number (1, 2, ...), findings and synthesis. The
        output limit is ``max_output_tokens`` per document."""
        documents = [{"number": n, "text": chunk.text, "source": _source(doc, chunk)}
                     for n, (doc, chunk) in enumerate(items, 1)]
        messages = self.prompts.messages(PACKED_TEMPLATE, documents=documents)
        return await structured_call(
            self.backend, model=self.model, messages=messages, output_type=PackedAnswer,
            mode=self.options.mode, options=self.options, ctx=ctx, policy=self.retry_policy,
            max_tokens=self.options.max_output_tokens * len(items),
        )

    async def aclose(self) -> None:
        """Release the backend's connections (it reconnects if used again)."""
        close = getattr(self.backend, "aclose", None)
        if close is not None:
            await close()

    # -- shared ------------------------------------------------------------
    async def _call(self, messages: list[dict[str, str]], output: type, ctx: RunContext):
        return await structured_call(
            self.backend, model=self.model, messages=messages, output_type=output,
            mode=self.options.mode, options=self.options, ctx=ctx, policy=self.retry_policy,
        )


def _raw_backend(label: str, options: Options) -> tuple[Backend, str]:
    model = options.model or DEFAULT_MODEL
    if label == "openai":
        from minutesai.backends.openai_compat import OpenAICompatBackend

        forced = None if options.mode == "auto" else (options.mode,)
        backend = OpenAICompatBackend(
            options.client,
            base_url=None if options.client else options.resolved_base_url(),
            api_key=None if options.client else options.resolved_api_key(),
            timeout=options.timeout, context_window=options.context_window, modes=forced,
        )
        return backend, model
    if label == "replay":
        from minutesai.backends.replay import ReplayBackend

        return ReplayBackend(options.fixtures_dir, context_window=options.context_window), model
    if label == "local":
        from minutesai.backends.llamacpp import LlamaCppBackend

        local = LlamaCppBackend.from_options(options)
        fallback = Path(options.model_path).stem if options.model_path else "local"
        return local, options.model or getattr(local, "model_name", None) or fallback
    raise ConfigError(f"engine {label!r} is not an LLM engine")


def _source(doc: Minutes | None, chunk: Chunk | None = None) -> dict[str, str | None]:
    s = doc.source if doc else None
    title = (chunk.item_title if chunk else None) or (s.item_title or s.title if s else None)
    return {
        "council": s.council if s else None,
        "committee": s.committee if s else None,
        "meeting_date": s.meeting_date if s else None,
        "item_title": title,
    }


def with_note(messages: list[dict[str, str]], note: str) -> list[dict[str, str]]:
    """A copy of ``messages`` with ``note`` added to the last user message (not a new message:
    some chat templates insist that user and assistant turns alternate)."""
    out = [dict(m) for m in messages]
    last = max((i for i, m in enumerate(out) if m.get("role") == "user"), default=None)
    if last is None:
        return [*out, {"role": "user", "content": note}]
    out[last]["content"] = f"{out[last]['content']}\n\n{note}"
    return out


REDUCE_FIELDS: dict[str, tuple[str, ...]] = {
    "key_points": ("text",),
    "actions": ("owner", "action", "due"),
    "decisions": ("text",),
    "figures": ("metric", "value", "unit", "direction", "period", "area", "comparator", "quote"),
    "sentiment_aspects": ("topic", "label", "quote"),
}
"""What the reduce step reads of each finding. Key points, actions and decisions restate their
quote in plain words, so the quote is left out; figures and aspects have no such field."""
_UNINFORMATIVE = (None, "", "unknown", "other")  # null fields, direction "unknown", unit "other"


def _reduce_item(kind: str, item: Any) -> str | dict[str, Any]:
    fields = REDUCE_FIELDS[kind]
    if len(fields) == 1:
        return str(getattr(item, fields[0]))
    out: dict[str, Any] = {}
    for name in fields:
        value = getattr(item, name)
        if value in _UNINFORMATIVE:
            continue
        out[name] = int(value) if isinstance(value, float) and value.is_integer() else value
    return out


def reduce_view(findings: ChunkFindings) -> dict[str, list[Any]]:
    """The findings as the reduce prompt shows them: non-empty kinds only, no null or
    uninformative fields, single-field items as bare strings (e.g. key points)."""
    return {kind: [_reduce_item(kind, i) for i in items]
            for kind in REDUCE_FIELDS if (items := getattr(findings, kind))}


def _finding_items(findings: ChunkFindings) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for kind, items in reduce_view(findings).items():
        name = kind.rstrip("s")
        out.extend({"kind": name, **i} if isinstance(i, dict) else {name: i} for i in items)
    return out


def _group(texts: list[str], tokenizer: Tokenizer, budget: int, *, what: str) -> list[list[str]]:
    """Pack texts in order into groups of at most ``budget`` tokens."""
    groups: list[list[str]] = []
    size = 0
    for text in texts:
        n = tokenizer.count(text) + 2
        if n > budget:
            raise ChunkTooLargeError(
                f"a single {what} ({n} tokens) does not fit the {budget}-token room left by the prompt"
            )
        if groups and size + n <= budget:
            groups[-1].append(text)
            size += n
        else:
            groups.append([text])
            size = n
    return groups


def split_chunk(chunk: Chunk, tokenizer: Tokenizer, min_tokens: int = 64) -> tuple[Chunk, Chunk] | None:
    """Split a chunk near its middle at a paragraph, line, sentence or word break."""
    text = chunk.text
    if chunk.tokens < min_tokens * 2 or len(text) < 2:
        return None
    mid = len(text) // 2
    cut = -1
    for sep in ("\n\n", "\n", ". ", " "):
        left, right = text.rfind(sep, 0, mid), text.find(sep, mid)
        candidates = [p + len(sep) for p in (left, right) if p > 0]
        candidates = [c for c in candidates if 0 < c < len(text)]
        if candidates:
            cut = min(candidates, key=lambda c: abs(c - mid))
            if abs(cut - mid) < len(text) // 4:
                break
    if cut <= 0:
        cut = mid
    a, b = text[:cut], text[cut:]
    return (
        Chunk(index=chunk.index, start=chunk.start, end=chunk.start + cut, text=a,
              tokens=tokenizer.count(a), item_title=chunk.item_title),
        Chunk(index=chunk.index, start=chunk.start + cut, end=chunk.end, text=b,
              tokens=tokenizer.count(b), item_title=chunk.item_title),
    )
