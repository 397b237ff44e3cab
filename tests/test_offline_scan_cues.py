"""Cue pre-checks (scan.Cues) answer exactly as the plain word-start search they speed up."""

from __future__ import annotations

import importlib
import random
import re
from pathlib import Path

import pytest

from minutesai.engines.offline import scan

ROOT = Path(__file__).resolve().parents[1]
MODULES = ["actions", "anchors", "decisions", "fields", "figures", "sentiment", "summary", "trends"]


def _all_cues() -> list[tuple[str, scan.Cues]]:
    found: dict[int, tuple[str, scan.Cues]] = {}
    for name in MODULES:
        module = importlib.import_module(f"minutesai.engines.offline.{name}")
        for attr, value in vars(module).items():
            if isinstance(value, scan.Cues):
                found.setdefault(id(value), (f"{name}.{attr}", value))
    return list(found.values())


def _reference(words: tuple[str, ...]) -> re.Pattern[str]:
    """The straightforward form: a word start, then a prefix cue, or a whole-word cue and a word end."""
    whole = [re.escape(w[:-1].lower()) for w in words if w.endswith("$")]
    prefixes = [re.escape(w.lower()) for w in words if not w.endswith("$")]
    parts = ["|".join(sorted(prefixes, key=len, reverse=True))] if prefixes else []
    if whole:
        parts.append("(?:" + "|".join(sorted(whole, key=len, reverse=True)) + r")(?![^\W_])")
    return re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + ")")


def _texts() -> list[str]:
    paths = sorted((ROOT / "examples/corpus/dev").glob("*.txt"))[:6] + sorted((ROOT / "tests/data/offline").glob("*.txt"))[:6]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    # short texts take the uncached path; the Kelvin sign changes length when lower-cased
    return texts + ["Crime rose 5% to record levels; would the red rating reduce?", "\u212a 12 burglaries were reported"]


CUES = _all_cues()


def test_engine_defines_cues():
    assert len(CUES) >= 10


@pytest.mark.parametrize("name,cues", CUES, ids=[n for n, _ in CUES])
def test_present_matches_reference_search(name: str, cues: scan.Cues):
    reference = _reference(cues.words)
    rng = random.Random(7)
    checked = hits = 0
    for text in _texts():
        low = text.lower()
        same_length = len(low) == len(text)
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n.;]+", text)]
        spans += [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(60)]
        for start, end in spans:
            expected = (not same_length) or reference.search(low, start, end) is not None
            assert cues.present(text, start, end) is expected, (name, text[start:end])
            checked += 1
            hits += expected
    assert checked > 500 and 0 < hits < checked


def test_cue_set_made_after_a_document_was_indexed():
    text = _texts()[0]
    assert len(text) >= scan.SMALL
    first = CUES[0][1]
    first.present(text, 0, len(text))  # indexes the document for the cue sets known so far
    late = scan.Cues(("burglar", "zzqx$"))
    low = text.lower()
    for start, end in [(0, len(text)), (0, len(text) // 3), (len(text) // 3, len(text))]:
        expected = _reference(late.words).search(low, start, end) is not None
        assert late.present(text, start, end) is expected
    assert not late.present(text + " zzqxy", len(text), len(text) + 6)
    assert late.present(text + " zzqx", len(text), len(text) + 5)
