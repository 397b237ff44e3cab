"""The stance lexicon: where speakers' evaluative words sit in a text, with their weights.

A small domain lexicon ("disappointing", "a cause for concern", "congratulated the team") plus
vaderSentiment's strongly evaluative words (weight only, never a stance alone), read with negation,
hypothetical and irrealis windows. :mod:`sentiment` turns these terms into aspects; :mod:`stance`
into the document's label. Long texts are scanned once and answered per span.
"""

from __future__ import annotations

import functools
import math
import re

from minutesai.engines.offline import docscan, scan
from minutesai.engines.offline.problem_concerns import concern_about_a_problem, problem_of_a_subject
from minutesai.engines.offline.resolved_problems import (
    ended_problem,
    problem_denied,
    problem_worked_on,
)
from minutesai.engines.offline.word_search import WordSearch

_NEG_STRONG = (
    r"disappoint\w*|cause\s+(?:for|of)\s+concern|frustrat\w+|unacceptable|(?:major|serious|significant|real)\s+concerns?"
    r"|worst\s+(?:in|performing)|not\s+(?:been\s+)?(?:achieved|met)|missed\s+(?:the\s+|its\s+)?target|fail(?:ed|ing|ure)\b|alarming|shocking"
    r"|bad\s+news|inadequate|appalling|disgrace\w*|dreadful|terrible|woeful|abysmal|inexcusable|embarrass\w+"
)
_NEG = (
    r"concern(?:s|ed)?\s+(?:about|over|regarding|at|that)|(?<!\bof\s)concerns?\s+(?:was|were)|concerns?\s+with|concerns?\s+(?:had\s+been\s+|were\s+)?raised|worr(?:ying|ied|ies)\b"
    r"|\bpoor\b|unsatisfactory|no\s+(?:police\s+response|response\s+from\s+(?:the\s+)?police)|deteriorat\w+|worsen\w*|undermin\w+|got\s+worse|problematic|\bproblems?\b|lack\s+of|insufficient|struggl\w+|not\s+(?:always\s+)?been\s+effective"
    r"|red\s+(?:status|rating|rag)|(?:status|rag|rated|rating)(?:\s+(?:was|is|of|as))?\s*[:–-]?\s*[‘'\"]?red\b|bottom\s+quartile|quartile\s+four|fourth\s+quartile"
    r"|compar(?:es|ed|ing)\s+(?:very\s+|quite\s+)?(?:poorly|unfavourably|badly)\b|behind\s+target|uncertain\w*|cuts?\s+(?:in|to)\s+(?:police|officer|funding|neighbourhood)"
    r"|disproportionately\s+high\w*|urged\s+caution|not\s+(?:seen|achieved)\s+the\s+(?:reduction|improvement)|vulnerable\s+without|criticis\w+"
    r"|(?:requir\w+|needs?|needed|room\s+for)\s+(?:\w+\s+)?improv\w*|(?:improvements?|work)\s+(?:still\s+)?to\s+be\s+(?:made|done)"
    r"|(?<![\w,]\s)(?<![\w,])(?:negatives?|areas?\s+(?:of\s+concern|for\s+improvement))\s*[:–—-]\s"
)
_POS_STRONG = (
    r"congratulat\w+|commend\w+|prais\w+|excellent|outstanding|pleased|safest|strong\s+(?:performance|performances|results?|evidence)"
    r"|encouraging\s+(?:to|that|news|results?|signs?|progress|trend)|(?:(?<=\bwas\s)|(?<=\bis\s)|(?<=\bwere\s)|(?<=\bvery\s)|(?<=\bmost\s)|(?<=\bparticularly\s)|(?<=\breally\s))encouraging"
    r"|encouraged\s+(?:by|to\s+see|that)"
    r"|improv(?:ed|ements?\s+in)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’']+\s+){0,2}?performance\b"
    r"|good\s+news|very\s+good|superb|exemplary|fantastic|brilliant|great\s+(?:work|progress|success)|success(?:ful|fully|es)?\b|exceed\w*|best\s+(?:performing|in|ever)|top\s+quartile|huge\s+improvement"
)
_POS = (
    r"improv(?:ed|ement|ements|ing)\b|good\s+(?:work|progress|performance|results?|reductions?)|positive\s+(?:outcomes?|impact|feedback|results?|news)"
    r"|\beffective\b(?!\s+(?:from|date|on\s+\d))|welcomed\s+(?:the\s+|this\s+|these\s+)?(?:progress|reductions?|improvements?|results?|news|work|initiative|approach|fall|decrease)"
    r"|reassur\w+|confident|(?:good|excellent|great|provides?|provided|represents?|represented)\s+(?:\w+\s+)?value\s+for\s+money|(?<=\bon\s)track|ahead\s+of\s+(?:target|schedule)"
    r"|green\s+(?:status|rating|rag)|(?:status|rag|rated|rating)(?:\s+(?:was|is|of|as))?\s*[:–-]?\s*[‘'\"]?green\b|better\s+placed|well\s+received"
    r"|compar(?:es|ed|ing)\s+(?:very\s+|really\s+|quite\s+)?(?:well|favourably)\b"
    r"|(?<![\w,]\s)(?<![\w,])positives?\s*[:–—-]\s"
    r"|(?:responded|performed|performing|coped|coping|doing|done|working|worked)\s+(?:extremely\s+|very\s+|really\s+|particularly\s+|exceptionally\s+|quite\s+)?well\b(?!\s+(?:enough|with|alongside|together))"
)
# A comparison with the best or worst, with an average or target, or a level called high or low ("the second lowest crime figures in London", "confidence was the lowest he
# could remember") judges a measure: bad news when it is the highest, good news when the lowest, the other way
# round for a measure where more is better (for_measure). "the highest crime type / trend" says which crime makes up most, not how much.
_SUPERLATIVE = (
    r"(?:(?<=the\s)|(?<=its\s)|(?<=their\s)|(?<=second\s)|(?<=third\s)|(?<=fourth\s)|(?<=fifth\s)|(?<=\dth\s)|(?<=\dnd\s)"
    r"|(?<=\drd\s)|(?<=\dst\s))(?:highest|lowest)\b(?!\s+(?:priorit\w*|standards?|possible|risk))"
    r"(?!\s+(?:(?:reported|recorded|volume|single)\s+)?(?:crime\s+|offence\s+)?(?:types?|trends?|categor(?:y|ies)|groups?|drivers?|contributors?|proportion|share|percentage)\b)"
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
_NEGATION = re.compile(r"\b(?:not|no|never|without|hardly|n[’']t)(?:\s*,(?:\s*\w+){1,2}\s*,)?\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
"""Also across a parenthesis set off by commas: 'had not, so far, been successful', 'has not, as yet, been effective'."""
# "could be improved", "the aim was to improve": a wish, not an achievement.
_HYPOTHETICAL = re.compile(r"\b(?:be|to|could|should|would|might|must|can|how|needs?|needed|aim|hope[sd]?)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A stance word in a clause that only imagines or wants an outcome ("to ensure that Members were confident",
# "whilst, if possible, improving services", "to identify potential problems earlier") is no verdict. A modal
# ("this would help improve confidence") also makes good news a hope; bad news under one stays a judgement, as
# reported speech puts "will" as "would" ("the public would find the figures embarrassing").
_IRREALIS_CLAUSE = r"(?:if|unless|until|whether|to\s+ensure|in\s+order\s+to|so\s+that|aim(?:s|ed)?\s+to|hope[sd]?|hoping|potential(?:ly)?)"
_SAME_CLAUSE = r"(?:(?!\bwhich\b)[^.;:!?\n])*$"
"""To the stance word without leaving the clause: a 'which' clause after the hope or condition is a verdict of
its own ('public safety would not be compromised, which the PCC took as very reassuring')."""
_IRREALIS = re.compile(rf"\b{_IRREALIS_CLAUSE}\b{_SAME_CLAUSE}", re.IGNORECASE)
_IRREALIS_GOOD = re.compile(rf"\b(?:{_IRREALIS_CLAUSE}|would|could|should|might)\b{_SAME_CLAUSE}", re.IGNORECASE)
IRREALIS_REACH = 60
"""Characters before a stance word searched for what makes its clause irrealis."""


_RESPONDED_TO = re.compile(
    r"\brespon(?:se|ses|d|ds|ded|ding)\s+to\s+"
    r"(?:(?!(?:show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated|highlight|highlights|highlighted"
    r"|express|expressed|raise|raised|suggest|suggests|suggested)\b)[\w’'-]+\s+){0,6}$",
    re.IGNORECASE)
"""A concern named as what someone responds to ('in response to Members' concerns regarding ...', 'could respond
to local concerns about safety'): the reason for an answer or an action, not a verdict on it."""
_BOOSTED = re.compile(r"\b(?:much|greatly|significantly|considerably|vastly|hugely|substantially|markedly|dramatically|very|extremely"
                      r"|exceptionally|particularly|really)\s+$", re.IGNORECASE)
"""An intensifier just before a stance word (VADER's boosters, the ones minutes use)."""
_IRREALIS_FOUND = WordSearch(_IRREALIS)
_IRREALIS_GOOD_FOUND = WordSearch(_IRREALIS_GOOD)
_NEGATION_FOUND = WordSearch(_NEGATION)
_NO_BEFORE = re.compile(r"\b(?:no|not\s+an?|not\s+any|without\s+(?:any\s+)?)\s+(?:(?:real|significant|major|great|particular|overall|immediate|serious|undue)\s+){0,2}$",
                        re.IGNORECASE)
"""'no significant cause for concern', 'no real concern': a concern denied, not raised (a negated concern was read as
one, and negation only turned praise)."""
_NEGATION_REACH = 30
"""Characters before a stance word searched for its negation (two short words, or a short parenthesis)."""
_HYPOTHETICAL_FOUND = WordSearch(_HYPOTHETICAL)


def irrealis(text: str, start: int, end: int, good: bool) -> bool:
    """True when ``text[start:end]``, just before a stance word, puts it in an irrealis clause (for good news,
    a modal too)."""
    return (_IRREALIS_GOOD_FOUND if good else _IRREALIS_FOUND).found(text, start, end)
_WORD = re.compile(r"[A-Za-z’']+")
# VADER scores these domain words as negative; here they only name what is measured.
_DOMAIN_NEUTRAL_WORDS = """crime crimes criminal violence violent abuse abused victim victims offence offences offenders offender knife knives gun guns
    weapon weapons theft thefts burglary robbery assault assaults hate harm harmful drugs drug arson damage killed murder death deaths
    fraud threat threats risk risks attack attacked abusive rape sexual exploitation vulnerable war fight fighting fear gang gangs
    prison punishment arrested arrest charged charge illegal injury injuries victimisation support supporting supported help helped
    protect protecting protection safe safety care thanks thanked thank welcome welcomed like important please
encourage encouraged encouraging positive offending reoffending"""
# (the last line: words the domain lexicon reads in context — "encouraging people to report" is not praise)
_DOMAIN_NEUTRAL = frozenset(_DOMAIN_NEUTRAL_WORDS.split())
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


_NEXT_WORD_CAPITALISED = re.compile(r"\s+[A-Z][a-z]")
_RUNNING_TEXT_BEFORE = re.compile(r"(?:[A-Za-z,;(]|[\w)]\s*[–—-]|\))\s*$")
"""Running text, or a numbered title's dash ('Notice of Motion 1 – Improving Policing in Crawley') or an
acronym's closing bracket ('(HMICFRS) Improvement Plan Update')."""


def _in_a_title(text: str, s: int, e: int) -> bool:
    """A capitalised stance word inside running text followed by another capitalised word ('(Improving Public
    Confidence; ...)', 'the Delivering Excellence programme', 'Notice of Motion 1 – Improving Policing in
    Crawley', 'Information Sharing and Problem Solving Groups') is part of a name."""
    return text[s].isupper() and _NEXT_WORD_CAPITALISED.match(text, e) is not None \
        and _RUNNING_TEXT_BEFORE.search(text, max(0, s - 5), s) is not None


def _scan_stance(text: str, start: int, end: int) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    taken = scan.Occupied(len(text))
    whole = start == 0 and end == len(text) and len(text) >= scan.SMALL
    for m in _DOCUMENT_LEXICON.finditer(text) if whole else _lexicon_in_span(text, start, end):
        group = m.lastgroup
        weight = (-1.0 if m.group().startswith(_HIGH_SIDE) else 1.0) if group == "comparison" else _WEIGHTS[group]  # type: ignore[index]
        taken.take(m.start(), m.end())
        if weight > 0 and _NEGATION_FOUND.found(text, max(start, m.start() - _NEGATION_REACH), m.start()):
            weight = -weight * 0.75
        elif group == "neg" and m.group().startswith("problem") and ended_problem(text, m.start(), m.end(), start, end):
            weight = -weight  # "had swiftly extinguished ... a drug-dealing problem": a success
        elif group == "neg" and m.group().startswith("problem") and (problem_worked_on(text, m.start(), start)
                                                                     or problem_denied(text, m.start(), start)
                                                                     or problem_of_a_subject(text, m.start())):
            continue  # "in addressing the city's burglary problem": what the work aims at; "did not experience the same problems"
        elif weight < 0 and "concern" in m.group() and (_RESPONDED_TO.search(text, max(start, m.start() - 60), m.start())
                                                        or concern_about_a_problem(text, m.start())):
            continue  # "a multi agency response to what was becoming a significant concern", "fraud was a major concern"
        elif weight < 0 and "concern" in m.group() and _NO_BEFORE.search(text, max(start, m.start() - 30), m.start()):
            continue  # "so there is no significant cause for concern", "there was no concern that ...": none raised
        elif _in_a_title(text, m.start(), m.end()):
            continue  # "the Plan's priorities (Improving Public Confidence; ...)", "Problem Solving Groups": a name, no verdict
        elif (weight > 0 and _HYPOTHETICAL_FOUND.found(text, max(start, m.start() - 20), m.start())) \
                or irrealis(text, max(start, m.start() - IRREALIS_REACH), m.start(), good=weight > 0):
            continue
        elif abs(weight) == 1.0 and group in ("pos", "neg") and _BOOSTED.search(text, max(start, m.start() - 16), m.start()):
            weight *= 1.5  # "much improved", "a very real problem": the speaker stresses the verdict
        found.append((m.start(), m.end(), weight))
    strong = _strong_vader_words()
    low = text.lower() if len(text) < scan.SMALL else scan.lowered(text)
    if low is not None and len(low) == len(text) and "\u212a" not in text:
        # one trie-shaped pattern over the lower-cased text finds the same whole words as the loop below
        for s, e in _strong_vader_spans(low, start, end):
            if taken.free(s, e) and not _a_quantity(low, s, e):
                found.append((s, e, math.copysign(_GENERAL_WEIGHT, strong[low[s:e]])))
    else:
        for m in _WORD.finditer(text, start, end):
            valence = strong.get(m.group().lower())
            if valence is not None and taken.free(m.start(), m.end()) and not _a_quantity(text.lower(), m.start(), m.end()):
                found.append((m.start(), m.end(), math.copysign(_GENERAL_WEIGHT, valence)))
    found.sort()
    return found


def _a_quantity(low: str, s: int, e: int) -> bool:
    """'a great deal of focus', 'a great many calls': the idiom says how much, not how good."""
    return low[s:e] == "great" and low.startswith((" deal", " many"), e)


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

