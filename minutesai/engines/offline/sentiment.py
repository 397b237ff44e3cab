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
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterable, Sequence
from itertools import chain

from minutesai.engines.offline import docscan, scan
from minutesai.engines.offline.metrics import find_metrics, polarity_of
from minutesai.engines.offline.sentence_index import sentences_holding
from minutesai.engines.offline.sentences import Sentence, trim_span
from minutesai.engines.offline.word_search import WordSearch
from minutesai.schemas import FoundAspect, FoundFigure

_NEG_STRONG = (
    r"disappoint\w*|cause\s+(?:for|of)\s+concern|frustrat\w+|unacceptable|(?:major|serious|significant|real)\s+concerns?"
    r"|worst\s+(?:in|performing)|not\s+(?:been\s+)?(?:achieved|met)|missed\s+(?:the\s+|its\s+)?target|fail(?:ed|ing|ure)\b|alarming|shocking"
    r"|bad\s+news|appalling|disgrace\w*|dreadful|terrible|woeful|abysmal|inexcusable|embarrass\w+"
)
_NEG = (
    r"concern(?:s|ed)?\s+(?:about|over|regarding|at|that|was|were|with)|concerns?\s+(?:had\s+been\s+|were\s+)?raised|worr(?:ying|ied|ies)\b"
    r"|\bpoor\b|deteriorat\w+|worsen\w*|undermin\w+|got\s+worse|problematic|\bproblems?\b|lack\s+of|insufficient|struggl\w+|not\s+(?:always\s+)?been\s+effective"
    r"|red\s+(?:status|rating|rag)|(?:status|rag|rated|rating)(?:\s+(?:was|is|of|as))?\s*[:–-]?\s*[‘'\"]?red\b|bottom\s+quartile|quartile\s+four|fourth\s+quartile"
    r"|behind\s+target|uncertain\w*|cuts?\s+(?:in|to)\s+(?:police|officer|funding|neighbourhood)"
    r"|disproportionately\s+high\w*|urged\s+caution|not\s+(?:seen|achieved)\s+the\s+(?:reduction|improvement)|vulnerable\s+without|criticis\w+"
    r"|(?:requir\w+|needs?|needed|room\s+for)\s+(?:\w+\s+)?improv\w*"
)
_POS_STRONG = (
    r"congratulat\w+|commend\w+|prais\w+|excellent|outstanding|pleased|safest|strong\s+(?:performance|performances|results?|evidence)"
    r"|encouraging\s+(?:to|that|news|results?|signs?|progress|trend)|(?:(?<=\bwas\s)|(?<=\bis\s)|(?<=\bwere\s)|(?<=\bvery\s)|(?<=\bmost\s)|(?<=\bparticularly\s)|(?<=\breally\s))encouraging"
    r"|encouraged\s+(?:by|to\s+see|that)"
    r"|good\s+news|very\s+good|superb|exemplary|fantastic|brilliant|great\s+(?:work|progress|success)|success(?:ful|fully|es)?\b|exceed\w*|best\s+(?:performing|in|ever)|top\s+quartile|huge\s+improvement"
)
_POS = (
    r"improv(?:ed|ement|ements|ing)\b|good\s+(?:work|progress|performance|results?|reductions?)|positive\s+(?:outcomes?|impact|feedback|results?|news)"
    r"|\beffective\b(?!\s+(?:from|date|on\s+\d))|welcomed\s+(?:the\s+|this\s+|these\s+)?(?:progress|reductions?|improvements?|results?|news|work|initiative|approach|fall|decrease)"
    r"|reassur\w+|confident|(?:good|excellent|great|provides?|provided|represents?|represented)\s+(?:\w+\s+)?value\s+for\s+money|(?<=\bon\s)track|ahead\s+of\s+(?:target|schedule)"
    r"|green\s+(?:status|rating|rag)|(?:status|rag|rated|rating)(?:\s+(?:was|is|of|as))?\s*[:–-]?\s*[‘'\"]?green\b|better\s+placed|well\s+received"
)
# A comparison with the best or worst, with an average or target, or a level called high or low ("the second lowest crime figures in London", "confidence was the lowest he
# could remember") judges a measure: bad news when it is the highest, good news when the lowest, the other way
# round for a measure where more is better (for_measure).
_SUPERLATIVE = (
    r"(?:(?<=the\s)|(?<=its\s)|(?<=their\s)|(?<=second\s)|(?<=third\s)|(?<=fourth\s)|(?<=fifth\s)|(?<=\dth\s)|(?<=\dnd\s)"
    r"|(?<=\drd\s)|(?<=\dst\s))(?:highest|lowest)\b(?!\s+(?:priorit\w*|standards?|possible|risk))"
    r"|(?:above|below|higher\s+than|lower\s+than)\s+(?:the\s+)?(?:[\w’']+\s+){0,2}(?:average|targets?|figures?|expectations?)\b"
    r"|(?:high|low)\s+(?:[\w’'-]+\s+){0,2}(?:rates?|levels?|numbers?)\b"
)
_HIGH_SIDE = ("high", "above")
"""Comparison words on the high side ('highest', 'higher than', 'high', 'above')."""
# One pass; at one position the stronger and the negative reading wins.
_LEXICON = scan.LowerScanner(
    rf"(?P<neg_strong>\b(?:{_NEG_STRONG}))|(?P<pos_strong>\b(?:{_POS_STRONG}))|(?P<neg>\b(?:{_NEG}))|(?P<pos>\b(?:{_POS}))"
    rf"|(?P<comparison>\b(?:{_SUPERLATIVE}))"
)
_DOCUMENT_LEXICON = docscan.DocumentScanner(_LEXICON)
"""The lexicon over a whole long document, tried only at its candidate word starts."""
_LEXICON_STARTS = (
    re.compile(rf"[^0-9a-z_](?=(?:{scan.trie_pattern(set(_DOCUMENT_LEXICON.prefixes))}))")
    if _DOCUMENT_LEXICON.prefixes and all(p[0] in "0123456789abcdefghijklmnopqrstuvwxyz" for p in _DOCUMENT_LEXICON.prefixes)
    else None
)
"""Where a lexicon match can start after the first character: just after a character that is not an ASCII
letter, digit or '_', at one of the literal prefixes every match opens with (as the document pass finds)."""


