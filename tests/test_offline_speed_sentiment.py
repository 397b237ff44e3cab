"""The faster paths of the sentence, sentiment and key-point rules give what the plain scans give."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from minutesai.engines.offline import decisions, figures, scan, sentiment, stance_lexicon, summary
from minutesai.engines.offline.sentence_index import sentences_holding
from minutesai.engines.offline.sentences import Sentence, split_sentences

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))[:8]]
_TRICKY = [
    "excellent", "Excellent!", "2excellent", "_excellent", "excellent_", "excellent2", "excellent’s", "’excellent",
    "'excellent'", "unexcellent", "éexcellent", "excellenté", "excellent\u00a0failure", "KILLED", "panic—panic",
    "great-terrible", "o’horrible", "the best.", "  ", "", "x", "ſuperb", "\u212aill", "İnsane", "ideal", "don't hate",
]


def _random_text(rng: random.Random) -> str:
    words = list(stance_lexicon._strong_vader_words())[:300] + _TRICKY + ["crime", "fell", "the", "1,204", "\n", ". "]
    return "".join(rng.choice(words) + rng.choice(["", " ", "  ", ",", "’", "'", "-", "\n", "é", "1", "_"])
                   for _ in range(rng.randint(0, 60)))


def _reference_vader(low: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in stance_lexicon._strong_vader_pattern().finditer(low, start, end)]


@pytest.mark.parametrize("seed", range(30))
def test_strong_words_from_the_split_are_those_of_the_trie_pattern(seed):
    rng = random.Random(seed)
    low = _random_text(rng).lower()
    spans = [(0, len(low))] + [(a, rng.randint(a, len(low))) for a in (rng.randint(0, len(low)) for _ in range(30))]
    for start, end in spans:
        assert stance_lexicon._strong_vader_spans(low, start, end) == _reference_vader(low, start, end), (low, start, end)


def test_strong_words_on_real_minutes_match_the_trie_pattern():
    rng = random.Random(7)
    for text in TEXTS:
        low = text.lower()
        assert stance_lexicon._strong_vader_spans(low, 0, len(low)) == _reference_vader(low, 0, len(low))
        for _ in range(100):
            a = rng.randrange(len(low))
            b = min(len(low), a + rng.randrange(0, 500))
            assert stance_lexicon._strong_vader_spans(low, a, b) == _reference_vader(low, a, b)


def test_the_document_lexicon_pass_finds_what_the_full_scan_finds():
    for text in TEXTS + [t + " " * 400 for t in _TRICKY]:
        assert len(text) >= scan.SMALL
        fast = [(m.span(), m.lastgroup, m.group()) for m in stance_lexicon._DOCUMENT_LEXICON.finditer(text)]
        full = [(m.span(), m.lastgroup, m.group()) for m in stance_lexicon._LEXICON.finditer(text)]
        assert fast == full


def _brute_holding(spans: list[tuple[int, int]], positions: list[int]) -> list[int]:
    return [k for k, (s, e) in enumerate(spans) if any(s <= p < e for p in positions)]


@pytest.mark.parametrize("seed", range(40))
def test_sentences_holding_a_position_are_those_a_direct_check_finds(seed):
    rng = random.Random(seed)
    spans, at = [], 0
    for _ in range(rng.randint(0, 12)):
        start = at + rng.randint(0, 3)
        at = start + rng.randint(0, 6)
        spans.append((start, at))
    if seed % 5 == 4 and len(spans) > 1:  # out of order: no shortcut
        spans[0], spans[1] = spans[1], spans[0]
    sentences = [Sentence(s, e, "x" * (e - s), None, True, k) for k, (s, e) in enumerate(spans)]
    positions = [rng.randint(-2, at + 2) for _ in range(rng.randint(0, 8))]
    found = sentences_holding(sentences, positions)
    ordered = all(s <= e for s, e in spans) and all(spans[k][1] <= spans[k + 1][0] for k in range(len(spans) - 1))
    assert found == (_brute_holding(spans, positions) if ordered else None)


def _rules_output(text: str) -> tuple:
    sentences = split_sentences(text)
    found = figures.extract_figures(text, sentences)
    resolutions = decisions.find_resolutions(text, sentences)
    skip = [(r.start, r.end) for r in resolutions if r.formal]
    return sentiment.find_aspects(text, sentences, found, skip), summary.key_points(text, sentences, found)


def test_aspects_and_key_points_from_the_sentences_holding_something_are_those_of_every_sentence(monkeypatch):
    fast = [_rules_output(text) for text in TEXTS]
    assert any(aspects for aspects, _ in fast) and any(points for _, points in fast)
    monkeypatch.setattr(sentiment, "sentences_holding", lambda *_: None)
    monkeypatch.setattr(summary, "sentences_holding", lambda *_: None)
    assert [_rules_output(text) for text in TEXTS] == fast


def _lexicon_fields(matches: list) -> list[tuple]:
    return [(m.span(), m.lastgroup, m.group()) for m in matches]


@pytest.mark.parametrize("seed", range(30))
def test_the_lexicon_over_a_span_finds_what_the_full_scan_finds(seed):
    rng = random.Random(seed)
    words = ["not", "Not ", "excellent", "very good", "a cause for concern", "highest", "the highest", "below the average",
             "improved", "rating: red", "RAG ‘green’", "on track", "x", "_", "9", "é", " ", "  ", "\n", ".", "(", "’", "-",
             "disappointing", "concerns were raised", "problems", "ſuccess", "İ", "poorly", "poor", "\u212a"]
    text = "".join(rng.choice(words) for _ in range(rng.randint(0, 60)))
    assert stance_lexicon._LEXICON_STARTS is not None
    spans = [(0, len(text))] + [(a, rng.randint(a, len(text))) for a in (rng.randint(0, len(text)) for _ in range(20))]
    for start, end in spans:
        fast = _lexicon_fields(stance_lexicon._lexicon_in_span(text, start, end))
        assert fast == _lexicon_fields(stance_lexicon._LEXICON.finditer(text, start, end)), (text, start, end)


def test_the_lexicon_over_sentences_of_real_minutes_finds_what_the_full_scan_finds():
    for text in TEXTS:
        for s in split_sentences(text)[:200]:
            for piece, start, end in ((s.text, 0, len(s.text)), (text, s.start, s.end)):
                fast = _lexicon_fields(stance_lexicon._lexicon_in_span(piece, start, end))
                assert fast == _lexicon_fields(stance_lexicon._LEXICON.finditer(piece, start, end))
