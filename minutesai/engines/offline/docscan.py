"""Whole-document scans tried only where a match can start.

A vocabulary scanned over a whole document (metric terms, direction words,
measure nouns, names of bodies) is a :class:`scan.LowerScanner` whose every
match begins at a word start with one of a few literal first letters. The
regex engine still tries every position of the text, and that per-position
cost is most of a scan. The document-wide cue pass (:mod:`cues`) already
visits every word start once for all cue sets, so registering a scanner's
literal first letters as one more cue set gives, for free, the few positions
where it can match; the pattern is then tried only there.

The matches are exactly those of ``scanner.finditer(text)``: every match
starts at a word start holding one of its prefixes (so the cue pass marks
it), candidates are tried in text order, and a candidate inside the previous
match is skipped, as a left-to-right scan would.
"""

from __future__ import annotations

import re

from minutesai.engines.offline import scan


class DocumentScanner:
    """``scanner.finditer`` over a whole long document, tried at the cue pass's candidate starts."""

    def __init__(self, scanner: scan.LowerScanner) -> None:
        self.scanner = scanner
        pattern = scan.lower_pattern(scanner.rx_i.pattern)
        prefixes = scan.literal_prefixes(pattern)
        usable = (prefixes is not None and scan.starts_at_word_boundary(pattern)
                  and all(p[:1].isalnum() and not p.endswith("$") for p in prefixes))
        # (a match must begin at \b before a letter or digit: exactly where a cue word can start)
        self.first_words = scan.Cues(tuple(sorted(prefixes))) if usable and prefixes else None

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Every match in ``text`` (offsets of ``text``; matched text lower-cased), as ``scanner.finditer(text)``."""
        starts = self.first_words.starts(text) if self.first_words is not None else None
        low = scan.lowered(text) if starts is not None else None
        if starts is None or low is None:
            return self.scanner.finditer(text)
        match = self.scanner.rx.match
        found = []
        after = 0
        for at in starts:
            if at >= after and (m := match(low, at)) is not None:
                found.append(m)
                after = m.end()
        return found
