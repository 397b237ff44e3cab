"""Literal pre-tests read from a pattern: words one of which every match must contain.

Most sentences a figure rule scans hold none of the words its pattern needs (a
"ranked 3rd of 32" pattern on a sentence without "rank", "plac" or "posi"), yet a
scan of the sentence costs microseconds where a substring test costs tens of
nanoseconds. :func:`needed_literals` reads such words from the regex parse tree:
a match of a sequence ``A1 A2 ... An`` holds a match of every tail ``Ai ... An``,
which begins with one of that tail's literal prefixes (:func:`scan.literal_prefixes`
reasoning, applied from item ``i`` on). Of the tails, the one whose prefixes are
longest (then fewest) is kept.

:class:`Needs` answers "can the scanner match in this sentence?" from the lower-cased
sentence. The answer is exact for what :class:`scan.LowerScanner` finds: it runs the
lower-cased pattern on the lower-cased text, or, when lower-casing changes the text's
length, the case-blind pattern on the text itself, which takes a character for an
ASCII letter only when its lower case is that letter, unless the character is one of
``scan.CASE_BLIND_ODDITIES`` (then every sentence is let through).
"""

from __future__ import annotations

import re

from minutesai.engines.offline import scan

try:
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_p  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_p  # type: ignore[no-redef]

_MAX_WORDS = 40
"""More words than this cost more to test than the scan they would save."""


def needed_literals(pattern: str) -> tuple[str, ...] | None:
    """Words (lower-case, at most 4 characters) one of which every match of ``pattern`` contains, or None."""
    lowered = scan.lower_pattern(pattern)
    try:
        items = list(_sre_p.parse(lowered))
    except Exception:  # noqa: BLE001 - unreadable: no pre-test
        return None
    best: tuple[tuple[int, int], tuple[str, ...]] | None = None
    for i in range(len(items)):
        try:
            found = scan._sequence(items[i:], _sre_c)
        except ValueError:  # too many prefixes
            continue
        words = {w.replace(scan._END, "") for w in found}
        if not words or "" in words or len(words) > _MAX_WORDS:
            continue
        words = {w for w in words if not any(o != w and w.startswith(o) for o in words)}  # "rank" covers "ranke"
        score = (min(len(w) for w in words), -len(words))
        if best is None or score > best[0]:
            best = (score, tuple(sorted(words)))
    return best[1] if best is not None else None


class Needs:
    """The words a scanner's matches need (see the module); ``absent(sent, low)`` says a sentence holds none."""

    __slots__ = ("words", "also")

    def __init__(self, scanner: scan.LowerScanner | None = None, words: tuple[str, ...] = (),
                 also: re.Pattern[str] | None = None) -> None:
        """``words`` (lower-case) replaces what the parse tree gives: for a pattern whose every alternative
        needs a word the tails miss (a test over the corpora must then pin it). ``also``: a pattern searched
        in the lower-cased text when no word is there, for a shape no literal test can vouch for."""
        words = words or (needed_literals(scanner.rx_i.pattern) if scanner is not None else None) or ()
        if not words:
            raise ValueError("no literal every match needs")
        self.words = words
        self.also = also

    def absent(self, sentence: str, low: str) -> bool:
        """True when no match can lie in ``sentence`` (``low`` is ``sentence.lower()``)."""
        for w in self.words:
            if w in low:
                return False
        if self.also is not None and self.also.search(low):
            return False
        return sentence.isascii() or scan.lowers_like_ignorecase(sentence)
