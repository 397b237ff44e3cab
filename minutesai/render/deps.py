"""Optional extras: a clear message when one is missing."""

from __future__ import annotations

import importlib.util

from minutesai.errors import ConfigError


class MissingExtraError(ConfigError, ImportError):
    """An optional dependency is not installed. Also an ImportError, as notebooks expect."""

    def __init__(self, message: str) -> None:
        ConfigError.__init__(self, message)


def require(module: str, *, extra: str, purpose: str, package: str | None = None) -> None:
    """Raise :class:`MissingExtraError` naming the pip extra when ``module`` cannot be imported."""
    if importlib.util.find_spec(module) is None:
        raise MissingExtraError(
            f"{purpose} needs {package or module}, which is not installed; "
            f"install it with: pip install 'minutesai[{extra}]'"
        )
