"""The one who reports a promise in the same sentence: "Officers confirmed that they would review its online
visibility", "The Police Sergeant confirmed that he would look into it", "Inspector Rides indicated that he would
distribute the figures". The pronoun after "X confirmed that" is X, whoever spoke before or was the subject of an
earlier sentence (a "The Committee are to review ..." description at the top of the page is not who "they" are)."""

from __future__ import annotations

import re

_REPORTED_THAT = re.compile(
    r"(?:^|(?<=[\s(]))(?P<who>(?:[Tt]he[ ]+)?(?:[A-Z][\w’'.-]*|officers|police)(?:[ ]+(?:(?!The\b)[A-Z][\w’'.-]*|of|for|and|&)){0,5})"
    r"[ ]+(?:also[ ]+|then[ ]+|further[ ]+)?(?:confirmed|indicated|stated|advised|explained|assured\s+(?:the\s+)?\w+|undertook|promised"
    r"|agreed|added|replied|responded|said)\s+that\s+$"
)
_NOT_A_SUBJECT = re.compile(
    r"^(?:The|It|This|That|These|Those|He|She|They|We|In|On|At|As|When|While|Whilst|If|Following|After|Members?|Councillors?|Cllr)$"
    r"|^(?:Members?|Councillors?|Cllr|The\s+Committee|The\s+Panel|The\s+Board|Committee|Panel|Board)\b"
)


def reporting_subject(text: str, clause_start: int) -> str | None:
    """Who 'confirmed that' just before ``clause_start`` (where a pronoun's promise begins), or None."""
    if not text.startswith("that", clause_start - 5) and not text.startswith("that", clause_start - 6):
        return None
    m = _REPORTED_THAT.search(text, max(0, clause_start - 120), clause_start)
    if m is None:
        return None
    who = m.group("who")
    return None if _NOT_A_SUBJECT.match(who) else who
