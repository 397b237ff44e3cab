""""Is there a match in ``text[start:end]``?" for a pattern that opens with ``\\b`` before a word,
asked thousands of times over short windows (the words just before a stance phrase).

The regex engine tries such a pattern at every position of the window, a costly step each.
Every match of such a pattern begins with a word character just after a non-word character
(or at the text's start: ``\\b`` looks before the window too), so the same question is answered by
``\\W(?=rest)`` searched from the character before the window: a pattern opening with a
character class, which the engine skips to in C, trying the rest only after non-word characters.
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

_WORD_CHAR = re.compile(r"\w")


def _after_non_word(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``\\W(?=rest)`` for a pattern ``\\b rest`` whose every match begins with a word character; else None."""
    pattern = rx.pattern
    if not pattern.startswith(r"\b"):
        return None
    try:
        items = list(_sre_p.parse(pattern, rx.flags))
    except Exception:  # noqa: BLE001 - unreadable: searched as it is
        return None
    if not items or items[0] != (_sre_c.AT, _sre_c.AT_BOUNDARY):
        return None  # e.g. r"\ba|b": the \b does not open every match
    rest = pattern[2:]
    prefixes = scan.literal_prefixes(rest)
    if not prefixes or not all(_WORD_CHAR.match(p[0]) for p in prefixes):
        return None
    return re.compile(rf"\W(?={rest})", rx.flags)


class WordSearch:
    """``found(text, start, end)`` is ``rx.search(text, start, end) is not None``, faster (see the module)."""

    __slots__ = ("fast", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.fast = _after_non_word(rx)

    def found(self, text: str, start: int, end: int) -> bool:
        fast = self.fast
        if fast is None:
            return self.rx.search(text, start, end) is not None
        if start <= 0:
            if self.rx.match(text, 0, end) is not None:
                return True
            start = 1
        return fast.search(text, start - 1, end) is not None
