"""Owners written as initials or an abbreviation that the minutes spell out elsewhere.

Action logs name owners by initials after an attendance list that gives them ("Paul Fell (PF)" ...
"Action PF to discuss ..."), and minutes define an abbreviation once before using it ("the Police and
Crime Commissioner (PCC), Sarah Taylor, ..." ... "the PCC would look to ..."). Both are the standard
"Full Name (ABBR)" form; an owner that is only the abbreviation is given the full name it stands for.
Many minutes never bracket it ("Inspector Ball of Thames Valley Police" ... "TVP would run sessions"): then a name
of three or more capitalised words elsewhere in the text whose initials spell it is taken, and a police force's
usual initials (TVP, GMP, PSNI ...) stand for the force when the text does not spell them out.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.action_parts import ActionCandidate

_ABBREVIATION = re.compile(r"[A-Z]{2,5}")
_CONNECTORS = frozenset({"and", "of", "for", "the", "&"})
_TITLES = frozenset({
    "Cllr", "Councillor", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sgt", "Sergeant", "Insp", "Inspector", "PC", "PCSO",
    "Supt", "Superintendent", "Chief", "Ch", "Det", "Detective", "DC", "DS", "DI", "DCI", "Rev", "Cllrs",
})
_WORD = re.compile(r"[A-Za-z][\w’'.-]*|&")


def expand_abbreviated_owners(text: str, found: list[ActionCandidate]) -> None:
    """Give an owner that is only an abbreviation ('PF', 'PCC') the full name the text defines for it."""
    wanted = {a.owner for a in found if a.owner and _ABBREVIATION.fullmatch(a.owner)}
    if not wanted:
        return
    names = {abbr: full for abbr in wanted if (full := _defined_as(text, abbr) or _spelled_out(text, abbr) or FORCES.get(abbr))}
    for a in found:
        if a.owner in names:
            a.owner = f"{names[a.owner]} ({a.owner})"


def _defined_as(text: str, abbr: str) -> str | None:
    """The name written just before '(ABBR)' whose initials spell ABBR, if any; a short role between them after a
    comma is passed over ('Mary Goulder, Treasurer/Secretary (MG)')."""
    for m in re.finditer(rf"\(\s*{abbr}\s*\)", text):
        segment = text[max(0, m.start() - 90):m.start()].split("\n")[-1]
        comma = segment.rfind(",")
        segments = [segment] + ([segment[:comma]] if comma >= 0 and len(segment[comma + 1:].split()) <= 4 else [])
        for part in segments:
            name = _initials_name(_WORD.findall(part), abbr)
            if name is not None:
                return name
    return None


def _initials_name(words: list[str], abbr: str) -> str | None:
    """The capitalised run ending ``words`` (or its tail) whose initials spell ``abbr``."""
    run: list[str] = []
    for w in reversed(words):  # the capitalised run that ends at the bracket
        if w[:1].isupper() or (w in _CONNECTORS and run):
            run.insert(0, w)
        else:
            break
    for k in range(len(run)):
        name = run[k:]
        if name[0] in _CONNECTORS:
            continue
        initials = "".join(w[0] for w in name if w not in _CONNECTORS and w.rstrip(".") not in _TITLES)
        if initials.upper() == abbr:
            return " ".join(name)
    return None


_NAME_CONNECTOR = r"\s+(?:(?:of|and|for|the|&)\s+)?"


def _spelled_out(text: str, abbr: str) -> str | None:
    """A run of capitalised words (three or more) anywhere in the text whose initials spell ``abbr``
    ('Thames Valley Police' for TVP, 'Police and Crime Commissioner' for PCC); None when none or two differ."""
    if len(abbr) < 3:
        return None  # two initials ('PF') match too many pairs of words
    rx = re.compile(r"\b" + _NAME_CONNECTOR.join(f"{c}[a-z’'-]+" for c in abbr) + r"\b")
    found = {" ".join(m.group().split()) for m in rx.finditer(text)}
    return found.pop() if len(found) == 1 else None


FORCES = {
    "TVP": "Thames Valley Police", "GMP": "Greater Manchester Police", "WMP": "West Midlands Police",
    "WYP": "West Yorkshire Police", "SYP": "South Yorkshire Police", "NYP": "North Yorkshire Police",
    "BTP": "British Transport Police", "MPS": "Metropolitan Police Service", "PSNI": "Police Service of Northern Ireland",
}
"""Police forces' usual initials (as owners: 'GMP will step up patrols'), read when the text does not spell them out."""
