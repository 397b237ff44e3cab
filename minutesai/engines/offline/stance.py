"""The document's stance on police performance, from its aspects and a few document-wide cues.

``find_aspects`` (sentiment.py) reads one sentence at a time. Deciding the label for a
whole item needs more than adding those up:

* stance aimed at someone other than the police (housing staff, a licence holder)
  says nothing about police performance — a stance word counts for the police only
  when the nearest actor named around it is not another service;
* some stance words are procedural or hedged: an "improvement plan", "problem-solving",
  "deploy to emerging problems", an improvement "too early to judge";
* Members' verdicts often use words the sentence lexicon lacks or drops for want of a
  police word ("highly critical", "far less satisfied with", "not acceptable",
  PEEL "inadequate", "let down", "target achieved", "contributed to a reduction");
  these document cues are added once each, where no aspect already counts them;
* what is said about a measure and the measure's own direction, when they agree, both count;
* measures moving with nobody commenting never outweigh what speakers say
  (TAXONOMY.md: "Direction is not polarity"), so a long table cannot outvote the discussion;
* one weak stance word in a whole item is not a stance; one side against three of the
  other is mixed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from minutesai.engines.offline import scan
from minutesai.engines.offline.not_police_verdicts import (
    NOT_POLICE_VERDICT,
    NOT_POLICE_VERDICT_HINTS,
)
from minutesai.engines.offline.problem_concerns import concern_about_a_problem
from minutesai.engines.offline.procedural_votes import VOTE_HINTS, VOTE_PROCEDURE
from minutesai.engines.offline.sentiment import figure_stance, is_domain_term, judging_terms
from minutesai.engines.offline.stance_lexicon import IRREALIS_REACH, irrealis, stance_terms
from minutesai.engines.offline.word_search import WordSearch
from minutesai.models import SentimentLabel
from minutesai.schemas import FoundAspect, FoundFigure

_OTHER_SERVICE_WORDS = (
    r"(?:housing|licensing|planning|council|parking|environmental\s+health)\s+officers?"
    r"|housing|tenan(?:t|ts|cy|cies)|caretak\w+|landlords?|licen[cs]e\s+holders?|licensees?|premises|DPS|the\s+applicant"
    r"|trading\s+standards|door\s+supervisors?|the\s+bar"
)
_POLICE_WORDS = (
    r"police|policing|officers?|PCSOs?|constab\w+|the\s+force|force[’']s|inspectors?|sergeants?"
    r"|superintendents?|commanders?|chief\s+constable|neighbourhood\s+teams?|CSP|partnership"
)
_ACTORS = re.compile(rf"\b(?:(?P<other>{_OTHER_SERVICE_WORDS})|(?P<police>{_POLICE_WORDS}))\b", re.IGNORECASE)
"""Who a stance word is about: the nearest actor either side of it decides."""
_POLICE = re.compile(rf"\b(?:{_POLICE_WORDS})\b", re.IGNORECASE)
_OTHER_SERVICE_HINTS = ("housing", "officer", "tenan", "caretak", "landlord", "licen", "premises", "dps", "applicant",
                        "trading", "door", "bar")
"""Substrings (lower case) one of which every other-service actor contains: the cheap test first."""

_OTHER_BODY = re.compile(
    r"\s*(?:of|about|with|over|at|by|in|regarding|towards)?\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w’'-]*\s+|housing\s+|local\s+){0,3}"
    r"(?i:council\b|providers?\b|landlords?\b|contractors?\b|homes\b|housing\b"
    r"|trust\b|NHS\b|Ofsted\b|CQC\b|ambulance\b|fire\b|network\s+rail\b|government\b|home\s+office\b|highways\b|probation\b|schools?\b)"
)
"""What a criticism is aimed at, when it is named just after the stance words and is a body other than the police:
'highly critical of Meridian Homes', 'concerns about the Council’s own services'."""

_ACTOR_REACH = 60
"""Characters either side of a stance word searched for the actor it is about."""

_COMMUNITY_PROBLEM = (
    r"\bproblems?\s+(?:being\s+|that\s+(?:were|are|had\s+been)\s+(?:being\s+)?)?(?:experienced|caused|encountered|faced)\b"
    r"|\bproblems?\s+(?:with\s+regard\s+to|with|regarding|relating\s+to|around|of|caused\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:parking|speeding|litter|youths?|young\s+people|vandalism|dogs?|noise|traffic|drugs?|drug[\s-]dealing|drinking|fly[\s-]?tipping"
    r"|graffiti|nuisance|motorbikes?|off[\s-]road\w*|anti[\s-]social\s+behaviou?r|ASB)\b"
    r"|\bproblems?\s+(?:on|at|in|around|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:field|park|estate|road|street|lane|centre|school|village|shops?|car\s+park|rec(?:reation\s+ground)?|play\s+area)s?\b"
    r"|\b(?:main|biggest|major|key|greatest|principal|primary|largest)\s+problems?\s+(?:in|for|on|across|facing|affecting|within)\b"
    r"|\bproblems?\s+(?:referred|reported|brought)\s+(?:in\s+)?to\b|\b(?:local|community|neighbourhood)\s+problems?\b"
)
"""'problems being experienced on the playing field', 'problems with regard to parking outside the school', 'burglary
was the main problem in Cheltenham', 'problems referred in to the service', 'local problems': trouble in the community
that the police are asked about or deal with, not a verdict on the police."""
_PROCEDURAL = re.compile(
    r"\bimprovement\s+(?:plans?|board|notices?|programmes?|actions?)\b|\bcontinuous\s+improvement\b"
    r"|\bproblem[\s-]solving\b|\bproblem\s+(?:profiles?|premises|areas?|locations?)\b"
    r"|\b(?:deploy\w*\s+to|respond\w*\s+to|tackl\w+|address\w*|deal\w*\s+with|solv\w+)\s+(?:\w+\s+){0,2}problems?\b"
    r"|\bsuccessful(?:ly)?\s+(?:\w+\s+)?(?:bids?|applications?|funding|tenders?)\b|\bsuccessful\s+in\s+(?:securing|obtaining|bidding)\b"
    r"|\b(?:deal\w*|dealt|listen\w*)\s+(?:with|to)\s+(?:the\s+)?(?:local\s+)?(?:issues\s+and\s+)?concerns\b"
    r"|\bthanked\s+[^.;]{0,80}?\bfor\s+(?:the|his|her|their)\s+(?:\w+\s+)?(?:report|presentation|attendance|update|attending)\b"
    rf"|{_COMMUNITY_PROBLEM}|{VOTE_PROCEDURE}|{NOT_POLICE_VERDICT}",
    re.IGNORECASE,
)
"""Spans whose stance words are procedural, not a judgement of performance."""
_PROCEDURAL_HINTS = ("improvement", "problem", "success", "concerns", "thanked", *VOTE_HINTS, *NOT_POLICE_VERDICT_HINTS)

_HEDGE = re.compile(r"\btoo\s+(?:early|soon|short[\s-]lived)\b|\bremains?\s+to\s+be\s+seen\b|\bnot\s+yet\s+(?:clear|possible|known)\b",
                    re.IGNORECASE)
"""A sentence that says it is too early to judge claims no good news."""
_HEDGE_HINTS = ("too ", "remain", "not yet")

# Every alternative starts with a distinctive word (common leads such as "very", "not" or "was a"
# sit in lookbehinds); _CUE_WORDS lists those words, so the document-wide cue pass (cues.py) finds
# where a cue can start and the pattern is tried only there.
_NOT_SHORT_OF_A_CRIME = r"(?!\s+of\s+(?:a\s+|an\s+|the\s+)?(?:crim\w*|(?:criminal\s+)?offen\w+|(?:the\s+)?(?:criminal\s+)?threshold))"
"""'an incident that fell short of criminal activity': the definition of a non-crime (hate) incident, not a verdict."""
_NEG_CUES = (
    r"(?:(?<=highly\s)|(?<=very\s)|(?<=extremely\s)|(?<=deeply\s)|(?<=strongly\s)|(?<=particularly\s)|(?<=most\s))critical\b"
    r"|critical\s+of\s+the\s+(?:police|force)|(?:(?<=less\s)|(?<=not\s))satisfied|dissatisf\w+|(?<=not\s)acceptable"
    r"|inadequate|let\s+down|lost\s+(?:faith|confidence)|(?:(?<=no\s)|(?<=little\s)|(?<=lack\sof\s))confidence\s+in\s+the\s+(?:police|force)"
    rf"|(?:(?<=not\sbe\s)|(?<=n[’']t\sbe\s))confident|graded\s+(?:worse|lower)|downgraded|(?:fell\s+(?:well\s+|far\s+)?|falling\s+)short{_NOT_SHORT_OF_A_CRIME}"
    r"|unhappy|(?<=not\sgood\s)enough|(?:(?<=not\s)|(?<=at\sall\s))reassured|(?:felt|feel|feeling)\s+(?:ignored|abandoned|let\s+down|unsafe)"
    r"|(?<=no\s)longer\s+(?:felt|feel)\s+safe|(?<=far\s)too\s+(?:low|slow|high|long|many|few)\b"
    r"|(?:(?<=had\snot\s)|(?<=has\snot\s)|(?<=have\snot\s)|(?<=clearly\snot\s))worked|(?<=did\snot\s)work\b|below\s+expectations|dismayed"
)
_WEAK_NEG_CUES = (
    r"too\s+(?:low|slow|high|long)\b|expressed\s+(?:\w+\s+)?(?:concerns?|dismay)"
    r"|(?:(?<=was\sa\s)|(?<=is\sa\s)|(?<=remains\sa\s)|(?<=remained\sa\s)|(?<=remain\sa\s)|(?<=remained\s)|(?<=remains\s)"
    r"|(?<=of\s)(?<!issues\sof\s)(?<!matters\sof\s)(?<!areas\sof\s)(?<!topics\sof\s)(?<!subjects\sof\s)(?<!items\sof\s)"
    r"|(?<=real\s)|(?<=significant\s)|(?<=serious\s)|(?<=particular\s)|(?<=growing\s)|(?<=continuing\s)|(?<=ongoing\s))concern\b"
)
"""'issues / matters / areas of concern' (plural) name the topics a meeting raises ('to identify and prioritise issues
of concern'), not a verdict; 'a matter of concern' still is one."""
_POS_CUES = (
    r"(?:contributed|led)\s+to\s+(?:a|the)\s+(?:\w+\s+)?(?:reduction|fall|decrease|drop)"
    r"|strong\s+(?:public\s+|community\s+|local\s+)?support|(?:graded|rated)\s+(?:as\s+)?[‘'\"]?(?:good|outstanding)\b"
    r"|targets?\s+(?:had\s+been\s+|has\s+been\s+|have\s+been\s+|was\s+|were\s+)?(?:met|achieved|exceeded|surpassed)"
    r"|target\b[^.;]{0,60}?,\s*which\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:met|achieved|exceeded|surpassed)"
    r"|(?<=well\s)done|(?<=a\s)credit\s+to|grateful\s+(?:for|to)|(?:(?<=were\s)|(?<=was\s)|(?<=very\s))grateful|impressive|impressed|delighted"
)
_DOC_CUES = scan.LowerScanner(
    rf"(?P<neg>\b(?:{_NEG_CUES}))|(?P<weak_neg>\b(?:{_WEAK_NEG_CUES}))|(?P<pos>\b(?:{_POS_CUES}))")
_CUE_WORDS = scan.Cues((
    "critical", "satisf", "dissatisf", "acceptable", "inadequate", "let$", "lost$", "confiden", "graded",
    "downgraded", "rated", "fell$", "falling$", "unhappy", "enough", "reassured", "felt$", "feel", "longer", "poor$", "too$",
    "worked", "work$", "below", "dismayed", "expressed", "concern", "contributed", "led$", "strong$",
    "target", "done$", "credit", "grateful", "impressive", "impressed", "delighted",
))
"""The word every document cue starts with (a prefix unless it ends in ``$``)."""
_CUE_WEIGHT = {"neg": -1.5, "weak_neg": -1.0, "pos": 1.0}
_CUE_NEGATED = re.compile(r"\b(?:not|never|no|neither|nor|n[’']t)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_CUE_BASELINE = re.compile(r"\b(?:improvement\s+on|up\s+from|from|previous(?:ly)?|prior)\s+(?:the\s+|an?\s+|its\s+|their\s+)?$",
                           re.IGNORECASE)
"""'an improvement on the inadequate grading': the grade it was, not the grade it is."""
_PREVIOUS_WORD = re.compile(r"\b[\w’']+\s+$")
_ASKED = re.compile(r"\basked\s+(?:whether|if|why|how|what|when)\b", re.IGNORECASE)

_ASKED_FOUND = WordSearch(_ASKED)
_CUE_NEGATED_FOUND = WordSearch(_CUE_NEGATED)
_CUE_BASELINE_FOUND = WordSearch(_CUE_BASELINE)

_NEUTRAL_BELOW = 1.5
"""Total stance below this (one weak word, one figure) leaves the item neutral."""
_MEASURES_ALONE = 2.0
"""Measures moving with nobody commenting need this much weight to give the item a stance."""
_MIXED_RATIO = 0.3
"""The smaller side must reach this share of the larger for the item to be mixed: one against three is mixed,
one against four is not,"""
_FEW_MIXED_RATIO = 0.25
_FEW = 3.0
"""... unless little is said at all (both sides together at most ``_FEW``): then one against four is mixed too. Of the
eight items at exactly one against four in the local and real gold sets all accept 'mixed', and the three that accept
nothing else (three councils) are the ones with the least said (2.0–2.5); an item with 7 against 2 does not accept it."""


@dataclass
class Signal:
    """One reason for the label: an aspect or a document cue."""

    label: SentimentLabel
    weight: float
    topic: str
    words: tuple[str, ...]
    spoken: bool
    """Someone said it (stance words), rather than a measure moving."""


def document_sentiment(
    text: str, aspects: list[FoundAspect], figures: Sequence[FoundFigure] = ()
) -> tuple[SentimentLabel, float, str]:
    """(label, score in [-1, 1], rationale naming what drove it) for a whole item of minutes.

    ``figures`` (the item's figures) let an aspect whose stance words are set aside keep
    the stance of its measures."""
    signals = [s for a in aspects if (s := _aspect_signal(a, figures)) is not None]
    signals += _document_cues(text, aspects)
    spoken_total = sum(s.weight for s in signals if s.spoken)
    measured = [s for s in signals if not s.spoken and (s.label != "mixed" or spoken_total < 2.0)]
    # measures nobody commented on never outweigh the discussion (a long table is one voice)
    measured_total = sum(s.weight for s in measured)
    share = min(1.0, spoken_total / measured_total) if spoken_total and measured_total else 1.0
    pos = neg = 0.0
    for s in [s for s in signals if s.spoken] + measured:
        w = s.weight if s.spoken else s.weight * share
        if s.label == "positive":
            pos += w
        elif s.label == "negative":
            neg += w
        elif s.label == "mixed":
            pos += w / 2
            neg += w / 2
    total = pos + neg
    label: SentimentLabel
    if total < _NEUTRAL_BELOW or not any(s.label in ("positive", "negative") or (s.label == "mixed" and s.spoken) for s in signals) \
            or (spoken_total == 0 and total < _MEASURES_ALONE):
        label, score = "neutral", 0.0
    else:
        score = max(-1.0, min(1.0, (pos - neg) / max(total, 3.0)))
        if min(pos, neg) >= (_FEW_MIXED_RATIO if total <= _FEW else _MIXED_RATIO) * max(pos, neg):
            label = "mixed"
            score = max(-0.4, min(0.4, score))
        else:
            label = "positive" if pos > neg else "negative"
            score = max(0.1, score) if label == "positive" else min(-0.1, score)
    return label, round(score, 3), _rationale(label, signals, pos, neg)


def _aspect_signal(a: FoundAspect, figures: Sequence[FoundFigure]) -> Signal | None:
    quote = a.quote
    terms = judging_terms(quote, 0, stance_terms(quote))
    low = quote.lower()
    others = any(w in low for w in _OTHER_SERVICE_HINTS)
    if not any(is_domain_term(t) for t in terms):  # a measure moving: keep it unless it is another service's measure
        if others and _about_other_service(quote, 0, len(quote)):
            return None
        return Signal(a.label, 1.0, a.topic, (), spoken=False)
    hedged = any(w in low for w in _HEDGE_HINTS) and _HEDGE.search(quote) is not None
    procedural = [m.span() for m in _PROCEDURAL.finditer(quote)] if any(w in low for w in _PROCEDURAL_HINTS) else []
    topic = a.topic.lower()
    kept = [
        (s, e, w)
        for s, e, w in terms
        if not (w > 0 and hedged)
        and low[s:e] not in topic  # the name of what is measured ("confidence") is no stance
        and not any(ps <= s < pe for ps, pe in procedural)
        and not (others and _about_other_service(quote, s, e))
        and not _aimed_at_other_body(quote, e)
    ]
    words = tuple(quote[s:e] for s, e, w in kept if abs(w) >= 1.0)[:2]
    stances = [figure_stance(f) for f in figures if f.quote and f.quote in quote]
    if kept == terms:
        # what is said and the measure it is said of agree: both count ("had not seen the reduction ...")
        sign = {"positive": 1.0, "negative": -1.0}.get(a.label, 0.0)
        agreeing = sum(1.0 for x in stances if x * sign > 0)
        # (aspect_weight(a), from the judging terms of its quote, which are ``terms``: not read again)
        weight = max(1.0, min(3.0, sum(abs(w) for *_, w in terms)))
        return Signal(a.label, min(3.0, weight + agreeing), a.topic, words, spoken=True)
    pos = sum(w for *_, w in kept if w > 0) + cast(float, sum(x for x in stances if x > 0))
    neg = -sum(w for *_, w in kept if w < 0) - cast(float, sum(x for x in stances if x < 0))
    if pos + neg < 0.9:
        return None
    label: SentimentLabel = "mixed" if min(pos, neg) >= 0.5 * max(pos, neg) else "positive" if pos > neg else "negative"
    return Signal(label, max(1.0, min(3.0, pos + neg)), a.topic, words, spoken=bool(kept))


def _aimed_at_other_body(text: str, end: int) -> bool:
    """True when the words just after a stance phrase name another body as what it is about."""
    m = _OTHER_BODY.match(text, end)
    return m is not None and _POLICE.search(m.group()) is None


def _about_other_service(text: str, start: int, end: int) -> bool:
    """True when the actor named nearest to ``text[start:end]`` is another service than the police."""
    lo, hi = max(0, start - _ACTOR_REACH), min(len(text), end + _ACTOR_REACH)
    nearest: tuple[int, bool] | None = None
    for m in _ACTORS.finditer(text, lo, hi):
        distance = start - m.end() if m.end() <= start else max(0, m.start() - end)
        if nearest is None or distance < nearest[0]:
            nearest = (distance, m.lastgroup == "other")
    return nearest is not None and nearest[1]


def _document_cues(text: str, aspects: list[FoundAspect]) -> list[Signal]:
    """Members' verdicts the sentence lexicon does not count, once each."""
    found = _cue_matches(text)
    if not found:
        return []
    spans = []
    for a in aspects:
        at = text.find(a.quote)
        if at >= 0:
            spans.append((at, at + len(a.quote), a.quote))
    out = []
    for m in found:
        s, e = m.span()
        if any(a <= s < b and any(a + ts < e and s < a + te for ts, te, _ in stance_terms(q)) for a, b, q in spans):
            continue  # an aspect already counts this phrase
        sent_start, sent_end = _sentence_around(text, s, e)
        sentence = text[sent_start:sent_end]
        if sentence.rstrip().endswith("?") or _ASKED_FOUND.found(text, sent_start, s):
            continue
        weight = _CUE_WEIGHT[m.lastgroup]  # type: ignore[index]
        if irrealis(text, max(sent_start, s - IRREALIS_REACH), s, good=weight > 0):
            continue  # 'would not be satisfied until it was graded good': a condition, not a verdict
        if weight > 0 and _CUE_NEGATED_FOUND.found(text, max(sent_start, s - 20), s):
            weight = -0.75 * weight  # "neither target had been met"
        elif weight < 0 and _CUE_BASELINE_FOUND.found(text, max(sent_start, s - 20), s):
            continue
        if _aimed_at_other_body(text, e) or (weight < 0 and "concern" in m.group() and concern_about_a_problem(text, s)):
            continue  # "highly critical of Meridian Homes"; "rural crime remained a concern": a problem, not the police
        window = text[max(0, s - _ACTOR_REACH):e + _ACTOR_REACH].lower()
        if any(w in window for w in _OTHER_SERVICE_HINTS) and _about_other_service(text, s, e):
            continue
        label: SentimentLabel = "positive" if weight > 0 else "negative"
        shown = _PREVIOUS_WORD.search(text, max(sent_start, s - 30), s)  # the lookbehind's word: "far less satisfied"
        out.append(Signal(label, abs(weight), "speakers' verdict", (text[shown.start() if shown else s:e],), spoken=True))
    return out


def _cue_matches(text: str) -> list[re.Match[str]]:
    """``_DOC_CUES.finditer(text)``, trying the pattern only where one of its first words starts."""
    starts = _CUE_WORDS.starts(text)
    low = scan.lowered(text) if starts is not None else None
    if starts is None or low is None:
        return _DOC_CUES.finditer(text)
    found = []
    after = 0
    for at in starts:
        if at >= after and (m := _DOC_CUES.rx.match(low, at)) is not None:
            found.append(m)
            after = m.end()
    return found


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, start - 400, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end), text.find("?", end)) if i >= 0]
    hi = min(min(stops) + 1 if stops else len(text), end + 400, len(text))
    return lo, hi


