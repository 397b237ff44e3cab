"""Round 17b: police performance as a whole said to have improved or worsened, with no measure named
(pool19 kent & medway, pool24 devon & cornwall), is a number-free figure; a named service's performance stays
with the measure rules, and a wish or a denial states no change."""

from __future__ import annotations

from tests.offline_support import figure_triples as _figures


def test_performance_improved_is_a_number_free_rise() -> None:
    found = _figures("The Panel was thanked for maintaining oversight of the contact function, noting that "
                     "performance had improved significantly.")
    assert [(v, d) for v, d, _ in found] == [(None, "increase")]
    found = _figures("He highlighted the appointment of a new Chief Constable, who he felt had improved overall "
                     "performance within the police force.")
    assert [(v, d) for v, d, _ in found] == [(None, "increase")]
    assert [(v, d) for v, d, _ in _figures("Overall performance had deteriorated in the last quarter.")] == [(None, "decrease")]


def test_a_wish_a_denial_or_another_service_is_no_performance_figure() -> None:
    assert _figures("Performance had not improved since the last meeting.") == []
    assert _figures("The aim was to improve performance over the coming year.") == []
    assert _figures("The council's housing performance had improved.") == []
    assert _figures("The contractor had improved performance of the recycling service.") == []


def test_a_measure_above_or_below_elsewhere_with_no_number_is_a_level() -> None:
    found = _figures("He further noted that the detection rate was higher than across the force when taken as a whole.")
    assert [(v, d) for v, d, _ in found] == [(None, "unknown")]
    found = _figures("It was noted that the District was running above the national average in respect of positive "
                     "stop and searches.")
    assert [(v, d) for v, d, _ in found] == [(None, "unknown")]
    assert [(v, d) for v, d, _ in _figures("Burglary in the district was lower than across the force.")] == [(None, "unknown")]


def test_no_level_against_elsewhere_without_a_police_measure_or_with_a_number() -> None:
    assert _figures("The council tax was above the national average.") == []
    assert _figures("The meeting was held in the room above the shop.") == []
    found = _figures("The solved rate was 23%, higher than the national average.")
    assert [v for v, _, _ in found] == [23.0]
