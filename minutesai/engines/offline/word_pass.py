"""One pass over a long document for both word-start indexes: the cue marks (:mod:`cues`) and the
document scanners' candidates (:mod:`docscan`).

Each index is built from a scan of the lower-cased text for the longest word of its vocabulary
starting after a character that cannot precede a word (cues: not a letter or digit; document
scanners: not an ASCII lower-case letter, digit or "_"). Both scans step through every character,
most of their cost. This pass looks once for the longest word of the two vocabularies together,
after any character but an ASCII lower-case letter or digit, and hands each position to the index
whose own rule allows that character. Every word of either vocabulary starting at a position is a
prefix of the longest word of the two found there, so the longest word of each vocabulary there,
and the marks each index records, follow from that one word: the indexes are exactly those the
two separate scans build (tests/test_offline_word_pass.py compares them).
"""

from __future__ import annotations

import re
from array import array

from minutesai.engines.offline import cues as cue_index
from minutesai.engines.offline import scan

_Entry = tuple[tuple[tuple[int, int, int], ...], str, tuple[int, ...]]
"""For a word the pass finds: the cue marks it makes (as ``cues._build``'s members), the longest
document-scanner prefix in it and the scanners owning that prefix ("" and () when there is none)."""

_plan: tuple[int, int, re.Pattern[str], re.Pattern[str], dict[str, _Entry]] | None = None
"""(cue sets, document scanners it was built for, pattern at the text's start, pattern after it, entries)."""

_CANDIDATES = "document candidates"
"""docscan's cache key (with its scanner count) for a text's candidates."""


def _build(scanners: list) -> tuple[int, int, re.Pattern[str], re.Pattern[str], dict[str, _Entry]]:
    cue_words: set[str] = set()
    for cues in cue_index._REGISTRY:
        cue_words |= cues._prefixes | cues._whole
    scan_words: set[str] = set().union(*(d.prefixes for d in scanners))
    entries: dict[str, _Entry] = {}
    for word in cue_words | scan_words:
        marks = []
        for cues in cue_index._REGISTRY:
            for w in cues._prefixes | cues._whole:
                if word.startswith(w):
                    if w in cues._prefixes:
                        marks.append((cues._id, len(w), 0))
                    if w in cues._whole:
                        marks.append((cues._id, len(w), cue_index._follows(word, len(w))))
        in_word = [w for w in scan_words if word.startswith(w)]
        longest = max(in_word, key=len) if in_word else ""
        owners = tuple(d.id for d in scanners if any(longest.startswith(p) for p in d.prefixes)) if longest else ()
        entries[word] = (tuple(marks), longest, owners)
    ahead = "(?=(" + scan.trie_pattern(cue_words | scan_words) + "))"
    return len(cue_index._REGISTRY), len(scanners), re.compile(ahead), re.compile("[^0-9a-z]" + ahead), entries


def cue_marks_and_candidates(text: str, low: str) -> list[cue_index._Marks] | None:
    """The cue marks of long ``text`` (``low``: its lower-cased form, of the same length), from a pass that
    also finds the document scanners' candidates and stores them in the document cache for
    :mod:`docscan`; None (the caller scans for the cues alone) when no document scanner exists or the
    candidates are already known."""
    global _plan
    from minutesai.engines.offline import docscan

    scanners = docscan._SCANNERS
    key = (_CANDIDATES, len(scanners))
    if not scanners or scan.known(text, key):
        return None
    plan = _plan
    if plan is None or plan[0] != len(cue_index._REGISTRY) or plan[1] != len(scanners):
        plan = _plan = _build(scanners)
    count, _, at_start, after_start, entries = plan
    kind = "i" if len(low) < 2**31 else "q"
    index: list[cue_index._Marks] = [(array(kind), array(kind), bytearray()) for _ in range(count)]
    add_marks = [(starts.append, stops.append, exact_end.append) for starts, stops, exact_end in index]
    candidates: list[tuple[array, list[str]]] = [(array("q"), []) for _ in scanners]
    add_candidates = [(starts.append, seen.append) for starts, seen in candidates]
    size = len(low)
    first = at_start.match(low)
    found = [(0, first.group(1), " ")] if first else []  # (the text's start: open to both)
    for at, word, before in found:
        _record(entries[word], at, before, low, size, add_marks, add_candidates)
    # the loop of _record, inlined: it runs for every word start the pass finds
    for m in after_start.finditer(low):
        at = m.end()  # the match is the character before the word
        marks, longest, owners = entries[m.group(1)]
        before = low[at - 1]
        if marks and (before == " " or not before.isalnum()):
            for cue_id, length, follows in marks:
                add_start, add_stop, add_exact = add_marks[cue_id]
                stop = at + length
                add_start(at)
                add_stop(stop)
                add_exact(follows if follows >= 0 else stop < size and low[stop].isalnum())
        if owners and before != "_":
            for i in owners:
                add_start, add_word = add_candidates[i]
                add_start(at)
                add_word(longest)
    scan.remember(text, key, candidates)
    return index


def _record(entry: _Entry, at: int, before: str, low: str, size: int, add_marks: list, add_candidates: list) -> None:
    marks, longest, owners = entry
    if marks and not before.isalnum():
        for cue_id, length, follows in marks:
            add_start, add_stop, add_exact = add_marks[cue_id]
            stop = at + length
            add_start(at)
            add_stop(stop)
            add_exact(follows if follows >= 0 else stop < size and low[stop].isalnum())
    if owners and before != "_":
        for i in owners:
            add_start, add_word = add_candidates[i]
            add_start(at)
            add_word(longest)
