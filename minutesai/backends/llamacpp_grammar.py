"""JSON schema → llama.cpp grammar, and a fast greedy grammar-constrained sampler.

llama-cpp-python, given ``response_format={"type": "json_object", "schema": ...}``,
silently swaps in a generic JSON grammar when it cannot convert the schema. We
convert the schema ourselves instead and, when that fails, fall back the same
way but say so (:attr:`SchemaGrammar.warning`).

Checking a grammar against every entry of a large vocabulary (Gemma's has
262,144 tokens) costs more than running a small model. For greedy decoding
:class:`GreedyGrammarSampler` checks only the model's top token against the
grammar and falls back to masking the whole vocabulary when that token is not
allowed (the approach of llama.cpp's own common sampler).
"""

from __future__ import annotations

import ctypes
import functools
import json
from dataclasses import dataclass
from typing import Any

from minutesai.errors import ConfigError, ModelError

INSTALL_HINT = "install minutesai[local] (pip install 'minutesai[local]')"
NUMBER_GRID_STEPS = 40
"""A number bounded on both sides is decoded from this many equal steps (e.g. 0.05 on [-1, 1])."""


def import_llama_cpp():
    try:
        import llama_cpp
    except ImportError:
        raise ConfigError(f"engine 'local' needs llama-cpp-python; {INSTALL_HINT}") from None
    return llama_cpp


# -- schema → grammar ---------------------------------------------------------


@dataclass(frozen=True)
class SchemaGrammar:
    grammar: Any
    """A ``llama_cpp.LlamaGrammar`` (its GBNF text is ``grammar._grammar``)."""
    exact: bool
    """False when the schema could not be converted and the generic JSON grammar is used."""
    warning: str | None = None


_LOOSE_CHAR = 'char ::= [^"\\\\] |'
_STRICT_CHAR = 'char ::= [^"\\\\\\x7F\\x00-\\x1F] |'


def strict_json_chars(gbnf: str) -> str:
    """Keep raw control characters out of JSON strings.

    llama-cpp-python's schema converter lets a string hold any character but a quote or a
    backslash, so a model could write a raw newline inside a string, which is not JSON (the
    bundled Gemma did, on a host whose arithmetic differs slightly). llama.cpp's own generic
    JSON grammar already excludes U+0000-U+001F and DEL; the converted grammar gets the same.
    """
    return gbnf.replace(_LOOSE_CHAR, _STRICT_CHAR)


@functools.lru_cache(maxsize=64)
def _grammar_for_schema_text(schema_text: str) -> SchemaGrammar:
    import_llama_cpp()
    from llama_cpp.llama_grammar import JSON_GBNF, LlamaGrammar

    try:
        converted = LlamaGrammar.from_json_schema(schema_text, verbose=False)
        gbnf = strict_json_chars(converted._grammar)
        grammar = converted if gbnf == converted._grammar else LlamaGrammar.from_string(gbnf, verbose=False)
        return SchemaGrammar(grammar=grammar, exact=True)
    except Exception as err:  # noqa: BLE001 - the converter raises AssertionError, ValueError, KeyError...
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        warning = (
            "llama.cpp could not turn the JSON schema into a grammar "
            f"({reason}); decoding was constrained to generic JSON only, so the "
            "answer may not fit the schema (validation will catch it)"
        )
        return SchemaGrammar(grammar=LlamaGrammar.from_string(JSON_GBNF, verbose=False),
                             exact=False, warning=warning)


def _number_grid(lo: float, hi: float) -> list[float]:
    step = (hi - lo) / NUMBER_GRID_STEPS
    return [round(lo + i * step, 6) for i in range(NUMBER_GRID_STEPS + 1)]


