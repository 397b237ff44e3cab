"""Replay and record: stable keys, secret scrubbing, clear misses, and a scan of fixtures/."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openai
import pytest

from minutesai.backends.base import ChatRequest
from minutesai.backends.openai_compat import OpenAICompatBackend
from minutesai.backends.replay import (
    SECRET_PATTERNS,
    RecordingBackend,
    ReplayBackend,
    fixture_key,
    scrub,
)
from minutesai.errors import ModelError
from minutesai.schemas import Synthesis
from minutesai.structured import strict_schema

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LIVE_KEY = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWx0123456789"


def request(text: str = "minutes text", mode: str = "json_schema") -> ChatRequest:
    return ChatRequest(
        model="fake-model", messages=({"role": "user", "content": text},),
        schema=strict_schema(Synthesis), schema_name="Synthesis", mode=mode,  # type: ignore[arg-type]
    )


def test_fixture_key_is_stable_and_depends_on_model_messages_schema():
    assert fixture_key(request()) == fixture_key(request())
    assert re.fullmatch(r"[0-9a-f]{64}", fixture_key(request()))
    assert fixture_key(request("other text")) != fixture_key(request())
    assert fixture_key(request(mode="tools")) == fixture_key(request())
    other_model = ChatRequest(model="m2", messages=request().messages, schema=request().schema,
                              schema_name="Synthesis")
    assert fixture_key(other_model) != fixture_key(request())


def test_scrub_drops_auth_headers_and_redacts_key_shaped_strings():
    dirty = {"headers": {"Authorization": f"Bearer {LIVE_KEY}", "api-key": "abc123456789",
                         "Content-Type": "application/json"},
             "text": f"my key is {LIVE_KEY} and api_key=zzzzzzzzzzzz", "list": [f"Bearer {LIVE_KEY}"]}
    clean = json.dumps(scrub(dirty))
    assert LIVE_KEY not in clean and "zzzzzzzz" not in clean and "abc123456789" not in clean
    assert "Authorization" not in clean and "api-key" not in clean
    assert "application/json" in clean


async def test_record_then_replay_round_trip_without_secrets(fake_server, tmp_path):
    answer = {"summary": f"leaked {LIVE_KEY}", "sentiment_label": "neutral", "sentiment_score": 0.0,
              "sentiment_rationale": "r"}
    fake_server.responder = lambda body: json.dumps(answer)
    client = openai.AsyncOpenAI(base_url=fake_server.base_url, api_key=LIVE_KEY)
    recorder = RecordingBackend(OpenAICompatBackend(client), tmp_path)
    live = await recorder.complete(request(f"text mentioning {LIVE_KEY}"))
    assert LIVE_KEY in live.content  # what the caller got live is untouched
    [path] = recorder.written
    raw = path.read_text()
    assert LIVE_KEY not in raw and "authorization" not in raw.lower()
    record = json.loads(raw)
    assert record["recorded_from"].startswith("openai:fake-model@127.0.0.1")
    assert record["key"] == fixture_key(request(f"text mentioning {LIVE_KEY}"))

    replayed = await ReplayBackend(tmp_path).complete(request(f"text mentioning {LIVE_KEY}"))
    assert json.loads(replayed.content)["summary"] == "leaked [REDACTED]"
    assert replayed.extra["recorded_from"] == record["recorded_from"]
    assert (replayed.prompt_tokens, replayed.completion_tokens) == (
        live.prompt_tokens, live.completion_tokens)
    assert fake_server.chat_calls == 1


async def test_missing_record_names_the_key_and_how_to_record(tmp_path):
    backend = ReplayBackend(tmp_path)
    with pytest.raises(ModelError) as info:
        await backend.complete(request())
    message = str(info.value)
    assert fixture_key(request())[:16] in message
    assert "record=True" in message and "author_fixtures" in message


def _fixture_files() -> list[Path]:
    return [p for p in FIXTURES.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def test_no_fixture_file_holds_a_secret_or_auth_header():
    files = _fixture_files()
    assert files, "fixtures/ is empty"
    header = re.compile(r"(?i)[\"']?(authorization|api-key|x-api-key)[\"']?\s*[:=]")
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for pattern in SECRET_PATTERNS:
            found = pattern.search(text)
            assert found is None, f"{path}: key-shaped string {found.group()[:12]}..."
        assert header.search(text) is None, f"{path}: holds an auth header"


def test_every_record_states_where_it_came_from():
    records = []
    for path in FIXTURES.rglob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "key" in data and "response" in data:
            records.append((path, data))
    assert records
    for path, data in records:
        assert data.get("recorded_from"), f"{path}: no recorded_from"
        if data["recorded_from"] == "authored":
            assert "not a model's output" in (data.get("note") or ""), path
        assert re.fullmatch(r"[0-9a-f]{64}", data["key"]), path


def test_record_mode_then_replay_reproduces_the_result(fake_server, tmp_path, dev_corpus):
    import minutesai
    from minutesai.testing.author_fixtures import gold_responder, load_gold

    name = "lambeth_slp_scrutiny_2019"
    fake_server.responder = gold_responder(load_gold(name, dev_corpus))
    path = dev_corpus / f"{name}.txt"
    live = minutesai.summarise(path, base_url=fake_server.base_url, api_key=LIVE_KEY,
                               model="fake-model", record=True, fixtures_dir=tmp_path, use_cache=False)
    sent = fake_server.chat_calls
    files = sorted(tmp_path.glob("*.json"))
    assert len(files) == sent == live.usage.calls
    for f in files:
        record = json.loads(f.read_text())
        assert record["recorded_from"] == "openai:fake-model@127.0.0.1"
        assert LIVE_KEY not in f.read_text()
    replayed = minutesai.summarise(path, engine="replay", model="fake-model", fixtures_dir=tmp_path,
                                   use_cache=False)
    assert fake_server.chat_calls == sent
    assert replayed.engine == "replay:fake-model"
    assert replayed.model_dump(exclude={"engine", "usage"}) == live.model_dump(exclude={"engine", "usage"})
