"""Cue words: the cheap "is any of these words in this span?" pre-check behind most rules.

Each rule asks its own cue set about one sentence or clause at a time, tens of
thousands of times per megabyte. On a document, one pass of a single pattern over
the lower-cased text finds where every cue word of every set starts; each question
is then a bisection into that set's list. Short texts are searched directly.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence

from minutesai.engines.offline import scan

_REGISTRY: list[Cues] = []
"""Every cue set made so far; the document-wide pass looks for all of their words."""

_combined: tuple[int, re.Pattern[str], re.Pattern[str], dict[str, tuple[tuple[int, int, int], ...]]] | None = None
"""(registry size it was built for, pattern at the text's start, pattern after its start, for each longest word:
(cue set, length, followed by a letter or digit: 0 no or not asked (prefix cue), 1 yes, -1 read the text) of
every cue in it)."""

_WORD_START = r"(?<![^\W_])"
"""A cue starts where no letter or digit comes just before."""


class Cues:
    """Literal cue words; answers "is any cue in this span?".

    Cues match at the start of a word; a cue written with a trailing ``$``
    ("red$") must also end there, so it does not fire inside "reduced". Other
    cues are prefixes ("improv" fires on "improvement"). The answer is exactly
    that of searching the span of the lower-cased text for a word start, a cue,
    and (for whole-word cues) no letter or digit after it before the span's end.
    """

    def __init__(self, words: tuple[str, ...]) -> None:
        global _combined
        self.words = words
        self._whole = {w[:-1].lower() for w in words if w.endswith("$")}
        self._prefixes = {w.lower() for w in words if not w.endswith("$")}
        parts = [scan.trie_pattern(self._prefixes)] if self._prefixes else []
        if self._whole:
            parts.append(f"(?:{scan.trie_pattern(self._whole)})(?![^\\W_])")
        self.rx = re.compile(_WORD_START + "(?:" + "|".join(parts) + ")")
        self._id = len(_REGISTRY)
        _REGISTRY.append(self)
        _combined = None

    def present(self, text: str, start: int, end: int) -> bool:
        global _last_index
        known = _last_index
        if known[0] is text and known[1] == len(_REGISTRY):  # (only long texts are remembered)
            index = known[2]
        elif len(text) < scan.SMALL:
            last = scan._last_lowered
            low = last[1] if last[0] is text else scan._lower(text)
            return low is None or self.rx.search(low, start, end) is not None
        else:  # (keyed by how many cue sets exist: a set made later gets a new index)
            index = scan.cached(text, ("cues", len(_REGISTRY)), _index_document)
            _last_index = (text, len(_REGISTRY), index)
        if index is None:
            return True
        starts, stops, exact_end = index[self._id]
        for i in range(bisect.bisect_left(starts, start), len(starts)):
            if starts[i] >= end:
                return False
            stop = stops[i]
            if stop <= end and (stop == end or not exact_end[i]):
                return True
        return False

    def present_each(self, text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
        """``[self.present(text, s, e) for s, e in spans]``, reading the document's marks once."""
        if len(text) < scan.SMALL or not spans:
            return [self.present(text, s, e) for s, e in spans]
        self.present(text, 0, 0)  # builds (or finds) this text's index and remembers it
        index = _last_index[2]
        if index is None:
            return [True] * len(spans)
        starts, stops, exact_end = index[self._id]
        size = len(starts)
        out = []
        for start, end in spans:
            i = bisect.bisect_left(starts, start)
            found = False
            while i < size and starts[i] < end:
                stop = stops[i]
                if stop <= end and (stop == end or not exact_end[i]):
                    found = True
                    break
                i += 1
            out.append(found)
        return out

    def starts(self, text: str) -> Sequence[int] | None:
        """Where this set's cue words start in a long text, read from the document-wide index
        (candidates: a whole-word cue may be followed by more letters); None for a short text
        or one without an index, which the caller searches directly."""
        global _last_index
        if len(text) < scan.SMALL:
            return None
        known = _last_index
        if known[0] is text and known[1] == len(_REGISTRY):
            index = known[2]
        else:
            index = scan.cached(text, ("cues", len(_REGISTRY)), _index_document)
            _last_index = (text, len(_REGISTRY), index)
        return None if index is None else index[self._id][0]