def bounded_schema(node: Any, max_string_chars: int | None = None, max_array_items: int | None = None) -> Any:
    """A copy of a JSON schema the grammar can hold the model to more tightly.

    - a ``number`` with both ``minimum`` and ``maximum`` becomes an ``enum`` of
      evenly spaced values (the converter ignores numeric bounds otherwise);
    - optionally, free-text strings get ``maxLength`` and lists ``maxItems``
      (strings with enum/const/pattern/format/maxLength, lists with maxItems,
      are left alone).
    """
    if isinstance(node, list):
        return [bounded_schema(x, max_string_chars, max_array_items) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: bounded_schema(v, max_string_chars, max_array_items) for k, v in node.items()}
    kind = out.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    lo, hi = out.get("minimum"), out.get("maximum")
    if kinds == ["number"] and isinstance(lo, int | float) and isinstance(hi, int | float) \
            and lo < hi and "enum" not in out:
        out["enum"] = _number_grid(float(lo), float(hi))
    fixed = ("enum", "const", "pattern", "format", "maxLength")
    if max_string_chars and "string" in kinds and not any(k in out for k in fixed):
        out["maxLength"] = max_string_chars
    if max_array_items and "array" in kinds and "maxItems" not in out:
        out["maxItems"] = max_array_items
    return out


def grammar_for_schema(
    schema: dict[str, Any], *, max_string_chars: int | None = None, max_array_items: int | None = None
) -> SchemaGrammar:
    """The grammar that constrains decoding to ``schema`` (cached per schema and bounds).

    Property order matters to the grammar, so the schema is not key-sorted.
    """
    return _grammar_for_schema_text(json.dumps(bounded_schema(schema, max_string_chars, max_array_items)))


# -- greedy sampling ---------------------------------------------------------------


class GreedyGrammarSampler:
    """Replaces ``Llama.sample`` for one greedy, grammar-constrained call.

    Use as a context manager around ``create_chat_completion(..., grammar=None,
    temperature=0)``; it installs itself on the ``Llama`` instance and removes
    itself (and frees the native grammar) afterwards.
    """

    def __init__(self, llama: Any, grammar_text: str) -> None:
        import numpy as np

        self._api = import_llama_cpp()
        self._np = np
        self._llama = llama
        self._n_vocab = int(llama.n_vocab())
        self._grammar = self._api.llama_sampler_init_grammar(
            llama._model.vocab, grammar_text.encode("utf-8"), b"root"
        )
        if not self._grammar:
            raise ModelError("llama.cpp could not parse the grammar built from the schema")
        self._full = (self._api.llama_token_data * self._n_vocab)()
        self._full_view = np.frombuffer(
            self._full, dtype=np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)])
        )
        self._one = (self._api.llama_token_data * 1)()
        self.fallbacks = 0
        """Tokens where the top choice broke the grammar and the whole vocabulary was masked."""
        self.tokens = 0

    def __enter__(self) -> GreedyGrammarSampler:
        self._llama.sample = self.sample  # instance attribute shadows Llama.sample
        return self

    def __exit__(self, *exc: object) -> None:
        self._llama.__dict__.pop("sample", None)
        if self._grammar:
            self._api.llama_sampler_free(self._grammar)
            self._grammar = None

    def _allowed(self, token: int) -> bool:
        api = self._api
        self._one[0].id, self._one[0].logit, self._one[0].p = token, 1.0, 0.0
        single = api.llama_token_data_array(
            data=ctypes.cast(self._one, api.llama_token_data_p), size=1, selected=-1, sorted=False
        )
        api.llama_sampler_apply(self._grammar, ctypes.byref(single))
        return self._one[0].logit != float("-inf")

    def sample(self, idx: int | None = None, **_: Any) -> int:
        api, np, llama = self._api, self._np, self._llama
        ridx = idx - llama.n_tokens if idx is not None else -1
        ptr = api.llama_get_logits_ith(llama._ctx.ctx, ridx)
        logits = np.ctypeslib.as_array(ptr, shape=(self._n_vocab,))
        token = int(np.argmax(logits))
        if not self._allowed(token):
            self.fallbacks += 1
            view = self._full_view
            view["id"] = np.arange(self._n_vocab, dtype=np.int32)
            view["logit"] = logits
            view["p"] = 0.0
            full = api.llama_token_data_array(
                data=ctypes.cast(self._full, api.llama_token_data_p), size=self._n_vocab,
                selected=-1, sorted=False,
            )
            api.llama_sampler_apply(self._grammar, ctypes.byref(full))
            best = int(np.argmax(view["logit"]))
            if view["logit"][best] == float("-inf"):
                raise ModelError("the grammar allows no next token (schema grammar dead end)")
            token = int(view["id"][best])
        api.llama_sampler_accept(self._grammar, token)
        self.tokens += 1
        return token
