"""How a line ends: the last visible character before an offset, and whether a line leads into a list."""

from __future__ import annotations


def last_visible(text: str, end: int) -> str:
    """The last character before ``end`` that is not whitespace ("" if none): ``text[:end].rstrip()[-1:]`` without the copy."""
    k = end - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""


def open_ended(line: str) -> bool:
    """True when a line leads into a list ("...:", "... to", "... that", "... as follows")."""
    line = line.rstrip()
    return line[-1:] in (":", "-", "–", "—") or line.endswith((" to", " that", " follows", " RESOLVED", " AGREED"))