_Marks = tuple[array, array, bytearray]
"""One cue set's marks in a document, in order: starts, ends, and whether a whole-word cue
is followed by more letters there (so it is not a match). Arrays: a long document has
hundreds of thousands of marks, and tuples of ints would cost ~15x the memory."""

_last_index: tuple[str | None, int, list[_Marks] | None] = (None, 0, None)
"""The document asked about last, the registry size its index was built for, and that index:
one identity check on the hot path. Replaced as a whole tuple (atomic)."""


def _forget_index() -> None:
    global _last_index
    _last_index = (None, 0, None)


scan.on_forget(_forget_index)


def _follows(longest: str, length: int) -> int:
    """Whether a whole-word cue of ``length`` characters, found where the pass matched ``longest``, is followed
    by a letter or digit: 1 or 0 when ``longest`` goes on past it (its next letter decides, wherever it is
    found), -1 when they end together (the text after it decides)."""
    return -1 if length == len(longest) else int(longest[length].isalnum())


def _build() -> tuple[int, re.Pattern[str], re.Pattern[str], dict[str, tuple[tuple[int, int, int], ...]]]:
    """One pattern for every cue word of every set; at each word start it matches the longest
    cue word there, and every other cue word starting there is a prefix of that one.

    A word start is the text's start or a position after a character that is not a letter or digit
    (``[\\W_]``: not in ``[^\\W_]``). The pattern after the start matches that character and looks ahead
    for the word (a character class tested at each position is cheaper than a lookbehind there)."""
    words: set[str] = set()
    for cues in _REGISTRY:
        words |= cues._prefixes | cues._whole
    members: dict[str, tuple[tuple[int, int, int], ...]] = {}
    for longest in words:
        found = []
        for cues in _REGISTRY:
            for w in cues._prefixes | cues._whole:
                if longest.startswith(w):
                    if w in cues._prefixes:
                        found.append((cues._id, len(w), 0))
                    if w in cues._whole:
                        found.append((cues._id, len(w), _follows(longest, len(w))))
        members[longest] = tuple(found)
    ahead = "(?=(" + scan.trie_pattern(words) + "))"
    return len(_REGISTRY), re.compile(ahead), re.compile(r"[\W_]" + ahead), members


def _index_document(text: str) -> list[_Marks] | None:
    """For each cue set, its marks in the document (see ``_Marks``)."""
    global _combined
    low = scan.lowered(text)
    if low is None:
        return None
    combined = _combined
    if combined is None or combined[0] != len(_REGISTRY):
        combined = _combined = _build()
    _, at_start, after_start, members = combined
    kind = "i" if len(low) < 2**31 else "q"
    index: list[_Marks] = [(array(kind), array(kind), bytearray()) for _ in range(combined[0])]
    adders = [(starts.append, stops.append, exact_end.append) for starts, stops, exact_end in index]
    size = len(low)
    first = at_start.match(low)
    if first:
        _mark(adders, members[first.group(1)], 0, low, size)
    # one mark at a time (no list of every cue word found: a long document has millions of them);
    # the match is the character before the word, so it ends where the word starts
    for m in after_start.finditer(low):
        at = m.end()
        for cue_id, length, follows in members[m.group(1)]:
            add_start, add_stop, add_exact = adders[cue_id]
            stop = at + length
            add_start(at)
            add_stop(stop)
            add_exact(follows if follows >= 0 else stop < size and low[stop].isalnum())
    return index


def _mark(adders: list, found: tuple[tuple[int, int, int], ...], at: int, low: str, size: int) -> None:
    """The marks of the cue words ``found`` at ``at`` (the loop of ``_index_document``, for the text's start)."""
    for cue_id, length, follows in found:
        add_start, add_stop, add_exact = adders[cue_id]
        stop = at + length
        add_start(at)
        add_stop(stop)
        add_exact(follows if follows >= 0 else stop < size and low[stop].isalnum())
