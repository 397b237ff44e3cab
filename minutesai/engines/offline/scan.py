"""Fast scanning for the rules: the per-document cache, cue pre-checks and
case-insensitive patterns that run several times faster than ``re.IGNORECASE``.

The rules ask "which metric words / numbers / direction words lie in this
clause?" thousands of times per document. The vocabularies asked about
everywhere (metric terms, direction words, stance words) are scanned once per
document and sliced by bisection; the rest run on one sentence at a time,
only when a cheap literal cue says they can match.

* :func:`cached` remembers per-document results (keyed by the text object).
* :class:`Cues` answers "is any of these words in this span?".
* :class:`LowerScanner` runs a case-insensitive pattern case-sensitively on the
  lower-cased text, behind a lookahead built from the literal prefixes every
  match must start with (read from the pattern's parse tree).
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from minutesai.engines.offline import guards

T = TypeVar("T")
SMALL = 400
_SMALL = SMALL
_local = threading.local()


_KEEP = 4
"""Texts remembered per thread: the document plus a few long quotes or sentences."""


_current: tuple[str | None, dict] = (None, {})
"""The most recent long text and its results: one identity check on the hot path.
Replaced as a whole tuple (atomic), so threads never see another text's results."""


def cached(text: str, key: Any, compute: Callable[[str], T]) -> T:
    """``compute(text)``, remembered for this text object under ``key``."""
    global _current
    current = _current
    if current[0] is text:
        results = current[1]
        if key not in results:
            results[key] = compute(text)
        return results[key]
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
    _current = (text, results)
    if key not in results:
        results[key] = compute(text)
    return results[key]


_forgetters: list[Callable[[], None]] = []


def on_forget(reset: Callable[[], None]) -> None:
    """Register ``reset``, which drops a module's own record of the text asked about last (see :func:`forget`)."""
    _forgetters.append(reset)


def forget() -> None:
    """Drop every remembered text and all that was built from it: this thread's cache and the
    "asked about last" records. Only speed depends on them; a caller done with a long text calls
    this so its indexes (several times the text's size) are not held beside the next text's."""
    global _current, _last_lowered
    _current = (None, {})
    _last_lowered = (None, None)
    _local.entries = []
    for reset in _forgetters:
        reset()


class Occupied:
    """Character positions already claimed by an earlier (higher-priority) match."""

    __slots__ = ("_marks",)

    def __init__(self, length: int) -> None:
        self._marks = bytearray(length + 1)

    def free(self, start: int, end: int) -> bool:
        return self._marks.find(1, start, end) < 0

    def take(self, start: int, end: int) -> None:
        self._marks[start:end] = b"\x01" * (end - start)


def items_within(items: list[T], starts: list[int], start: int, end: int, end_of: Callable[[T], int]) -> list[T]:
    """Pre-sorted ``items`` (with their ``starts``) lying inside ``[start, end)``."""
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end, i)
    if i == j:
        return []
    return [x for x in items[i:j] if end_of(x) <= end]


def run_within(items: list[T], starts: list[int], ends: list[int], start: int, end: int) -> list[T]:
    """``items_within`` for items from one left-to-right scan (no two overlap, so ``ends`` rise with
    ``starts``): the items inside ``[start, end)`` are one run, found by bisection alone."""
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end, i)
    if i == j:
        return []
    return items[i:bisect.bisect_right(ends, end, i, j)]


class LastRuns(Generic[T]):
    """Items from one left-to-right scan of a long text (no two overlap), with their starts and ends, kept
    for the text asked about last: one identity check on the hot path, the document cache behind it.
    The record is replaced as a whole tuple (atomic); holding the text keeps its identity unique."""

    def __init__(self, key: str, scan_items: Callable[[str], list[T]], start_of: Callable[[T], int],
                 end_of: Callable[[T], int]) -> None:
        self._key = key
        self._build = lambda t: self._with_bounds(scan_items(t), start_of, end_of)
        self._last: tuple[str | None, list[T], list[int], list[int]] = (None, [], [], [])
        on_forget(self._forget)

    def _forget(self) -> None:
        self._last = (None, [], [], [])

    @staticmethod
    def _with_bounds(items: list[T], start_of: Callable[[T], int], end_of: Callable[[T], int]
                     ) -> tuple[list[T], list[int], list[int]]:
        return items, [start_of(x) for x in items], [end_of(x) for x in items]

    def runs(self, text: str) -> tuple[list[T], list[int], list[int]]:
        last = self._last
        if last[0] is not text:
            items, starts, ends = cached(text, self._key, self._build)
            last = self._last = (text, items, starts, ends)
        return last[1], last[2], last[3]

    def within(self, text: str, start: int, end: int) -> list[T]:
        """The items inside ``text[start:end]``."""
        items, starts, ends = self.runs(text)
        return run_within(items, starts, ends, start, end)


