"""Chunking: offsets, coverage, budget, overlap, item boundaries, packing, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

import minutesai.chunk as chunk_mod
from minutesai.chunk import chunk_document
from minutesai.document import AgendaItem, Minutes
from minutesai.errors import ChunkTooLargeError
from minutesai.ingest import load_minutes
from minutesai.segment import segment
from minutesai.tokens import get_tokenizer

REPO = Path(__file__).resolve().parents[1]
DEV = REPO / "examples" / "corpus" / "dev"
DATA = REPO / "tests" / "data" / "text"
TOK = get_tokenizer(None)


@pytest.fixture(autouse=True, params=["per-paragraph", "offsets"])
def chunk_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs on both paths: per-paragraph counting (small documents, other
    tokenizers) and one encoding cut by token offsets (large documents)."""
    if request.param == "offsets":
        pytest.importorskip("numpy")
    monkeypatch.setattr(chunk_mod, "SPAN_COUNT_MIN_CHARS", 0 if request.param == "offsets" else 10**12)
    return request.param


def check_invariants(doc: Minutes, chunks, max_tokens: int) -> None:
    text = doc.text
    assert [c.index for c in chunks] == list(range(len(chunks)))
    covered = bytearray(len(text))
    for c in chunks:
        assert text[c.start : c.end] == c.text
        assert c.text == c.text.strip() and c.text
        real = TOK.count(c.text)
        assert real <= max_tokens, (real, max_tokens)
        assert c.tokens >= real - 4  # reported count is the real one or a close upper bound
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    missing = [i for i, ch in enumerate(text) if not covered[i] and not ch.isspace()]
    assert not missing, f"uncovered text at {missing[:5]}"
    starts = [c.start for c in chunks]
    assert starts == sorted(starts)


def dev_doc(name: str) -> Minutes:
    doc = load_minutes(DEV / f"{name}.txt")
    doc.items = segment(doc)
    return doc


@pytest.mark.parametrize("max_tokens", [40, 120, 400, 5000])
@pytest.mark.parametrize("name", ["barnet_q1_q2_performance_2019", "bromley_crime_dashboard",
                                  "thanet_crime_stats_2021"])
def test_dev_documents_chunk_within_budget(name: str, max_tokens: int) -> None:
    doc = dev_doc(name)
    chunks = chunk_document(doc, tokenizer=TOK, max_tokens=max_tokens, overlap_tokens=16)
    check_invariants(doc, chunks, max_tokens)
    if TOK.count(doc.text) <= max_tokens:
        assert len(chunks) == 1 and chunks[0].text == doc.text
    else:
        assert len(chunks) > 1


def test_consecutive_chunks_of_a_split_item_overlap() -> None:
    doc = dev_doc("barnet_q1_q2_performance_2019")
    chunks = chunk_document(doc, tokenizer=TOK, max_tokens=200, overlap_tokens=40)
    overlaps = [a.end - b.start for a, b in zip(chunks, chunks[1:], strict=False)]
    assert all(o > 0 for o in overlaps), overlaps
    for a, b in zip(chunks, chunks[1:], strict=False):
        shared = doc.text[b.start : a.end]
        assert TOK.count(shared) <= 40 + 2
        assert shared.strip() and a.text.endswith(shared.rstrip())


def test_no_overlap_when_disabled() -> None:
    doc = dev_doc("barnet_q1_q2_performance_2019")
    chunks = chunk_document(doc, tokenizer=TOK, max_tokens=200, overlap_tokens=0)
    assert all(a.end <= b.start for a, b in zip(chunks, chunks[1:], strict=False))


def test_cuts_prefer_paragraph_ends() -> None:
    doc = dev_doc("barnet_q1_q2_performance_2019")
    chunks = chunk_document(doc, tokenizer=TOK, max_tokens=300, overlap_tokens=0)
    ends = [doc.text[c.end : c.end + 2] for c in chunks[:-1]]
    paragraph_ends = sum(1 for e in ends if e == "\n\n")
    assert paragraph_ends >= len(ends) * 0.8, ends


def test_small_items_are_packed_but_items_never_split_across_chunks() -> None:
    doc = load_minutes(DATA / "numbered_minutes.txt")
    doc.items = segment(doc)
    assert len(doc.items) == 6
    whole = chunk_document(doc, tokenizer=TOK, max_tokens=5000)
    assert len(whole) == 1
    assert whole[0].item_title.split("; ")[:3] == ["Meeting details", "APOLOGIES FOR ABSENCE",
                                                   "DECLARATIONS OF INTEREST"]
    chunks = chunk_document(doc, tokenizer=TOK, max_tokens=150, overlap_tokens=20)
    check_invariants(doc, chunks, 150)
    for item in doc.items:
        body = doc.text[item.start : item.end]
        lo = item.start + len(body) - len(body.lstrip())
        hi = item.start + len(body.rstrip())
        touching = [c for c in chunks if c.start < hi and c.end > lo]
        if len(touching) > 1:  # a cut item: its chunks hold nothing of other items
            assert all(lo <= c.start and c.end <= hi for c in touching), (item, touching)
        else:
            assert touching[0].start <= lo and hi <= touching[0].end
    first = chunks[0]
    assert "77. APOLOGIES FOR ABSENCE" in first.text and "78. DECLARATIONS" in first.text


