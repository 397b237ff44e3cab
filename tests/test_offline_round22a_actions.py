"""Round 22a: impersonal suggestions of work ("it was suggested that a letter should be sent ..."), passive
analysis/engagement work ("the data would be analysed", "partners would be engaged to respond") and its owner.
Sentences written in the style of UK council minutes (CSP, scrutiny and community safety meetings)."""

from __future__ import annotations

from minutesai.engines.offline import extract_candidates


def _actions(text: str) -> list[tuple[str | None, str, str]]:
    return [(a.owner, a.action, a.quote) for a in extract_candidates(text).actions]


def test_suggested_letter_should_be_sent_is_work_owned_by_the_sender() -> None:
    text = ("5. CSP Update\n\nFunding for next year had still not been confirmed. In addition, it was suggested that a "
            "letter should be sent to the Commissioner from the partnership about the importance of early notice of "
            "funding.\n")
    acts = _actions(text)
    assert len(acts) == 1
    owner, action, quote = acts[0]
    assert owner is not None and "partnership" in owner.lower()
    assert action.startswith("a letter should be sent to the Commissioner")
    assert quote.startswith("it was suggested that a letter")


def test_suggested_it_would_be_useful_for_a_body_to_receive_is_work() -> None:
    text = ("7. Street Drinking\n\nThe Partnership had worked well with other agencies. It was suggested that it would "
            "be useful for the Overview and Scrutiny Committee to receive a copy of the plan when it is published.\n")
    acts = _actions(text)
    assert len(acts) == 1 and "receive a copy of the plan" in acts[0][1]


def test_suggested_subjunctive_is_work() -> None:
    text = ("4. Police Update\n\nMembers discussed parking outside the primary school. It was also suggested that the "
            "Clerk be asked to write to the Highways Authority about the parking problems.\n")
    acts = _actions(text)
    assert len(acts) == 1 and "write to the Highways Authority" in acts[0][1]


def test_suggested_opinions_and_hedges_are_not_work() -> None:
    for sentence in ("It was suggested that crime was rising because of the cost of living.",
                     "It was suggested that the increase was caused by better recording.",
                     "It was suggested that notices could be put up in the area to warn dog owners.",
                     "It was suggested that it would be helpful if the summary could capture some actions.",
                     "It was suggested that the figures should not be compared with last year."):
        text = f"3. Crime Figures\n\nThe Inspector presented the figures. {sentence}\n"
        assert _actions(text) == [], sentence


def test_future_passive_analysis_is_work() -> None:
    text = ("6. Crime Figures\n\nPossession of weapons offences had increased in the Waterside area. The data would be "
            "analysed in more detail to understand the reasons for this and the profile of these offences.\n")
    acts = _actions(text)
    assert len(acts) == 1 and "analysed in more detail" in acts[0][1]


def test_future_passive_evaluation_and_monitoring_are_work() -> None:
    text = ("8. Commissioner's Update\n\nThe new scheme would be evaluated at the end of the pilot and the results "
            "reported to the Panel.\n")
    assert len(_actions(text)) == 1


def test_engaged_to_respond_is_owned_by_the_engaged() -> None:
    text = ("5. Safer Partnership\n\nOn graffiti along the canal, it was noted that this had been addressed through "
            "the safer streets funding and partners would be engaged to respond to any current instances.\n")
    acts = _actions(text)
    assert len(acts) == 1 and acts[0][0] == "partners"


def test_forecast_passives_stay_out() -> None:
    for sentence in ("Crime in the town centre would be reduced by the new scheme.",
                     "Residents would be affected by the closure of the front counter.",
                     "Officers were engaged in a number of operations over the summer."):
        text = f"4. Police Update\n\nThe Sergeant gave an update. {sentence}\n"
        assert _actions(text) == [], sentence