def lowered(text: str) -> str | None:
    """``text.lower()`` for cue checks, or None when lower-casing changes offsets."""
    last = _last_lowered
    if last[0] is text:
        return last[1]
    return _lower(text)


_last_lowered: tuple[str | None, str | None] = (None, None)
"""The text asked about last and its lower-cased form: the scanners ask about one text
many times in a row. Replaced as a whole tuple (atomic); holding the text keeps its id unique."""


def _lower(text: str) -> str | None:
    global _last_lowered
    low: str | None = text.lower() if len(text) < _SMALL else cached(text, "lower", str.lower)
    if low is not None and len(low) != len(text):
        low = None
    _last_lowered = (text, low)
    return low


CASE_BLIND_ODDITIES = ("ı", "ſ", "İ")
"""The only characters a case-blind regex takes for an ASCII letter while ``str.lower`` does not
(checked over all of Unicode in the tests)."""


def lowers_like_ignorecase(text: str) -> bool:
    """True when an all-lower-case ASCII pattern finds in ``text.lower()`` what it finds in
    ``text`` with ``re.IGNORECASE`` (no character in ``text`` folds differently)."""
    return text.isascii() or not any(c in text for c in CASE_BLIND_ODDITIES)


def lowered_for_gates(text: str) -> str | None:
    """``text.lower()`` when a plain substring test on it can rule out a case-blind regex
    (same length, no character that folds differently); else None. Remembered per document."""
    last = _last_lowered
    low = last[1] if last[0] is text else _lower(text)
    if low is None or len(text) < _SMALL:
        return low if low is not None and lowers_like_ignorecase(text) else None
    return low if cached(text, "gates_ok", lowers_like_ignorecase) else None


def lower_pattern(pattern: str) -> str:
    """Lower-case the literal letters of a regex, leaving escapes (\\b, \\S, \\W ...) alone."""
    out: list[str] = []
    escaped = False
    for ch in pattern:
        keep = escaped or (ch == "P" and out[-2:] == ["(", "?"])  # (?P<name>...)
        out.append(ch if keep else ch.lower())
        escaped = not escaped and ch == "\\"
    return "".join(out)


_PREFIX_LENGTH = 4
_MAX_PREFIXES = 400


_END = "\x00"
"""Marks a prefix that is complete: a wildcard or the length limit came next."""


def literal_prefixes(pattern: str) -> set[str] | None:
    """Literal strings one of which every match of ``pattern`` starts with (up to 3 characters).

    Read from the regex parse tree; None when a match could start with anything
    (then the pattern is simply run everywhere).
    """
    try:
        from re import _constants as sre_c  # type: ignore[attr-defined]
        from re import _parser as sre_p  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as sre_c  # type: ignore[no-redef]
        import sre_parse as sre_p  # type: ignore[no-redef]
    try:
        found = _sequence(list(sre_p.parse(pattern)), sre_c)
    except Exception:  # noqa: BLE001 - an unreadable or too open pattern is just run everywhere
        return None
    prefixes = {x.replace(_END, "") for x in found}
    if not prefixes or "" in prefixes or len(prefixes) > _MAX_PREFIXES:
        return None
    return prefixes


def starts_at_word_boundary(pattern: str) -> bool:
    """True when every match of ``pattern`` must begin with ``\\b`` (each alternative opens with it)."""
    try:
        from re import _constants as sre_c  # type: ignore[attr-defined]
        from re import _parser as sre_p  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as sre_c  # type: ignore[no-redef]
        import sre_parse as sre_p  # type: ignore[no-redef]

    def opens(items: list) -> bool:
        if not items:
            return False
        op, av = items[0]
        if op is sre_c.AT:
            return av is sre_c.AT_BOUNDARY
        if op is sre_c.SUBPATTERN:
            return opens(list(av[-1]))
        if op is sre_c.BRANCH:
            return all(opens(list(branch)) for branch in av[1])
        return False

    try:
        return opens(list(sre_p.parse(pattern)))
    except Exception:  # noqa: BLE001 - unreadable: no extra guard
        return False


