"""Property tests (hypothesis) for ingest, segment, chunk and grounding."""

from __future__ import annotations

import re
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import minutesai.chunk as chunk_mod
import minutesai.ingest_text as ingest_text
from minutesai.chunk import chunk_document
from minutesai.document import Minutes
from minutesai.errors import ChunkTooLargeError
from minutesai.grounding import locate_quote, value_in_span
from minutesai.ingest import decode_normalised, load_minutes, normalise_text
from minutesai.segment import segment
from minutesai.tokens import get_tokenizer

TOK = get_tokenizer(None)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text with the quirks minutes have: odd spaces, line endings, quotes, dashes, bullets.
QUIRKY = st.lists(
    st.sampled_from(list("abcXYZ019 .,;:%£()") + ["\n", "\r\n", "\t", "\u00a0", "\u200b", "\u2019",
                                                  "\u201c", "\u2013", "·", "\x0c", "\u00ad", "é", "word "]),
    max_size=150,
).map("".join)
WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGH", min_size=1, max_size=12)
SENTENCE = st.lists(WORD, min_size=1, max_size=25).map(lambda ws: " ".join(ws) + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=8).map(" ".join)


_SENTENCE_OPENERS = frozenset({"that", "and", "but", "which", "who", "the"})
"""'2. But the Panel ...' or '3. The figures had ...' continue a list or a sentence; a heading never opens so."""


def _title_word(word: str) -> bool:
    return len(word) >= 3 and word.lower() not in _SENTENCE_OPENERS


@st.composite
def minutes_text(draw) -> str:
    """A document of numbered item headings and paragraphs (sometimes without headings)."""
    parts = []
    number = draw(st.integers(1, 90))
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            words = draw(st.lists(WORD.filter(_title_word), min_size=1, max_size=5))
            title = " ".join(w.capitalize() for w in words)
            parts.append(f"{number}. {title}")
            number += draw(st.integers(1, 2))
        parts.extend(draw(st.lists(PARAGRAPH, min_size=1, max_size=4)))
    return "\n\n".join(parts)


_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]")


@FAST
@given(QUIRKY)
def test_normalise_is_idempotent_and_keeps_every_word(raw: str) -> None:
    out = normalise_text(raw)
    assert normalise_text(out) == out
    assert "\r" not in out and "\u00a0" not in out and "\t" not in out
    assert "  " not in out and "\n\n\n" not in out and " \n" not in out and "\n " not in out
    assert out == out.strip()
    assert out.split() == _INVISIBLE.sub("", raw).split()


@FAST
@given(QUIRKY, st.sampled_from(["utf-8", "cp1252"]))
def test_blockwise_decoding_equals_whole_string_normalisation(raw: str, encoding: str) -> None:
    data = raw.encode(encoding, errors="ignore")
    with patch.object(ingest_text, "_BLOCK_BYTES", 4):
        text, fallback = decode_normalised(data)
    try:
        whole = data.decode("utf-8")
        expected_fallback = None
    except UnicodeDecodeError:
        whole, expected_fallback = data.decode("cp1252"), "cp1252"
    assert text == normalise_text(whole)
    assert fallback == expected_fallback


@FAST
@given(minutes_text())
def test_loading_raw_text_keeps_its_normalised_form(text: str) -> None:
    doc = load_minutes(text + "\n")
    assert doc.text == normalise_text(text)


@FAST
@given(st.one_of(minutes_text(), QUIRKY.filter(str.strip)))
def test_segments_cover_the_text_in_order(text: str) -> None:
    doc = Minutes(text=normalise_text(text))
    assume(doc.text)
    items = segment(doc)
    assert items and items[0].start == 0 and items[-1].end == len(doc.text)
    for a, b in zip(items, items[1:], strict=False):
        assert a.end == b.start
        assert a.start < a.end


@FAST
@given(minutes_text())
@example("1. Alpha\n\nOne two.\n\n2. Beta\n\nThree four.")
@example("1. Aaa\n\nA.\n\n2. Abc\n\nA.")
def test_numbered_headings_found_in_generated_minutes(text: str) -> None:
    doc = Minutes(text=text)
    items = segment(doc)
    headings = re.findall(r"^(\d+)\. ", text, re.M)
    if len(headings) >= 2:
        assert [i.number for i in items if i.number] == headings


