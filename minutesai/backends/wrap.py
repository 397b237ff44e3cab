"""Layers around a raw backend: response cache, rate limits, usage/budget accounting.

``wrap_backend`` is the single place the LLM engine composes them. (First pass:
no layers yet.)
"""

from __future__ import annotations

from minutesai.backends.base import Backend
from minutesai.config import Options


def wrap_backend(backend: Backend, options: Options) -> Backend:
    return backend
