"""Numbered resolution items whose RESOLVED heading is lost.

ModernGov prints "RESOLVED:" (or "Decision:") as a label of its own that many copies of a page drop, leaving
the numbered items on their own after the discussion:

    It was reported that there were difficulties in attracting independent Chairs ...
    (1) the report be noted;
    (2) arrangements be put in place to establish the Prevent sub-group prior to the next meeting.

A numbered line that opens in lower case with the subjunctive of a resolution ("the report be noted",
"arrangements be put in place"; no modal before "be", which reported speech has: "his proposals would be
presented") is a resolution item however it lost its heading; a capitalised
"The report be noted" and "That ..." lines are read elsewhere.
"""

from __future__ import annotations

import re

_LOWER_SUBJUNCTIVE = re.compile(
    r"(?:that\s+)?(?!that\b|it\b|this\b|there\b|we\b|they\b|he\b|she\b)(?!(?:his|her|its|their|our)\b)[a-z][\w’'-]*(?:\s+[\w’'/&-]+){0,12}?(?<!\swould)(?<!\swill)(?<!\sshould)(?<!\scould)(?<!\smay)(?<!\smight)(?<!\smust)(?<!\scan)(?<!\sto)(?<!\snot)\s+be\s+(?:\w+\s+){0,2}?"
    r"(?:noted|received|approved|agreed|endorsed|adopted|accepted|put\s+in\s+place|submitted|established|circulated|provided|"
    r"made|sent|arranged|referred|considered|reviewed|brought|presented|held|set\s+up|deferred|supported|requested|asked)\b"
)


def headerless_item(text: str, start: int, marker: str | None) -> bool:
    """True when a numbered line at ``start`` is a resolution item in the lower-case subjunctive."""
    if marker is None or not text[start:start + 1].islower():
        return False
    return _LOWER_SUBJUNCTIVE.match(text, start) is not None
