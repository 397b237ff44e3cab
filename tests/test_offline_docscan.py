"""Whole-document scans tried only at the cue pass's candidate starts (docscan) find exactly what a
full scan finds: metric terms, names of bodies, measure nouns and direction words."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutesai.engines.offline import metrics, patterns, scan
from minutesai.engines.offline.docscan import DocumentScanner

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
)


def _plain(matches) -> list[tuple]:
    return [(m.span(), m.lastgroup, m.groups()) for m in matches]


@pytest.mark.parametrize("name", sorted(SCANNERS))
def test_document_scan_matches_a_full_scan(name):
    doc = SCANNERS[name]
    assert doc.first_words is not None  # the vocabulary qualifies for the candidate-start path
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
    assert anywhere.first_words is None  # digits can follow a letter: no word start to wait for
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