def test_item_boundary_is_respected_even_when_both_would_fit_partially() -> None:
    a = "First item. " * 30
    b = "Second item. " * 30
    text = f"1. Alpha\n\n{a}\n\n2. Beta\n\n{b}"
    doc = Minutes(text=text)
    doc.items = segment(doc)
    assert len(doc.items) == 2
    budget = TOK.count(text[doc.items[0].start : doc.items[0].end]) + 20
    chunks = chunk_document(doc, tokenizer=TOK, max_tokens=budget, overlap_tokens=0)
    assert chunks[0].end <= doc.items[1].start
    assert chunks[0].item_title == "Alpha"


def test_unbreakable_run_raises() -> None:
    doc = Minutes(text="Intro text.\n\n" + "x" * 4000 + "\n\nOutro.")
    with pytest.raises(ChunkTooLargeError) as info:
        chunk_document(doc, tokenizer=TOK, max_tokens=100)
    assert "chunk budget of 100" in str(info.value) and "\n" not in str(info.value)


def test_whitespace_only_items_produce_no_chunks() -> None:
    doc = Minutes(text="Real text here.\n\n   \n\nMore text.")
    doc.items = [AgendaItem("a", 0, 15), AgendaItem("blank", 15, 22), AgendaItem("b", 22, len(doc.text))]
    chunks = chunk_document(doc, tokenizer=TOK, max_tokens=1000)
    assert [c.text for c in chunks] == ["Real text here.\n\n   \n\nMore text."]


def test_unsegmented_document_is_one_item() -> None:
    doc = Minutes(text="Only text. " * 100)
    chunks = chunk_document(doc, tokenizer=TOK, max_tokens=50, overlap_tokens=8)
    check_invariants(doc, chunks, 50)
    assert doc.items == []  # the chunker does not segment on its own


def test_more_documents_and_budgets_fit() -> None:
    for name in ("barnet_q1_q2_performance_2019", "bromley_crime_dashboard", "enfield_sscb_performance_2023"):
        doc = dev_doc(name)
        for budget in (64, 256, 1000):
            chunks = chunk_document(doc, tokenizer=TOK, max_tokens=budget, overlap_tokens=24)
            check_invariants(doc, chunks, budget)


def test_count_spans_agrees_with_whole_encoding() -> None:
    pytest.importorskip("numpy")
    text = (DEV / "bromley_crime_dashboard.txt").read_text(encoding="utf-8")
    bounds = [0, 100, 101, 2000, 2001, len(text)]
    counts = TOK.count_spans(text, bounds)
    assert sum(counts) == TOK.count(text)
    assert len(counts) == len(bounds) - 1 and all(n >= 0 for n in counts)


def test_threaded_span_counting_equals_single_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("numpy")
    import minutesai.tokens as tokens

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt")))
    bounds = [0, *(i + 2 for i in range(len(text)) if text.startswith("\n\n", i)), len(text)]
    single = TOK.count_spans(text, bounds, workers=1)
    monkeypatch.setattr(tokens, "_THREADED_BATCH_CHARS", 100)
    assert TOK.count_spans(text, bounds, workers=3) == single
    assert sum(single) == TOK.count(text)


def test_rejects_non_positive_budget() -> None:
    with pytest.raises(ValueError):
        chunk_document(Minutes(text="x"), tokenizer=TOK, max_tokens=0)


def test_large_document_takes_the_offsets_path(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("numpy")
    monkeypatch.setattr(chunk_mod, "SPAN_COUNT_MIN_CHARS", 200_000)
    calls = []
    real = type(TOK).token_char_ends
    monkeypatch.setattr(type(TOK), "token_char_ends", lambda self, t: calls.append(len(t)) or real(self, t))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt")))
    doc = Minutes(text=text * (1 + 200_000 // len(text)))
    doc.items = segment(doc)
    chunks = chunk_document(doc, tokenizer=TOK, max_tokens=700, overlap_tokens=32)
    assert calls == [len(doc.text)]  # one encoding of the whole document
    check_invariants(doc, chunks, 700)
