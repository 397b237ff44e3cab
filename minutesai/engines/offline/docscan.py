"""Scans tried only where a match can start.

A vocabulary scanned over a whole document (metric terms, direction words,
measure nouns, names of bodies) is a :class:`scan.LowerScanner` whose every
match begins at a word start with one of a few literal prefixes. The regex
engine still tries every position of the text, and that per-position cost is
most of a scan. :class:`DocumentScanner` instead finds, in one pass for all
such vocabularies together, the word starts holding one of their prefixes,
and tries each pattern only at its own candidates.

The matches are exactly those of ``scanner.finditer(text)``: every match
starts at a word start holding one of its prefixes (so the pass finds it),
candidates are tried in text order, and a candidate inside the previous
match is skipped, as a left-to-right scan would.

:class:`SpanScanner` does the same for patterns run on one sentence at a time
(counts, percentages ...), reading the candidates of a shared cue set from
the document-wide cue pass (:mod:`cues`) by bisection.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable, Sequence

from minutesai.engines.offline import scan

try:
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_p  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_p  # type: ignore[no-redef]


def opens_after_non_alnum(pattern: str) -> bool:
    """True when no match of ``pattern`` can start right after a letter or digit: every alternative
    opens (past any lookahead) with ``\\b`` or with a lookbehind that rules out every word character."""

    def opens(items: list) -> bool:
        for op, av in items:
            if op is _sre_c.ASSERT and av[0] == 1:
                continue  # a lookahead consumes nothing: the next item decides
            if op is _sre_c.AT:
                return av is _sre_c.AT_BOUNDARY
            if op is _sre_c.ASSERT_NOT and av[0] == -1:
                body = list(av[1])
                return len(body) == 1 and body[0][0] is _sre_c.IN and (_sre_c.CATEGORY, _sre_c.CATEGORY_WORD) in body[0][1]
            if op is _sre_c.SUBPATTERN:
                return opens(list(av[-1]))
            if op is _sre_c.BRANCH:
                return all(opens(list(branch)) for branch in av[1])
            return False
        return False

    try:
        return opens(list(_sre_p.parse(pattern)))
    except Exception:  # noqa: BLE001 - unreadable: scanned in full
        return False


def _one_sequence(pattern: str) -> bool:
    """True when ``pattern`` has no top-level alternation (so its opening group opens every match)."""
    try:
        items = list(_sre_p.parse(pattern))
    except Exception:  # noqa: BLE001
        return False
    return bool(items) and items[0][0] is _sre_c.SUBPATTERN


_OTHER_DIGIT = re.compile(r"[^\x00-\x7f](?<=\d)")


def _other_digits(text: str) -> bool:
    """True when ``text`` holds a decimal digit outside ASCII ("٣"), which ``\\d`` matches (remembered per document)."""
    return not text.isascii() and scan.cached(text, "other digits", lambda t: _OTHER_DIGIT.search(t) is not None)


def _covers(first_words: scan.Cues, prefixes: set[str] | None) -> bool:
    """Every literal prefix a match can open with begins with one of the cue words (so each match start is marked)."""
    words = first_words._prefixes
    return prefixes is not None and all(p[:1].isalnum() and any(p.startswith(w) for w in words) for p in prefixes)


class DocumentScanner:
    """``scanner.finditer`` over a whole long document, tried only at its candidate starts (see the module)."""

    def __init__(self, scanner: scan.LowerScanner, by_opening: bool = False) -> None:
        """With ``by_opening``, each candidate is tried only with the pattern's top-level alternatives
        that can start with the word found there (worth it for a long list of alternatives)."""
        self.scanner = scanner
        pattern = scan.lower_pattern(scanner.rx_i.pattern)
        prefixes = scan.literal_prefixes(pattern)
        usable = (prefixes is not None and scan.starts_at_word_boundary(pattern)
                  and all(p[:1].isalnum() for p in prefixes))
        # (a match must begin at \b before a letter or digit: where no letter or digit comes just before)
        self.prefixes: frozenset[str] = frozenset(prefixes) if usable and prefixes else frozenset()
        self.id = len(_SCANNERS)
        _SCANNERS.append(self)
        lowered = top_level_alternatives(pattern) if by_opening else []
        if by_opening and len(lowered) < 2:
            raise ValueError("no top-level alternatives to choose from")
        self._alternatives = lowered
        self._opening = [scan.literal_prefixes(a) for a in lowered]
        self._by_word: dict[str, Callable[..., re.Match[str] | None]] = {}
        self._by_choice: dict[tuple[bool, ...], Callable[..., re.Match[str] | None]] = {}

    def _matcher(self, word: str) -> Callable[..., re.Match[str] | None]:
        """``match`` of the pattern cut down to the alternatives that can begin where ``word`` (the longest
        candidate prefix) was found: one whose every opening differs from ``word`` within both cannot match
        there, and the others keep their order, so the first to match is the one the whole pattern takes."""
        kept = [opening is None or any(word.startswith(p) or p.startswith(word) for p in opening) for opening in self._opening]
        found: Callable[..., re.Match[str] | None]
        if all(kept):
            found = self.scanner.rx.match
        elif not any(kept):
            found = _no_match
        elif tuple(kept) in self._by_choice:
            found = self._by_choice[tuple(kept)]
        else:  # a dropped alternative fails at once ("(?!)") but keeps its groups: the same groups, numbered alike
            parts = [a if keep else _never(a) for a, keep in zip(self._alternatives, kept, strict=True)]
            found = self._by_choice[tuple(kept)] = re.compile(r"\b(?:" + "|".join(parts) + ")").match
        self._by_word[word] = found
        return found

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Every match in ``text`` (offsets of ``text``; matched text lower-cased), as ``scanner.finditer(text)``."""
        low = scan.lowered(text) if self.prefixes and len(text) >= scan.SMALL else None
        if low is None:
            return self.scanner.finditer(text)
        starts, words = scan.cached(text, ("document candidates", len(_SCANNERS)), _candidates)[self.id]
        found = []
        after = 0
        if not self._alternatives:
            match = self.scanner.rx.match
            for at in starts:
                if at >= after and (m := match(low, at)) is not None:
                    found.append(m)
                    after = m.end()
            return found
        by_word = self._by_word
        for at, word in zip(starts, words, strict=True):
            if at >= after and (m := (by_word.get(word) or self._matcher(word))(low, at)) is not None:
                found.append(m)
                after = m.end()
        return found


