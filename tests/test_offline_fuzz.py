"""The offline engine never raises on text it was not written for: seeded random splices of the
repository's minutes (words and lines recombined, with number words, scale words, markers and
punctuation mixed in). A crash found here once: 'over two hundred officers' (a number in words where
the age check expected digits)."""

from __future__ import annotations

import random
from pathlib import Path

from minutesai.engines.offline import extract_candidates

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "examples/corpus/dev", ROOT / "examples/corpus/authored", ROOT / "tests/data/offline"]
EXTRA = ["over", "under", "aged", "two", "hundred", "thousand", "million", "five", "%", "per cent", "RESOLVED", "(",
         ")", "–", "-", "/", ":", ";", "1,200", "0", "2.5", "twenty-five", "1st", "Action:", "£", "£1.2m", "\n",
         "\n\n", "•", "*", "Cllr.", "etc.", "he", "would"]
RUNS = 3000


def _spliced_texts(seed: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for d in SOURCES for p in sorted(d.glob("*.txt"))]
    words = [w for t in texts for w in t.split()]
    lines = [line for t in texts for line in t.splitlines() if line.strip()]
    rnd = random.Random(seed)
    out = []
    for _ in range(RUNS):
        if rnd.random() < 0.5:
            out.append(" ".join(rnd.choice(words) if rnd.random() < 0.8 else rnd.choice(EXTRA)
                                for _ in range(rnd.randint(3, 50))))
        else:
            picked = [rnd.choice(lines) for _ in range(rnd.randint(1, 6))]
            out.append("\n".join(line[rnd.randint(0, len(line) // 2):] for line in picked))
    return out


def test_no_exception_on_random_splices_of_minutes():
    failures = []
    for text in _spliced_texts(seed=20261207):
        try:
            extract_candidates(text)
        except Exception as exc:  # noqa: BLE001 - the point is to catch anything
            failures.append(f"{type(exc).__name__}: {exc} on {text[:200]!r}")
    assert failures == []
