"""Round 8 (cross-pool): the sentence splitter on two general forms, tested on sentences written for the test:
an abbreviation whose full stop also closes the sentence, and a bulleted list flattened into one line with "*"
bullets. Each form has a positive case and a near miss that must stay one sentence."""

from __future__ import annotations

import pytest

from minutesai.engines.offline.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(("text", "first"), [
    ("Youths were climbing fences, ringing doorbells etc. The officers will patrol the park.",
     "Youths were climbing fences, ringing doorbells etc."),
    ("Leaflets went to shops, schools etc. Burglary in the ward fell.", "Leaflets went to shops, schools etc."),
    ("Cllr Ames was elected Chair, supported by all Cllrs. Cllr Bell was elected Vice-Chair.",
     "Cllr Ames was elected Chair, supported by all Cllrs."),
    ("The proposal was seconded by both Cllrs. They asked for a report in May.",
     "The proposal was seconded by both Cllrs."),
])
def test_an_abbreviation_can_end_its_sentence(text: str, first: str) -> None:
    found = _texts(text)
    assert len(found) == 2 and found[0] == first


@pytest.mark.parametrize("text", [
    "Det. Supt. Ames gave the update on knife crime.",
    "Ch. Insp. Bell presented the figures.",
    "Cllrs. Ames and Bell thanked the officers.",
    "The report was presented by Mr. J. Ames of the Safer Communities team.",
    "Mrs. A Bell asked about parking near the school.",
])
def test_a_title_before_a_name_keeps_its_sentence(text: str) -> None:
    assert _texts(text) == [text]


def test_a_flattened_star_list_is_cut_at_each_bullet() -> None:
    text = ("Crime had fallen overall, summarised as follows: * Robberies: - There were four offences in June. "
            "* Theft of Motor Vehicle: - There were two offences in June.")
    assert _texts(text) == [
        "Crime had fallen overall, summarised as follows:",
        "Robberies: - There were four offences in June.",
        "Theft of Motor Vehicle: - There were two offences in June.",
    ]


def test_a_footnote_star_stays_in_its_sentence() -> None:
    text = "Items marked thus * are exempt from publication. Figures with a star * Are provisional."
    assert _texts(text) == ["Items marked thus * are exempt from publication.", "Figures with a star * Are provisional."]
