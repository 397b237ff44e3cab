"""Which sentences a rule can possibly fire on, read from the document-wide cue pass.

The decision and action rules ask a dozen patterns about every sentence, yet only a
few sentences in ten hold a decision or a commitment. Each rule needs some word to
be there ("agreed", "would", "RESOLVED" ...) at the start of a word, so a
:class:`Gate` registers those words as a cue set: the cue pass (:mod:`cues`), which
the figure and stance rules run over the document anyway, marks where they start,
and a rule only looks at the sentences holding a mark.

A gate must be conservative: it may let through sentences the rule then rejects,
but never hold back one the rule would match. So a gate word is a literal that
every match of the rule holds at a word start (after whitespace, ``\\b`` or the
start of the sentence), and a ``follow`` pattern checked at the mark is a relaxed
copy of the rule from that word on (no end-of-word tests, nothing that looks past
the sentence's end). Where a gate cannot answer (a short text, one whose lower-cased
form is not a faithful stand-in for the case-blind patterns) every sentence is a
candidate. tests/test_offline_sentence_gates.py checks each gate against its rule.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from minutesai.engines.offline import scan
from minutesai.engines.offline.sentences import Sentence


def gate_text(text: str) -> str | None:
    """The lower-cased text gates read, or None when every sentence must be a candidate: a short
    text (no cue pass), or one whose lower case changes length or holds a character such as 'ſ'
    that a case-blind regex takes for an ASCII letter."""
    if len(text) < scan.SMALL:
        return None
    return scan.lowered_for_gates(text)


class Gate:
    """Word starts (lower-cased prefix cues) where a rule's match may lie, optionally narrowed by ``follow``
    (a pattern the lower-cased text must match at the word)."""

    def __init__(self, words: tuple[str, ...], follow: str | None = None) -> None:
        self.cues = scan.Cues(words)
        self.follow = re.compile(follow) if follow else None

    def marks(self, text: str) -> list[int] | None:
        """Where this gate's words start in ``text``, in order; None when this text cannot be gated."""
        low = gate_text(text)
        starts = self.cues.starts(text) if low is not None else None
        return None if starts is None else list(starts)

    def positions(self, text: str) -> list[int] | None:
        """The marks where ``follow`` matches (all of them without one); None when this text cannot be gated."""
        marks = self.marks(text)
        low = gate_text(text)
        if marks is None or low is None or self.follow is None:
            return marks
        match = self.follow.match
        return [p for p in marks if match(low, p)]


def sentences_at(sentences: Sequence[Sentence], starts: Sequence[int], positions: Iterable[int]) -> set[int]:
    """Indices of the sentences holding at least one of ``positions`` (``starts``: each sentence's start)."""
    hit: set[int] = set()
    for pos in positions:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos < sentences[k].end:
            hit.add(k)
    return hit


def sentence_starts(sentences: Sequence[Sentence]) -> list[int]:
    return [s.start for s in sentences]


def next_candidate(cands: list[int] | None, i: int, n: int) -> int:
    """The first candidate index at or after ``i`` (``n`` when none is left; ``i`` itself when every sentence is one)."""
    if cands is None:
        return i
    k = bisect.bisect_left(cands, i)
    return cands[k] if k < len(cands) else n
