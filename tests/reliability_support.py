"""Shared helpers for tests/test_reliability_*.py: a corpus of short real minutes, LLM options."""

from __future__ import annotations

from pathlib import Path

from minutesai.models import ErrorRecord, MinutesSummary
from minutesai.testing.server import FakeOpenAIServer

REPO = Path(__file__).resolve().parents[1]
DEV_CORPUS = REPO / "examples" / "corpus" / "dev"
TYPED_MODEL_ERRORS = {"TransientModelError", "ValidationFailedError", "TruncatedOutputError", "RefusalError"}


def short_corpus(folder: Path, count: int, chars: int = 1200) -> list[Path]:
    """``count`` short documents cut from the real dev minutes, each with its own first line."""
    texts = [p.read_text(encoding="utf-8")[:chars] for p in sorted(DEV_CORPUS.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        p = folder / f"doc{i:04d}.txt"
        p.write_text(f"Minutes document {i}\n\n{texts[i % len(texts)]}", encoding="utf-8")
        paths.append(p)
    return paths


def llm_options(server: FakeOpenAIServer, **overrides) -> dict:
    """The openai engine against the fake server: real SDK, no cache, short timeouts."""
    options = dict(engine="openai", model="gpt-4o-mini", base_url=server.base_url, api_key="test-key",
                   use_cache=False, timeout=0.3, max_retries=4, max_reasks=2, concurrency=16)
    options.update(overrides)
    return options


def result_document(result: MinutesSummary | ErrorRecord) -> str:
    return result.document if isinstance(result, ErrorRecord) else str(result.source.path)


def attempt_bound(error_type: str, options: dict) -> int:
    """The most calls one request may take before its error is final."""
    if error_type == "TransientModelError":
        return options["max_retries"] + 1
    # validation failures, cut-offs and refusals end the re-ask loop (a refusal may follow a re-ask)
    return options["max_reasks"] + 1
