"""Run each pattern once per document and answer per-sentence questions by bisection.

The rules ask "which metric words / numbers / direction words lie in this
clause?" thousands of times per document. Scanning the clause each time costs
a regex pass per question; scanning the whole text once per pattern and
slicing the sorted matches is what keeps the engine above 1 MB/s.

The cache holds the results for the most recent long text on this thread
(texts shorter than ``_SMALL`` are scanned directly).
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
SMALL = 400
_SMALL = SMALL
_local = threading.local()


_KEEP = 4
"""Texts remembered per thread: the document plus a few long quotes or sentences."""


def cached(text: str, key: Any, compute: Callable[[str], T]) -> T:
    """``compute(text)``, remembered for this text object under ``key``."""
    if len(text) < _SMALL:
        return compute(text)
    entries: list[tuple[str, dict]] | None = getattr(_local, "entries", None)
    if entries is None:
        entries = _local.entries = []
    for i, (known, found) in enumerate(entries):
        if known is text:
            results = found
            if i:
                entries.insert(0, entries.pop(i))
            break
    else:
        results = {}
        entries.insert(0, (text, results))
        del entries[_KEEP:]
    if key not in results:
        results[key] = compute(text)
    return results[key]


class Occupied:
    """Character positions already claimed by an earlier (higher-priority) match."""

    __slots__ = ("_marks",)

    def __init__(self, length: int) -> None:
        self._marks = bytearray(length + 1)

    def free(self, start: int, end: int) -> bool:
        return self._marks.find(1, start, end) < 0

    def take(self, start: int, end: int) -> None:
        self._marks[start:end] = b"\x01" * (end - start)


class _Matches:
    __slots__ = ("starts", "matches")

    def __init__(self, rx: re.Pattern[str], text: str) -> None:
        self.matches = list(rx.finditer(text))
        self.starts = [m.start() for m in self.matches]


def finditer_within(rx: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Matches of ``rx`` lying inside ``text[start:end]`` (from one whole-text scan)."""
    end = len(text) if end is None else end
    if len(text) < _SMALL:
        return list(rx.finditer(text, start, end))
    found = cached(text, rx, lambda t: _Matches(rx, t))
    i = bisect.bisect_left(found.starts, start)
    out = []
    while i < len(found.matches) and found.starts[i] < end:
        m = found.matches[i]
        if m.end() <= end:
            out.append(m)
        i += 1
    return out


def search_within(rx: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first match of ``rx`` inside ``text[start:end]``, or None."""
    end = len(text) if end is None else end
    if len(text) < _SMALL:
        return rx.search(text, start, end)
    found = cached(text, rx, lambda t: _Matches(rx, t))
    i = bisect.bisect_left(found.starts, start)
    while i < len(found.matches) and found.starts[i] < end:
        m = found.matches[i]
        if m.end() <= end:
            return m
        i += 1
    return None


def items_within(items: list[T], starts: list[int], start: int, end: int, end_of: Callable[[T], int]) -> list[T]:
    """Pre-sorted ``items`` (with their ``starts``) lying inside ``[start, end)``."""
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(items) and starts[i] < end:
        if end_of(items[i]) <= end:
            out.append(items[i])
        i += 1
    return out
