"""Police-performance sentiment: one aspect per sentence that carries stance.

A sentence's stance combines (1) the figures in it, read through the metric
polarity table (a fall in burglary is good news, a rise in confidence is good
news, a rise in hate-crime reports is ambiguous), and (2) what speakers say,
from a small domain lexicon of evaluative words ("disappointing", "a cause for
concern", "congratulated the team"). General rules, not phrase cues, decide
what a stance word means in context:

* negation turns praise into criticism; a clause that only imagines or wants an
  outcome (a condition, a purpose, "potential"; for good news also a modal) is no verdict;
* a comparison ("the highest rate", "below the force average") takes its sign from
  the polarity of the measure it is about;
* a word that is part of a measure's name ("positive outcome rate") is no stance;
* vaderSentiment's strongly evaluative words add weight to a sentence that already
  takes a stance, but never give one alone: many of them name crimes, services or
  measures ("slavery", "rescue", "confidence").

The lexicon and its scans live in :mod:`stance_lexicon`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from itertools import chain
from typing import cast

from minutesai.engines.offline import scan
from minutesai.engines.offline.asked_lists import question_items
from minutesai.engines.offline.metrics import find_metrics, polarity_of
from minutesai.engines.offline.rolls import is_name_roll
from minutesai.engines.offline.sentence_index import sentences_holding
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.stance_lexicon import (
    _GENERAL_WEIGHT,
    _HIGH_SIDE,
    document_stance,
    stance_terms,
)
from minutesai.engines.offline.word_search import WordSearch
from minutesai.schemas import FoundAspect, FoundFigure

_RELEVANT = scan.Cues((
    "police", "policing", "officer", "pcso", "commander", "inspector", "superintendent", "constable", "performance",
    "partnership", "csp", "community safety", "team", "service", "response", "detection", "confidence", "crime", "asb",
    "safety", "safer", "safest", "enforcement", "pspo", "patrol", "neighbourhood", "victim", "figures", "statistics", "stats",
    "force", "inspect", "hmic", "peel", "operation", "offen", "burglar", "robber", "stop and search", "calls", "999", "101$",
))
_TOPICS = (
    (re.compile(r"\b(?:confidence|attitude\s+survey|perception|trust|satisf\w+)\b", re.IGNORECASE), "public confidence"),
    (re.compile(r"\b(?:visible\s+policing|police\s+numbers|officer\s+numbers|resources|funding|cuts?)\b", re.IGNORECASE), "police resources"),
    (re.compile(r"\b(?:communicat\w+|engagement|social\s+media|contact)\b", re.IGNORECASE), "communication and engagement"),
    (re.compile(r"\b(?:partnership|CSP|partners)\b", re.IGNORECASE), "partnership working"),
)


_TOPICS_FOUND = tuple((WordSearch(rx), topic) for rx, topic in _TOPICS)



_RANK_BAD = re.compile(r"\b(?:bottom|fourth|four|worst|worsened|dropped|fell|highest)\b")
_RANK_GOOD = re.compile(r"\b(?:top|first|best|improved|better|safest|lowest)\b")
_NOT_IMPROVED = re.compile(r"\bnot\s+(?:seen\s+)?(?:the\s+|a\s+|any\s+)?(?:reduction|decrease|fall|improvement)")
_NOT_IMPROVED_FOUND = WordSearch(_NOT_IMPROVED)
_RECORDING_CHANGE = re.compile(
    r"\b(?:due\s+to|following|because\s+of|result\s+of|owing\s+to|caused\s+by|explained\s+by|reflect(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}?"
    r"changes?\s+(?:in|to)\s+(?:the\s+)?(?:way\s+(?:\w+\s+){1,3}?(?:recorded|reported|counted|classified|defined)\b"
    r"|(?:crime\s+)?recording|definitions?\b|counting\s+rules|classification)",
    re.IGNORECASE)
"""A rise or fall put down to a change in how crime is recorded, counted or defined (the Home Office counting rules,
a new definition of domestic abuse): a change in the figures, not in what the police achieved."""
_HELD_LEVEL = re.compile(r"\bremain(?:s|ed|ing)?\s+(?:(?:very|relatively|comparatively|fairly|extremely|still)\s+)?(low|high)\b")
"""A level said to stay low or high (on the lower-cased quote): no change, but a judged one."""


def figure_stance(fig: FoundFigure) -> float:
    """+1 good news, -1 bad news, 0 ambiguous, for police performance."""
    labels = [part.strip() for part in fig.metric.split(",")]
    polarity = polarity_of(labels[0]) if labels else "none"
    quote = fig.quote.lower()
    if fig.unit == "rank":
        if _RANK_BAD.search(quote):
            return 1.0 if polarity == "higher_better" and "highest" in quote else -1.0
        if _RANK_GOOD.search(quote):
            return 1.0
        return 0.0
    sign = {"increase": 1.0, "decrease": -1.0}.get(fig.direction, 0.0)
    if not sign and fig.comparator and fig.value is not None and fig.unit in ("percent", "rate") \
            and (bench := _BENCHMARK.match(fig.comparator)) is not None:  # "10.7%", comparator "7.8% nationally"
        other = float(bench.group(1))
        sign = 0.0 if abs(fig.value - other) < 0.05 * other else 1.0 if fig.value > other else -1.0
    if fig.direction == "no_change" and polarity in ("lower_better", "higher_better") and "remain" in quote:
        held = _HELD_LEVEL.search(quote)
        if held is not None:  # "crime levels remain low": a level kept, good news where less is better
            return 1.0 if (held.group(1) == "high") == (polarity == "higher_better") else -1.0
    if _NOT_IMPROVED_FOUND.found(quote, 0, len(quote)):
        return -1.0 if polarity == "lower_better" else 0.0
    if polarity == "lower_better":
        return -sign
    if polarity == "higher_better":
        return sign
    if sign < 0 and fig.unit == "count" and _POLICE_STAFF.search(fig.metric):
        return -1.0  # "a net loss of approximately 40 officers this year": fewer police is bad news for policing
    return 0.0


# Only losses: officers added (the uplift) are resourcing the minutes report as plans and recruitment, while the
# gold of pool24 reads an item "dominated by ... continuing officer losses" as negative (pool22's item on 2,500 posts
# cut accepts negative too).
_POLICE_STAFF = re.compile(r"\b(?:officers?|PCSOs?|PCs|constables|police|posts|beat\s+managers)\b", re.IGNORECASE)
_BENCHMARK = re.compile(
    r"(\d+(?:\.\d+)?)\s?%?\s+(?:nationally|county[\s-]?wide|force[\s-]?wide|regionally|across\s+the\s+(?:force|county|country|region)"
    r"|(?:for|in)\s+(?:the\s+)?(?:BCU|force|county|country|region|MSG)\b)", re.IGNORECASE)
"""A comparator that is the same measure elsewhere ('7.8% nationally', '79.2% for the BCU'): a level above or below it
is good or bad news by the measure's polarity, as a rise or fall would be (a gap under 5% of it says nothing)."""


