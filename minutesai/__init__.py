"""minutesai: structured, verifiable intelligence about police and
community-safety performance from UK council minutes.

Public API (imported lazily so ``import minutesai`` stays fast)::

    summarise, asummarise, summarise_many, asummarise_many, load_minutes,
    brief, evaluate, make_engine, Options, and the result models.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "summarise": "minutesai.api",
    "asummarise": "minutesai.api",
    "summarise_many": "minutesai.api",
    "asummarise_many": "minutesai.api",
    "astream_many": "minutesai.api",
    "load_minutes": "minutesai.ingest",
    "make_engine": "minutesai.engines.factory",
    "Options": "minutesai.config",
    "brief": "minutesai.brief",
    "evaluate": "minutesai.evaluate",
    "Minutes": "minutesai.document",
    "MinutesSummary": "minutesai.models",
    "Evidence": "minutesai.models",
    "KeyPoint": "minutesai.models",
    "Action": "minutesai.models",
    "Decision": "minutesai.models",
    "Figure": "minutesai.models",
    "PoliceSentiment": "minutesai.models",
    "SentimentAspect": "minutesai.models",
    "Usage": "minutesai.models",
    "SourceInfo": "minutesai.models",
    "ErrorRecord": "minutesai.models",
    "MinutesAIError": "minutesai.errors",
    "InputError": "minutesai.errors",
    "ConfigError": "minutesai.errors",
    "ModelError": "minutesai.errors",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'minutesai' has no attribute {name!r}")
    imported = importlib.import_module(module)
    # ``minutesai.evaluate`` is both a function and a callable submodule: bind the module, as
    # ``import minutesai.evaluate`` would, so the name means the same whatever was imported first
    same_name = module == f"{__name__}.{name}" and callable(imported)
    value = imported if same_name else getattr(imported, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