def _rationale(label: SentimentLabel, signals: list[Signal], pos: float, neg: float) -> str:
    if label == "neutral":
        if not signals:
            return "Neutral: no statement in the item takes a stance on police performance."
        return "Neutral: few and weak signals on police performance; the item is mostly factual or procedural."
    good = _drivers([s for s in signals if s.label == "positive"])
    bad = _drivers([s for s in signals if s.label == "negative"])
    weights = f" (weight {pos:.1f} positive, {neg:.1f} negative)"
    if label == "positive":
        return f"Positive{weights}: good news on {good}" + (f", outweighing concerns on {bad}." if bad else ".")
    if label == "negative":
        return f"Negative{weights}: concerns on {bad}" + (f", outweighing good news on {good}." if good else ".")
    if not (good or bad):  # only statements that weigh both sides themselves
        return f"Mixed{weights}: statements that weigh good news against concerns on {_drivers(signals)}."
    both = _drivers([s for s in signals if s.label == "mixed"])  # a measure that moved both ways counts on each side
    return f"Mixed{weights}: good news on {good or both or 'little'}, but concerns on {bad or both or 'little'}."


def _drivers(signals: list[Signal]) -> str:
    """The heaviest signals, spoken ones first, as 'topic (“word”, “word”)', one entry per topic."""
    words: dict[str, list[str]] = {}
    for s in sorted(signals, key=lambda s: (not s.spoken, -s.weight)):
        listed = words.setdefault(s.topic, [])
        listed += [w for w in s.words if w not in listed]
    parts = [f"{topic} ({', '.join(f'“{w}”' for w in ws[:3])})" if ws else f"{topic} (figures)" for topic, ws in words.items()]
    return "; ".join(parts[:4])


__all__ = ["Signal", "document_sentiment"]
