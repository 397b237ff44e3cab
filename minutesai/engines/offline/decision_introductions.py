"""How an item began, read as an outcome: "The Committee received a presentation on hate crime by ..." opens the
discussion; the item's resolution, when it has one, is the decision (moved out of decisions.py)."""

from __future__ import annotations

import re

from minutesai.engines.offline.item_bounds import item_starts, same_item, whole_item
from minutesai.engines.offline.resolution_items import BODY as _BODY
from minutesai.engines.offline.resolution_items import ResolutionItem
from minutesai.engines.offline.sentences import Sentence

_RECEIVED_A = re.compile(rf"^(?:The\s+|the\s+)?(?:[\w’'&-]+\s+){{0,4}}?{_BODY}\s+received\s+(?:a|an)\s+(?:report|update|presentation)\b")


def began_the_item(sentences: list[Sentence], k: int) -> bool:
    """'The Committee received a presentation on hate crime by ...' followed by the discussion: how the item
    began, not an outcome (real minutes' annotators never count it). Alone under its heading it is the outcome."""
    return _RECEIVED_A.match(sentences[k].text) is not None and not whole_item(sentences, k)


_RECEIVED_INTRO = re.compile(
    rf"(?:The\s+|the\s+)?(?:[\w’'&-]+\s+){{0,4}}?{_BODY}\s+(?:received|considered)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?P<noun>report|presentation|update)\s+(?:that|which|of|by|from|setting|providing|outlining|giving|on)\b"
)


def without_introductions(text: str, found: list[ResolutionItem], taken: list[ResolutionItem]) -> list[ResolutionItem]:
    """Drop 'The Group received a report which set out progress on ...' when the item goes on to resolve
    formally ("That the report be noted"), or resolved before it that the same report or presentation be
    received or noted: the sentence introduces the item, the resolution is its decision."""
    intros = [(r, m) for r in found if not r.formal and (m := _RECEIVED_INTRO.match(text, r.start, r.end)) is not None]
    if not intros:
        return found
    headings = item_starts(text)
    formal = [f for f in found + taken if f.formal]
    drop = {id(r) for r, _ in intros if any(f.start > r.start and same_item(headings, r.start, f.start) for f in formal)}
    for r, m in intros:  # "RESOLVED that the presentation be received" listed first (a decisions column), the narrative after
        said = re.compile(rf"\b{m.group('noun')}\s+be\s+(?:received|noted)\b", re.IGNORECASE)
        if any(f.start < r.start and same_item(headings, f.start, r.start) and said.search(text, f.start, f.end) for f in formal):
            drop.add(id(r))
    return [r for r in found if id(r) not in drop]
