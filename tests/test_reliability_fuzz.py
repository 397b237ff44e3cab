"""Robustness properties (hypothesis) not covered by tests/test_text_properties.py:

- ingest of arbitrary bytes, files and HTML either loads normalised text or raises InputError;
- the grounding matcher never raises and never reports evidence that does not map back;
- the whole offline pipeline keeps every verified evidence span pointing into the loaded text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutesai.api import summarise
from minutesai.document import Chunk, Minutes
from minutesai.errors import InputError
from minutesai.grounding import ground_findings, value_in_span
from minutesai.ingest import load_minutes, normalise_text
from minutesai.models import MinutesSummary, SourceInfo
from minutesai.schemas import ChunkFindings, FoundAction, FoundFigure, FoundKeyPoint

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MAGIC = [b"", b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"<html><body>", b"\xef\xbb\xbf",
         b"\xff\xfe", b"{\\rtf1", b"<?xml version='1.0'?>"]
NOISY_BYTES = st.tuples(st.sampled_from(MAGIC), st.binary(max_size=400)).map(lambda t: t[0] + t[1])
WORDS = ["The", "panel", "noted", "burglary", "fell", "by", "5%", "RESOLVED", "that", "Police", "£1.2m",
         "twenty-one", "officers", "\u201cquoted\u201d", "\u2013", "\n", "\n\n", "\u00a0", "8,893", "year."]
MINUTES = st.lists(st.sampled_from(WORDS), min_size=1, max_size=120).map(" ".join)


def check_loaded(doc: Minutes) -> None:
    assert doc.text.strip()
    assert normalise_text(doc.text) == doc.text  # offsets refer to this exact text
    for item in doc.items:
        assert 0 <= item.start <= item.end <= len(doc.text)


@FAST
@given(NOISY_BYTES)
def test_arbitrary_bytes_load_or_raise_input_error(data: bytes) -> None:
    try:
        doc = load_minutes(data, name="fuzz")
    except InputError as err:
        assert str(err).startswith("fuzz: ") and "\n" not in str(err)
        return
    check_loaded(doc)


@FAST
@given(NOISY_BYTES, st.sampled_from([".txt", ".html", ".pdf", ".md", ".htm"]))
def test_arbitrary_files_load_or_raise_input_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"minutes{suffix}"
        path.write_bytes(data)
        try:
            doc = load_minutes(path)
        except InputError as err:
            assert str(err).startswith(str(path)) and "\n" not in str(err)
            return
    check_loaded(doc)


TAGS = ["<p>", "</p>", "<div id='modgov'>", "</div>", "<script>alert('x')</script>", "<style>p{}</style>",
        "<nav><a href='/'>Home</a></nav>", "<table><tr><td>3.</td><td>Police update</td></tr></table>",
        "<li>", "<br>", "<!-- c -->", "&amp;", "&#8217;", "<h1>Minutes</h1>", "<title>Agenda</title>"]
HTML = st.lists(st.one_of(st.sampled_from(TAGS), st.sampled_from(WORDS)), max_size=80).map(
    lambda parts: "<html><body>" + " ".join(parts) + "</body></html>")


@FAST
@given(HTML)
def test_html_fragments_load_or_raise_input_error_and_drop_scripts(html: str) -> None:
    try:
        doc = load_minutes(html.encode("utf-8"), name="page.html")
    except InputError:
        return
    check_loaded(doc)
    assert "alert(" not in doc.text and "p{}" not in doc.text


@st.composite
def text_and_claims(draw):
    text = normalise_text(draw(MINUTES))
    quotes = []
    for _ in range(draw(st.integers(1, 6))):
        if text and draw(st.booleans()):
            a = draw(st.integers(0, len(text) - 1))
            b = draw(st.integers(a, min(len(text), a + 80)))
            piece = text[a:b]
            mutate = draw(st.sampled_from(["none", "drop", "upper", "spaces"]))
            if mutate == "drop" and len(piece) > 3:
                i = draw(st.integers(0, len(piece) - 1))
                piece = piece[:i] + piece[i + 1:]
            elif mutate == "upper":
                piece = piece.upper()
            elif mutate == "spaces":
                piece = piece.replace(" ", "  \n ")
            quotes.append(piece)
        else:
            quotes.append(draw(MINUTES))
    values = draw(st.lists(st.one_of(st.none(), st.floats(-1e7, 1e7, allow_nan=False)),
                           min_size=len(quotes), max_size=len(quotes)))
    return text, quotes, values


@FAST
@given(text_and_claims())
def test_grounding_never_reports_evidence_that_does_not_map_back(case) -> None:
    text, quotes, values = case
    if not text.strip():
        return
    doc = Minutes(text=text, source=SourceInfo())
    findings = ChunkFindings(
        key_points=[FoundKeyPoint(text="k", quote=q) for q in quotes],
        actions=[FoundAction(owner=None, action="a", due=None, quote=q) for q in quotes],
        figures=[FoundFigure(metric="m", value=v, unit="other", direction="unknown", period=None,
                             area=None, comparator=None, quote=q) for q, v in zip(quotes, values, strict=True)],
    )
    chunk = Chunk(index=0, start=0, end=len(text), text=text, tokens=len(text.split()))
    grounded = ground_findings(doc, findings, chunk)
    items = grounded.key_points + grounded.actions + grounded.figures
    assert len(items) + len(grounded.unverified) == grounded.total == 3 * len(quotes)
    for item in items:
        ev = item.evidence
        assert ev.verified and ev.match in ("exact", "normalised", "fuzzy")
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start:ev.end] == ev.quote
    for figure in grounded.figures:
        if figure.value is not None:
            assert value_in_span(figure.value, figure.evidence.quote)
    for u in grounded.unverified:
        assert u.reason


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MINUTES)
def test_offline_pipeline_evidence_always_points_into_the_loaded_text(text: str) -> None:
    try:
        doc = load_minutes(text.encode("utf-8"), name="fuzz.txt")
    except InputError:
        return
    result = summarise(doc, engine="offline")
    assert isinstance(result, MinutesSummary)
    evidences = [i.evidence for i in (*result.key_points, *result.actions, *result.decisions,
                                      *result.figures, *result.police_sentiment.aspects)]
    for ev in evidences:
        assert ev.verified and doc.text[ev.start:ev.end] == ev.quote
    assert -1.0 <= result.police_sentiment.score <= 1.0
