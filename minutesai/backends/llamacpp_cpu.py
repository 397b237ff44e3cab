"""Host-CPU quirks of llama.cpp that the backend works around when it loads a model.

On Intel CPUs with AMX tiles (Sapphire Rapids and later), a llama.cpp compiled for the host
places quantised weights in an AMX "extra" buffer. With llama-cpp-python 0.3.36 built here,
that path kills the process on the bundled Gemma model (segfault in
``ggml_backend_amx_mul_mat`` on the first decode, with or without a grammar). Loading with
``use_extra_bufts = False`` keeps the weights in ordinary CPU buffers, which decode correctly.
llama-cpp-python's ``Llama`` has no argument for that field, so the model parameters it
starts from are adjusted for the duration of the load.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from minutesai.errors import ConfigError

EXTRA_BUFFERS_ENV = "MINUTESAI_LLAMA_EXTRA_BUFFERS"
"""'1' always lets llama.cpp use its extra weight buffers, '0' never; unset: not on AMX CPUs."""

_ON = frozenset({"1", "true", "yes", "on"})
_OFF = frozenset({"0", "false", "no", "off"})


def cpu_has_amx(cpuinfo: str | None = None) -> bool:
    """Whether the CPU advertises AMX tiles (Linux ``/proc/cpuinfo`` flags; False where unreadable)."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            return "amx_tile" in line.partition(":")[2].split()
    return False


def use_extra_buffers(cpuinfo: str | None = None) -> bool:
    """$MINUTESAI_LLAMA_EXTRA_BUFFERS when set, else True unless the CPU has AMX."""
    env = os.environ.get(EXTRA_BUFFERS_ENV, "").strip().lower()
    if env in _ON:
        return True
    if env in _OFF:
        return False
    if env:
        raise ConfigError(f"{EXTRA_BUFFERS_ENV} must be 1 or 0, not {env!r}")
    return not cpu_has_amx(cpuinfo)


@contextlib.contextmanager
def without_extra_buffers(low_level: Any) -> Iterator[None]:
    """While loading, make ``low_level.llama_model_default_params()`` turn extra buffers off.

    ``low_level`` is the ``llama_cpp.llama_cpp`` module; a build whose parameters have no
    ``use_extra_bufts`` field (older llama.cpp) is left as it is.
    """
    default = getattr(low_level, "llama_model_default_params", None)
    if default is None:
        yield
        return

    def params_without_extra_buffers() -> Any:
        params = default()
        if "use_extra_bufts" in {name for name, *_ in getattr(params, "_fields_", ())}:
            params.use_extra_bufts = False
        return params

    low_level.llama_model_default_params = params_without_extra_buffers
    try:
        yield
    finally:
        low_level.llama_model_default_params = default


def load_guard(llama_cpp: Any) -> contextlib.AbstractContextManager[None]:
    """The context to load a model in: plain, or without extra buffers on AMX hosts."""
    low_level = getattr(llama_cpp, "llama_cpp", None)
    if low_level is None or use_extra_buffers():
        return contextlib.nullcontext()
    return without_extra_buffers(low_level)
