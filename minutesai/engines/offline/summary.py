"""Extractive key points and summary: the most informative sentences (figures,
decisions, concerns, commitments), kept in document order, ≤ ~150 words."""

from __future__ import annotations

import bisect
import re
from itertools import chain

from minutesai.engines.offline import scan
from minutesai.engines.offline.sentence_index import sentences_holding
from minutesai.engines.offline.sentences import Sentence, split_sentences, trim_span
from minutesai.engines.offline.stance_lexicon import document_stance, stance_terms
from minutesai.engines.offline.word_search import WordSearch
from minutesai.schemas import ChunkFindings, FoundFigure, FoundKeyPoint

SUMMARY_WORDS = 150
_PROCEDURAL = re.compile(
    r"\b(?:apologies|welcomed\s+(?:members|everyone|all|attendees|the)|introduced\s+(?:himself|herself|themselves)|arrived|left\s+the\s+meeting"
    r"|declarations?\s+of\s+interest|supporting\s+documents|agenda\s+item|pdf\s+\d+|additional\s+documents|venue|contact\s*:)",
    re.IGNORECASE,
)
_PROCEDURAL_CUES = scan.Cues(("apolog", "welcomed", "introduced", "arrived", "left the meeting", "declaration",
                               "supporting documents", "agenda item", "pdf", "additional documents", "venue", "contact"))
_CRIME_WORDS = scan.Cues(("crime", "burglar", "robber", "violen", "asb", "anti-social", "antisocial", "theft", "offence", "offense",
                          "abuse", "hate", "knife", "drug", "confidence", "detection", "outcome", "arrest", "victim"))
_DECISION_WORDS = re.compile(r"\b(?:RESOLVED|AGREED|RECEIVED|NOTED|resolved|be\s+noted|recommends?)\b")
_DECISION_WORDS_FOUND = WordSearch(_DECISION_WORDS)
_DOUBLED_STOP = re.compile(r"\.(?:\s*\.)+")
_LEAD = re.compile(r"^(?:[•·▪\-–]\s*)?")


def _score(text: str, sent: Sentence, figure_starts: list[int], extra_starts: list[int]) -> float:
    """How informative a sentence is: figures, decisions and actions in it, stance, crime words."""
    start, end = sent.start, sent.end
    n_fig = bisect.bisect_left(figure_starts, end) - bisect.bisect_left(figure_starts, start)
    n_extra = bisect.bisect_left(extra_starts, end) - bisect.bisect_left(extra_starts, start)
    stance = stance_terms(text, start, end)
    if not (n_fig or n_extra or stance):
        return 0.0  # nothing found in it: never a key point
    t = sent.text
    words = t.count(" ") + 1
    if words < 5 or t.rstrip().endswith("?") or (_PROCEDURAL_CUES.present(text, start, end) and _PROCEDURAL.search(t)):
        return -1.0
    score = min(n_fig, 2) * 2.5 + 2.0 * n_extra + min(2.0, sum(abs(w) for *_, w in stance))
    if _DECISION_WORDS_FOUND.found(t, 0, len(t)):
        score += 1.0
    if _CRIME_WORDS.present(text, start, end):
        score += 1.0
    if words > 60:
        score -= 1.5
    return score


def _rank(text: str, sentences: list[Sentence], figure_starts: list[int], extra_starts: list[int]) -> list[tuple[float, int]]:
    figure_starts, extra_starts = sorted(figure_starts), sorted(extra_starts)
    # a sentence holding no figure, finding or stance phrase scores 0: in a long text, where the stance
    # phrases are known for the whole text, only the sentences holding the start of one are scored
    holding = sentences_holding(sentences, chain(figure_starts, extra_starts, document_stance(text)[1])) \
        if len(text) >= scan.SMALL else None
    indices = range(len(sentences)) if holding is None else holding
    ranked = [(_score(text, sentences[i], figure_starts, extra_starts), i) for i in indices]
    return sorted((r for r in ranked if r[0] > 0.5), key=lambda r: (-r[0], r[1]))


def _clean(sentence: str) -> str:
    return _DOUBLED_STOP.sub(".", " ".join(_LEAD.sub("", sentence).split()))


def key_points(text: str, sentences: list[Sentence], figures: list[FoundFigure], limit: int | None = None) -> list[FoundKeyPoint]:
    """The most informative sentences (4 to 10, by length of the text), in document order."""
    limit = limit or max(4, min(10, len(sentences) // 6))
    starts = [i for i in (text.find(f.quote) for f in figures) if i >= 0]
    chosen = sorted(i for _, i in _rank(text, sentences, starts, [])[:limit])
    out = []
    for i in chosen:
        s, e = trim_span(text, sentences[i].start, sentences[i].end, strip_period=False)
        out.append(FoundKeyPoint(text=_clean(text[s:e]), quote=text[s:e]))
    return out


def extractive_summary(text: str, findings: ChunkFindings, max_words: int = SUMMARY_WORDS) -> str:
    """A summary of at most ``max_words`` words from the key points (best first, kept in document order).

    Key points were ranked per chunk by the map step; here they are re-weighted
    by what was found in them (figures, decisions, actions, stance) without
    scanning the document again. Falls back to ranking the text's sentences.
    """
    points = findings.key_points
    if not points:
        return _summary_from_text(text, findings, max_words)
    evidence = [f.quote for f in findings.figures] + [d.quote for d in findings.decisions] + [a.quote for a in findings.actions]

    def weight(i: int) -> float:
        quote = points[i].quote
        found = sum(1 for q in evidence if q and (q in quote or quote in q))
        stance = sum(abs(w) for *_, w in stance_terms(quote))
        return found * 2.0 + min(stance, 2.0)

    order = sorted(range(len(points)), key=lambda i: (-weight(i), i))
    picked, words = [], 0
    for i in order:
        n = len(points[i].text.split())
        if words + n <= max_words:
            picked.append(i)
            words += n
    return " ".join(points[i].text for i in sorted(picked))


def _summary_from_text(text: str, findings: ChunkFindings, max_words: int) -> str:
    sentences = split_sentences(text)
    figure_starts = [i for i in (text.find(f.quote) for f in findings.figures) if i >= 0]
    extra = [text.find(q) for q in [*(d.quote for d in findings.decisions), *(a.quote for a in findings.actions)]]
    picked: list[int] = []
    words = 0
    for _, i in _rank(text, sentences, figure_starts, [i for i in extra if i >= 0]):
        n = len(sentences[i].text.split())
        if words + n > max_words:
            continue
        picked.append(i)
        words += n
    if not picked:
        for i, s in enumerate(sentences):
            n = len(s.text.split())
            if n < 5 or _PROCEDURAL.search(s.text):
                continue
            if words + n > max_words:
                break
            picked.append(i)
            words += n
    return " ".join(_clean(sentences[i].text) for i in sorted(picked))