def _topic(text: str, start: int, end: int, figures: list[FoundFigure]) -> str:
    if figures:
        return figures[0].metric
    metrics = [m for m in find_metrics(text, start, end) if not m.generic]
    if metrics:
        return metrics[0].label
    for rx, topic in _TOPICS_FOUND:
        if rx.found(text, start, end):
            return topic
    return "police performance"


def find_aspects(
    text: str, sentences: list[Sentence], figures: list[FoundFigure], skip: Sequence[tuple[int, int]] = ()
) -> list[FoundAspect]:
    """One aspect per sentence whose figures or wording take a stance on police performance.

    ``skip`` holds spans (resolutions, recommendations) whose wording is procedural."""
    located = []
    cursor = 0
    for f in figures:
        i = text.find(f.quote, cursor)
        i = text.find(f.quote) if i < 0 else i
        located.append((i, i + len(f.quote), f))
        cursor = max(cursor, i) if i >= 0 else cursor
    located = sorted((x for x in located if x[0] >= 0), key=lambda x: x[0])
    starts = [x[0] for x in located]
    skipped = scan.Occupied(len(text))
    for a, b in skip:
        skipped.take(a, b)
    aspects: list[FoundAspect] = []
    question_bullets = question_items(text, sentences)
    for i in _sentences_to_read(text, sentences, starts):
        if i in question_bullets:
            continue  # "responded to questions on: · whether there was an increase in ASB": asks, claims nothing
        sent = sentences[i]
        figs = [x[2] for x in located[bisect.bisect_left(starts, sent.start):bisect.bisect_left(starts, sent.end)]]
        terms = stance_terms(text, sent.start, sent.end)
        if not (figs or terms):
            continue  # nothing that could take a stance
        if sent.text.rstrip().endswith("?") or not skipped.free(sent.start, sent.start + 1) or is_name_roll(sent.text):
            continue
        stances = [figure_stance(f) for f in figs]
        if figs and "chang" in sent.text and _RECORDING_CHANGE.search(sent.text):
            stances = [0.0 for _ in stances]  # "partly due to a change in the way it was recorded": no verdict on the work
        if terms and not _is_relevant(text, sentences, i):
            terms = []
        terms = judging_terms(text, sent.start, terms)
        if not any(stances) and not any(is_domain_term(t) for t in terms):
            terms = []  # general words alone take no stance
        if terms and ("asked" in sent.text or "whether" in sent.text or " if " in sent.text):
            # "asked whether confidence had improved", "wanted to consider if trust ... had improved" claim nothing
            asked = [m.span() for m in _ASKED.finditer(text, sent.start, sent.end)]
            terms = [t for t in terms if not any(a <= t[0] < b for a, b in asked)]
        pos = sum(w for *_, w in terms if w > 0) + cast(float, sum(x for x in stances if x > 0))
        neg = -sum(w for *_, w in terms if w < 0) - cast(float, sum(x for x in stances if x < 0))
        if pos + neg < 0.9:
            if figs and any(polarity_of(f.metric) == "ambiguous" and f.direction in ("increase", "decrease") for f in figs):
                label = "mixed"  # e.g. more hate-crime reports: worse crime or better confidence in reporting
            else:
                continue
        elif min(pos, neg) >= 0.5 * max(pos, neg):
            label = "mixed"
        else:
            label = "positive" if pos > neg else "negative"
        s, e = trim_span(text, sent.start, sent.end)
        aspects.append(FoundAspect(topic=_topic(text, s, e, figs), label=label, quote=text[s:e]))  # type: ignore[arg-type]
    return aspects


