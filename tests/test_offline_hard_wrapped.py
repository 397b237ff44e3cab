"""Hard-wrapped minutes (PDF text, minutes typed with line breaks): a full-width line that stops without punctuation
goes on in the next line even when that line opens with a capital ('... made to Nick' / 'Phillips, Assistant ...').
In text that is not hard-wrapped, a line without a stop (a heading) still ends its sentence."""

from __future__ import annotations

from minutesai.engines.offline.sentences import split_sentences

WRAPPED = """Alcohol in the Priory Wood area

The Committee with the support of the local police confirmed that
they wished to establish a Designation Order on alcohol consumption
for Priory Wood. Agreed that a formal request be made to Nick
Phillips, Assistant Director for Community Safety, to consider the
proposal and to report back to the Committee at its next meeting.

Turner Home Playing Field

The question as to the use of the Toxteth Annexe car park for free
of charge football matches was referred to the Executive Board held
on 8 September, with a report to follow to this Committee in time.
"""


def _texts(text: str) -> list[str]:
    return [" ".join(s.text.split()) for s in split_sentences(text)]


def test_a_full_line_goes_on_after_a_capitalised_line_start() -> None:
    found = _texts(WRAPPED)
    assert ("Agreed that a formal request be made to Nick Phillips, Assistant Director for Community Safety, to consider "
            "the proposal and to report back to the Committee at its next meeting.") in found
    assert "Alcohol in the Priory Wood area" in found  # a short heading stays its own line
    assert "Turner Home Playing Field" in found


def test_lines_of_unwrapped_text_stay_apart() -> None:
    text = ("Apologies for absence were received from Councillor Ames, Councillor Bell and Councillor Cole\n"
            "Minutes of the previous meeting were agreed as a correct record of the proceedings.\n"
            "Police update\n"
            "The Inspector reported that burglary had fallen over the quarter in every ward of the borough.\n")
    found = _texts(text)
    assert found[0] == "Apologies for absence were received from Councillor Ames, Councillor Bell and Councillor Cole"
    assert "Police update" in found