def _lexicon_in_span(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``_LEXICON.finditer(text, start, end)`` for a short text or a span, tried only where a match can start.

    Every match opens with \\b before one of the prefixes, all beginning with a letter or digit, so it starts
    at the text's start or after a character that is none of [0-9a-z_] in the lower-cased text (a capital
    lower-cases to a letter); candidates are tried in order, skipping those inside the previous match."""
    low = scan.lowered(text)
    if low is None or _LEXICON_STARTS is None:
        return _LEXICON.finditer(text, start, end)
    match = _LEXICON.rx.match
    found: list[re.Match[str]] = []
    after = start
    if start == 0 and (m := match(low, 0, end)) is not None:
        found.append(m)
        after = m.end()
    for c in _LEXICON_STARTS.finditer(low, max(0, start - 1), end):
        at = c.end()
        if at >= after and (m := match(low, at, end)) is not None:
            found.append(m)
            after = m.end()
    return found


_WEIGHTS = {"neg_strong": -1.5, "pos_strong": 1.5, "neg": -1.0, "pos": 1.0}
_GENERAL_WEIGHT = 0.5
"""A strongly evaluative word of VADER's general lexicon: it adds weight to a sentence the domain
lexicon or a figure already gives a stance, but does not give one by itself (its strong words
include 'confidence', 'rescue', 'slavery', names of what is measured)."""
_NEGATION = re.compile(r"\b(?:not|no|never|without|hardly|n[’']t)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "could be improved", "the aim was to improve": a wish, not an achievement.
_HYPOTHETICAL = re.compile(r"\b(?:be|to|could|should|would|might|must|can|how|needs?|needed|aim|hope[sd]?)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A stance word in a clause that only imagines or wants an outcome ("to ensure that Members were confident",
# "whilst, if possible, improving services", "to identify potential problems earlier") is no verdict. A modal
# ("this would help improve confidence") also makes good news a hope; bad news under one stays a judgement, as
# reported speech puts "will" as "would" ("the public would find the figures embarrassing").
_IRREALIS_CLAUSE = r"(?:if|unless|until|whether|to\s+ensure|in\s+order\s+to|so\s+that|aim(?:s|ed)?\s+to|hope[sd]?|hoping|potential(?:ly)?)"
_IRREALIS = re.compile(rf"\b{_IRREALIS_CLAUSE}\b[^.;:!?\n]*$", re.IGNORECASE)
_IRREALIS_GOOD = re.compile(rf"\b(?:{_IRREALIS_CLAUSE}|would|could|should|might)\b[^.;:!?\n]*$", re.IGNORECASE)
IRREALIS_REACH = 60
"""Characters before a stance word searched for what makes its clause irrealis."""


_IRREALIS_FOUND = WordSearch(_IRREALIS)
_IRREALIS_GOOD_FOUND = WordSearch(_IRREALIS_GOOD)
_NEGATION_FOUND = WordSearch(_NEGATION)
_HYPOTHETICAL_FOUND = WordSearch(_HYPOTHETICAL)


def irrealis(text: str, start: int, end: int, good: bool) -> bool:
    """True when ``text[start:end]``, just before a stance word, puts it in an irrealis clause (for good news,
    a modal too)."""
    return (_IRREALIS_GOOD_FOUND if good else _IRREALIS_FOUND).found(text, start, end)
_RELEVANT = scan.Cues((
    "police", "policing", "officer", "pcso", "commander", "inspector", "superintendent", "constable", "performance",
    "partnership", "csp", "community safety", "team", "service", "response", "detection", "confidence", "crime", "asb",
    "safety", "safer", "enforcement", "pspo", "patrol", "neighbourhood", "victim", "figures", "statistics", "stats",
    "force", "inspect", "hmic", "peel", "operation", "offen", "burglar", "robber", "stop and search",
))
# VADER scores these domain words as negative; here they only name what is measured.
_DOMAIN_NEUTRAL_WORDS = """crime crimes criminal violence violent abuse abused victim victims offence offences offenders offender knife knives gun guns
    weapon weapons theft thefts burglary robbery assault assaults hate harm harmful drugs drug arson damage killed murder death deaths
    fraud threat threats risk risks attack attacked abusive rape sexual exploitation vulnerable war fight fighting fear gang gangs
    prison punishment arrested arrest charged charge illegal injury injuries victimisation support supporting supported help helped
    protect protecting protection safe safety care thanks thanked thank welcome welcomed like important please