def _extend(base: str, more: str) -> str:
    if base.endswith(_END):
        return base
    joined = base + more
    core = joined.replace(_END, "")
    if _END in joined or len(core) >= _PREFIX_LENGTH:
        return core[:_PREFIX_LENGTH] + _END
    return core


def _sequence(items: list, c) -> set[str]:
    """Prefixes of a sequence of parse items; complete ones end with ``_END``."""
    partial = {""}
    done: set[str] = set()
    for op, av in items:
        if not partial:
            break
        options = _item(op, av, c)
        grown = {_extend(base, opt) for base in partial for opt in options}
        partial = {g for g in grown if not g.endswith(_END)}
        done |= grown - partial
        if len(done) + len(partial) > _MAX_PREFIXES:
            raise ValueError("too many prefixes")
    return done | partial


def _item(op, av, c) -> set[str]:
    if op is c.LITERAL:
        return {chr(av)}
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}
    if op is c.IN:
        chars = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 30:
                chars.update(chr(x) for x in range(value[0], value[1] + 1))
            else:
                return {_END}
        return chars
    if op is c.SUBPATTERN:
        return _sequence(list(av[-1]), c)
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            out |= _sequence(list(branch), c)
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _, body = av
        once = _sequence(list(body), c)
        return once | {""} if low == 0 else once
    return {_END}  # any other construct may start with anything: stop here


def _class_char(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


def trie_pattern(words: set[str] | list[str] | tuple[str, ...]) -> str:
    """A regex matching any of ``words``, shaped as a trie so the engine tries one branch per letter."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        leaves = [ch for ch, child in sorted(node.items()) if ch and child == {"": {}}]
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch and ch not in leaves]
        if len(leaves) > 1:  # single letters ending a word: one character class ("[0-9]" rather than "0|1|...|9")
            branches.insert(0, "[" + "".join(_class_char(c) for c in leaves) + "]")
        else:
            branches = [re.escape(c) for c in leaves] + branches
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(tree)


class LowerScanner:
    """A case-insensitive pattern run case-sensitively on the lower-cased text.

    Several times faster than ``re.IGNORECASE``. When every match must begin with
    one of a few literal prefixes, a trie-shaped lookahead of those prefixes is
    put in front, so the engine rejects most positions with one cheap test; else, when
    its first character is one of a few, a lookahead of that class.
    Matched text (``m.group()``) is lower-case; offsets are the original text's.
    Falls back to IGNORECASE when lower-casing would change the text's length.
    """

    def __init__(self, pattern: str) -> None:
        lowered_pattern = lower_pattern(pattern)
        prefixes = literal_prefixes(lowered_pattern)
        first = None if prefixes else guards.first_char_class(lowered_pattern)
        guard = f"(?=(?:{trie_pattern(prefixes)}))" if prefixes else f"(?={first})" if first else ""
        if guard and starts_at_word_boundary(lowered_pattern):
            guard = r"\b" + guard  # a cheaper test first: most positions are inside words
        self.rx = re.compile(f"{guard}(?:{lowered_pattern})")
        self.rx_i = re.compile(pattern, re.IGNORECASE)
        self.guarded = bool(guard)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
        end = len(text) if end is None else end
        last = _last_lowered
        low = last[1] if last[0] is text else _lower(text)
        if low is None:
            return list(self.rx_i.finditer(text, start, end))
        return list(self.rx.finditer(low, start, end))

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        end = len(text) if end is None else end
        last = _last_lowered
        low = last[1] if last[0] is text else _lower(text)
        if low is None:
            return self.rx_i.search(text, start, end)
        return self.rx.search(low, start, end)


from minutesai.engines.offline.cues import Cues  # noqa: E402 - uses this module's cache

__all__ = ["Cues", "LowerScanner", "cached", "lowered", "trie_pattern"]
