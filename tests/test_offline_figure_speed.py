"""The figure rules' speed shortcuts give the same answers as the plain computations they replace.

Texts are built at random (fixed seeds) from fragments of minutes, long enough for the
document-wide paths (per-document caches and indexes) to be taken.
"""

from __future__ import annotations

import random
import re

import pytest

from minutesai.engines.offline import metrics, patterns, scan

FRAGMENTS = [
    "Burglary was down 12% on last year.", "The Panel noted the report.", "ASB calls rose to 1,204 in the quarter.",
    "Hate crime had risen; robbery fell by a quarter.", "Police and Crime Commissioner Smith attended.",
    "Knife crime with injury (under 25s) was 33.", "Confidence was 61.4% (London 64%).", "twenty-one officers",
    "2,318 cases; 3.5 times the rate", "Residential burglary 1,402 1,731 -19.0% 9", "\n", "\n\n", "  ",
    "There had been no housebreakings, and violent crime remained stable.", "Theft of motor vehicles increased.",
    "The number of calls was 412 compared with 398.", "It was the lowest rate in London.", "reports of ASB",
]


def random_text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(FRAGMENTS) for _ in range(n))


def test_run_within_matches_items_within_for_non_overlapping_items():
    rng = random.Random(7)
    for _ in range(300):
        items, pos = [], 0
        for _ in range(rng.randint(0, 12)):
            pos += rng.randint(0, 5)
            end = pos + rng.randint(1, 6)
            items.append((pos, end))
            pos = end
        starts, ends = [s for s, _ in items], [e for _, e in items]
        for _ in range(20):
            a = rng.randint(0, pos + 2)
            b = rng.randint(a, pos + 3)
            assert scan.run_within(items, starts, ends, a, b) == scan.items_within(items, starts, a, b, lambda x: x[1])


@pytest.mark.parametrize("seed", range(20))
def test_document_lookups_match_the_document_scan(seed):
    """find_metrics / find_measure_nouns / direction_terms on a span of a long text are the items of the
    whole text's scan lying inside the span, with several texts asked about in turn (the remembered one changes)."""
    rng = random.Random(seed)
    texts = [random_text(rng, rng.randint(15, 60)) for _ in range(3)]
    assert all(len(t) >= scan.SMALL for t in texts)
    whole = {id(t): (metrics.find_metrics(t), metrics.find_measure_nouns(t, 0, len(t)),
                     patterns.direction_terms(t, 0, len(t))) for t in texts}
    for _ in range(60):
        text = rng.choice(texts)
        a = rng.randrange(len(text))
        b = rng.randint(a, len(text))
        hits, measures, terms = whole[id(text)]
        assert metrics.find_metrics(text, a, b) == [h for h in hits if a <= h.start < b and h.end <= b]
        assert metrics.find_measure_nouns(text, a, b) == [x for x in measures if a <= x[0] < b and x[1] <= b]
        assert patterns.direction_terms(text, a, b) == [x for x in terms if a <= x[0] < b and x[1] <= b]


ODD_NEIGHBOURS = ["_12 burglaries", "é12 offences", "x12 crimes", "’12 reports", "Crime_rose", "ékrime fell", "(crime)",
                  "£5m", "5%", "1st", "«worse»", "—improved", "½ highest", "ſtable", "quartile_top"]


@pytest.mark.parametrize("seed", range(6))
def test_cue_index_matches_a_word_start_search(seed):
    """The document-wide cue index marks exactly the word starts a lookbehind search finds, whatever
    character comes before a cue (underscore, accented letter, curly quote, dash)."""
    from minutesai.engines.offline import figures  # noqa: F401 - registers the figure rules' cue sets
    from minutesai.engines.offline.cues import _REGISTRY

    rng = random.Random(seed)
    text = "  ".join(rng.choice(FRAGMENTS + ODD_NEIGHBOURS * 3) for _ in range(80))
    assert len(text) >= scan.SMALL and len(text.lower()) == len(text)
    low = text.lower()
    for cues in list(_REGISTRY):
        whole = [w[:-1].lower() for w in cues.words if w.endswith("$")]
        prefixes = [w.lower() for w in cues.words if not w.endswith("$")]
        parts = ["|".join(map(re.escape, sorted(prefixes, key=len, reverse=True)))] if prefixes else []
        if whole:
            parts.append("(?:" + "|".join(map(re.escape, sorted(whole, key=len, reverse=True))) + r")(?![^\W_])")
        reference = re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + ")")
        for _ in range(80):
            a = rng.randrange(len(text))
            b = rng.randint(a, min(len(text), a + 120))
            assert cues.present(text, a, b) is (reference.search(low, a, b) is not None), (cues.words, text[a:b])