def _sentences_to_read(text: str, sentences: list[Sentence], figure_starts: list[int]) -> Iterable[int]:
    """The sentences that may hold a figure or a stance phrase: in a long text, those holding the start of
    one (the rest find neither and are skipped); in a short one, where each sentence is scanned apart, all."""
    if len(text) >= scan.SMALL:
        holding = sentences_holding(sentences, chain(figure_starts, document_stance(text)[1]))
        if holding is not None:
            return holding
    return range(len(sentences))


def is_domain_term(term: tuple[int, int, float]) -> bool:
    """A phrase of the domain lexicon, not a general VADER word."""
    return abs(term[2]) != _GENERAL_WEIGHT


def _is_relevant(text: str, sentences: list[Sentence], i: int) -> bool:
    """Sentence ``i`` is about police or community-safety performance, or follows one that is in its
    paragraph ("Members welcomed the improvement" after the grading it refers to)."""
    sent = sentences[i]
    if _RELEVANT.present(text, sent.start, sent.end):
        return True
    prev = sentences[i - 1] if i else None
    return prev is not None and prev.para == sent.para and _RELEVANT.present(text, prev.start, prev.end)


_ASKED = re.compile(r"\basked\s+(?:whether|if|why|how|what|when)\b[^,;]*"
                    r"|\b(?:consider(?:ed)?|see|know|establish(?:ed)?|assess(?:ed)?|determine[sd]?|understand|quer(?:y|ied)|wonder(?:ed)?"
                    r"|check(?:ed)?|review(?:ed)?|explore[sd]?|examine[sd]?|look\s+at)\s+(?:whether|if)\b[^,;]*", re.IGNORECASE)
