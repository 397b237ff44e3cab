"""llama.cpp host quirks: AMX hosts load without extra weight buffers; JSON strings hold no raw control characters."""

from __future__ import annotations

import contextlib
import ctypes
import types

import pytest

from minutesai.backends.llamacpp_cpu import (
    EXTRA_BUFFERS_ENV,
    cpu_has_amx,
    load_guard,
    use_extra_buffers,
    without_extra_buffers,
)
from minutesai.errors import ConfigError

SAPPHIRE = "processor\t: 0\nflags\t\t: fpu sse2 avx2 avx512f amx_bf16 amx_tile amx_int8 avx_vnni\n"
ZEN = "processor\t: 0\nflags\t\t: fpu sse2 avx2 avx512f avx512_bf16\n"


class _Params(ctypes.Structure):
    _fields_ = [("n_gpu_layers", ctypes.c_int32), ("use_extra_bufts", ctypes.c_bool)]


class _OldParams(ctypes.Structure):
    _fields_ = [("n_gpu_layers", ctypes.c_int32)]


def _low_level(params_type: type) -> types.SimpleNamespace:
    def defaults():
        p = params_type()
        if hasattr(p, "use_extra_bufts"):
            p.use_extra_bufts = True
        return p

    return types.SimpleNamespace(llama_model_default_params=defaults)


def test_amx_is_read_from_the_flags_line_only():
    assert cpu_has_amx(SAPPHIRE)
    assert not cpu_has_amx(ZEN)
    assert not cpu_has_amx("model name\t: amx_tile in a name\n")
    assert not cpu_has_amx("")


def test_extra_buffers_default_follows_the_cpu_and_the_variable_overrides_it(monkeypatch):
    monkeypatch.delenv(EXTRA_BUFFERS_ENV, raising=False)
    assert use_extra_buffers(ZEN) and not use_extra_buffers(SAPPHIRE)
    monkeypatch.setenv(EXTRA_BUFFERS_ENV, "1")
    assert use_extra_buffers(SAPPHIRE)
    monkeypatch.setenv(EXTRA_BUFFERS_ENV, "off")
    assert not use_extra_buffers(ZEN)
    monkeypatch.setenv(EXTRA_BUFFERS_ENV, "maybe")
    with pytest.raises(ConfigError, match=EXTRA_BUFFERS_ENV):
        use_extra_buffers(ZEN)


def test_loading_without_extra_buffers_changes_defaults_only_while_loading():
    low = _low_level(_Params)
    original = low.llama_model_default_params
    assert low.llama_model_default_params().use_extra_bufts
    with without_extra_buffers(low):
        assert low.llama_model_default_params().use_extra_bufts is False
        assert low.llama_model_default_params().n_gpu_layers == 0
    assert low.llama_model_default_params is original
    assert low.llama_model_default_params().use_extra_bufts


def test_defaults_are_restored_when_loading_fails():
    low = _low_level(_Params)
    original = low.llama_model_default_params
    with pytest.raises(RuntimeError), without_extra_buffers(low):
        raise RuntimeError("could not load")
    assert low.llama_model_default_params is original


def test_older_builds_without_the_field_are_left_alone():
    low = _low_level(_OldParams)
    with without_extra_buffers(low):
        params = low.llama_model_default_params()
    assert not hasattr(params, "use_extra_bufts")
    with without_extra_buffers(types.SimpleNamespace()):  # nothing to patch
        pass


def test_load_guard_patches_only_on_amx_hosts(monkeypatch):
    package = types.SimpleNamespace(llama_cpp=_low_level(_Params))
    monkeypatch.setenv(EXTRA_BUFFERS_ENV, "0")
    with load_guard(package):
        assert package.llama_cpp.llama_model_default_params().use_extra_bufts is False
    monkeypatch.setenv(EXTRA_BUFFERS_ENV, "1")
    assert isinstance(load_guard(package), contextlib.nullcontext)
    monkeypatch.setenv(EXTRA_BUFFERS_ENV, "0")
    assert isinstance(load_guard(types.SimpleNamespace()), contextlib.nullcontext)  # a fake llama_cpp


def test_schema_grammar_strings_exclude_raw_control_characters():
    pytest.importorskip("llama_cpp")
    from minutesai.backends.llamacpp_grammar import (
        _LOOSE_CHAR,
        _STRICT_CHAR,
        grammar_for_schema,
        strict_json_chars,
    )

    schema = {"type": "object", "properties": {"summary": {"type": "string"}}, "required": ["summary"],
              "additionalProperties": False}
    gbnf = grammar_for_schema(schema).grammar._grammar
    assert _STRICT_CHAR in gbnf and _LOOSE_CHAR not in gbnf
    assert r"\x00-\x1F" in _STRICT_CHAR
    assert strict_json_chars("root ::= \"x\"") == "root ::= \"x\""
