"""Figure and decision wordings met in the sixth set of real minutes, tested on text written for the test:
signed changes after "by", a second change with its verb left out, "one in N" ratios, and a Scottish
"minute of the meeting ... was submitted and approved"."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates
from tests.offline_support import figure_triples as _figures


def test_a_signed_change_after_by_is_a_figure() -> None:
    found = _figures("Officers reported a reduction in burglary by -17% over the year.")
    assert [(v, d) for v, d, _ in found] == [(17.0, "decrease")]


def test_a_plus_sign_after_by_is_an_increase() -> None:
    found = _figures("Shoplifting had gone up by +9% since the spring.")
    assert [(v, d) for v, d, _ in found] == [(9.0, "increase")]


def test_a_second_change_without_its_verb_shares_the_first_ones_direction() -> None:
    found = _figures("The Sergeant said there had been a drop in robbery by 31%, and in vehicle crime by 12% this year.")
    assert (31.0, "decrease") in [(v, d) for v, d, _ in found]
    assert any(v == 12.0 and d == "decrease" and q.startswith("and in vehicle crime") for v, d, q in found)


def test_a_range_is_not_a_signed_change() -> None:
    found = _figures("Confidence in the police had been between 60-75% for several years.")
    assert all(v != 75.0 or d == "unknown" for v, d, _ in found)


def test_one_in_n_is_not_a_count() -> None:
    found = _figures("The inspection found that one in six thefts went unrecorded and 1 in 8 assaults were not crimed.")
    assert all(v not in (6.0, 8.0) for v, _, _ in found)


def test_a_count_after_in_stays_a_count() -> None:
    found = _figures("Officers made 12 arrests in 3 operations over the summer.")
    assert (12.0, "unknown") in [(v, d) for v, d, _ in found]


def _decisions(text: str) -> list[str]:
    return [d.quote for d in extract_candidates(text).decisions]


def test_a_singular_minute_submitted_and_approved_is_a_decision() -> None:
    line = "The minute of the meeting of the Licensing Board dated 3 March 2019 was submitted and approved."
    assert _decisions(line) == [line]
    filler = "The Inspector described patrols in the town centre and the work of the neighbourhood team. " * 250
    assert _decisions(filler + "\n\n" + line) == [line]


def test_minutes_submitted_and_approved_is_a_decision() -> None:
    line = "The minutes of the previous meeting were submitted and approved."
    assert _decisions(line) == [line]


def test_a_minute_of_silence_is_not_a_decision() -> None:
    assert _decisions("Members observed a minute of silence, which was approved by all present.") == []


def test_a_start_point_with_words_before_to_is_not_a_figure_of_its_own() -> None:
    text = "She said the charge rate for burglary had increased from the 8.5% given in the paper to now being at 12%."
    found = _figures(text)
    assert [(v, d) for v, d, _ in found] == [(12.0, "increase")]


def test_a_plain_from_to_change_keeps_its_comparator() -> None:
    found = extract_candidates("Satisfaction had risen from 71% to 78%.").figures
    assert [(f.value, f.comparator) for f in found] == [(78.0, "from 71%")]


def test_an_ordinal_after_than_is_not_a_rank() -> None:
    text = "The ward has the highest rate of contact in the force (9.8% more than the third highest), the Sergeant said."
    found = extract_candidates(text).figures
    assert all(f.unit != "rank" for f in found)
    assert any(f.value == 9.8 for f in found)


def test_an_ordinal_rank_is_still_read() -> None:
    found = extract_candidates("The district was ranked 3rd of 12 similar areas for burglary.").figures
    assert [(f.value, f.unit) for f in found] == [(3.0, "rank")]
