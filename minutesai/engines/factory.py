"""Choose and build an engine from options.

Explicit ``engine=`` wins; else an LLM when an endpoint is configured
(``client=``, OPENAI_API_KEY or OPENAI_BASE_URL); else the offline engine.
``engine`` may be written ``NAME:MODEL`` (e.g. ``openai:gpt-4o-mini``).
"""

from __future__ import annotations

from dataclasses import replace

from minutesai.config import Options
from minutesai.engines.base import Engine
from minutesai.errors import ConfigError

ENGINES = ("offline", "openai", "hybrid", "local", "replay")
DEFAULT_MODEL = "gpt-4o-mini"


def resolve_engine_name(options: Options) -> Options:
    """Fill in ``engine`` (and ``model`` from ``NAME:MODEL``) without building anything."""
    name = options.engine
    if name and ":" in name:
        name, model = name.split(":", 1)
        options = replace(options, engine=name, model=options.model or model)
    if not name:
        name = "openai" if options.endpoint_configured() else "offline"
        options = replace(options, engine=name)
    if name not in ENGINES:
        raise ConfigError(f"unknown engine {name!r}; choose one of: {', '.join(ENGINES)}")
    return options


def make_engine(options: Options | None = None, **kwargs) -> Engine:
    """Build the engine the options ask for (public: ``minutesai.make_engine``)."""
    from minutesai.config import make_options

    options = resolve_engine_name(options or make_options(**kwargs))
    name = options.engine
    if name == "offline":
        from minutesai.engines.offline import OfflineEngine

        return OfflineEngine(options)
    if name in ("openai", "replay", "local"):
        from minutesai.engines.llm import LLMEngine

        return LLMEngine.from_options(options)
    if name == "hybrid":
        from minutesai.engines.hybrid import HybridEngine

        return HybridEngine.from_options(options)
    raise ConfigError(f"unknown engine {name!r}")
