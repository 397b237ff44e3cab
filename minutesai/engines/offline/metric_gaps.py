"""Words that may stand between a change noun and the measure it names, besides trends._GAP_AFTER_NOUN's own:
"a reduction in the number of occurrences of stop and search", "a drop in Waltham Forest detection rates"
(a place's name, capitalised, before the measure)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutesai.engines.offline.metrics import MetricHit

EXTRA_GAP_WORDS = r"occurrences?|instances?|reporting|referrals?|high[\s-]risk|(?-i:[A-Z][a-z]+(?:[’']s)?)"
"""A regex alternative for one gap word (the pattern it joins is case-insensitive; a place name must be capitalised)."""


_SEEN_AFTER_NOUN = re.compile(
    r"^\s+(?:(?:(?:had|has|have|was|were)\s+(?:also\s+)?(?:been\s+)?)?(?:seen|noted|observed|experienced|recorded|reported)|was|were)"
    r"(?:\s+(?:largely|mainly|mostly|particularly|especially|primarily|chiefly))?(?=\s+(?:in|of)\b)", re.IGNORECASE)
"""'the increase seen in burglaries', 'Increases had been seen largely in categories relating to theft': a participle
(after its auxiliary) between the change noun and its 'in'; or the bare copula ('The main increase was in non-domestic
violence with injury', 'the biggest reductions were mainly in burglary'), which names where a change lay."""
_BOTH = re.compile(r"\s+(?:both|each)(?=\s+\S+\s*$|\s*$)", re.IGNORECASE)
_MODIFIER = re.compile(r"\s+([a-z][a-z-]{2,})\s*$")
"""One plain lower-case word just before the measure: 'an increase in petty shoplifting'."""
_NOT_A_MODIFIER = frozenset((
    "about", "against", "after", "around", "as", "at", "by", "for", "from", "into", "like", "on", "onto", "over", "per",
    "such", "than", "through", "towards", "with", "within", "without", "not", "no", "any", "our", "their", "its", "his",
    "her", "and", "or", "but", "which", "that", "who", "was", "were", "is", "are", "had", "has", "have", "been",
    "be", "would", "could", "should", "will", "may", "might", "funding", "spending", "budget", "resources", "staff",
))
_ING_NOUNS = frozenset(("dwelling", "non-dwelling"))
"""Nouns in -ing that name a crime category ('an uptick in dwelling burglary'), unlike 'funding' or 'tackling'."""


def loose_gap(gap: str, strict: re.Pattern[str], modifier: bool = True) -> bool:
    """True when ``gap`` (the words between a change noun and a measure) only fails the ``strict`` gap pattern
    because of a participle after the noun ('seen in'), 'both' before a listed pair, or one descriptive word
    before the measure ('petty', 'drug-related'); a word ending in -ing or -ly, a preposition or a resource
    ('funding for burglary') still breaks the link."""
    seen = _SEEN_AFTER_NOUN.match(gap)
    if seen:
        gap = gap[seen.end():]
    gap = _BOTH.sub(" ", gap)
    if strict.match(gap):
        return True
    m = _MODIFIER.search(gap) if modifier else None
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _NOT_A_MODIFIER or (word.endswith(("ing", "ly")) and word not in _ING_NOUNS):
        return False
    return strict.match(gap[:m.start()] + " ") is not None


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|any|no)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def compound_name(text: str, lo: int, s: int, word: str, metrics: Sequence[MetricHit]) -> bool:
    """'crime reduction performance measures', 'events linked to crime reduction': 'reduction' straight after its
    measure (no 'in') names a field of work; a change reported reads 'a reduction in crime' (or 'a crime reduction')."""
    if word.lower() != "reduction":
        return False
    for m in metrics:
        if lo <= m.start and m.end < s and not text[m.end:s].strip():
            return _ARTICLE_BEFORE.search(text, max(lo, m.start - 20), m.start) is None
    return False
