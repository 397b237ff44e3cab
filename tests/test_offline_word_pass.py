"""The one pass that builds both the cue marks and the document scanners' candidates (word_pass) records
exactly what the two separate passes (cues alone, docscan alone) record, whichever is asked first."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutesai.engines.offline import cues, docscan, extract_candidates, scan, word_pass

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))]
TEXTS += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/offline").glob("*.txt"))][:20]
EDGES = (
    "Burglary,robbery and ASB rose; crime_rate and _crime and _reduced are not words here. Anti-social behaviour fell "
    "by 12% (down from 40). Calls,incidents,reports. RESOLVED that the Panel noted the report. Red. red, reduced "
    "Caféburglary and écrime, éreduced, 2019crime and crime2019; “burglary” and (robbery) are; a–crime rose. "
    "The officers would agree to improve; improvement and improv_ement. Ａnother ＡＳＢ line. "
)
SAMPLES = TEXTS + [EDGES * 4, "reduced " + EDGES * 2, "_crime " + EDGES * 2, "écrime " + EDGES * 2]


@pytest.fixture(scope="module", autouse=True)
def _rules_loaded():
    extract_candidates(TEXTS[0])  # every cue set and document scanner registered
    assert cues._REGISTRY and docscan._SCANNERS


def _marks(index) -> list[tuple[list[int], list[int], list[int]]]:
    return [(list(a), list(b), list(c)) for a, b, c in index]


def _candidates(found) -> list[tuple[list[int], list[str]]]:
    return [(list(a), list(b)) for a, b in found]


@pytest.mark.parametrize("k", range(len(SAMPLES)))
def test_one_pass_records_what_the_two_passes_record(k):
    text = SAMPLES[k] + " "  # a fresh string: nothing remembered for it
    assert len(text) >= scan.SMALL
    low = scan.lowered(text)
    assert low is not None
    alone_marks = _marks(cues._index_alone(low))
    alone_candidates = _candidates(docscan._candidates(text))
    scan.forget()
    # the cue index first: it makes the candidates too, and docscan then reads them from the cache
    marks = scan.cached(text, ("cues", len(cues._REGISTRY)), cues._index_document)
    key = ("document candidates", len(docscan._SCANNERS))
    assert scan.known(text, key)
    assert _marks(marks) == alone_marks
    assert _candidates(scan.cached(text, key, docscan._candidates)) == alone_candidates
    scan.forget()


def test_candidates_known_first_leave_the_cue_pass_alone():
    text = EDGES * 4 + "  "
    key = ("document candidates", len(docscan._SCANNERS))
    first = scan.cached(text, key, docscan._candidates)
    assert word_pass.cue_marks_and_candidates(text, scan.lowered(text) or "") is None
    marks = scan.cached(text, ("cues", len(cues._REGISTRY)), cues._index_document)
    assert _marks(marks) == _marks(cues._index_alone(scan.lowered(text) or ""))
    assert scan.cached(text, key, docscan._candidates) is first
    scan.forget()


def test_remember_keeps_only_for_the_text_in_use():
    text, other = EDGES * 4 + "   ", EDGES * 4 + "    "
    scan.cached(text, "probe", lambda t: 1)
    scan.remember(other, "kept", 2)
    assert not scan.known(other, "kept") and not scan.known(text, "kept")
    scan.remember(text, "kept", 3)
    scan.remember(text, "kept", 4)  # the first one stays
    assert scan.known(text, "kept") and scan.cached(text, "kept", lambda t: 5) == 3
    scan.forget()
    assert not scan.known(text, "kept")
