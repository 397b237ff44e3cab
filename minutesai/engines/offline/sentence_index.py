"""Which sentences hold something: so a rule that skips every sentence without a figure or a
stance word visits only the few that have one, instead of asking about each sentence in turn."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from operator import le

from minutesai.engines.offline.sentences import Sentence


def sentences_holding(sentences: Sequence[Sentence], positions: Iterable[int]) -> list[int] | None:
    """Indices, in order and once each, of the sentences ``s`` with ``s.start <= p < s.end`` for some ``p`` in
    ``positions``; None when the sentences are not in text order without overlaps (then no such shortcut holds)."""
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    if not (all(map(le, starts, ends)) and all(map(le, ends[:-1], starts[1:]))):
        return None
    found = set()
    for p in positions:
        k = bisect.bisect_right(starts, p) - 1
        if k >= 0 and p < ends[k]:
            found.add(k)
    return sorted(found)
