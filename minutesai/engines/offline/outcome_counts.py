"""People or property counted by what happened to them, in the clipped style of a beat report.

An officer reading out an operation's results drops the auxiliaries: "193 drivers received a speed warning, 30 fines
given out and 1 driver arrested for failing a blood alcohol test" (Warwick rural west forum, pool32), "3 Drivers
given words of advice due to speed" (a West Mercia beat alert), and says that property was broken into rather than
naming a crime: "At Hatton County World six shops were broken into" (Warwick), "3 vans and 3 cars had been broken
into" (Babergh/Hadleigh locality minutes), "there were 4 flats broken into" (no auxiliary after 'there were'). The count rules know what police count ('arrests', 'fines', 'vehicles')
and things counted by a done-to verb after 'were/had been'; who was warned or arrested with no auxiliary, and the
crime verbs 'broken into / burgled / stolen / vandalised', were lost.

Only people a road or street operation deals with (drivers, motorists, riders, cyclists, males/females, persons,
suspects, people) take the clipped verbs, and only before a penalty noun or a 'for/on suspicion' reason: "3 drivers
attended the meeting" and "two drivers were employed" state no figure.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.anchor_model import Anchor

_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve)"
_CLIPPED = re.compile(
    rf"(?<![\w.,£$/-]){_NUM}\s+(?P<who>(?:(?:speeding|drink|drug|uninsured|young|male|female|further|more|other)\s+)?"
    r"(?:[Dd]rivers?|[Mm]otorists?|[Rr]iders?|[Cc]yclists?|[Mm]ales?|[Ff]emales?|[Pp]ersons?|[Ss]uspects?|[Pp]eople|[Yy]ouths?))\s+"
    r"(?:(?:have\s+|had\s+)?(?:received|were\s+given|was\s+given|given|handed|issued\s+with)\s+(?:an?\s+|words?\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<pen>warnings?|tickets?|fines?|cautions?|penalt(?:y|ies)|notices?|summons(?:es)?|FPNs?|letters?|advice|points)\b"
    r"|(?P<verb>arrested|charged|summonsed|cautioned|reported|fined|warned|detained|stopped)\s+(?:for|on\s+suspicion|with|after|under)\b)",
)
_BROKEN_INTO = re.compile(
    rf"(?P<there>\b[Tt]here\s+(?:were|was|had\s+been|have\s+been)\s+)?(?<![\w.,£$/-]){_NUM}\s+(?P<what>(?:[A-Za-z-]+\s+){{0,2}}?"
    r"(?:shops|houses|homes|properties|premises|sheds|garages|cars|vans|vehicles"
    r"|businesses|outbuildings|caravans|bikes|bicycles|stores|flats|dwellings|offices|lock-ups|allotments))\s+"
    r"(?:(?:(?:had|have|has)\s+)?(?:been|were|was)\s+|(?(there)|(?!)))(?:\w+ly\s+)?(?:broken\s+into|burgled|burgle|stolen|vandalised|vandalized|targeted)\b",
)
_FUNCTION = frozenset(["the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "that",
                       "which", "who", "this", "these", "those"])
_WORDS = {"one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0,
          "nine": 9.0, "ten": 10.0, "twelve": 12.0}
GATE = ("received", "given", "handed", "issued with", "arrested", "charged", "summonsed", "cautioned", "reported for",
        "fined", "warned", "detained", "stopped for", "broken into", "burgled", "stolen", "vandalised", "vandalized",
        "targeted")
"""Cheap words one of which a sentence needs before these patterns are tried."""


def _value(raw: str) -> float:
    low = raw.lower()
    return _WORDS[low] if low in _WORDS else float(low.replace(",", ""))


def outcome_counts(text: str, start: int, end: int, anchors: list[Anchor]) -> list[Anchor]:
    """Count anchors for '193 drivers received a speed warning', '1 driver arrested for ...', 'six shops were broken
    into' in ``text[start:end]`` that no anchor found already covers."""
    out: list[Anchor] = []

    def free(s: int, e: int) -> bool:
        return not any(a.start < e and s < a.end for a in anchors) and not any(a.start < e and s < a.end for a in out)

    for m in _CLIPPED.finditer(text, start, end):
        if free(m.start(), m.end("who")):
            out.append(Anchor(m.start(), m.end(), _value(m.group("num")), "count", "count",
                              label=" ".join(m.group("who").lower().split())))
    for m in _BROKEN_INTO.finditer(text, start, end):
        what = m.group("what").split()
        if any(w.lower() in _FUNCTION for w in what) or not free(m.start("num"), m.end("what")):
            continue
        out.append(Anchor(m.start("num"), m.end(), _value(m.group("num")), "count", "count", label=" ".join(what).lower()))
    return out
