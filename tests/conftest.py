"""Shared test fixtures. Nothing here touches the network beyond 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from minutesai.testing.server import FakeOpenAIServer

REPO = Path(__file__).resolve().parents[1]
DEV_CORPUS = REPO / "examples" / "corpus" / "dev"
FIXTURES = REPO / "fixtures"


@pytest.fixture
def fake_server() -> Iterator[FakeOpenAIServer]:
    """A started :class:`FakeOpenAIServer` (default responder: minimal schema-valid JSON).

    Script replies with ``fake_server.enqueue(Reply...)``, swap answers with
    ``fake_server.responder = fn``, inspect ``fake_server.requests``.
    """
    server = FakeOpenAIServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch):
    """Make transient-error backoff tiny (a server's Retry-After is still honoured)."""
    import minutesai.retry as retry

    policy = retry.RetryPolicy(base=0.01, maximum=0.05, jitter=0.01, max_retry_after=5.0)
    monkeypatch.setattr(retry, "DEFAULT_POLICY", policy)
    return policy


@pytest.fixture
def no_openai_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unset OPENAI_* variables so tests never pick up a real endpoint or key."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def dev_corpus() -> Path:
    """examples/corpus/dev: real minutes (NAME.txt) with gold annotations (NAME.json)."""
    return DEV_CORPUS