encourage encouraged encouraging positive offending reoffending"""
# (the last line: words the domain lexicon reads in context — "encouraging people to report" is not praise)
_DOMAIN_NEUTRAL = frozenset(_DOMAIN_NEUTRAL_WORDS.split())
_WORD = re.compile(r"[A-Za-z’']+")
_TOPICS = (
    (re.compile(r"\b(?:confidence|attitude\s+survey|perception|trust|satisf\w+)\b", re.IGNORECASE), "public confidence"),
    (re.compile(r"\b(?:visible\s+policing|police\s+numbers|officer\s+numbers|resources|funding|cuts?)\b", re.IGNORECASE), "police resources"),
    (re.compile(r"\b(?:communicat\w+|engagement|social\s+media|contact)\b", re.IGNORECASE), "communication and engagement"),
    (re.compile(r"\b(?:partnership|CSP|partners)\b", re.IGNORECASE), "partnership working"),
)


_TOPICS_FOUND = tuple((WordSearch(rx), topic) for rx, topic in _TOPICS)


@functools.lru_cache(maxsize=1)
def _vader_lexicon() -> dict[str, float]:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:  # the domain lexicon still works without it
        return {}
    return dict(SentimentIntensityAnalyzer().lexicon)


@functools.lru_cache(maxsize=1)
def _strong_vader_words() -> dict[str, float]:
    """VADER words that are strongly evaluative (|valence| >= 2) and not crime vocabulary."""
    return {w: v for w, v in _vader_lexicon().items() if abs(v) >= 2.0 and w not in _DOMAIN_NEUTRAL}


def stance_terms(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, float]]:
    """(start, end, weight) of every stance phrase in ``text[start:end]``."""
    end = len(text) if end is None else end
    if len(text) < scan.SMALL:
        if start == 0 and end == len(text):
            return list(_quote_stance(text))  # quotes are re-read when the document is summarised
        return _scan_stance(text, start, end)
    terms, starts = document_stance(text)
    return scan.items_within(terms, starts, start, end, lambda x: x[1])


def document_stance(text: str) -> tuple[list[tuple[int, int, float]], list[int]]:
    """The stance phrases of a long text (``len(text) >= scan.SMALL``) and their starts, scanned once per text:
    ``stance_terms`` over a span of it is the phrases lying inside the span."""
    return scan.cached(text, "stance", lambda t: _with_starts(_scan_stance(t, 0, len(t))))


@functools.lru_cache(maxsize=4096)
def _quote_stance(text: str) -> tuple[tuple[int, int, float], ...]:
    return tuple(_scan_stance(text, 0, len(text)))


def _with_starts(items: list[tuple[int, int, float]]) -> tuple[list[tuple[int, int, float]], list[int]]:
    return items, [x[0] for x in items]


def _scan_stance(text: str, start: int, end: int) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    taken = scan.Occupied(len(text))
    whole = start == 0 and end == len(text) and len(text) >= scan.SMALL
    for m in _DOCUMENT_LEXICON.finditer(text) if whole else _lexicon_in_span(text, start, end):
        group = m.lastgroup
        weight = (-1.0 if m.group().startswith(_HIGH_SIDE) else 1.0) if group == "comparison" else _WEIGHTS[group]  # type: ignore[index]
        taken.take(m.start(), m.end())
        if weight > 0 and _NEGATION_FOUND.found(text, max(start, m.start() - 20), m.start()):
            weight = -weight * 0.75
        elif (weight > 0 and _HYPOTHETICAL_FOUND.found(text, max(start, m.start() - 20), m.start())) \
                or irrealis(text, max(start, m.start() - IRREALIS_REACH), m.start(), good=weight > 0):
            continue
        found.append((m.start(), m.end(), weight))
    strong = _strong_vader_words()
    low = text.lower() if len(text) < scan.SMALL else scan.lowered(text)
    if low is not None and len(low) == len(text) and "\u212a" not in text:
        # one trie-shaped pattern over the lower-cased text finds the same whole words as the loop below
        for s, e in _strong_vader_spans(low, start, end):
            if taken.free(s, e):
                found.append((s, e, math.copysign(_GENERAL_WEIGHT, strong[low[s:e]])))
    else:
        for m in _WORD.finditer(text, start, end):
            valence = strong.get(m.group().lower())
            if valence is not None and taken.free(m.start(), m.end()):
                found.append((m.start(), m.end(), math.copysign(_GENERAL_WEIGHT, valence)))
    found.sort()
    return found


@functools.lru_cache(maxsize=1)
def _strong_vader_pattern() -> re.Pattern[str]:
    words = {w for w in _strong_vader_words() if _VADER_WORD.fullmatch(w)}
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![a-z’'])(?:{scan.trie_pattern(words)})(?![a-z’'])")


_VADER_WORD = re.compile(r"[a-z’']+")


_RUN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz’'")
"""What ``_VADER_WORD`` and the lookarounds of ``_strong_vader_pattern`` read as part of a word."""
_RUN_BYTES = bytes(b if 97 <= b <= 122 or b == 39 else 32 for b in range(256))
"""UTF-8 bytes to themselves when ASCII run characters, else to a space (every byte of a non-ASCII character)."""


@functools.lru_cache(maxsize=1)
def _strong_vader_words_split() -> tuple[frozenset[bytes], tuple[str, ...]]:
    """The strong words ``_strong_vader_pattern`` finds: ASCII ones as UTF-8 bytes, and the others."""
    words = {w for w in _strong_vader_words() if _VADER_WORD.fullmatch(w)}
    return frozenset(w.encode() for w in words if w.isascii()), tuple(sorted(w for w in words if not w.isascii()))


def _strong_vader_spans(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of ``_strong_vader_pattern().finditer(low, start, end)``, in order.

    A match is a whole run of ``_RUN_CHARS`` (not preceded by one, even before ``start``; not followed by
    one before ``end``) that is a strong word. Splitting the span's UTF-8 bytes at every byte outside the
    ASCII run characters leaves each such run as one piece, so the strong words among the pieces (and the
    non-ASCII strong words found in the span at all) include every word matched; only their occurrences
    are then checked, instead of trying the pattern at every position."""
    ascii_words, other = _strong_vader_words_split()
    piece = low[start:end]
    present = [w.decode() for w in ascii_words.intersection(piece.encode().translate(_RUN_BYTES).split())]
    present += [w for w in other if w in piece]
    out: list[tuple[int, int]] = []
    for word in present:
        n = len(word)
        at = low.find(word, start, end)
        while at >= 0:
            after = at + n
            if (at == 0 or low[at - 1] not in _RUN_CHARS) and (after == end or low[after] not in _RUN_CHARS):
                out.append((at, after))
            at = low.find(word, at + 1, end)
    out.sort()
    return out


