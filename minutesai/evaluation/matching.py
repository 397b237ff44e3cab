"""Pairing predicted items with gold items, one to one.

A predicted item and a gold item of the same kind are a candidate pair when

* their evidence spans overlap by at least half of the shorter span, or
* their wording agrees (:func:`wording_similarity` ≥ :data:`WORDING_THRESHOLD`)
  on the action / decision text, or on the figure's metric;

and, for figures, always when their values are equal (both null, or within
:data:`VALUE_TOLERANCE`). A figure with the wrong number is a wrong figure even
when it quotes the right sentence, so value equality is required, not optional.

Why 75: on the dev gold set, the most similar pair of *different* gold items in
one document scores 72.2 (actions) and 70.6 (figure metrics, "stop and
searches" / "stop and accounts"), while a metric that is a subset of another
("burglary" / "residential burglary") scores 100. Half-span overlap rather
than any overlap keeps two adjacent sentences that share a few characters apart.

Assignment is greedy by best score (span overlap fraction + wording / 100)
with index tie-breaks, so it is deterministic and each prediction pairs with
the gold item it describes best, optional or not. The scorer then counts a
prediction paired with an optional item as neither hit nor false alarm.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from minutesai.grounding import locate_quote

WORDING_THRESHOLD = 75.0
MIN_SPAN_OVERLAP = 0.5
MIN_SHARE_OF_LONGER = 0.25
VALUE_TOLERANCE = 1e-6

Span = tuple[int, int]


@dataclass(frozen=True)
class Item:
    """A gold or predicted action, decision or figure in a comparable shape."""

    kind: str
    """action, decision or figure."""
    wording: str
    """The action, the decision text, or the figure's metric."""
    quote: str
    span: Span | None
    optional: bool = False
    owner: str | None = None
    value: float | None = None
    unit: str | None = None
    direction: str | None = None

    def describe(self) -> str:
        if self.kind == "figure":
            value = "no value" if self.value is None else f"{self.value:.10g} {self.unit or ''}".strip()
            return f"{self.wording} = {value} ({self.direction})"
        if self.kind == "action" and self.owner:
            return f"{self.owner}: {self.wording}"
        return self.wording


def locate(text: str, quote: str, hint: Span | None = None) -> Span | None:
    """Where ``quote`` sits in ``text``: the hinted offsets when they hold the
    quote, else the first exact occurrence, else a whitespace/quote-normalised
    match. Fuzzy locations are not accepted: they would let a misquote match."""
    if not quote or not quote.strip():
        return None
    if hint is not None and text[hint[0] : hint[1]] == quote:
        return hint
    start = text.find(quote)
    if start >= 0:
        return (start, start + len(quote))
    ev = locate_quote(text, quote)
    if ev.verified and ev.match in ("exact", "normalised") and ev.start is not None and ev.end is not None:
        return (ev.start, ev.end)
    return None


def span_overlap(a: Span | None, b: Span | None, *, min_share_of_longer: float = 0.0) -> float:
    """Shared characters as a fraction of the shorter span (0 when either is missing, or
    when the shared part is under ``min_share_of_longer`` of the longer span)."""
    if a is None or b is None:
        return 0.0
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared <= 0 or shared < min_share_of_longer * max(a[1] - a[0], b[1] - b[0]):
        return 0.0
    return shared / max(1, min(a[1] - a[0], b[1] - b[0]))


def wording_similarity(a: str | None, b: str | None, *, subset_ok: bool = True) -> float:
    """0-100 word agreement, case and punctuation ignored.

    With ``subset_ok`` (figure metrics) one wording inside the other counts as
    agreement ("burglary" / "residential burglary"). Without it (actions and
    decisions) the word-set score is averaged with the word-order score, so a
    fragment such as "That the Committee" no longer matches every decision that
    begins with those words.
    """
    if not a or not b:
        return 0.0
    from rapidfuzz import fuzz, utils

    word_set = float(fuzz.token_set_ratio(a, b, processor=utils.default_process))
    if subset_ok:
        return word_set
    return (word_set + float(fuzz.token_sort_ratio(a, b, processor=utils.default_process))) / 2


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=VALUE_TOLERANCE, abs_tol=VALUE_TOLERANCE)


def pair_score(pred: Item, gold: Item) -> float | None:
    """How well ``pred`` matches ``gold`` (higher is better), or None for no match."""
    if pred.kind != gold.kind:
        return None
    # a figure must also carry the gold value, so a clause quoted from a long sentence may pair;
    # an action or decision stub ("That the Committee") inside a long item may not
    share = 0.0 if pred.kind == "figure" else MIN_SHARE_OF_LONGER
    overlap = span_overlap(pred.span, gold.span, min_share_of_longer=share)
    words = wording_similarity(pred.wording, gold.wording, subset_ok=pred.kind == "figure")
    if overlap < MIN_SPAN_OVERLAP and words < WORDING_THRESHOLD:
        return None
    if pred.kind == "figure" and not same_value(pred.value, gold.value):
        return None
    return overlap + words / 100.0


def assign(predicted: list[Item], gold: list[Item]) -> dict[int, int]:
    """One-to-one pairing: predicted index → gold index."""
    candidates = [
        (score, g, p)
        for p, pred in enumerate(predicted)
        for g, gold_item in enumerate(gold)
        if (score := pair_score(pred, gold_item)) is not None
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, p in candidates:
        if p not in pairs and g not in taken:
            pairs[p] = g
            taken.add(g)
    return pairs


_FUNCTION_WORDS = frozenset({"the", "and", "of", "for", "to", "a", "an", "on", "at", "in"})
# honorifics and police ranks: "CI Egan" and "Chief Inspector Egan" are the same owner
_TITLE_WORDS = frozenset({
    "cllr", "cllrs", "councillor", "councillors", "mr", "mrs", "ms", "miss", "dr", "rev",
    "chief", "inspector", "insp", "ci", "di", "dci", "pc", "ps", "sgt", "sergeant", "superintendent",
    "supt", "detective", "det", "constable", "acc", "dcc", "cc", "assistant",
})


def _owner_words(owner: str | None) -> tuple[set[str], set[str]]:
    words = set(re.findall(r"[a-z0-9]+", (owner or "").lower())) - _FUNCTION_WORDS
    return words - _TITLE_WORDS, words


def owners_agree(gold: str | None, predicted: str | None) -> bool:
    """Whether a predicted action owner names the gold owner.

    Both missing agree; one missing does not. Otherwise the owners agree when they
    share a name or role word once honorifics and police ranks are set aside
    ("CI Egan" / "Chief Inspector Egan", "Police" / "Kent Police"); an owner that is
    only a title ("Chief Inspector") is compared with its title words.
    """
    if not (gold or "").strip() or not (predicted or "").strip():
        return not (gold or "").strip() and not (predicted or "").strip()
    gold_names, gold_all = _owner_words(gold)
    pred_names, pred_all = _owner_words(predicted)
    if gold_names and pred_names:
        return bool(gold_names & pred_names)
    return bool(gold_all & pred_all)