def _no_match(low: str, at: int) -> None:
    return None


def _never(alternative: str) -> str:
    """An alternative that never matches and holds the same capturing groups as ``alternative``: just
    those groups, empty, when it has at most one (cheap to compile), else the whole alternative."""
    compiled = re.compile(alternative)
    if compiled.groups == 0:
        return "(?!)"
    if compiled.groups == 1:
        names = list(compiled.groupindex)
        return f"(?!)(?P<{names[0]}>)" if names else "(?!)()"
    return "(?!)" + alternative


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of ``pattern``'s top-level "|" ([pattern] when it has none): cut at each "|" outside
    brackets, character classes and escapes (each part must compile on its own)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 2 if pattern.startswith(("[]", "[^"), i) else 1  # a "]" first in a class is a literal
            if pattern.startswith("[^]", i - 2):
                i += 1
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    if "|".join(parts) != pattern:
        raise ValueError("could not cut the pattern into its alternatives")
    for part in parts:  # a cut inside brackets or a class would leave a part that does not compile
        re.compile(part)
    return parts


_SCANNERS: list[DocumentScanner] = []
_union: tuple[int, re.Pattern[str], re.Pattern[str], dict[str, tuple[str, tuple[int, ...]]]] | None = None


def _candidates(text: str) -> list[tuple[array, list[str]]]:
    """For each document scanner, the word starts of ``text`` holding one of its prefixes (one pass for all),
    and the longest prefix (of any scanner) found at each."""
    global _union
    if _union is None or _union[0] != len(_SCANNERS):
        words = set().union(*(d.prefixes for d in _SCANNERS))
        # at each word start the pass matches the longest prefix there; every other one there is a prefix of it
        # (the word itself, which scanners own it): the candidates keep this one copy of each word
        owners = {w: (w, tuple(d.id for d in _SCANNERS if any(w.startswith(p) for p in d.prefixes))) for w in words}
        # A match starts at the text's start or after a character that is not a word character, so never
        # after an ASCII letter, digit or "_" (the lower-cased text has no capitals): the pass steps over
        # those with one character-class test each and looks for a prefix only just after any other
        # character (a few of which, such as "é", cannot precede a match: the scanners check \b themselves).
        trie = scan.trie_pattern(words)
        _union = (len(_SCANNERS), re.compile(r"[^0-9a-z_](?=(" + trie + "))"), re.compile(f"(?=({trie}))"), owners)
    _, pattern, at_start, owners = _union
    low = scan.lowered(text) or ""
    out: list[tuple[array, list[str]]] = [(array("q"), []) for _ in _SCANNERS]
    adders = [(starts.append, seen.append) for starts, seen in out]
    first = at_start.match(low)
    if first:
        word, ids = owners[first.group(1)]
        for i in ids:
            add_start, add_word = adders[i]
            add_start(0)
            add_word(word)
    # one candidate at a time, each word kept as the one string ``owners`` holds: a long document has
    # millions of candidates, and a list of pairs or a fresh string per candidate was much of the run's
    # memory; the match is the character before the word, so it ends where the word starts
    for m in pattern.finditer(low):
        at = m.end()
        word, ids = owners[m.group(1)]
        for i in ids:
            add_start, add_word = adders[i]
            add_start(at)
            add_word(word)
    return out