def check_chunks(doc: Minutes, chunks, budget: int, overlap: int) -> None:
    text = doc.text
    covered = bytearray(len(text))
    for c in chunks:
        assert text[c.start : c.end] == c.text and c.text.strip() == c.text
        assert TOK.count(c.text) <= budget
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert a.start <= b.start
        if b.start < a.end:
            assert TOK.count(text[b.start : a.end]) <= overlap + 2


def chunk_or_explain(doc: Minutes, budget: int, overlap: int):
    try:
        return chunk_document(doc, tokenizer=TOK, max_tokens=budget, overlap_tokens=overlap)
    except ChunkTooLargeError:
        # only legitimate when some whitespace-free run cannot fit on its own
        assert max(TOK.count(w) for w in doc.text.split()) > budget - 4
        return None


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(minutes_text(), st.integers(8, 300), st.integers(0, 64), st.booleans())
def test_chunks_map_back_cover_and_fit(text: str, budget: int, overlap: int, span_mode: bool) -> None:
    pytest.importorskip("numpy")
    doc = Minutes(text=text)
    doc.items = segment(doc)
    limit = 0 if span_mode else chunk_mod.SPAN_COUNT_MIN_CHARS
    with patch.object(chunk_mod, "SPAN_COUNT_MIN_CHARS", limit):
        chunks = chunk_or_explain(doc, budget, overlap)
    if chunks is not None:
        check_chunks(doc, chunks, budget, min(overlap, budget // 4))


@FAST
@given(QUIRKY.filter(str.strip), st.integers(4, 60))
def test_chunks_of_quirky_text(raw: str, budget: int) -> None:
    doc = Minutes(text=normalise_text(raw))
    assume(doc.text)
    chunks = chunk_or_explain(doc, budget, 8)
    if chunks is not None:
        check_chunks(doc, chunks, budget, 2)


@st.composite
def text_and_span(draw):
    text = draw(minutes_text())
    start = draw(st.integers(0, max(0, len(text) - 1)))
    end = draw(st.integers(start + 1, min(len(text), start + 200)))
    assume(text[start:end].strip())
    return text, start, end


@FAST
@given(text_and_span())
def test_any_substring_grounds_exactly(case) -> None:
    text, start, end = case
    quote = text[start:end].strip()
    ev = locate_quote(text, quote)
    assert ev.verified and ev.match == "exact"
    assert text[ev.start : ev.end] == quote


@FAST
@given(text_and_span(), st.sampled_from(["newlines", "upper", "curly", "dash"]))
def test_reformatted_substring_grounds_to_the_real_span(case, change: str) -> None:
    text, start, end = case
    # quotes and dashes inside the source make the reformatting below meaningful
    text = text[:start] + text[start:end].replace(" a", " ‘a’").replace("b ", "b – ") + text[end:]
    end += len(text) - len(case[0])
    original = text[start:end].strip()
    assume(len(re.sub(r"\W", "", original)) >= 3)
    quote = {
        "newlines": original.replace(" ", "\n  "),
        "upper": original.upper(),
        "curly": original.replace("‘", "'").replace("’", "'"),
        "dash": original.replace(" – ", "-"),
    }[change]
    ev = locate_quote(text, quote)
    assert ev.verified
    assert text[ev.start : ev.end] == ev.quote
    squash = lambda s: re.sub(r"[\W_]", "", s.lower())  # noqa: E731
    assert squash(ev.quote) in squash(original) or squash(original) in squash(ev.quote)


@FAST
@given(st.integers(0, 10**9), st.sampled_from(["{:,}", "{}", "{}%", "£{:,}", "{:,} offences", "up {}%"]))
def test_value_written_with_digits_is_found(value: int, pattern: str) -> None:
    assert value_in_span(value, "It was " + pattern.format(value) + " this year.")


@FAST
@given(st.integers(1, 10**6), st.integers(0, 9))
def test_value_inside_a_longer_number_is_not_found(value: int, digit: int) -> None:
    longer = f"{value}{digit}"
    assert not value_in_span(value, f"There were {longer} incidents and {value + 0.5} per cent.")


def test_a_numbered_line_opening_like_a_sentence_is_no_heading() -> None:
    text = "1. Aaa\n\nA.\n\n2. But the Panel had asked.\n\nA."
    assert [i.number for i in segment(Minutes(text=text)) if i.number] == []
