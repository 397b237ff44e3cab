"""Quick pre-tests that skip slow patterns give the answers of the patterns themselves."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from minutesai import ingest, segment
from minutesai.engines.offline import decisions, scan
from minutesai.engines.offline.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))
         + sorted((ROOT / "tests/data/offline").glob("*.txt"))]


def test_case_blind_oddities_are_the_only_ones():
    """Over every cased character: a case-blind regex takes it for an ASCII letter only
    when its lower case is that letter, or it is one of CASE_BLIND_ODDITIES."""
    letters = {x: re.compile(x, re.IGNORECASE) for x in string.ascii_lowercase}
    odd = set()
    for cp in range(0x80, 0x110000):
        c = chr(cp)
        if c.lower() == c and c.upper() == c:
            continue  # uncased: a case-blind match is an exact one
        odd |= {c for x, rx in letters.items() if rx.fullmatch(c) and c.lower() != x}
    assert odd == set(scan.CASE_BLIND_ODDITIES)


@pytest.mark.parametrize("line", [
    "The Committee RESOLVED that", "the panel agreed", "MEMBERS noted", "Officers agreed", "We agreed",
    "The Commıttee agreed", "ſub-group", "Thé Board", "x" * 90 + " Committee",
])
def test_body_word_check_matches_case_blind_search(line: str):
    expected = line.startswith("We ") or decisions._BODY_WORD.search(line, 0, 80) is not None
    assert decisions._names_a_body(line) is expected


def test_body_word_check_on_corpus_sentences():
    checked = positive = 0
    for text in TEXTS:
        for sent in split_sentences(text):
            expected = sent.text.startswith("We ") or decisions._BODY_WORD.search(sent.text, 0, 80) is not None
            assert decisions._names_a_body(sent.text) is expected
            checked += 1
            positive += expected
    assert 0 < positive < checked


@pytest.mark.parametrize("head", [
    "DRAFT MINUTES of the meeting", "Minutes (draft)", "  Draft  \nMinutes", "unconfirmed minutes",
    "These minutes are subject to approval at the next meeting", "subject to confirmation at the next meeting",
    "ſubject to approval at the next meeting", "Minutes of the Police and Crime Panel", "the subject of drafts",
])
def test_draft_check_matches_pattern(head: str):
    assert ingest._says_draft(head) is (ingest._DRAFT.search(head) is not None)


def test_draft_check_on_corpus_heads():
    for text in TEXTS:
        head = text[:4000]
        assert ingest._says_draft(head) is (ingest._DRAFT.search(head) is not None)


def test_strong_heading_pre_test_holds_for_every_match():
    """Every text with an unnumbered strong heading passes the quick test (so none is skipped)."""
    samples = TEXTS + ["Agenda\nCrime update PDF 120 KB\nbody\nmore\nPolice report 10.30 - 11.00am\nbody\nmore\n"]
    with_matches = 0
    for text in samples:
        if segment._UNNUMBERED.search(text):
            with_matches += 1
            assert segment._MAY_HAVE_STRONG_SUFFIX.search(text)
    assert with_matches >= 1


@pytest.mark.parametrize("raw", [
    "Crime update PDF 120 KB", "Police report 10.30 - 11.00am", "Police report: ", "5. Anti-social behaviour –",
    "pdf icon PDF 1.2 MB", "Minutes", "Budget 2023/24 (key decision) *", "Item 4 - 10:00 to 10:45",
])
def test_title_cleaning_with_and_without_the_quick_test(raw: str):
    """clean_title skips the suffix patterns only when they cannot match."""
    title = raw.strip()
    for _ in range(2):
        title = segment._STRONG_SUFFIX.sub("", title).rstrip(" :–-|")
    title = re.sub(rf"\s+{segment._SIZE_TAG}", "", title, flags=re.I)
    assert segment.clean_title(raw) == title.strip().lstrip("*").strip(" :–-|").strip()


def test_value_in_span_reads_digits_and_words():
    from minutesai.grounding import value_in_span

    assert value_in_span(21, "twenty-one offences") and value_in_span(21, "21 offences")
    assert value_in_span(1500000, "£1.5m") and not value_in_span(5, "50 offences")
