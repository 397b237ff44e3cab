"""The numbering of a resolution's sub-items: "1." "2." "(ii)" "a)", and whether a numbered line
goes on the list before it or starts something else (the next agenda item, a numbered paragraph)."""

from __future__ import annotations

import re

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def marker_rank(marker: str | None) -> tuple[str, int] | None:
    """('digit', 3) for '3.' / '(3)', ('roman', 2) for '(ii)', ('letter', 1) for 'a)'; None for bullets."""
    if not marker or marker == "o":
        return None  # (a bare "o" is a sub-bullet: letters carry "." or ")" or brackets)
    core = marker.strip("()., ").lower()
    if re.fullmatch(r"\d+(?:\.\d+)+", core):
        return "para", int(core.split(".")[-1])  # "7.5": a numbered paragraph, not a sub-item
    if core.isdigit():
        return "digit", int(core)
    if core in _ROMAN:
        return "roman", _ROMAN[core]
    if len(core) == 1 and core.isalpha():
        return "letter", ord(core) - 96
    return None


def continues_numbering(prev: tuple[str, int] | None, cur: tuple[str, int] | None) -> bool:
    """A numbered sub-item follows the one before ('2.' after '1.'); '80.' after '2.' is the next agenda item."""
    if cur is not None and cur[0] == "para":
        return False
    if prev is None or cur is None:
        return True
    if prev[0] == cur[0]:
        return cur[1] == prev[1] + 1
    return {prev[0], cur[0]} == {"roman", "letter"} and cur[1] == prev[1] + 1  # (i) read as a letter, etc.