"""An indirect question: 'asked whether ...', 'wanted to consider if ...', 'to establish whether ...'."""


def for_measure(text: str, start: int, term: tuple[int, int, float]) -> tuple[int, int, float]:
    """A comparison ('the highest rate of knife crime', 'confidence ... its lowest level', 'below the force
    average') takes its stance from the polarity of the measure nearest to it in its sentence (``start`` is
    the sentence start): the high side is bad news where less is better and good news where more is better;
    weight 0 (no stance) when that measure has no polarity or none is named."""
    s, e, w = term
    low = text[s:e].lower()
    if not low.startswith(_COMPARISON_WORDS):
        return term
    if low.endswith(" level") and _COMPOUND_LEVEL.fullmatch(low) and _LEVEL_MODIFIES.match(text, e):
        return s, e, 0.0  # "low level ASB", "a high level overview": a kind of thing, not how much of it there is
    stop = text.find(".", e)
    near = [m for m in find_metrics(text, start, min(e + 60, len(text) if stop < 0 else stop))
            if m.polarity in ("lower_better", "higher_better")]
    if not near:
        return s, e, 0.0
    metric = min(near, key=lambda m: s - m.end if m.end <= s else max(0, m.start - e))
    of = _OF_MEASURE.match(text, e) if low.endswith(_AMOUNT_NOUNS) else None
    if of is not None:  # "high rates of crime detection": the measure after 'of', read to its head noun
        after = [m for m in find_metrics(text, of.end(), min(of.end() + 60, len(text) if stop < 0 else stop))]
        if after and after[0].start - of.end() <= 12:
            head = after[0]
            for m in after[1:]:
                if m.start > head.end and not text[head.end:m.start].strip():
                    head = m
            if head.polarity not in ("lower_better", "higher_better"):
                return s, e, 0.0
            metric = head
    good = low.startswith(_HIGH_SIDE) == (metric.polarity == "higher_better")
    return s, e, abs(w) if good else -abs(w)


_COMPARISON_WORDS = ("high", "low", "above", "below")
_OF_MEASURE = re.compile(r"\s+of\s+", re.IGNORECASE)
_AMOUNT_NOUNS = ("rate", "rates", "level", "levels", "number", "numbers")
"""'low levels of recorded crime', 'high rates of crime detection': the level's own measure follows."""
_COMPOUND_LEVEL = re.compile(r"(?:high|low)\s+level")
_LEVEL_MODIFIES = re.compile(
    r"\s+(?!(?:of|in|on|at|for|and|or|but|than|compared|across|within|with|was|were|is|are|has|had|have|remained|remains"
    r"|since|to|as|by|among|amongst|during|this|that|these|those|overall|locally|nationally|now|still|again|recorded|reported)\b)[a-z]",
    re.IGNORECASE)
"""What follows 'low level' when it modifies a noun ('low level crime'), not when it is a level ('a low level of
crime', 'a low level compared with last year')."""


def judging_terms(text: str, start: int, terms: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The stance terms of a sentence starting at ``start`` that judge something: comparisons read through
    their measure, and no word that is part of a measure's name ('positive outcome rate', 'confidence')."""
    terms = [t for t in (for_measure(text, start, t) for t in terms) if t[2]]
    if not terms:
        return terms
    names = [(m.start, m.end) for m in find_metrics(text, terms[0][0], terms[-1][1])]
    return [t for t in terms if not any(a <= t[0] and t[1] <= b for a, b in names)]


def aspect_weight(aspect: FoundAspect) -> float:
    """How much one aspect's words count towards the document label (re-read from its quote): 1 to 3."""
    strength = sum(abs(w) for *_, w in judging_terms(aspect.quote, 0, stance_terms(aspect.quote)))
    return max(1.0, min(3.0, strength))
