"""The faster paths of the sentence, sentiment and key-point rules give what the plain scans give."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from minutesai.engines.offline import scan, sentiment

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))[:8]]
_TRICKY = [
    "excellent", "Excellent!", "2excellent", "_excellent", "excellent_", "excellent2", "excellent’s", "’excellent",
    "'excellent'", "unexcellent", "éexcellent", "excellenté", "excellent\u00a0failure", "KILLED", "panic—panic",
    "great-terrible", "o’horrible", "the best.", "  ", "", "x", "ſuperb", "\u212aill", "İnsane", "ideal", "don't hate",
]


def _random_text(rng: random.Random) -> str:
    words = list(sentiment._strong_vader_words())[:300] + _TRICKY + ["crime", "fell", "the", "1,204", "\n", ". "]
    return "".join(rng.choice(words) + rng.choice(["", " ", "  ", ",", "’", "'", "-", "\n", "é", "1", "_"])
                   for _ in range(rng.randint(0, 60)))


def _reference_vader(low: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in sentiment._strong_vader_pattern().finditer(low, start, end)]


@pytest.mark.parametrize("seed", range(30))
def test_strong_words_from_the_split_are_those_of_the_trie_pattern(seed):
    rng = random.Random(seed)
    low = _random_text(rng).lower()
    spans = [(0, len(low))] + [(a, rng.randint(a, len(low))) for a in (rng.randint(0, len(low)) for _ in range(30))]
    for start, end in spans:
        assert sentiment._strong_vader_spans(low, start, end) == _reference_vader(low, start, end), (low, start, end)


def test_strong_words_on_real_minutes_match_the_trie_pattern():
    rng = random.Random(7)
    for text in TEXTS:
        low = text.lower()
        assert sentiment._strong_vader_spans(low, 0, len(low)) == _reference_vader(low, 0, len(low))
        for _ in range(100):
            a = rng.randrange(len(low))
            b = min(len(low), a + rng.randrange(0, 500))
            assert sentiment._strong_vader_spans(low, a, b) == _reference_vader(low, a, b)


def test_the_document_lexicon_pass_finds_what_the_full_scan_finds():
    for text in TEXTS + [t + " " * 400 for t in _TRICKY]:
        assert len(text) >= scan.SMALL
        fast = [(m.span(), m.lastgroup, m.group()) for m in sentiment._DOCUMENT_LEXICON.finditer(text)]
        full = [(m.span(), m.lastgroup, m.group()) for m in sentiment._LEXICON.finditer(text)]
        assert fast == full
