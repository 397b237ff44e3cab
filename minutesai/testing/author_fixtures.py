"""Write authored replay fixtures for the dev corpus from its gold annotations.

These records are test doubles, not model output: each map answer lists the
gold items whose quotes appear in the chunk the prompt carries, and the reduce
answer restates the gold sentiment. Every record says
``"recorded_from": "authored"`` and why.

Fixture keys hash the rendered prompts, so editing a template, the schemas or
the chunking makes them stale. Regenerate with::

    python -m minutesai.testing.author_fixtures

``gold_responder`` gives the same answers to :class:`FakeOpenAIServer`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from minutesai.backends.base import ChatRequest, ChatResponse, Mode

AUTHORED_MODEL = "gold-authored"
NOTE = "authored from gold annotations, not a model's output"
REPO = Path(__file__).resolve().parents[2]
DEV_CORPUS = REPO / "examples" / "corpus" / "dev"
E2E_DIR = REPO / "fixtures" / "e2e_dev"
MANIFEST = "manifest.json"

# (document, extra options): one multi-chunk configuration exercises merging.
DEFAULT_SET: list[tuple[str, dict[str, Any]]] = [
    ("thanet_crime_stats_2021", {}),
    ("enfield_sscb_performance_2023", {}),
    ("lambeth_slp_scrutiny_2019", {}),
    ("barnet_q1_q2_performance_2019", {"chunk_tokens": 400}),
]

_SCORE = {"positive": 0.5, "negative": -0.5, "mixed": 0.0, "neutral": 0.0}


def load_gold(name: str, corpus: Path = DEV_CORPUS) -> dict[str, Any]:
    return json.loads((corpus / f"{name}.json").read_text(encoding="utf-8"))


def _prompt_text(messages: list[dict[str, Any]] | tuple[dict[str, Any], ...]) -> str:
    return "\n".join(str(m.get("content") or "") for m in messages if m.get("role") == "user")


def map_answer(gold: dict[str, Any], prompt: str) -> dict[str, Any]:
    """ChunkFindings holding the gold items whose quote is in ``prompt``."""
    present = lambda item: item.get("quote") and item["quote"] in prompt  # noqa: E731
    figures = [
        {k: f.get(k) for k in ("metric", "value", "unit", "direction", "period", "area",
                                "comparator", "quote")}
        for f in gold.get("figures", []) if present(f)
    ]
    actions = [
        {"owner": a.get("owner"), "action": a["action"], "due": None, "quote": a["quote"]}
        for a in gold.get("actions", []) if present(a)
    ]
    decisions = [{"text": d["text"], "quote": d["quote"]} for d in gold.get("decisions", []) if present(d)]
    key_points = [
        {"text": f"{f['metric']}: {f['direction'].replace('_', ' ')}", "quote": f["quote"]}
        for f in figures[:5]
    ]
    quotes = [x["quote"] for x in (*figures, *decisions, *actions)]
    aspects = (
        [{"topic": "overall police performance", "label": gold.get("police_sentiment", "neutral"),
          "quote": quotes[0]}] if quotes else []
    )
    return {"key_points": key_points, "actions": actions, "decisions": decisions,
            "figures": figures, "sentiment_aspects": aspects}


def synthesis_answer(gold: dict[str, Any]) -> dict[str, Any]:
    """A Synthesis restating the gold sentiment, with a summary built from gold items."""
    label = gold.get("police_sentiment", "neutral")
    parts = [f["quote"].rstrip(".;") + "." for f in gold.get("figures", [])[:3]]
    parts += [d["text"].rstrip(".") + "." for d in gold.get("decisions", [])[:2]]
    summary = " ".join(parts) or "The item was noted."
    words = summary.split()
    return {
        "summary": " ".join(words[:150]),
        "sentiment_label": label,
        "sentiment_score": _SCORE.get(label, 0.0),
        "sentiment_rationale": gold.get("sentiment_rationale") or f"Gold label: {label}.",
    }


def answer(gold: dict[str, Any], schema_title: str | None, messages: Any) -> dict[str, Any]:
    if schema_title == "Synthesis":
        return synthesis_answer(gold)
    return map_answer(gold, _prompt_text(messages))


def gold_responder(gold: dict[str, Any]) -> Callable[[dict], str]:
    """A :class:`FakeOpenAIServer` responder answering from ``gold`` in any mode."""
    from minutesai.testing.server import request_schema

    def respond(body: dict) -> str:
        _, schema = request_schema(body)
        return json.dumps(answer(gold, (schema or {}).get("title"), body.get("messages", [])))

    return respond


class GoldBackend:
    """A backend whose answers come from one document's gold annotations."""

    name = "authored"

    def __init__(self, gold: dict[str, Any], *, context_window: int | None = None) -> None:
        self.gold = gold
        self._context_override = context_window

    async def complete(self, request: ChatRequest) -> ChatResponse:
        content = json.dumps(answer(self.gold, request.schema_name, request.messages), ensure_ascii=False)
        prompt = sum(len(str(m.get("content") or "")) for m in request.messages) // 4
        return ChatResponse(content=content, prompt_tokens=prompt,
                            completion_tokens=len(content) // 4, model=AUTHORED_MODEL)

    def context_window(self, model: str) -> int:
        from minutesai.backends.openai_compat import context_window_for

        return self._context_override or context_window_for(model)

    def supported_modes(self, model: str) -> tuple[Mode, ...]:
        return ("json_schema",)


def replay_options(extra: dict[str, Any], fixtures_dir: Path) -> dict[str, Any]:
    """The summarise() keyword arguments that replay an authored set."""
    return {"engine": "replay", "model": AUTHORED_MODEL, "fixtures_dir": str(fixtures_dir),
            "use_cache": False, **extra}


async def _author_one(name: str, extra: dict[str, Any], out: Path, corpus: Path) -> list[Path]:
    from minutesai.backends.replay import RecordingBackend
    from minutesai.config import make_options
    from minutesai.engines.base import RunContext
    from minutesai.engines.llm import LLMEngine
    from minutesai.ingest import load_minutes
    from minutesai.pipeline import run_document

    opts = make_options(**replay_options(extra, out))
    backend = RecordingBackend(
        GoldBackend(load_gold(name, corpus), context_window=opts.context_window), out,
        recorded_from="authored", note=NOTE,
    )
    engine = LLMEngine(backend, model=AUTHORED_MODEL, options=opts, label="replay")
    await run_document(load_minutes(corpus / f"{name}.txt"), engine, RunContext(options=opts))
    return backend.written


def author(
    out: Path = E2E_DIR,
    docs: list[tuple[str, dict[str, Any]]] | None = None,
    corpus: Path = DEV_CORPUS,
) -> list[Path]:
    """Rewrite the authored fixture set in ``out`` (old authored records are removed)."""
    docs = DEFAULT_SET if docs is None else docs
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.json"):
        if old.name == MANIFEST or json.loads(old.read_text(encoding="utf-8")).get(
                "recorded_from") == "authored":
            old.unlink()
    written: list[Path] = []
    for name, extra in docs:
        written += asyncio.run(_author_one(name, extra, out, corpus))
    manifest = {"note": NOTE, "regenerate": "python -m minutesai.testing.author_fixtures",
                "model": AUTHORED_MODEL,
                "documents": [{"doc": f"{n}.txt", "options": e} for n, e in docs]}
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return sorted(set(written))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=E2E_DIR, help="fixture folder to rewrite")
    args = parser.parse_args(argv)
    paths = author(args.out)
    print(f"wrote {len(paths)} authored records to {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
