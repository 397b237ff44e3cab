"""Self-hosted servers through ``base_url``: llama.cpp's llama-server, vLLM, Ollama, LM Studio.

Each is emulated on the loopback test server by what it does with the two
structured-output request shapes (see the README's "Local models" section):

- ``json_object`` + ``schema``: llama-server turns the schema into a grammar;
  vLLM and Ollama accept ``json_object`` but ignore the ``schema`` key (JSON only),
  so the schema must also be in the prompt; LM Studio rejects ``json_object``.
- ``json_schema``: llama-server (recent), vLLM, Ollama >= 0.5 and LM Studio
  enforce it; older llama-server builds answer 400.

The tests assert the backend ends up sending a shape the server supports.
"""

from __future__ import annotations

import json

import pytest

import minutesai
from minutesai.errors import ModelError
from minutesai.schemas import ChunkFindings
from minutesai.structured import strict_schema
from minutesai.testing.server import FakeOpenAIServer, Reply, minimal_instance, request_schema

TEXT = (
    "Chief Inspector Rhiannan Pepper presented her report. Victim based crime was slowly "
    "decreasing in volume. In 2018/19 it was 130 reported cases whilst in 2020/21 it was 122. "
    "RESOLVED: that the report be noted."
)


def shape(body: dict) -> str:
    rf = body.get("response_format") or {}
    if rf.get("type") == "json_object":
        return "json_object+schema" if rf.get("schema") else "json_object"
    if rf.get("type") == "json_schema":
        return "json_schema"
    return "tools" if body.get("tools") else "none"


def system_text(body: dict) -> str:
    return "\n".join(m.get("content") or "" for m in body["messages"] if m.get("role") == "system")


def server_emulating(accepts: set[str], rejection: str):
    """A responder that answers schema-valid JSON for accepted shapes, else HTTP 400 ``rejection``."""

    def respond(body: dict):
        if shape(body) not in accepts:
            return Reply.error(400, rejection)
        _, schema = request_schema(body)
        return json.dumps(minimal_instance(schema))

    return respond


def summarise_via(server: FakeOpenAIServer, model: str, **options):
    return minutesai.summarise(TEXT, engine="openai", base_url=server.base_url, model=model,
                               use_cache=False, **options)


@pytest.fixture(autouse=True)
def _no_env(no_openai_env):
    pass


def test_llama_server_gets_json_object_with_schema():
    responder = server_emulating({"json_object+schema", "json_schema"}, "unused")
    with FakeOpenAIServer(responder) as srv:
        result = summarise_via(srv, "gemma-3-270m")
        shapes = [shape(b) for b in srv.requests]
        schemas = [b["response_format"]["schema"] for b in srv.requests]
    assert result.engine == "openai:gemma-3-270m"
    assert shapes and set(shapes) == {"json_object+schema"}
    assert strict_schema(ChunkFindings) in schemas


def test_older_llama_server_never_gets_json_schema():
    rejection = 'response_format type must be one of "text" or "json_object", but got: json_schema'
    responder = server_emulating({"json_object+schema", "json_object"}, rejection)
    with FakeOpenAIServer(responder) as srv:
        summarise_via(srv, "qwen2.5-7b-instruct")
        assert {shape(b) for b in srv.requests} == {"json_object+schema"}


def test_forcing_json_schema_on_a_server_without_it_fails_in_one_line():
    rejection = 'response_format type must be one of "text" or "json_object", but got: json_schema'
    responder = server_emulating({"json_object+schema"}, rejection)
    with FakeOpenAIServer(responder) as srv, pytest.raises(ModelError) as info:
        summarise_via(srv, "qwen2.5-7b-instruct", mode="json_schema")
    assert "json_schema" in str(info.value) and "\n" not in str(info.value)


def test_vllm_and_ollama_see_the_schema_in_the_prompt_in_json_object_mode():
    # both accept json_object but constrain only to "some JSON": the schema must reach the model
    responder = server_emulating({"json_object+schema", "json_object", "json_schema"}, "unused")
    with FakeOpenAIServer(responder) as srv:
        summarise_via(srv, "llama3.1:8b")
        first = srv.requests[0]
    assert shape(first) == "json_object+schema"
    assert '"key_points"' in system_text(first) and '"quote"' in system_text(first)


def test_vllm_with_json_schema_mode_gets_the_strict_schema():
    responder = server_emulating({"json_schema", "json_object", "json_object+schema"}, "unused")
    with FakeOpenAIServer(responder, models=("meta-llama/Llama-3.1-8B-Instruct",)) as srv:
        summarise_via(srv, "meta-llama/Llama-3.1-8B-Instruct", mode="json_schema")
        bodies = list(srv.requests)
    assert {shape(b) for b in bodies} == {"json_schema"}
    spec = bodies[0]["response_format"]["json_schema"]
    assert spec["strict"] is True and spec["schema"]["additionalProperties"] is False


def test_lm_studio_rejects_json_object_and_backend_switches_once():
    rejection = "'response_format.type' must be 'json_schema' or 'text'"
    responder = server_emulating({"json_schema"}, rejection)
    with FakeOpenAIServer(responder) as srv:
        result = summarise_via(srv, "qwen2.5-7b-instruct")
        shapes = [shape(b) for b in srv.requests]
    assert isinstance(result, minutesai.MinutesSummary)
    assert shapes[0] == "json_object+schema"
    # after the one rejection every later call goes straight to json_schema
    assert shapes[1:] and set(shapes[1:]) == {"json_schema"}
    assert shapes.count("json_object+schema") == 1


def test_models_command_lists_what_a_local_server_serves(capsys):
    from minutesai.cli import main

    with FakeOpenAIServer(models=("llama3.1:8b", "gemma3:270m")) as srv:
        url = srv.base_url
        code = main(["models", "--base-url", url, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["endpoint"]["reachable"] is True
    assert data["endpoint"]["models"] == ["llama3.1:8b", "gemma3:270m"]
    assert data["endpoint"]["api_key_set"] is False
