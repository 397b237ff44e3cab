"""Speed pass 4 keeps the answers: the cue index's fast path, the names-of-bodies scan limited to the
stretches around metric terms, and the bisection helper give what the plain scans give."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from minutesai.engines.offline import figures, metrics, scan, sentiment, summary  # noqa: F401 - cue sets register on import
from minutesai.engines.offline.metrics import MetricHit, find_metrics

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))[:6]]


def _spans(text: str, n: int, seed: int) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        a = rng.randrange(len(text))
        out.append((a, min(len(text), a + rng.randrange(1, 400))))
    return out


def test_cue_answers_on_documents_match_a_direct_search_of_the_span():
    registry = sys.modules[scan.Cues.__module__]._REGISTRY  # (the cue module is imported through scan)
    sets = [c for c in registry if c.words]
    assert len(sets) > 5
    for i, text in enumerate(TEXTS):
        assert len(text) >= scan.SMALL
        low = text.lower()
        for start, end in _spans(text, 150, i):
            for c in sets:
                assert c.present(text, start, end) == (c.rx.search(low, start, end) is not None), (c.words[:3], start, end)


def test_cue_fast_path_follows_the_document_asked_about():
    a = "Crime fell across the borough. " * 30
    b = "Members discussed the budget. " * 30
    crime = scan.Cues(("crime",))
    assert crime.present(a, 0, len(a))
    assert not crime.present(b, 0, len(b))  # the index remembered for ``a`` must not answer for ``b``
    assert crime.present(a, 0, 10)
    assert not crime.present(a, 1, 30)


def _reference_metrics(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Metric terms with the names of bodies found by one scan of the whole span (the old way)."""
    names = [m.span() for m in metrics._NAMES.finditer(text, start, end)]
    out = []
    for m in metrics._ALL_KINDS.finditer(text, start, end):
        if any(s <= m.start() and m.end() <= e for s, e in names):
            continue
        kind = metrics.TAXONOMY[int(m.lastgroup[1:])]  # type: ignore[index]
        generic = bool(metrics._GENERIC.match(m.group()))
        if generic and text[m.start()].isupper() and metrics._BODY_AFTER.match(text, m.end()):
            continue
        out.append((kind.label, m.start(), m.end()))
    return out


def _plain(hits: list[MetricHit]) -> list[tuple[str, int, int]]:
    return [(h.label, h.start, h.end) for h in hits]


def test_names_of_bodies_are_found_around_metric_terms_as_by_a_whole_scan():
    text = ("The Police and Crime Commissioner reported that crime fell. The Crime and Disorder Act. "
            "Violent crime rose, and the Serious Violence Duty started; hate crime champions met. "
            "Police and\ncrime panel members noted burglary. Domestic abuse strategy. Domestic abuse rose.") * 6
    assert _plain(find_metrics(text)) == _reference_metrics(text, 0, len(text))
    labels = [h.label for h in find_metrics(text)]
    assert "domestic abuse" in labels and "burglary" in labels
    for start, end in [(5, 120), (31, 200), (60, 61), (0, len(text) - 3)]:
        assert _plain(metrics._scan_metrics(text, start, end)) == _reference_metrics(text, start, end)
    for text in TEXTS:
        assert _plain(metrics._scan_metrics(text, 0, len(text))) == _reference_metrics(text, 0, len(text))


def test_items_within_keeps_items_starting_and_ending_inside_the_span():
    rng = random.Random(4)
    items = sorted((s, s + rng.randrange(0, 30)) for s in (rng.randrange(1000) for _ in range(300)))
    starts = [s for s, _ in items]
    for start, end in [(0, 1000), (10, 20), (500, 500), (990, 2000), (-5, 3)] + [(a, a + 40) for a in range(0, 1000, 37)]:
        expected = [x for x in items if start <= x[0] < end and x[1] <= end]
        assert scan.items_within(items, starts, start, end, lambda x: x[1]) == expected
