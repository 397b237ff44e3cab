"""The hybrid engine: offline candidates first, then a model confirms, corrects or extends them.

For each chunk the offline rules (:func:`minutesai.engines.offline.extract_candidates`)
run first; their figures, actions and decisions go into the map prompt as a
delimited ``<candidates>`` block (``hints`` in ``prompts/map.j2``). The model
answers with the usual :class:`ChunkFindings`, which is grounded like any
other engine's output, so a candidate the model keeps but misquotes is still
caught. Reduce is the LLM engine's.

The model is reached like the LLM engines: a local GGUF when ``model_path`` is
set, else the configured OpenAI-compatible endpoint, else recorded responses
when only ``fixtures_dir`` is given. Results are labelled ``hybrid:MODEL``.
"""

from __future__ import annotations

import json
from typing import Any

from minutesai.config import Options
from minutesai.document import Chunk, Minutes
from minutesai.engines.base import RunContext
from minutesai.engines.llm import LLMEngine, _source
from minutesai.schemas import ChunkFindings
from minutesai.tokens import Tokenizer

HINT_KINDS = ("figures", "actions", "decisions")
"""Which offline candidates are passed on; key points and aspects are left to the model."""
TEXT_SHARE = 0.65
"""Share of the map prompt's data room given to minutes text; the rest is for hints."""
_HINT_FIELDS = {
    "figures": ("metric", "value", "unit", "direction", "period", "area", "comparator", "quote"),
    "actions": ("owner", "action", "due", "quote"),
    "decisions": ("text", "quote"),
}


def backend_label(options: Options) -> str:
    """Which LLM backend a hybrid run uses: local, openai or replay."""
    if options.model_path:
        return "local"
    if options.endpoint_configured() or options.record or not options.fixtures_dir:
        return "openai"
    return "replay"


def format_hints(candidates: ChunkFindings, tokenizer: Tokenizer, budget: int) -> tuple[str, int]:
    """Candidates as JSON text (one item per line) within ``budget`` tokens.

    Returns the text and how many candidates were left out for lack of room
    (later ones of each kind go first, figures are kept longest).
    """
    lists = {kind: [{k: item.get(k) for k in _HINT_FIELDS[kind]}
                    for item in candidates.model_dump(include={kind})[kind]] for kind in HINT_KINDS}
    dropped = 0
    while True:
        text = _render_hints(lists)
        if not text or tokenizer.count(text) <= budget:
            return text, dropped
        for kind in reversed(HINT_KINDS):
            if lists[kind]:
                lists[kind].pop()
                dropped += 1
                break


def _render_hints(lists: dict[str, list[dict[str, Any]]]) -> str:
    if not any(lists.values()):
        return ""
    parts = []
    for kind in HINT_KINDS:
        rows = [json.dumps(item, ensure_ascii=False) for item in lists[kind]]
        body = ("[\n  " + ",\n  ".join(rows) + "\n]") if rows else "[]"
        parts.append(f'"{kind}": {body}')
    return "{\n" + ",\n".join(parts) + "\n}"


class HybridEngine(LLMEngine):
    """``engine="hybrid"``: the LLM engine with offline candidates as hints in every map call."""

    reasks_on_grounding = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label", "hybrid")
        super().__init__(*args, **kwargs)
        self._room_cache: tuple[int, int] | None = None

    @classmethod
    def from_options(cls, options: Options) -> HybridEngine:
        from minutesai.backends.wrap import wrap_backend
        from minutesai.engines.factory import resolve_engine_name
        from minutesai.engines.llm import _raw_backend

        options = resolve_engine_name(options)
        raw, model = _raw_backend(backend_label(options), options)
        backend = wrap_backend(raw, options)
        if options.record:
            from minutesai.backends.replay import RecordingBackend

            backend = RecordingBackend(backend, options.fixtures_dir)
        tokenizer = getattr(raw, "tokenizer", None)
        return cls(backend, model=model, options=options, label="hybrid", tokenizer=tokenizer)

    def _map_room(self) -> tuple[int, int]:
        """(tokens for minutes text plus hints, context window) in one map call."""
        if self._room_cache is None:
            self._room_cache = self._room("map.j2", ChunkFindings, text="", source=_source(None),
                                          feedback="", hints="{}")
        return self._room_cache

    def chunk_token_budget(self) -> int:
        room, window = self._map_room()
        return self._checked_budget(int(room * TEXT_SHARE), window, 128, "the prompt, the candidate hints")

    def hints_for(self, chunk: Chunk) -> tuple[str, int]:
        """The offline candidates for ``chunk`` formatted to fit beside its text, and how many did not fit."""
        from minutesai.engines.offline import extract_candidates

        room, _ = self._map_room()
        return format_hints(extract_candidates(chunk.text), self.tokenizer,
                            room - self.tokenizer.count(chunk.text))

    async def _map(self, doc: Minutes, chunk: Chunk, ctx: RunContext, feedback: str | None) -> ChunkFindings:
        hints, dropped = self.hints_for(chunk)
        if dropped:
            ctx.warn("some offline candidates did not fit beside the minutes and were not given to the model")
        messages = self.prompts.messages(
            "map.j2", text=chunk.text, source=_source(doc, chunk), feedback=feedback or "", hints=hints
        )
        return await self._call(messages, ChunkFindings, ctx)


__all__ = ["HybridEngine", "backend_label", "format_hints"]
