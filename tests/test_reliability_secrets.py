"""Secrets: a key-shaped API key never appears in logs, exception messages, cached or recorded
records, JSONL output, error records or reprs, even when the server echoes it back."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import secrets
import subprocess
import sys
import traceback
from pathlib import Path

import pytest

from minutesai.api import summarise, summarise_many
from minutesai.config import Options
from minutesai.engines.factory import make_engine
from minutesai.errors import ModelError
from minutesai.models import ErrorRecord, MinutesSummary
from minutesai.results_jsonl import write_results
from minutesai.testing.server import FakeOpenAIServer, Reply, default_responder
from tests.reliability_support import REPO, short_corpus

REJECT = "REJECT-THIS-DOCUMENT"


def new_key() -> str:
    return "sk-test-" + secrets.token_urlsafe(24)


def echoing_server(key: str, status: int) -> FakeOpenAIServer:
    """Answers normally, except requests about the REJECT document: ``status`` with the key
    echoed in the message, as real providers do ("Incorrect API key provided: sk-...")."""

    def respond(body: dict):
        if REJECT in json.dumps(body["messages"]):
            return Reply.error(status, f"Incorrect API key provided: {key}. Authorization: Bearer {key}")
        return default_responder(body)

    return FakeOpenAIServer(respond)


def leaks(key: str, text: str) -> bool:
    secret_part = key.removeprefix("sk-test-")
    return key in text or secret_part in text or secret_part[:12] in text


def every_file(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def corpus_with_a_rejected_document(folder: Path) -> list[Path]:
    docs = short_corpus(folder, 3)
    docs[1].write_text(f"Minutes document 1\n\n{REJECT}: the Inspector reported on burglary.", encoding="utf-8")
    return docs


@pytest.fixture
def debug_logs(caplog):
    caplog.set_level(logging.DEBUG)
    for name in ("openai", "httpx", "httpcore", "minutesai"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield caplog
    for name in ("openai", "httpx", "httpcore", "minutesai"):
        logging.getLogger(name).setLevel(logging.NOTSET)


@pytest.mark.parametrize("status", [401, 400])
def test_key_never_leaks_through_a_failing_workflow(status, tmp_path, debug_logs, fast_retries, no_openai_env):
    key = new_key()
    docs = corpus_with_a_rejected_document(tmp_path / "docs")
    work = tmp_path / "work"
    options = dict(engine="openai", model="gpt-4o-mini", api_key=key, use_cache=True, cache_dir=work / "cache",
                   record=True, fixtures_dir=work / "fixtures", timeout=5.0, max_retries=1)
    with echoing_server(key, status) as server:
        options["base_url"] = server.base_url
        results = summarise_many(docs, **options)
        opts = Options(**options)
        report = asyncio.run(write_results(docs, make_engine(opts), opts, work / "results.jsonl"))
        with pytest.raises(ModelError) as info:
            summarise(docs[1], **options)

    # the workflow really ran: successes were cached and recorded, the rejected document failed
    assert [type(r) for r in results] == [MinutesSummary, ErrorRecord, MinutesSummary]
    assert f"HTTP {status}" in results[1].reason and len(report.failures) == 1
    files = every_file(work)
    assert (work / "cache" / "responses.sqlite3") in files
    assert any(p.suffix == ".json" for p in files if "fixtures" in p.parts)
    assert debug_logs.records, "no log records were captured"

    err = info.value
    texts = {
        "logs": debug_logs.text + "\n".join(str(r.__dict__) for r in debug_logs.records),
        "exception": "".join(traceback.format_exception(err)) + repr(err) + str(err.last_raw_response),
        "error records": "\n".join(r.model_dump_json() for r in results) + str(report.failures),
        "summary line": report.summary_line(),
        "reprs": repr(opts) + repr(make_engine(opts)) + repr(make_engine(opts).backend),
    }
    assert "***" in results[1].reason  # the echoed key was there, and was masked
    for where, text in texts.items():
        assert not leaks(key, text), f"API key found in {where}"
    for path, data in files.items():
        assert not leaks(key, data.decode("utf-8", "replace")), f"API key found in {path}"


def test_key_never_leaks_from_the_cli(tmp_path, no_openai_env):
    key = new_key()
    docs = corpus_with_a_rejected_document(tmp_path / "docs")
    out = tmp_path / "results.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env.update(PYTHONPATH=str(REPO), OPENAI_API_KEY=key, OPENAI_LOG="debug",
               MINUTESAI_CACHE_DIR=str(tmp_path / "cache"))
    with echoing_server(key, 401) as server:
        runs = [
            subprocess.run([sys.executable, "-m", "minutesai", "summarise", *map(str, docs), "--base-url",
                            server.base_url, "--no-progress", *extra], capture_output=True, text=True,
                           cwd=REPO, env=env, timeout=120)
            for extra in (["--out", str(out)], ["--format", "json"])
        ]
    for proc in runs:
        assert proc.returncode == 1, proc.stderr
        assert "HTTP 401" in proc.stderr and "Traceback" not in proc.stderr
        assert "HTTP Request" in proc.stderr or "Request options" in proc.stderr  # openai debug logging was on
        assert not leaks(key, proc.stdout + proc.stderr)
    assert '"error"' in out.read_text(encoding="utf-8")
    for path, data in every_file(tmp_path).items():
        if "docs" not in path.parts:
            assert not leaks(key, data.decode("utf-8", "replace")), f"API key found in {path}"


def test_reprs_mask_the_key(no_openai_env):
    key = new_key()
    options = Options(engine="openai", api_key=key, base_url="http://127.0.0.1:9/v1")
    engine = make_engine(options)
    layers = [engine, engine.backend]
    while hasattr(layers[-1], "inner"):
        layers.append(layers[-1].inner)
    assert len(layers) >= 3  # engine, wrapping layers, the SDK backend
    for obj in (options, *layers):
        assert not leaks(key, repr(obj)) and not leaks(key, str(obj))
    assert "***" in repr(options)


def test_committed_fixtures_and_data_hold_no_key_shaped_strings():
    from minutesai.backends.replay import SECRET_PATTERNS

    folders = [REPO / "fixtures", REPO / "tests" / "data", REPO / "examples"]
    scanned = 0
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in (".json", ".jsonl", ".txt", ".html", ".md", ".yaml", ".yml"):
                text = path.read_text(encoding="utf-8", errors="replace")
                scanned += 1
                for pattern in SECRET_PATTERNS:
                    found = pattern.search(text)
                    assert found is None, f"key-shaped string {found.group(0)[:12]}… in {path}"
    assert scanned > 20  # the recorded fixtures and corpus were really read
