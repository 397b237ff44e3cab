"""Offline engine building blocks: sentences, clauses, fast scanning, non-figure numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutesai.engines.offline import scan
from minutesai.engines.offline.nonfigures import not_a_figure
from minutesai.engines.offline.sentences import clause_spans, split_sentences
from minutesai.ingest import load_minutes

REPO = Path(__file__).resolve().parents[1]
CORPUS = sorted((REPO / "examples/corpus/dev").glob("*.txt")) + sorted((REPO / "tests/data/offline").glob("*.txt"))


def texts_of(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_sentences_keep_offsets_verbatim():
    text = load_minutes(REPO / "examples/corpus/dev/barnet_q1_q2_performance_2019.txt").text
    sentences = split_sentences(text)
    assert len(sentences) > 40
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_titles_decimals_and_abbreviations_do_not_end_sentences():
    out = texts_of("Det. Supt. Jones said crime fell by 5.3% in Enfield. Cllr. Smith asked a question.")
    assert out == ["Det. Supt. Jones said crime fell by 5.3% in Enfield.", "Cllr. Smith asked a question."]


def test_list_markers_and_bullets_are_recorded_not_quoted():
    sentences = split_sentences("RESOLVED that:\n\n(i) the report be noted;\n\n(ii) the Panel write to MOPAC.\n·  Burglary fell.")
    assert [(s.marker, s.text) for s in sentences] == [
        (None, "RESOLVED that:"),
        ("(i)", "the report be noted;"),
        ("(ii)", "the Panel write to MOPAC."),
        ("·", "Burglary fell."),
    ]


def test_wrapped_pdf_lines_are_joined_into_one_sentence():
    text = "Reported hate crime had risen by 21% in the\nyear to date, which the police attributed to confidence.\nMembers noted this."
    out = texts_of(text)
    assert out[0].startswith("Reported hate crime") and out[0].endswith("confidence.")
    assert out[1] == "Members noted this."


def test_clauses_split_at_semicolons_and_contrasts_but_not_parenthetical_however():
    text = "Sex offences were up by 1% but this only equated to 6 offences; ASB was static."
    assert [text[s:e] for s, e in clause_spans(text, 0, len(text))] == [
        "Sex offences were up by 1%", "this only equated to 6 offences", "ASB was static."]
    text = "Shed break-ins, however, had increased."
    assert [text[s:e] for s, e in clause_spans(text, 0, len(text))] == [text]


@pytest.mark.parametrize(
    "sentence, number",
    [
        ("since the last meeting on 3 November 2017", "3"),
        ("the meeting held on 21 January 2013", "2013"),
        ("agenda pack pages 54 to 68", "68"),
        ("Minute 18, page 3, paragraph 2", "18"),
        ("Welcome and Apologies - 19:00 to 19:05", "19"),
        ("MOPaC Update 19.25 - 19.45", "19.25"),
        ("Minutes PDF 72 KB", "72"),
        ("in the past 12 months", "12"),
        ("knife crime with injury (victims under 25, non-domestic)", "25"),
        ("encouraging people to report ASB using the 101 number", "101"),
        ("members were worried about how 101 non-emergency calls were handled", "101"),
        ("delays on the 999 emergency line at weekends", "999"),
        ("O&S.68/17", "68"),
        ("paragraph 8.3.1", "8.3"),
        ("the next meeting at 7.00pm", "7.00"),
        ("young people aged 10 to 17", "17"),
        ("a log reference (12)", "12"),
        ("the Covid-19 pandemic", "19"),
    ],
)
def test_dates_references_times_and_units_are_not_figures(sentence, number):
    i = sentence.index(number)
    assert not_a_figure(sentence, i, i + len(number))


@pytest.mark.parametrize(
    "sentence, number",
    [
        ("Sex offences were up by 1% but this only equated to 6 offences", "6"),
        ("8,893 calls to the police in Barnet", "8,893"),
        ("The CPEG budget had been reduced by 20%", "20"),
        ("there had been 2015 burglaries", "2015"),
        ("92% of 999 calls were answered", "92"),
    ],
)
def test_performance_numbers_are_kept(sentence, number):
    i = sentence.index(number)
    assert not not_a_figure(sentence, i, i + len(number))


def test_literal_prefixes_read_from_the_pattern():
    prefixes = scan.literal_prefixes(r"\b(?:(?:sanction\s+)?detection|positive\s+outcome|asb)\b")
    assert prefixes == {"sanc", "dete", "posi", "asb"}  # up to four characters
    assert scan.literal_prefixes(r"\w+ing") is None  # could start anywhere: no gate


def test_trie_pattern_matches_exactly_the_words():
    rx = re.compile(f"^(?:{scan.trie_pattern(['ab', 'abc', 'abd', 'b'])})$")
    assert [w for w in ["ab", "abc", "abd", "b", "a", "abe", "bc"] if rx.match(w)] == ["ab", "abc", "abd", "b"]


def test_whole_word_cues_do_not_fire_inside_longer_words():
    cues = scan.Cues(("red$", "improv"))
    assert cues.present("The status was red.", 0, 19)
    assert not cues.present("Burglary was reduced.", 0, 21)
    assert cues.present("a marked improvement", 0, 20)  # prefix cue


def _all_lower_scanners():
    from minutesai.engines.offline import (
        actions,
        anchors,
        metrics,
        patterns,
        sentiment,
        stance_lexicon,
        trends,
    )

    for module in (actions, anchors, metrics, patterns, sentiment, stance_lexicon, trends):
        for name, value in vars(module).items():
            if isinstance(value, scan.LowerScanner):
                yield f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value


@pytest.mark.parametrize("name, scanner", list(_all_lower_scanners()), ids=lambda x: x if isinstance(x, str) else "")
def test_lower_cased_guarded_scans_equal_plain_case_insensitive_scans(name, scanner):
    """The speed-ups (lower-casing, prefix guard) must not change a single match on real minutes."""
    for path in CORPUS:
        text = load_minutes(path).text
        plain = [(m.span(), m.lastgroup) for m in scanner.rx_i.finditer(text)]
        fast = [(m.span(), m.lastgroup) for m in scanner.finditer(text)]
        assert fast == plain, f"{name} differs on {path.name}"


@pytest.mark.parametrize(
    "sentence, number",
    [
        ("the control room took 310k calls in a year, 61% of calls were answered within a minute", "61"),
        ("a poor year. 45 burglaries were recorded in the ward", "45"),
    ],
)
def test_a_reference_word_that_ends_a_clause_does_not_label_the_next_number(sentence, number):
    i = sentence.index(number)
    assert not not_a_figure(sentence, i, i + len(number))


def test_an_abbreviated_reference_still_labels_its_number():
    sentence = "as set out at para. 14 of the report"
    i = sentence.index("14")
    assert not_a_figure(sentence, i, i + 2)
