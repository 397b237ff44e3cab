"""WordSearch answers "is there a match in text[start:end]?" exactly as the pattern's own search does."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from minutesai.engines.offline import sentiment, stance, stance_lexicon, summary
from minutesai.engines.offline.word_search import WordSearch

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))[:6]]
USED = [stance_lexicon._IRREALIS, stance_lexicon._IRREALIS_GOOD, stance_lexicon._NEGATION, stance_lexicon._HYPOTHETICAL,
        stance._ASKED, stance._CUE_NEGATED, stance._CUE_BASELINE, sentiment._NOT_IMPROVED, summary._DECISION_WORDS,
        *(rx for rx, _ in sentiment._TOPICS)]
_WORDS = ["not ", "no", "never", "NOT ", "n’t ", "n't ", "without", "hardly", "be ", "to ", "could", "If ", "if", "unless",
          "so that", "in order to", "aim to", "hoped ", "potentially", "would", "asked whether", "improvement on", "from",
          "previously ", "prior", "neither", "nor", "ſo that", "ıf", "İf", "\u212anot", "_not", "9not", "é", "not_", "the ",
          "x", " ", "  ", "\n", ".", ",", ";", "’", "'", "-", "a", "improved", "good", "not seen the reduction",
          "not a fall", "RESOLVED", "resolved", "be noted", "recommends", "Noted", "confidence", "trust", "satisfaction",
          "police numbers", "cuts", "communications", "CSP", "partners", "attitude survey"]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 40)))


def test_the_patterns_used_take_the_fast_path():
    assert all(WordSearch(rx).fast is not None for rx in USED)


def test_patterns_whose_matches_need_not_open_a_word_are_searched_as_they_are():
    for pattern in (r"\ba|b", r"no\b", r"\b\W", r"\b(?:not|\.)"):
        assert WordSearch(re.compile(pattern)).fast is None, pattern


@pytest.mark.parametrize("seed", range(60))
def test_random_windows_answer_as_the_pattern_does(seed):
    rng = random.Random(seed)
    text = _random_text(rng)
    for rx in USED + [re.compile(r"\bnot\b"), re.compile(r"\b(?:no|yes)\s*$", re.IGNORECASE)]:
        ws = WordSearch(rx)
        for _ in range(25):
            start = rng.randint(-2, len(text) + 1)
            end = rng.randint(max(0, start - 1), len(text) + 1)
            assert ws.found(text, start, end) == (rx.search(text, start, end) is not None), (rx.pattern, text, start, end)


def test_windows_before_every_word_of_real_minutes_answer_as_the_pattern_does():
    for text in TEXTS:
        ends = [m.start() for m in re.finditer(r"\b\w", text)]
        for rx in USED:
            ws = WordSearch(rx)
            for end in ends[::3]:
                for reach in (20, 60):
                    start = max(0, end - reach)
                    assert ws.found(text, start, end) == (rx.search(text, start, end) is not None)
