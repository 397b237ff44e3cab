"""Resolution items nested under an item that names who is asked.

ModernGov resolutions often ask one body or officer for several things at once:

    (ii) That the Chief Constable be asked to:
        a) provide a breakdown of response times by ward;
        b) review the staffing of the 101 service;
    (iii) That the report be noted.

    (iii) ..., it is recommended that the Safe City Partnership:
        a) Seek to increase the awareness ...

The lettered items are each a piece of work for whoever the lead names, and the outer numbering
goes on after them.
"""

from __future__ import annotations

import re

from minutesai.engines.offline.resolution_items import ResolutionItem

_WHO = r"(?:the\s+)?(?P<whoN>[A-Z][\w’'&/.-]*(?:\s+(?:[A-Z][\w’'&/.-]*|of|for|and|the|&)){0,6}?)"
_OPENING = re.compile(r"^(?:That|THAT|To|that|to)\s+")
_WHO1, _WHO2, _WHO3 = (_WHO.replace("whoN", n) for n in ("who1", "who2", "who3"))
_LEAD_OWNER = re.compile(
    rf"(?:\b(?:recommended|requested|asked|agreed|resolved|recommends?|requests?)\s+that\s+{_WHO1}\s*[:–-]?"
    rf"|^{_WHO2}\s+be\s+(?:asked|requested|recommended|invited|urged|encouraged|instructed)\s+to\s*[:–-]?"
    rf"|\b(?:asks?|requests?|recommends?|invites?|urges?|encourages?|instructs?|calls?\s+(?:up)?on)\s+{_WHO3}\s+to\s*[:–-]?)\s*$"
)
"""The lead of a nested list and who it asks: 'That the Chief Constable be asked to:', 'it is recommended that the
Safe City Partnership:', 'The Panel requests the Commissioner to:'."""


def lead_owner(lead: str) -> str | None:
    """Who a list lead-in ending in a colon asks to do its items, or None."""
    lead = " ".join(lead.split())
    if not lead.endswith((":", "–", "-")) or len(lead) > 400:
        return None
    m = _LEAD_OWNER.search(_OPENING.sub("", lead))
    if m is None:
        return None
    who = m.group("who1") or m.group("who2") or m.group("who3")
    return None if who in ("It", "This", "The", "A", "An", "Members", "Officers") else who


def opens_nested(prev: tuple[str, int] | None, cur: tuple[str, int] | None, lead: str) -> bool:
    """'a)' after '(ii) That the Chief Constable be asked to:': the first item of a list inside the list."""
    if prev is None or cur is None or cur[1] != 1 or cur[0] == prev[0] or cur[0] == "para":
        return False
    return lead.rstrip().endswith(":")


class Nesting:
    """Where a resolution's list is: on its own numbering, or inside a nested list (and who that list asks)."""

    def __init__(self, heading_owner: str | None = None) -> None:
        self.heading_owner = heading_owner
        """Who the heading's own lead asks ("RESOLVED that the Chief Constable be requested to:" (a) ... (b) ...)."""
        self.outer: tuple[str, int] | None = None
        self.owner: str | None = None
        self.opened = False
        """True for the first nested item (its lead gave the work away to the items)."""

    def admits(self, last: tuple[str, int] | None, cur: tuple[str, int] | None, lead: str) -> tuple[str, int] | None | bool:
        """Whether an item numbered ``cur`` after ``last`` goes on the list: False when it does not, else the rank to
        continue from (the outer list's after a nested one ends)."""
        self.opened = False
        if self.outer is not None and cur is not None and cur[0] == self.outer[0] and cur[1] == self.outer[1] + 1:
            self.outer, self.owner = None, None
            return cur
        if self.outer is None and opens_nested(last, cur, lead):
            self.outer, self.owner, self.opened = last, lead_owner(lead), True
            return cur
        return False


_NO_WORK = re.compile(r"^(?:to\s+)?(?:note|notes|noted|receive|receives|welcome|welcomes|thank|thanks|congratulate)\b", re.IGNORECASE)


def nested_work(text: str, item: ResolutionItem, out: list[ResolutionItem], nest: Nesting) -> None:
    """An item of a list nested under a lead that names who is asked: that one's work (and the lead's no longer),
not a decision of its own."""
    if nest.outer is None:
        if nest.heading_owner is not None and item.owner is None and not _NO_WORK.match(text[item.start:item.end]):
            item.owner, item.assigns_work = nest.heading_owner, True  # each item decided is also its work
        return
    item.is_decision = False  # the lead is what was resolved; its items are the work it gives (or its conditions)
    if nest.owner is None:
        return  # "That the following be agreed:" a) ...: an item names its own owner, if any
    if nest.opened and out:
        out[-1].assigns_work = False  # "That the Chief Constable be asked to:" says who, its items say what
    if not _NO_WORK.match(text[item.start:item.end]):
        item.owner, item.assigns_work = nest.owner, True