class SpanScanner(scan.LowerScanner):
    """A :class:`scan.LowerScanner` whose ``finditer`` / ``search`` over a span of a long document try the
    pattern only where one of ``first_words`` starts (read from the document-wide cue pass).

    No match may start right after a letter or digit (checked here), and ``first_words``, which several
    scanners may share (the cue pass then marks each position once for all of them), must hold a word
    opening every match: checked here from the pattern's literal prefixes, or, for a pattern opening
    with one of ``openings`` (a number in digits or words), promised by the caller's ``first_words``
    for every ASCII digit and number word; a document holding other decimal digits is scanned in full.
    Otherwise the pattern is always scanned in full."""

    def __init__(self, pattern: str, first_words: scan.Cues, openings: tuple[str, ...] = ()) -> None:
        super().__init__(pattern)
        lowered = scan.lower_pattern(pattern)
        self.numbers_first = bool(openings) and pattern.startswith(openings) and _one_sequence(lowered)
        covered = self.numbers_first or _covers(first_words, scan.literal_prefixes(lowered))
        self.first_words: scan.Cues | None = first_words if covered and opens_after_non_alnum(lowered) else None

    def _candidates(self, text: str, start: int, end: int) -> tuple[Sequence[int], str] | None:
        if len(text) < scan.SMALL or self.first_words is None:
            return None
        starts = self.first_words.starts(text)
        low = scan.lowered(text) if starts is not None else None
        if starts is None or low is None or (self.numbers_first and _other_digits(text)):
            return None
        return starts[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)], low

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        end = len(text) if end is None else end
        found = self._candidates(text, start, end)
        if found is None:
            return super().finditer(text, start, end)
        match = self.rx.match
        out = []
        after = start
        starts, low = found
        for at in starts:
            if at >= after and (m := match(low, at, end)) is not None:
                out.append(m)
                after = m.end()
        return out

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        end = len(text) if end is None else end
        found = self._candidates(text, start, end)
        if found is None:
            return super().search(text, start, end)
        match = self.rx.match
        starts, low = found
        for at in starts:
            if (m := match(low, at, end)) is not None:
                return m
        return None