_RANK_BAD = re.compile(r"\b(?:bottom|fourth|four|worst|worsened|dropped|fell|highest)\b")
_RANK_GOOD = re.compile(r"\b(?:top|first|best|improved|better|safest|lowest)\b")
_NOT_IMPROVED = re.compile(r"\bnot\s+(?:seen\s+)?(?:the\s+|a\s+|any\s+)?(?:reduction|decrease|fall|improvement)")
_NOT_IMPROVED_FOUND = WordSearch(_NOT_IMPROVED)


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
    if _NOT_IMPROVED_FOUND.found(quote, 0, len(quote)):
        return -1.0 if polarity == "lower_better" else 0.0
    if polarity == "lower_better":
        return -sign
    if polarity == "higher_better":
        return sign
    return 0.0


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
    for i in _sentences_to_read(text, sentences, starts):
        sent = sentences[i]
        figs = [x[2] for x in located[bisect.bisect_left(starts, sent.start):bisect.bisect_left(starts, sent.end)]]
        terms = stance_terms(text, sent.start, sent.end)
        if not (figs or terms):
            continue  # nothing that could take a stance
        if sent.text.rstrip().endswith("?") or not skipped.free(sent.start, sent.start + 1):
            continue
        stances = [figure_stance(f) for f in figs]
        if terms and not _is_relevant(text, sentences, i):
            terms = []
        terms = judging_terms(text, sent.start, terms)
        if not any(stances) and not any(is_domain_term(t) for t in terms):
            terms = []  # general words alone take no stance
        if terms and "asked" in sent.text:  # "asked whether confidence had improved" claims nothing
            asked = [m.span() for m in _ASKED.finditer(text, sent.start, sent.end)]
            terms = [t for t in terms if not any(a <= t[0] < b for a, b in asked)]
        pos = sum(w for *_, w in terms if w > 0) + sum(x for x in stances if x > 0)
        neg = -sum(w for *_, w in terms if w < 0) - sum(x for x in stances if x < 0)
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


_ASKED = re.compile(r"\basked\s+(?:whether|if|why|how|what|when)\b[^,;]*", re.IGNORECASE)


def for_measure(text: str, start: int, term: tuple[int, int, float]) -> tuple[int, int, float]:
    """A comparison ('the highest rate of knife crime', 'confidence ... its lowest level', 'below the force
    average') takes its stance from the polarity of the measure nearest to it in its sentence (``start`` is
    the sentence start): the high side is bad news where less is better and good news where more is better;
    weight 0 (no stance) when that measure has no polarity or none is named."""
    s, e, w = term
    low = text[s:e].lower()
    if not low.startswith(_COMPARISON_WORDS):
        return term
    stop = text.find(".", e)
    near = [m for m in find_metrics(text, start, min(e + 60, len(text) if stop < 0 else stop))
            if m.polarity in ("lower_better", "higher_better")]
    if not near:
        return s, e, 0.0
    metric = min(near, key=lambda m: s - m.end if m.end <= s else max(0, m.start - e))
    good = low.startswith(_HIGH_SIDE) == (metric.polarity == "higher_better")
    return s, e, abs(w) if good else -abs(w)


_COMPARISON_WORDS = ("high", "low", "above", "below")


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
