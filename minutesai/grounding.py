"""Grounding: find each quote in the source and decide whether the item is verified.

First pass (to be extended): exact match, then a whitespace/quote/dash
normalised match that maps back to real offsets. A figure is verified only
when its value appears inside the verified span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutesai.document import Chunk, Minutes
from minutesai.models import (
    Action,
    Decision,
    Evidence,
    Figure,
    KeyPoint,
    MinutesSummary,
    SentimentAspect,
    UnverifiedItem,
)
from minutesai.schemas import ChunkFindings

_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2032": "'",
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u00a0": " ",
    }
)


def _normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Fold quotes/dashes, collapse whitespace; return the new text and, per
    output char, its offset in ``text``."""
    out: list[str] = []
    pos: list[int] = []
    prev_space = True
    for i, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if prev_space:
                continue
            out.append(" ")
            pos.append(i)
            prev_space = True
        else:
            out.append(ch.lower())
            pos.append(i)
            prev_space = False
    return "".join(out), pos


def locate_quote(text: str, quote: str, *, start: int = 0, end: int | None = None) -> Evidence:
    """Find ``quote`` in ``text``; search ``text[start:end]`` first, then the whole text."""
    q = quote.strip()
    if not q:
        return Evidence(quote=quote, verified=False, match="none")
    windows = [(start, len(text) if end is None else end)]
    if windows[0] != (0, len(text)):
        windows.append((0, len(text)))
    for lo, hi in windows:
        i = text.find(q, lo, hi)
        if i >= 0:
            return Evidence(quote=q, start=i, end=i + len(q), verified=True, match="exact")
    nq, _ = _normalise_with_map(q)
    nq = nq.strip()
    for lo, hi in windows:
        nt, pos = _normalise_with_map(text[lo:hi])
        j = nt.find(nq)
        if j >= 0:
            s = lo + pos[j]
            e = lo + pos[j + len(nq) - 1] + 1
            return Evidence(quote=text[s:e], start=s, end=e, verified=True, match="normalised")
    return Evidence(quote=quote, verified=False, match="none")


_NUMBER_WORDS = {
    0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
    8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen",
    14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
    19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 100: "hundred",
}
_ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
            7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth"}


def value_in_span(value: float, span: str) -> bool:
    """True when ``value`` is written in ``span`` in any usual form."""
    s = span.lower()
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", s):
        try:
            if float(m.group().replace(",", "")) == float(value):
                return True
        except ValueError:
            continue
    if float(value).is_integer():
        n = int(value)
        for word in (_NUMBER_WORDS.get(n), _ORDINAL.get(n)):
            if word and re.search(rf"\b{word}\b", s):
                return True
    return False


@dataclass
class GroundedFindings:
    key_points: list[KeyPoint] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    aspects: list[SentimentAspect] = field(default_factory=list)
    unverified: list[UnverifiedItem] = field(default_factory=list)
    total: int = 0
    """Items produced by the engine, verified or not."""

    def verified_count(self) -> int:
        return (len(self.key_points) + len(self.actions) + len(self.decisions)
                + len(self.figures) + len(self.aspects))

    def grounding_rate(self) -> float | None:
        return None if self.total == 0 else round(self.verified_count() / self.total, 4)

    def restore_unverified_into(self, summary: MinutesSummary) -> None:
        """Put unverified items back into the result lists, flagged ``verified=False``."""
        targets = {
            "key_point": (summary.key_points, KeyPoint),
            "action": (summary.actions, Action),
            "decision": (summary.decisions, Decision),
            "figure": (summary.figures, Figure),
            "aspect": (summary.police_sentiment.aspects, SentimentAspect),
        }
        for u in self.unverified:
            bucket, model = targets[u.kind]
            data = dict(u.item)
            quote = data.pop("quote", "")
            bucket.append(model.model_validate({**data, "evidence": Evidence(quote=quote)}))


def describe_failures(unverified: list[UnverifiedItem]) -> str:
    lines = [f"- {u.kind}: {u.item.get('quote', '')!r}: {u.reason}" for u in unverified[:20]]
    return "These quotes were not found verbatim in the minutes:\n" + "\n".join(lines)


def ground_findings(doc: Minutes, findings: ChunkFindings, chunk: Chunk | None = None) -> GroundedFindings:
    """Turn quote-only findings into result items with verified evidence."""
    text = doc.text
    lo, hi = (chunk.start, chunk.end) if chunk else (0, len(text))
    out = GroundedFindings()

    def place(kind, found, build):
        out.total += 1
        ev = locate_quote(text, found.quote, start=lo, end=hi)
        reason = None if ev.verified else "quote not found in the source"
        if ev.verified and kind == "figure" and found.value is not None:
            if not value_in_span(found.value, ev.quote):
                reason = f"value {found.value:g} does not appear in the quoted span"
                ev = ev.model_copy(update={"verified": False})
        if reason:
            out.unverified.append(UnverifiedItem(kind=kind, item=found.model_dump(), reason=reason))
            return
        build(found, ev)

    for k in findings.key_points:
        place("key_point", k, lambda f, ev: out.key_points.append(KeyPoint(text=f.text, evidence=ev)))
    for a in findings.actions:
        place("action", a, lambda f, ev: out.actions.append(
            Action(owner=f.owner, action=f.action, due=f.due, evidence=ev)))
    for d in findings.decisions:
        place("decision", d, lambda f, ev: out.decisions.append(Decision(text=f.text, evidence=ev)))
    for g in findings.figures:
        place("figure", g, lambda f, ev: out.figures.append(
            Figure(**f.model_dump(exclude={"quote"}), evidence=ev)))
    for s in findings.sentiment_aspects:
        place("aspect", s, lambda f, ev: out.aspects.append(
            SentimentAspect(topic=f.topic, label=f.label, evidence=ev)))
    return out
