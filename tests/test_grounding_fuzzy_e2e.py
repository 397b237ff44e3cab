"""LLM-style quotes (re-typed punctuation, re-wrapped lines, a word or two off) end verified,
snapped to the real span of the minutes, through the whole pipeline and the fake server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from grounding_support import figure, findings, schema_title, synthesis

import minutesai
from minutesai.ingest import load_minutes
from minutesai.testing.server import FakeOpenAIServer

DEV = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "dev"

ENFIELD_REAL = ("Superintendent Hunt highlighted the other aspects of the Commissioner’s Metropolitan "
                "Police Service (MPS) Turnaround Plan")
ENFIELD_RETYPED = ("“Superintendent Hunt highlighted the other aspects of the Commissioner's Metropolitan  "
                   "Police Service (MPS) Turnaround Plan.”")
ENFIELD_WRAPPED_REAL = "there is now a recognition that the focus hasn’t been on what actually matters to a lot of Londoners"
ENFIELD_WRAPPED = "there is now a recognition that the focus hasn't been on what\nactually matters to a lot of\nLondoners"
THANET_REAL = "In 2018/19 it was 130 reported cases whilst in 2020/21 it was 122"
THANET_MISQUOTED = [
    "In 2018/19 it was 130 reported cases, whilst in 2020/21 it was 122",  # a comma added
    "In 2018/19 it was 130 reported case whilst in 2020/21 it was 122",  # a word mis-copied
    "in 2018/19 it was 130 recorded cases whilst in 2020/21 it was 122",  # a near-synonym
]
THANET_WRONG_NUMBER = "In 2018/19 it was 150 reported cases whilst in 2020/21 it was 122"


def scripted(answer: dict):
    def respond(body: dict) -> str:
        return json.dumps(synthesis() if schema_title(body) == "Synthesis" else answer)
    return respond


def summarise_with(name: str, answer: dict, **options):
    with FakeOpenAIServer(scripted(answer)) as srv:
        result = minutesai.summarise(DEV / f"{name}.txt", base_url=srv.base_url, model="fake-model",
                                     api_key="test", use_cache=False, **options)
    return result, load_minutes(DEV / f"{name}.txt").text


def assert_snapped(ev, text: str, real: str) -> None:
    assert ev.verified
    assert text[ev.start:ev.end] == ev.quote
    assert ev.quote == real
    assert ev.start == text.index(real)


def test_retyped_punctuation_and_rewrapped_lines_match_normalised(no_openai_env):
    assert ENFIELD_RETYPED not in (DEV / "enfield_sscb_performance_2023.txt").read_text(encoding="utf-8")
    answer = findings(key_points=[
        {"text": "The Commissioner's Turnaround Plan was described.", "quote": ENFIELD_RETYPED},
        {"text": "Focus is shifting to neighbourhood crime.", "quote": ENFIELD_WRAPPED},
    ])
    result, text = summarise_with("enfield_sscb_performance_2023", answer)
    assert not result.unverified
    assert {k.evidence.match for k in result.key_points} == {"normalised"}
    quotes = {k.evidence.quote: k.evidence for k in result.key_points}
    assert_snapped(quotes[ENFIELD_REAL], text, ENFIELD_REAL)
    assert_snapped(quotes[ENFIELD_WRAPPED_REAL], text, ENFIELD_WRAPPED_REAL)
    assert result.grounding_rate == 1.0


@pytest.mark.parametrize("quote", THANET_MISQUOTED)
def test_slightly_misquoted_figure_is_fuzzy_matched_and_snapped(quote, no_openai_env):
    answer = findings(figures=[figure("victim based crime", 130, quote, "decrease", "count")])
    result, text = summarise_with("thanet_crime_stats_2021", answer)
    assert quote not in text
    [fig] = result.figures
    assert fig.evidence.match == "fuzzy"
    ev = fig.evidence
    assert ev.verified and text[ev.start:ev.end] == ev.quote
    real_start = text.index(THANET_REAL)
    assert ev.start == real_start and THANET_REAL in ev.quote
    assert len(ev.quote) - len(THANET_REAL) <= 1  # at most the closing ';' taken along
    assert "130" in ev.quote and not result.unverified


def test_a_fuzzy_match_with_a_changed_number_is_not_a_verified_figure(no_openai_env):
    answer = findings(figures=[figure("victim based crime", 150, THANET_WRONG_NUMBER, "decrease", "count")])
    result, _ = summarise_with("thanet_crime_stats_2021", answer)
    assert result.figures == []
    [u] = result.unverified
    assert u.reason == "value 150 does not appear in the quoted span"
    assert result.grounding_rate == 0.0


@pytest.mark.parametrize("keep", [False, True])
def test_keep_unverified_restores_items_flagged(keep, no_openai_env):
    answer = findings(figures=[
        figure("victim based crime", 130, THANET_REAL, "decrease", "count"),
        figure("victim based crime", 150, THANET_WRONG_NUMBER, "decrease", "count"),
    ])
    result, _ = summarise_with("thanet_crime_stats_2021", answer, keep_unverified=keep)
    assert result.grounding_rate == 0.5 and len(result.unverified) == 1
    values = sorted((f.value, f.evidence.verified) for f in result.figures)
    assert values == ([(130, True), (150, False)] if keep else [(130, True)])
    assert any(("kept and flagged" if keep else "set aside") in w for w in result.warnings)
