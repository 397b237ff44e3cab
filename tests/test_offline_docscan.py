"""Whole-document scans tried only at the cue pass's candidate starts (docscan) find exactly what a
full scan finds: metric terms, names of bodies, measure nouns and direction words."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutesai.engines.offline import metrics, patterns, scan, wordfigures
from minutesai.engines.offline.docscan import DocumentScanner, SpanScanner

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))]
SCANNERS = {
    "metric terms": metrics._DOCUMENT_KINDS,
    "names of bodies": metrics._DOCUMENT_NAMES,
    "measure nouns": metrics._DOCUMENT_MEASURES,
    "direction words": patterns._DOCUMENT_TERMS,
}
EDGES = (
    "Burglary,robbery and ASB rose; crime_rate and _crime are not words here. Anti-social behaviour fell "
    "by 12% (down from 40). Calls,incidents,reports. The Police and Crime Commissioner noted that hate crime "
    "had increased, up by 3, whilst violence against women and girls remained stable. Re-offending fell. "
    "KNIFE CRIME ROSE. Shed break-ins were lower than last year; 2019crime and crime2019 stay whole words. "
    "Caféburglary and écrime are not terms, “burglary” and (robbery) are; a–crime rose. "
)


def _plain(matches) -> list[tuple]:
    return [(m.span(), m.lastgroup, m.groups()) for m in matches]


@pytest.mark.parametrize("name", sorted(SCANNERS))
def test_document_scan_matches_a_full_scan(name):
    doc = SCANNERS[name]
    assert doc.prefixes  # the vocabulary qualifies for the candidate-start path
    for text in TEXTS + [EDGES * 3]:
        assert len(text) >= scan.SMALL
        assert _plain(doc.finditer(text)) == _plain(doc.scanner.finditer(text)), name


@pytest.mark.parametrize("name", sorted(SCANNERS))
def test_document_scan_falls_back_where_there_is_no_cue_index(name):
    doc = SCANNERS[name]
    short = EDGES[:200]  # short texts have no document-wide index
    longer_when_lowered = "İ" + EDGES * 2  # lower-casing changes offsets: no lower-cased text, no index
    for text in (short, longer_when_lowered):
        assert _plain(doc.finditer(text)) == _plain(doc.scanner.finditer(text))


def test_a_pattern_that_can_start_anywhere_is_scanned_in_full():
    anywhere = DocumentScanner(scan.LowerScanner(r"(?:\d+|crime)\s+(?:fell|rose)"))
    assert not anywhere.prefixes  # digits can follow a letter: no word start to wait for
    text = "Item2 12 fell, crime rose. " * 20
    assert _plain(anywhere.finditer(text)) == _plain(anywhere.scanner.finditer(text))


def test_metric_terms_and_names_read_from_candidates_match_the_stretch_scan():
    for text in TEXTS + [EDGES * 3]:
        fast = [(h.label, h.start, h.end, h.generic) for h in metrics._scan_document_metrics(text)]
        plain = [(h.label, h.start, h.end, h.generic) for h in metrics._scan_metrics(text, 0, len(text))]
        assert fast == plain
    hits = metrics._scan_document_metrics(EDGES * 3)
    assert not any(EDGES[h.start:h.end] == "Crime" for h in hits[:12])  # inside "Police and Crime Commissioner"
    assert {"hate crime", "burglary", "ASB"} <= {h.label for h in hits}


def test_direction_words_read_from_candidates_match_a_full_scan():
    for text in TEXTS + [EDGES * 3]:
        fast = patterns._scan_directions(text, 0, len(text), patterns._DOCUMENT_TERMS.finditer(text))
        assert fast == patterns._scan_directions(text, 0, len(text))
    assert patterns.direction_terms(EDGES * 3, 0, len(EDGES))[0][2] == "increase"  # "rose"


SPAN_SCANNERS = {
    "percent": patterns.PERCENT, "points": patterns.POINTS, "per population": patterns.PER_POPULATION,
    "count": patterns.COUNT, "duration": patterns.DURATION, "times": patterns.TIMES, "count done": patterns.COUNT_DONE,
    "correction": patterns.CORRECTION, "word percent": wordfigures.WORD_PERCENT, "bare points": wordfigures.BARE_POINTS,
}
NUMBERS = (
    "Burglary fell 12% to 1,204 offences; 3.5 times the rate. Twenty-five per cent, three points higher. "
    "Item2 and x12 are not numbers, nor is £40 or 1.2.3; 37 e-scooters had been seized and 14 minutes 40 seconds "
    "was the average. The figure of 212 should have read 251. 4 per 1,000 residents; eleven arrests, six officers. "
)


def _spans(text: str, n: int) -> list[tuple[int, int]]:
    import random

    rng = random.Random(len(text))
    return [(a, min(len(text), a + rng.randrange(1, 500))) for a in (rng.randrange(len(text)) for _ in range(n))]


@pytest.mark.parametrize("name", sorted(SPAN_SCANNERS))
def test_span_scans_match_a_full_scan_of_the_span(name):
    sc = SPAN_SCANNERS[name]
    assert sc.first_words is not None  # tried only at number starts
    for text in TEXTS[:8] + [NUMBERS * 5]:
        for start, end in _spans(text, 120) + [(0, len(text))]:
            full = scan.LowerScanner.finditer(sc, text, start, end)
            assert _plain(sc.finditer(text, start, end)) == _plain(full), (name, start, end)
            first = scan.LowerScanner.search(sc, text, start, end)
            found = sc.search(text, start, end)
            assert (found and found.span()) == (first and first.span())


def test_span_scans_fall_back_on_other_decimal_digits():
    text = NUMBERS * 5 + " ٣ offences were recorded."  # \d matches Arabic-Indic digits; the cue pass does not mark them
    full = scan.LowerScanner.finditer(patterns.COUNT, text)
    assert _plain(patterns.COUNT.finditer(text)) == _plain(full)
    assert any(m.group(1) == "٣" for m in full)


def test_a_pattern_with_other_openings_is_not_tried_at_number_starts_only():
    mixed = SpanScanner(rf"({patterns.NUM})\s+offences|\bno\s+offences", patterns.NUMBER_CUES, patterns.NUMBER_OPENINGS)
    assert mixed.first_words is None  # "no offences" starts with no number
    letters_first = SpanScanner(r"\bpercent\w*", patterns.NUMBER_CUES)
    assert letters_first.first_words is None  # 'perc' opens no number word
    ranked = SpanScanner(patterns.RANK_OF.rx_i.pattern, scan.Cues(("rank", "plac", "posi")))
    assert ranked.first_words is not None


def test_number_cues_mark_every_number_the_number_first_patterns_open_with():
    words = patterns.NUMBER_CUES._prefixes
    assert set("0123456789") <= words
    assert set(patterns.NUMBER_WORDS) | set(patterns.TENS_WORDS) <= words  # NUM_WORD and NUM_WORD_ANY open with these
