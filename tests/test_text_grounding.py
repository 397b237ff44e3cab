"""Grounding: exact, normalised and fuzzy quote matching; figure values in the span."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutesai.document import Chunk, Minutes
from minutesai.grounding import describe_failures, ground_findings, locate_quote, value_in_span
from minutesai.ingest import load_minutes
from minutesai.models import MinutesSummary
from minutesai.schemas import ChunkFindings, FoundAction, FoundFigure, FoundKeyPoint

REPO = Path(__file__).resolve().parents[1]
DEV = REPO / "examples" / "corpus" / "dev"

SOURCE = (
    "The Chairman\u2019s report was noted.\n\n"
    "Burglary had fallen by 5.3% compared with the same period last year \u2013 the\u00a0largest "
    "fall in London.\n\n"
    "Superintendent Hunt said \u201cknife crime remains a priority\u201d and agreed to report back "
    "to the next meeting.\n\n"
    "There were 8,893 offences in total; the borough was ranked eighth of 32 boroughs."
)


def assert_points_into_source(ev, text: str) -> None:
    assert ev.verified
    assert text[ev.start : ev.end] == ev.quote


def test_exact_match() -> None:
    ev = locate_quote(SOURCE, "The Chairman\u2019s report was noted.")
    assert ev.match == "exact" and ev.start == 0
    assert_points_into_source(ev, SOURCE)


def test_normalised_match_with_straight_quotes_dashes_and_spaces() -> None:
    quote = 'Burglary had fallen by 5.3%  compared with the same period last year - the largest fall'
    ev = locate_quote(SOURCE, quote)
    assert ev.match == "normalised"
    assert_points_into_source(ev, SOURCE)
    assert "\u2013 the\u00a0largest" in ev.quote  # snapped to the real characters


def test_normalised_match_with_curly_quotes_case_and_wrapping_quotation_marks() -> None:
    ev = locate_quote(SOURCE, '"SUPERINTENDENT HUNT said "knife crime remains a priority"."')
    assert ev.match == "normalised"
    assert_points_into_source(ev, SOURCE)
    assert ev.quote.startswith("Superintendent Hunt said \u201cknife")


def test_normalised_match_across_line_breaks() -> None:
    ev = locate_quote(SOURCE, "was noted. Burglary had fallen")
    assert ev.match == "normalised" and ev.quote == "was noted.\n\nBurglary had fallen"


def test_fuzzy_match_snaps_to_real_words() -> None:
    quote = "Superintendant Hunt said knife crime remained a priority and agreed to report back"
    ev = locate_quote(SOURCE, quote)
    assert ev.match == "fuzzy"
    assert_points_into_source(ev, SOURCE)
    assert ev.quote.startswith("Superintendent Hunt") and ev.quote.endswith("report back")


def test_elided_quote_spans_both_parts() -> None:
    ev = locate_quote(SOURCE, "Superintendent Hunt said ... agreed to report back to the next meeting")
    assert ev.verified and ev.match == "fuzzy"
    assert ev.quote.startswith("Superintendent Hunt said") and ev.quote.endswith("the next meeting")


def test_fabricated_quote_is_unverified() -> None:
    ev = locate_quote(SOURCE, "The Commissioner praised the outstanding fall in robbery across the city")
    assert not ev.verified and ev.match == "none" and ev.start is None


def test_short_fabrication_is_not_fuzzy_matched() -> None:
    assert not locate_quote(SOURCE, "Robbery rose by 5%").verified


def test_chunk_window_is_searched_first() -> None:
    text = "Crime fell.\n\nPart two. Crime fell."
    ev = locate_quote(text, "Crime fell.", start=13, end=len(text))
    assert ev.start == text.rindex("Crime fell.")
    outside = locate_quote(text, "Part two.", start=0, end=11)  # falls back to the whole text
    assert outside.verified and outside.start == 13


@pytest.mark.parametrize(
    ("value", "span"),
    [(5.3, "fell by 5.3%"), (8893, "8,893 offences"), (6, "six PCSOs"), (8, "ranked eighth"),
     (8, "the 8th lowest"), (50, "over 50% of calls"), (1.2, "a £1.2m budget"),
     (1_200_000, "a £1.2m budget"), (1_200_000, "1.2 million pounds"), (-13, "target \u221213 %"),
     (13, "\u221213 % target"), (21, "twenty-one arrests"), (105, "a hundred and five calls"),
     (900_000_000, "an increase of £900m"), (0.5, "half of all calls"), (24.5, "from 13.7% to 24.5%")],
)
def test_value_in_span_accepts_written_forms(value: float, span: str) -> None:
    assert value_in_span(value, span)


@pytest.mark.parametrize(
    ("value", "span"),
    [(5, "over 50%"), (5, "fell by 5.3%"), (3, "5.3%"), (893, "8,893 offences"), (7, "MOPAC7 crimes"),
     (60, "six"), (12, "no figure here"), (float("nan"), "5")],
)
def test_value_in_span_rejects_parts_of_other_numbers(value: float, span: str) -> None:
    assert not value_in_span(value, span)


def figure(value: float | None, quote: str) -> FoundFigure:
    return FoundFigure(metric="burglary", value=value, unit="percent", direction="decrease",
                       period=None, area=None, comparator=None, quote=quote)


def test_ground_findings_sorts_verified_and_unverified() -> None:
    doc = Minutes(text=SOURCE)
    findings = ChunkFindings(
        key_points=[FoundKeyPoint(text="Burglary down", quote="Burglary had fallen by 5.3%"),
                    FoundKeyPoint(text="made up", quote="Robbery was eliminated entirely across the borough")],
        actions=[FoundAction(owner="Superintendent Hunt", action="report back", due="next meeting",
                             quote="agreed to report back to the next meeting")],
        figures=[figure(5.3, "Burglary had fallen by 5.3%"),
                 figure(15.3, "Burglary had fallen by 5.3%"),
                 figure(None, "Burglary had fallen"),
                 figure(8893, "There were 8,893 offences in total")],
    )
    chunk = Chunk(index=0, start=0, end=len(SOURCE), text=SOURCE, tokens=0)
    out = ground_findings(doc, findings, chunk)
    assert out.total == 7
    assert out.verified_count() == 5
    assert out.grounding_rate() == round(5 / 7, 4)
    reasons = {u.item["quote"]: u.reason for u in out.unverified}
    assert reasons["Robbery was eliminated entirely across the borough"] == "quote not found in the source"
    assert reasons["Burglary had fallen by 5.3%"] == "value 15.3 does not appear in the quoted span"
    for item in [*out.key_points, *out.actions, *out.figures]:
        assert_points_into_source(item.evidence, SOURCE)
    assert "Robbery was eliminated" in describe_failures(out.unverified)

    summary = MinutesSummary(engine="test")
    out.restore_unverified_into(summary)
    assert [k.evidence.verified for k in summary.key_points] == [False]
    assert summary.figures[0].value == 15.3 and summary.figures[0].evidence.verified is False


def test_empty_quote_is_unverified() -> None:
    out = ground_findings(Minutes(text=SOURCE), ChunkFindings(key_points=[FoundKeyPoint(text="x", quote="  ")]))
    assert out.unverified[0].reason == "empty quote"


@pytest.mark.parametrize("path", sorted(DEV.glob("*.json")), ids=lambda p: p.stem)
def test_every_gold_quote_grounds_exactly_and_gold_values_are_in_their_quotes(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    doc = load_minutes(path.with_suffix(".txt"))
    for kind in ("actions", "decisions", "figures"):
        for item in gold.get(kind, []):
            ev = locate_quote(doc.text, item["quote"])
            assert ev.match == "exact", item["quote"]
            if kind == "figures" and item.get("value") is not None:
                assert value_in_span(item["value"], ev.quote), item


def test_fuzzy_stays_bounded_on_a_large_document() -> None:
    import time

    text = (DEV / "barnet_q1_q2_performance_2019.txt").read_text(encoding="utf-8") * 400  # ~3 MB
    t0 = time.perf_counter()
    ev = locate_quote(text, "An entirely invented sentence about police performance in the borough")
    assert not ev.verified
    assert time.perf_counter() - t0 < 2.0
